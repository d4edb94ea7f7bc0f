import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Lang, defaultLanguage, pickLanguage } from '@layanan/domain';

export interface RequestContext {
  requestId: string;
  lang: Lang;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The language and id of the request being served (Indonesian outside a request). */
export function currentContext(): RequestContext {
  return storage.getStore() ?? { requestId: 'none', lang: defaultLanguage };
}

export function requestIdOf(req: Pick<IncomingMessage, 'headers'>): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

const resumed = Symbol('request context');
type WithContext = FastifyRequest & { [resumed]?: AsyncResource };

/**
 * Opens each request's context (its id — Fastify's request.id, made by
 * requestIdOf, see app.factory.ts — echoed as X-Request-Id, and its
 * language, said in Content-Language) before anything else runs. Fastify reads
 * the body from the socket's events, outside that context, so the context of
 * the request (this one, and the logger's of nestjs-pino, opened by its
 * middleware just after) is captured once the middleware has run and entered
 * again before validation, guards and the handler.
 */
export function requestContextHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const requestId = request.id;
    const lang = pickLanguage(request.headers['accept-language']);
    reply.raw.setHeader('X-Request-Id', requestId);
    reply.raw.setHeader('Content-Language', lang);
    storage.run({ requestId, lang }, done);
  });
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    (request as WithContext)[resumed] = new AsyncResource('layanan-request');
    done(null, payload);
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const resource = (request as WithContext)[resumed];
    if (resource) resource.runInAsyncScope(done, undefined);
    else done();
  });
}
