import { createApiClient, unwrap } from '@layanan/api-client';
import { accessToken } from '@layanan/auth/client';
import type { NotificationPage } from '@layanan/domain';

/** The in-app inbox calls (`/api/notifications`), through the generated client. */
export interface NotificationsApi {
  list(): Promise<NotificationPage>;
  read(id: string): Promise<void>;
  readAll(): Promise<void>;
}

export function notificationsApi(
  client = createApiClient({ baseUrl: '', getAccessToken: accessToken.get }),
): NotificationsApi {
  return {
    list: async () =>
      unwrap(await client.GET('/api/notifications', { params: { query: { page: 1, pageSize: 20 } } })),
    read: async (id) => {
      unwrap(await client.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
    },
    readAll: async () => {
      unwrap(await client.POST('/api/notifications/read-all'));
    },
  };
}
