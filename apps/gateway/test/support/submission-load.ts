import { randomUUID } from 'node:crypto';

export interface LoadOptions {
  /** Where each attempt goes (several replicas: pick one per attempt). */
  target: (attempt: number) => string;
  token: string;
  body: object;
  workers: number;
  /** Workers stop starting new submissions once this says so (the current one is seen through). */
  stopped: () => boolean;
}

export interface LoadResult {
  /** Idempotency-Key → tracking code, for every submission the gateway acknowledged. */
  acknowledged: Map<string, string>;
  /** Which base URL acknowledged each key. */
  acknowledgedBy: Map<string, string>;
  attempts: number;
  /** Failed attempts by kind (network error, 503, …), retried with the same key. */
  retried: Record<string, number>;
  /** Answers that a retry cannot fix: a bug. */
  refused: string[];
}

/**
 * Clients that submit cases as a phone app would: each submission gets a fresh Idempotency-Key and is
 * retried with the same key after a network error or a 5xx, until the gateway acknowledges it.
 */
export async function submitUnderLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    acknowledged: new Map(),
    acknowledgedBy: new Map(),
    attempts: 0,
    retried: {},
    refused: [],
  };
  const worker = async () => {
    while (!options.stopped() && result.refused.length === 0) {
      const key = randomUUID();
      for (let attempt = 0; ; attempt++) {
        const base = options.target(result.attempts);
        result.attempts += 1;
        let kind: string;
        try {
          const res = await fetch(`${base}/api/cases`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              Authorization: `Bearer ${options.token}`,
              'Idempotency-Key': key,
            },
            body: JSON.stringify(options.body),
            signal: AbortSignal.timeout(10_000),
          });
          const text = await res.text();
          if (res.status === 201 || res.status === 200) {
            const { trackingCode } = JSON.parse(text) as { trackingCode: string };
            result.acknowledged.set(key, trackingCode);
            result.acknowledgedBy.set(key, base);
            break;
          }
          if (res.status < 500) {
            result.refused.push(`${res.status} ${text.slice(0, 300)}`);
            return;
          }
          kind = String(res.status);
        } catch (error) {
          kind = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
        }
        result.retried[kind] = (result.retried[kind] ?? 0) + 1;
        if (attempt > 600) {
          result.refused.push(`gave up on ${key} after ${attempt} attempts (${kind})`);
          return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return result;
}

export function potholeBody(categoryId: string) {
  return {
    service: 'lorong',
    categoryId,
    title: 'Jalan berlubang di depan pasar',
    description: 'Lubang besar di lajur kiri, berbahaya untuk motor pada malam hari.',
    attributes: { ukuran: 'besar' },
    location: { point: { lat: -7.2231, lng: 113.4362 }, address: 'Jl. Raya Tlanakan km 3' },
    roadStatus: 'kabupaten',
    severity: 'berat',
  };
}
