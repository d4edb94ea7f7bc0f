import createClient, { type Middleware } from 'openapi-fetch';
import type { SessionApi } from '@layanan/auth/client';
import type { TokenPair } from '@layanan/domain';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** An error answered by the gateway: `{ statusCode, code, message, fields }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(status: number, body: unknown): ApiError {
    if (body && typeof body === 'object' && 'code' in body && 'message' in body) {
      const b = body as { code: string; message: string; fields?: Record<string, string> };
      return new ApiError(status, b.code, b.message, b.fields ?? {});
    }
    return new ApiError(status, 'network_error', `HTTP ${status}`);
  }
}

/** The data of an openapi-fetch result, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok)
    throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}

export interface ApiClientOptions {
  baseUrl?: string;
  /** The current access token (the session keeps it in memory). */
  getAccessToken?: () => string | null;
  /** The language the answers and error messages should be in. */
  getLanguage?: () => string;
  /**
   * Called once when a request is refused with 401; resolves to a fresh access
   * token (or null) and the request is retried with it.
   */
  renewAccessToken?: () => Promise<string | null>;
  fetch?: typeof fetch;
}

/** The gateway's typed client; the portals reach the gateway only through it. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? '',
    credentials: 'same-origin',
    fetch: options.fetch,
  });
  const retries = new WeakMap<Request, Request>();
  const middleware: Middleware = {
    onRequest({ request }) {
      const token = options.getAccessToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      const lang = options.getLanguage?.();
      if (lang) request.headers.set('Accept-Language', lang);
      if (options.renewAccessToken && !new URL(request.url, 'http://x').pathname.startsWith('/api/auth/')) {
        retries.set(request, request.clone());
      }
      return request;
    },
    async onResponse({ request, response }) {
      const retry = retries.get(request);
      if (response.status !== 401 || !retry || !options.renewAccessToken) return response;
      const token = await options.renewAccessToken();
      if (!token) return response;
      retry.headers.set('Authorization', `Bearer ${token}`);
      return (options.fetch ?? fetch)(retry);
    },
  };
  client.use(middleware);
  return client;
}

/** The gateway's readable cookie that says a refresh cookie was set (it holds no secret). */
export const SESSION_HINT_COOKIE = 'layanan_sesi';

/** Whether the page's cookies hold the session hint (no document: assume there may be a session). */
export function hasSessionHint(cookies: string | undefined): boolean {
  if (cookies === undefined) return true;
  return cookies.split(';').some((part) => part.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}

/** The part of the Web Locks API the session uses (every current browser has it). */
export interface RefreshLocks {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

/** Name of the lock the tabs of one browser take in turn to rotate the refresh cookie they share. */
export const REFRESH_LOCK = 'layanan-refresh-token';

/**
 * The calls the session needs, in cookie mode (the refresh token never reaches JavaScript).
 * Refreshes take turns across the browser's tabs (Web Locks): every tab sends the same cookie, and
 * two rotations of one token at the same moment would look like a stolen token replayed, which ends
 * the session everywhere. In turn, the second tab sends the cookie the first one just received.
 */
export function sessionApi(
  client: ApiClient,
  locks: RefreshLocks | undefined = (globalThis.navigator as { locks?: RefreshLocks } | undefined)?.locks,
): SessionApi {
  const cookieMode = { 'X-Auth-Mode': 'cookie' };
  const inTurn = <T>(task: () => Promise<T>) => (locks ? locks.request(REFRESH_LOCK, task) : task());
  return {
    login: async (body) =>
      unwrap<TokenPair>(await client.POST('/api/auth/login', { body, headers: cookieMode })),
    register: async (body) =>
      unwrap<TokenPair>(await client.POST('/api/auth/register', { body, headers: cookieMode })),
    refresh: () =>
      inTurn(async () =>
        unwrap<TokenPair>(await client.POST('/api/auth/refresh', { body: {}, headers: cookieMode })),
      ),
    logout: async () => {
      unwrap(await client.POST('/api/auth/logout', { body: {} }));
    },
    hasSession: () => hasSessionHint(globalThis.document?.cookie),
  };
}
