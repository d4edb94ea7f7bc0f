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
 * Helmet's security headers on every answer: a CSP that allows only the suite itself (and the map
 * tiles' host), HSTS when HSTS_MAX_AGE_SECONDS > 0, and helmet's other defaults. The middleware is
 * built once: the @fastify/helmet plugin built it again from its options on every request (3 % of
 * the gateway's busy time under the submission bench).
 */
export function securityHeaders(
  fastify: FastifyInstance,
  config: Pick<ResolvedConfig, 'mapTileUrl' | 'hstsMaxAgeSeconds'>,
): void {
  const apply = helmet({
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
    hsts:
      config.hstsMaxAgeSeconds > 0 ? { maxAge: config.hstsMaxAgeSeconds, includeSubDomains: true } : false,
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    // Since helmet 8.1 a failure is thrown, not passed to the callback.
    apply(request.raw, reply.raw, () => done());
  });
}
