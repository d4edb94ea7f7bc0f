import { createApiClient, sessionApi } from '@layanan/api-client';
import { type SessionApi, accessToken } from '@layanan/auth/client';

/**
 * The gateway's session calls, on the portal's own origin (`/api`), sending
 * the in-memory access token and the page's language.
 */
export function defaultSessionApi(): SessionApi {
  const client = createApiClient({
    baseUrl: '',
    getAccessToken: accessToken.get,
    getLanguage: () => document.documentElement.lang || 'id',
  });
  return sessionApi(client);
}
