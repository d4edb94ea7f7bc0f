import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
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

export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

/** Express middleware: opens the request's context and echoes the request id. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction) {
  const requestId = (req as Request & { id?: string }).id ?? requestIdOf(req);
  res.setHeader('X-Request-Id', requestId);
  const lang = pickLanguage(req.headers['accept-language']);
  res.setHeader('Content-Language', lang);
  storage.run({ requestId, lang }, next);
}
