import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { ResolvedConfig } from '../../config/config.module';

/** The origin of the map tiles (MAP_TILE_URL), when they come from outside the suite. */
function tileOrigin(template: string): string[] {
  if (template.startsWith('/')) return [];
  const { protocol, host } = new URL(template.replace(/\{[a-z]\}/g, '0'));
  return [`${protocol}//${host}`];
}

/**
 * The API's answers (JSON, XML, CSV, photos) are no page: nothing in them may load or run anything, nor be
 * framed (OWASP's REST security sheet). Its policy is 40 bytes where the portals' is 300, on every answer.
 */
const apiDirectives = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

/** The API's paths, but for its documentation (Swagger UI is a page). */
const isApi = (url: string) =>
  (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url.startsWith('/open311/');

/**
 * Helmet's security headers on every answer: for the portals' pages and files a CSP that allows only
 * the suite itself (and the map tiles' host), for the API's answers `default-src 'none'`; HSTS when
 * HSTS_MAX_AGE_SECONDS > 0, and helmet's other defaults. The middlewares are built once: the
 * @fastify/helmet plugin built them again from its options on every request (3 % of the gateway's busy
 * time under the submission bench).
 */
export function securityHeaders(
  fastify: FastifyInstance,
  config: Pick<ResolvedConfig, 'mapTileUrl' | 'hstsMaxAgeSeconds'>,
): void {
  const hsts =
    config.hstsMaxAgeSeconds > 0 ? { maxAge: config.hstsMaxAgeSeconds, includeSubDomains: true } : false;
  const pages = helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        // Map tiles come from MAP_TILE_URL's host (nothing else outside the suite).
        'img-src': ["'self'", 'data:', 'blob:', ...tileOrigin(config.mapTileUrl)],
        'connect-src': ["'self'"],
        // helmet's default also allows fonts from any https origin; the portals bring their own.
        'font-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'frame-ancestors': ["'none'"],
      },
    },
    hsts,
  });
  const api = helmet({ contentSecurityPolicy: { useDefaults: false, directives: apiDirectives }, hsts });
  fastify.addHook('onRequest', (request, reply, done) => {
    // Since helmet 8.1 a failure is thrown, not passed to the callback.
    (isApi(request.url) ? api : pages)(request.raw, reply.raw, () => done());
  });
}
