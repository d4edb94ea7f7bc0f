import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type Lang, isMessageCode, message } from '@layanan/domain';
import { currentContext } from '../../common/http/request-context';
import { formatOfPath, sendOpen311 } from './open311.format';

/** The three statuses of GeoReport v2 errors: 404 for what does not exist, 403 for the api_key, 400 for the rest. */
export type Open311Status = 400 | 403 | 404;

export interface Open311ErrorItem {
  code: number;
  description: string;
}

/** An Open311 error answer: `<errors><error><code/><description/></error></errors>` or `[{code, description}]`. */
export class Open311Error extends Error {
  constructor(
    readonly status: Open311Status,
    readonly descriptions: string[],
  ) {
    super(descriptions.join('; '));
  }

  get errors(): Open311ErrorItem[] {
    return this.descriptions.map((description) => ({ code: this.status, description }));
  }
}

/** A text in the language of the request (Indonesian unless Accept-Language asks for English). */
export function say(id: string, en: string): string {
  return currentContext().lang === 'en' ? en : id;
}

export const badRequest311 = (...descriptions: string[]) => new Open311Error(400, descriptions);
export const forbidden311 = (description: string) => new Open311Error(403, [description]);
export const notFound311 = (description: string) => new Open311Error(404, [description]);

/** The case engine's field names, as the Open311 parameters a client sent. */
function open311Name(field: string): string {
  const attribute = /^attributes\.(.+)$/.exec(field);
  if (attribute) return `attribute[${attribute[1]}]`;
  const names: Record<string, string> = {
    categoryId: 'service_code',
    'location.point': 'lat/long',
    'location.villageCode': 'address_id',
    'location.address': 'address_string',
    title: 'description',
  };
  return names[field] ?? field;
}

function fromAppError(error: AppError, lang: Lang): Open311Error {
  const text = (v: string) => (isMessageCode(v) ? message(v, lang) : v);
  if (error.status === 401 || error.status === 403) return forbidden311(message(error.code, lang));
  if (error.status === 404) return notFound311(message(error.code, lang));
  const fields = Object.entries(error.fields).filter(([field]) => field !== '_');
  if (!fields.length) return badRequest311(text(error.code));
  return badRequest311(...fields.map(([field, value]) => `${open311Name(field)}: ${text(value)}`));
}

/**
 * Every error of the Open311 routes in the spec's own format (not the API's
 * `{statusCode, code, message, fields}`), in XML or JSON after the URL's
 * extension. Failures the client cannot fix are the spec's "400 General
 * service error", logged here and named by the request id.
 */
@Catch()
export class Open311ExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Open311');

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    const answer = this.toOpen311(error, path);
    if (reply.sent) return;
    sendOpen311(reply, formatOfPath(path), answer.status, {
      root: 'errors',
      body: answer.errors.map((e) => ({ code: e.code, description: e.description })),
    });
  }

  private toOpen311(error: unknown, path: string): Open311Error {
    const { lang, requestId } = currentContext();
    if (error instanceof Open311Error) return error;
    if (error instanceof AppError && error.status < 500) return fromAppError(error, lang);
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      if (status === 404) return notFound311(message('not_found', lang));
      if (status === 401 || status === 403) return forbidden311(message('forbidden', lang));
      return badRequest311(message('validation_failed', lang));
    }
    this.logger.error({ err: error, path }, 'Open311 request failed');
    return badRequest311(
      say(
        `Kesalahan layanan umum; sampaikan kode permintaan ${requestId} kepada admin kabupaten`,
        `General service error; please report request id ${requestId} to the regency admin`,
      ),
    );
  }
}
