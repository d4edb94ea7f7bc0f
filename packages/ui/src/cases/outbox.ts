// A resident's reports that could not be sent because the phone was offline:
// kept on the device (IndexedDB) with their Idempotency-Key and the photos not
// yet uploaded (as blobs), then sent when the browser is online again or the
// portal is opened again. The same key means the gateway files a report once,
// however often a send is repeated.
import { createStore, del, entries, set } from 'idb-keyval';
import { ApiError } from '@layanan/api-client';
import type { CaseService, CreateCaseInput } from '@layanan/domain';
import type { CasesApi } from './api.js';

export interface PendingReport {
  /** The report's Idempotency-Key, also its key in the store. */
  key: string;
  /** The resident who wrote it: only their session sends it. */
  userId: string;
  service: CaseService;
  /** Every field of the form, with the location and the photos already uploaded (photoIds). */
  input: CreateCaseInput;
  /** Photos chosen while offline, in order, uploaded before the report is sent. */
  photos: Blob[];
  savedAt: string;
  /** Set when the gateway refused the report (4xx): it is not sent again by itself. */
  refused?: string;
}

/** Where pending reports are kept (IndexedDB in the browser; a map in tests). */
export interface OutboxStore {
  all(): Promise<PendingReport[]>;
  put(report: PendingReport): Promise<void>;
  remove(key: string): Promise<void>;
}

export function idbOutboxStore(): OutboxStore {
  // Opened at the first use: a page that never needs it never opens the database.
  let opened: ReturnType<typeof createStore> | null = null;
  const store: ReturnType<typeof createStore> = (mode, callback) => {
    opened ??= createStore('layanan-outbox', 'reports');
    return opened(mode, callback);
  };
  return {
    all: async () =>
      (await entries<string, PendingReport>(store))
        .map(([, report]) => report)
        .sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    put: (report) => set(report.key, report, store),
    remove: (key) => del(key, store),
  };
}

let shared: OutboxStore | null = null;
export function defaultOutboxStore(): OutboxStore {
  shared ??= idbOutboxStore();
  return shared;
}

/**
 * The request never reached the gateway (no signal, airplane mode, DNS): fetch
 * rejects with a TypeError. An answer of the gateway (an ApiError, 4xx or 5xx)
 * is not "offline".
 */
export function isOfflineError(error: unknown): boolean {
  if (error instanceof ApiError) return false;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError;
}

export type SendResult =
  | { state: 'sent'; trackingCode: string }
  | { state: 'offline'; report: PendingReport }
  | { state: 'refused'; error: unknown; report: PendingReport };

/**
 * Uploads the report's photos (each one recorded through `keep` as soon as it
 * is stored, so that a page closed in the middle neither uploads it twice nor
 * sends the report again with other photo ids, which the gateway would refuse
 * as another request under the same key), then files the report with its key.
 * Never throws for a network failure: says 'offline' with what is still to do.
 */
export async function sendReport(
  api: CasesApi,
  report: PendingReport,
  keep: (progress: PendingReport) => Promise<void> = async () => {},
): Promise<SendResult> {
  let current = report;
  try {
    while (current.photos.length) {
      const [next, ...rest] = current.photos;
      const stored = await api.uploadPhoto(next);
      current = {
        ...current,
        photos: rest,
        input: { ...current.input, photoIds: [...(current.input.photoIds ?? []), stored.id] },
      };
      await keep(current);
    }
    const { trackingCode } = await api.submit(current.input, current.key);
    return { state: 'sent', trackingCode };
  } catch (error) {
    if (isOfflineError(error)) return { state: 'offline', report: current };
    return { state: 'refused', error, report: current };
  }
}

/**
 * Sends the signed-in resident's pending reports of this service, oldest
 * first; stops at the first network failure (the rest wait for the next try).
 * Returns the tracking codes of the reports that arrived.
 */
export async function flushOutbox(
  store: OutboxStore,
  api: CasesApi,
  who: { userId: string; service: CaseService },
  describe: (error: unknown) => string = (error) => (error instanceof Error ? error.message : String(error)),
): Promise<{ sent: string[]; waiting: number }> {
  const mine = (await store.all()).filter(
    (r) => r.userId === who.userId && r.service === who.service && !r.refused,
  );
  const sent: string[] = [];
  for (let i = 0; i < mine.length; i++) {
    const result = await sendReport(api, mine[i], (progress) => store.put(progress));
    if (result.state === 'sent') {
      await store.remove(mine[i].key);
      sent.push(result.trackingCode);
    } else if (result.state === 'refused') {
      await store.put({ ...result.report, refused: describe(result.error) });
    } else {
      await store.put(result.report);
      return { sent, waiting: mine.length - i };
    }
  }
  return { sent, waiting: 0 };
}
