import { useEffect, useEffectEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CaseService } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { caseKeys, useCasesApi } from './hooks.js';
import { type OutboxStore, defaultOutboxStore, flushOutbox } from './outbox.js';

/** While reports wait, another try every minute (the phone may be "online" with the gateway out of reach). */
const RETRY_MS = 60_000;

let running = false;

/**
 * Mounted once in the shell of a portal with case pages: sends the signed-in
 * resident's reports kept on the phone (outbox.ts) when the portal opens, when
 * the browser comes back online and every minute while some wait; says what
 * happened in a status line.
 */
export function OutboxSender({ service, store }: { service: CaseService; store?: OutboxStore }) {
  const t = useT();
  const api = useCasesApi();
  const queryClient = useQueryClient();
  const { user, status } = useSession();
  const [waiting, setWaiting] = useState(0);
  const [sent, setSent] = useState<string[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const userId = status === 'signed-in' && user?.role === 'resident' ? user.id : null;
  const outbox = store ?? defaultOutboxStore();

  const flush = useEffectEvent(async (who: string) => {
    if (running) return;
    running = true;
    try {
      const result = await flushOutbox(outbox, api, { userId: who, service }, (e) => errorText(e, t.lang));
      setWaiting(result.waiting);
      if (result.sent.length) {
        setSent((before) => [...before, ...result.sent]);
        // A list asked for before the report was filed may still be on its way; react-query would hand
        // its (older) answer to the refresh, so it is dropped first and every case query asked again.
        await queryClient.cancelQueries({ queryKey: caseKeys.all });
        await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      }
      const stopped = (await outbox.all()).find(
        (r) => r.userId === who && r.service === service && r.refused,
      );
      setRefused(stopped?.refused ?? null);
    } catch {
      // IndexedDB unavailable: nothing was kept, nothing to send.
    } finally {
      running = false;
    }
  });

  useEffect(() => {
    if (!userId) return;
    const run = () => void flush(userId);
    run();
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    window.addEventListener('online', run);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(run, RETRY_MS);
    return () => {
      window.removeEventListener('online', run);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [userId]);

  if (!userId || (!waiting && !sent.length && !refused)) return null;
  return (
    <div className="outbox-status notice" role="status">
      {waiting ? <p>{t('case.outbox.waiting', { n: waiting })}</p> : null}
      {sent.length ? <p>{t('case.outbox.sent', { codes: sent.join(', ') })}</p> : null}
      {refused ? <p>{t('case.outbox.refused', { reason: refused })}</p> : null}
    </div>
  );
}
