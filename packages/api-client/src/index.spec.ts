import { ApiError, REFRESH_LOCK, createApiClient, hasSessionHint, sessionApi } from './index.js';

function fakeFetch(handler: (req: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const fn = (async (input: Request) => {
    calls.push(input);
    return handler(input);
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api-client', () => {
  it('sends the access token and language, and returns typed data', async () => {
    const { fn, calls } = fakeFetch(() =>
      json(200, [{ code: '35.28.01', regencyCode: '35.28', name: 'Tlanakan' }]),
    );
    const client = createApiClient({
      baseUrl: 'http://gw',
      fetch: fn,
      getAccessToken: () => 'tok',
      getLanguage: () => 'en',
    });
    const { data } = await client.GET('/api/regions/districts');
    expect(data?.[0]?.name).toBe('Tlanakan');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer tok');
    expect(calls[0].headers.get('Accept-Language')).toBe('en');
  });

  it('turns an error body into an ApiError naming the fields', async () => {
    const { fn } = fakeFetch(() =>
      json(400, {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Invalid data: nik',
        fields: { nik: 'NIK must be 16 digits' },
      }),
    );
    const api = sessionApi(createApiClient({ baseUrl: 'http://gw', fetch: fn }));
    const error = await api
      .register({ nik: '1', fullName: 'A', phone: '0812', password: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: { nik: 'NIK must be 16 digits' },
    });
  });

  it('asks for cookie mode on session calls', async () => {
    const { fn, calls } = fakeFetch(() => json(200, { accessToken: 'a', expiresIn: 900, user: {} }));
    await sessionApi(createApiClient({ baseUrl: 'http://gw', fetch: fn })).refresh();
    expect(calls[0].headers.get('X-Auth-Mode')).toBe('cookie');
    expect(new URL(calls[0].url).pathname).toBe('/api/auth/refresh');
  });

  it("takes the browser's refresh lock, so two tabs never rotate the same cookie at once", async () => {
    const events: string[] = [];
    let tail: Promise<unknown> = Promise.resolve();
    const names: string[] = [];
    const locks = {
      request<T>(name: string, task: () => Promise<T>): Promise<T> {
        names.push(name);
        const run = tail.then(task);
        tail = run.catch(() => undefined);
        return run;
      },
    };
    let n = 0;
    const fn = (async (request: Request) => {
      const call = ++n;
      events.push(`send ${call} ${new URL(request.url).pathname}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`answer ${call}`);
      return json(200, { accessToken: `a${call}`, expiresIn: 900, user: {} });
    }) as unknown as typeof fetch;
    const api = sessionApi(createApiClient({ baseUrl: 'http://gw', fetch: fn }), locks);
    const [first, second] = await Promise.all([api.refresh(), api.refresh()]);
    expect([first.accessToken, second.accessToken]).toEqual(['a1', 'a2']);
    expect(events).toEqual(['send 1 /api/auth/refresh', 'answer 1', 'send 2 /api/auth/refresh', 'answer 2']);
    expect(names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
  });

  it('reads the session hint cookie among the page cookies', () => {
    expect(hasSessionHint('')).toBe(false);
    expect(hasSessionHint('lang=id; other_sesi=1')).toBe(false);
    expect(hasSessionHint('lang=id; layanan_sesi=1')).toBe(true);
    expect(hasSessionHint('layanan_sesi=1')).toBe(true);
    // Without a document (server, tests) the session is asked.
    expect(hasSessionHint(undefined)).toBe(true);
  });

  it('renews the access token once on 401 and retries the request', async () => {
    let token = 'old';
    const { fn, calls } = fakeFetch((req) =>
      req.headers.get('Authorization') === 'Bearer new'
        ? json(200, { id: 'u1' })
        : json(401, { code: 'unauthenticated', message: 'x' }),
    );
    const renew = jest.fn(async () => {
      token = 'new';
      return token;
    });
    const client = createApiClient({
      baseUrl: 'http://gw',
      fetch: fn,
      getAccessToken: () => token,
      renewAccessToken: renew,
    });
    const { data } = await client.GET('/api/auth/me');
    // /api/auth/* is never retried (the session handles its own refresh).
    expect(data).toBeUndefined();
    const staff = await client.GET('/api/admin/staff');
    expect(staff.response.status).toBe(200);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.headers.get('Authorization'))).toEqual([
      'Bearer old',
      'Bearer old',
      'Bearer new',
    ]);
  });
});
