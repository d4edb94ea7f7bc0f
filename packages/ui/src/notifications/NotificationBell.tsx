import { useContext, useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { type NotificationsApi, notificationsApi } from './api.js';
import { NotificationsApiContext } from './context.js';

let shared: NotificationsApi | null = null;
const defaultApi = () => (shared ??= notificationsApi());

/**
 * The in-app inbox of every portal: a bell with the unread count, and the
 * latest notifications (case updates, a due ANC contact, a danger-sign alert,
 * a booking call), each linking to what it is about.
 */
export function NotificationBell() {
  const api = useContext(NotificationsApiContext) ?? defaultApi();
  const t = useT();
  const session = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const signedIn = session.status === 'signed-in';
  const inbox = useQuery({
    queryKey: ['notifications', t.lang],
    queryFn: () => api.list(),
    enabled: signedIn,
    refetchInterval: 60_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({ mutationFn: (id: string) => api.read(id), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: () => api.readAll(), onSuccess: refresh });
  if (!signedIn) return null;
  const unread = inbox.data?.unreadCount ?? 0;
  const label = t.pick({ id: `Notifikasi, ${unread} belum dibaca`, en: `Notifications, ${unread} unread` });

  return (
    <div className="bell">
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">🔔</span>
        {unread > 0 ? (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <section
          id={panelId}
          className="bell-panel"
          aria-label={t.pick({ id: 'Notifikasi', en: 'Notifications' })}
        >
          <header className="bell-head">
            <strong>{t.pick({ id: 'Notifikasi', en: 'Notifications' })}</strong>
            {unread > 0 ? (
              <button type="button" className="link-button" onClick={() => readAll.mutate()}>
                {t.pick({ id: 'Tandai semua dibaca', en: 'Mark all as read' })}
              </button>
            ) : null}
          </header>
          {inbox.isError ? (
            <p role="alert">
              {t.pick({ id: 'Notifikasi tidak dapat dimuat.', en: 'Notifications could not be loaded.' })}
            </p>
          ) : !inbox.data ? (
            <p>{t.pick({ id: 'Memuat…', en: 'Loading…' })}</p>
          ) : inbox.data.items.length === 0 ? (
            <p>{t.pick({ id: 'Belum ada notifikasi.', en: 'No notifications yet.' })}</p>
          ) : (
            <ul className="bell-list">
              {inbox.data.items.map((n) => (
                <li key={n.id} className={n.readAt ? 'bell-item' : 'bell-item bell-unread'}>
                  <a
                    href={n.link ?? '#'}
                    onClick={() => {
                      if (!n.readAt) readOne.mutate(n.id);
                    }}
                  >
                    <span className="bell-title">{n.title}</span>
                    <span className="bell-body">{n.body}</span>
                    <time dateTime={n.createdAt}>
                      {new Date(n.createdAt).toLocaleString(t.lang === 'id' ? 'id-ID' : 'en-GB', {
                        timeZone: 'Asia/Jakarta',
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </time>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
