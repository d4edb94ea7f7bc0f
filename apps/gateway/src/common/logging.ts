import type { Writable } from 'node:stream';
import pino from 'pino';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { ResolvedConfig } from '../config/config.module';
import { requestIdOf } from './http/request-context';

/** Paths that must never reach a log line: credentials, NIK, phone numbers, health fields. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.nik',
  '*.phone',
  '*.nikEnc',
  '*.phoneEnc',
  // Photo storage credentials (the configuration is never logged whole, but never say never).
  '*.secretAccessKey',
  '*.S3_SECRET_ACCESS_KEY',
  // Database errors carry the statement's parameters.
  '*.parameters',
  '*.driverError.parameters',
];

export function loggerParams(config: Pick<ResolvedConfig, 'logLevel' | 'env'>, stream?: Writable): Params {
  const options: Exclude<Params['pinoHttp'], unknown[] | undefined> = {
    level: config.logLevel,
    // The id the request's context gave it (request-context.ts), so that log lines and X-Request-Id agree.
    genReqId: (req) => (req as { id?: string }).id ?? requestIdOf(req),
    redact: { paths: redactPaths, censor: '[redacted]' },
    // Query strings are dropped from logged URLs: nothing personal may ride there. Of the response
    // only the status is logged (its headers were 1.4 KB per request, the CSP included; pino-http
    // adds the response time).
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/api/health' },
  };
  // Log lines go to standard output from libuv's thread pool (lines written meanwhile join the
  // next write) instead of one blocking write per line on the event loop's thread; pino flushes
  // what is pending when the process exits (not after SIGKILL: the lines of its last moment).
  // Tests keep the synchronous default, so that what a test logged is there when it looks.
  const destination =
    stream ?? (config.env === 'test' ? undefined : pino.destination({ dest: 1, sync: false }));
  return {
    pinoHttp: destination ? [options, destination] : options,
    // Every path. nestjs-pino's default, `{/*splat}`, has no leading slash, so @fastify/middie
    // prefixes one and the middleware then matches only paths starting with `//`.
    forRoutes: [{ path: '/{*path}', method: RequestMethod.ALL }],
  };
}
