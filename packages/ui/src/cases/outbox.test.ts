import 'fake-indexeddb/auto';
import { ApiError } from '@layanan/api-client';
import type { CreateCaseInput } from '@layanan/domain';
import type { CasesApi, StoredPhoto } from './api.js';
import {
  type OutboxStore,
  type PendingReport,
  flushOutbox,
  idbOutboxStore,
  isOfflineError,
  sendReport,
} from './outbox.js';

const input = {
  service: 'lorong',
  categoryId: 'cat-1',
  title: 'Lubang besar di Jl. Raya Tlanakan',
  description: 'Lubang sedalam 30 cm sejak minggu lalu, motor sering jatuh.',
  lat: -7.16,
  lng: 113.48,
  photoIds: ['already'],
} as unknown as CreateCaseInput;

function pending(key: string, extra: Partial<PendingReport> = {}): PendingReport {
  return {
    key,
    userId: 'u1',
    service: 'lorong',
    input,
    photos: [new Blob(['a']), new Blob(['b'])],
    savedAt: `2026-11-28T01:00:0${key.length % 10}Z`,
    ...extra,
  };
}

function memoryStore(initial: PendingReport[] = []): OutboxStore & { map: Map<string, PendingReport> } {
  const map = new Map(initial.map((r) => [r.key, r]));
  return {
    map,
    all: async () => [...map.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    put: async (r) => void map.set(r.key, r),
    remove: async (k) => void map.delete(k),
  };
}

const offline = () => new TypeError('Failed to fetch');

/**
 * A gateway that files each key once (as the real one does with Idempotency-Key):
 * the same body again gets the first answer, another body under the key a 409.
 */
function fakeApi(script: { uploads?: (() => StoredPhoto | Error)[]; submit?: (() => Error | null)[] } = {}) {
  const filed = new Map<string, { input: CreateCaseInput; code: string }>();
  let uploads = 0;
  let submits = 0;
  const api = {
    uploadPhoto: jest.fn(async () => {
      const step = script.uploads?.[uploads];
      uploads++;
      const answer = step ? step() : { id: `p${uploads}`, width: 1, height: 1, gps: null };
      if (answer instanceof Error) throw answer;
      return answer;
    }),
    submit: jest.fn(async (body: CreateCaseInput, key: string) => {
      const step = script.submit?.[submits];
      submits++;
      const failure = step ? step() : null;
      if (failure) throw failure;
      const known = filed.get(key);
      if (known && JSON.stringify(known.input) !== JSON.stringify(body)) {
        throw new ApiError(409, 'idempotency_conflict', 'idempotency_conflict');
      }
      if (known) return { trackingCode: known.code };
      const code = `LRG-000${filed.size + 1}`;
      filed.set(key, { input: body, code });
      return { trackingCode: code };
    }),
  };
  return { api: api as unknown as CasesApi, filed, calls: api };
}

describe('isOfflineError', () => {
  it('is a fetch that never reached the gateway, not an answer of it', () => {
    expect(isOfflineError(offline())).toBe(true);
    expect(isOfflineError(new ApiError(400, 'validation', 'x'))).toBe(false);
    expect(isOfflineError(new ApiError(503, 'unavailable', 'x'))).toBe(false);
    expect(isOfflineError(new Error('boom'))).toBe(false);
  });
});

describe('sendReport', () => {
  it('uploads the waiting photos first, then files the report with its key and every photo', async () => {
    const { api, filed } = fakeApi();
    const result = await sendReport(api, pending('k1'));
    expect(result).toEqual({ state: 'sent', trackingCode: 'LRG-0001' });
    expect(filed.get('k1')?.input.photoIds).toEqual(['already', 'p1', 'p2']);
  });

  it('offline half way: keeps what was uploaded, so no photo goes up twice', async () => {
    const { api } = fakeApi({ uploads: [() => ({ id: 'p1', width: 1, height: 1, gps: null }), offline] });
    const result = await sendReport(api, pending('k1'));
    expect(result.state).toBe('offline');
    if (result.state !== 'offline') return;
    expect(result.report.input.photoIds).toEqual(['already', 'p1']);
    expect(result.report.photos).toHaveLength(1);
  });

  it('a refusal of the gateway is not "offline"', async () => {
    const { api } = fakeApi({ submit: [() => new ApiError(400, 'validation', 'title too short')] });
    const result = await sendReport(api, pending('k1', { photos: [] }));
    expect(result.state).toBe('refused');
  });
});

describe('flushOutbox', () => {
  it('sends the resident’s reports of this service, oldest first, and forgets them', async () => {
    const store = memoryStore([
      pending('a', { savedAt: '2026-11-28T01:00:02Z' }),
      pending('b', { savedAt: '2026-11-28T01:00:01Z', photos: [] }),
      pending('other-user', { userId: 'u2' }),
      pending('other-service', { service: 'madul' }),
    ]);
    const { api, calls } = fakeApi();
    const result = await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(result).toEqual({ sent: ['LRG-0001', 'LRG-0002'], waiting: 0 });
    expect(calls.submit.mock.calls.map((c) => c[1])).toEqual(['b', 'a']);
    expect([...store.map.keys()].sort()).toEqual(['other-service', 'other-user']);
  });

  it('stops at the first network failure and keeps the rest, with its progress', async () => {
    const store = memoryStore([
      pending('a', { savedAt: '2026-11-28T01:00:01Z' }),
      pending('b', { savedAt: '2026-11-28T01:00:02Z' }),
    ]);
    const { api, calls } = fakeApi({ submit: [offline] });
    const result = await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(result).toEqual({ sent: [], waiting: 2 });
    expect(calls.submit).toHaveBeenCalledTimes(1);
    // The photos of 'a' went up: the next try sends only the report.
    expect(store.map.get('a')?.photos).toHaveLength(0);
    expect(store.map.get('a')?.input.photoIds).toEqual(['already', 'p1', 'p2']);
    expect(store.map.get('b')?.photos).toHaveLength(2);
  });

  it('a report sent twice (the answer lost on the way) is filed once: the same key', async () => {
    const store = memoryStore([pending('a', { photos: [] })]);
    const { api, filed } = fakeApi();
    // The gateway filed it but the answer never arrived.
    await api.submit(input, 'a');
    const result = await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(result.sent).toEqual(['LRG-0001']);
    expect(filed.size).toBe(1);
    expect(store.map.size).toBe(0);
  });

  it('a page closed after the report was filed but before it was forgotten: the next page sends the same body, filed once', async () => {
    const store = memoryStore([pending('a')]);
    const { api, filed, calls } = fakeApi();
    const closing: OutboxStore = { ...store, remove: async () => Promise.reject(new Error('page closed')) };
    await expect(flushOutbox(closing, api, { userId: 'u1', service: 'lorong' })).rejects.toThrow(
      'page closed',
    );
    expect(store.map.get('a')?.photos).toHaveLength(0);
    const again = await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(again).toEqual({ sent: ['LRG-0001'], waiting: 0 });
    expect(calls.uploadPhoto).toHaveBeenCalledTimes(2);
    expect(filed.get('a')?.input.photoIds).toEqual(['already', 'p1', 'p2']);
    expect(store.map.size).toBe(0);
  });

  it('a refused report is marked with the reason and not sent again by itself', async () => {
    const store = memoryStore([pending('a', { photos: [] })]);
    const { api, calls } = fakeApi({
      submit: [() => new ApiError(422, 'validation', 'Kategori tidak dikenal')],
    });
    const first = await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(first).toEqual({ sent: [], waiting: 0 });
    expect(store.map.get('a')?.refused).toBe('Kategori tidak dikenal');
    await flushOutbox(store, api, { userId: 'u1', service: 'lorong' });
    expect(calls.submit).toHaveBeenCalledTimes(1);
  });
});

describe('idbOutboxStore', () => {
  it('keeps reports in IndexedDB across store instances, oldest first, and removes them', async () => {
    const first = idbOutboxStore();
    await first.put(pending('late', { savedAt: '2026-11-28T02:00:00Z', photos: [] }));
    await first.put(pending('early', { savedAt: '2026-11-28T01:00:00Z', photos: [] }));
    const again = idbOutboxStore();
    expect((await again.all()).map((r) => r.key)).toEqual(['early', 'late']);
    expect((await again.all())[0].input).toEqual(input);
    await again.remove('early');
    expect((await first.all()).map((r) => r.key)).toEqual(['late']);
  });
});
