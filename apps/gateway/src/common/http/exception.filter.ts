import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type MessageCode, isMessageCode, message } from '@layanan/domain';
import { sendOpen311Refusal } from '../../modules/open311/open311.format';
import { currentContext } from './request-context';

/** The shape of every error the API returns. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields: Record<string, string>;
}

const statusCodes: Record<number, MessageCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/**
 * Fastify's refusals of a body (before any route runs) reach the filter as an HttpException whose
 * cause is the FastifyError: too large, not JSON, a type no parser reads.
 */
function bodyParserCode(error: unknown): { status: number; code: MessageCode } | null {
  const cause = error instanceof HttpException ? error.cause : error;
  if (typeof cause !== 'object' || cause === null) return null;
  const { code, name, statusCode } = cause as { code?: unknown; name?: unknown; statusCode?: unknown };
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'payload_too_large' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'invalid_json' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return { status: 415, code: 'unsupported_media_type' };
    default:
      // The JSON parser's own SyntaxError (and a proto-poisoning refusal), marked 400.
      return statusCode === 400 && (name === 'SyntaxError' || /^FST_ERR_CTP_/.test(String(code)))
        ? { status: 400, code: 'invalid_json' }
        : null;
  }
}

/**
 * The database is out of reach (restarting, failing over, connections cut): the request did not
 * happen and may be retried, so the answer is 503 with Retry-After rather than a 500.
 * PostgreSQL SQLSTATE classes 08 (connection exception) and 57P (operator intervention), the
 * driver's own connection errors, and SQLite's busy / locked errors.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as
        { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined,
      depth = 0;
    e && depth < 4;
    depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (
      /^08|^57P0[123]$|^ECONNREFUSED$|^ECONNRESET$|^EPIPE$|^ETIMEDOUT$|^SQLITE_BUSY|^SQLITE_LOCKED/.test(code)
    )
      return true;
    const text = typeof e.message === 'string' ? e.message : '';
    if (
      /Connection terminated|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error|Query runner already released|connection provided by a query runner was already released|timeout exceeded when trying to connect/i.test(
        text,
      )
    )
      return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/**
 * Maps every error to `{ statusCode, code, message, fields }` once, in the
 * language of the request. Unknown errors are logged and become a 500 with
 * no detail.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(error: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const path = request.url.split('?')[0];
    const { lang } = currentContext();
    const parser = bodyParserCode(error);
    // A body refused before any route ran, on an Open311 route: said in Open311's format.
    if (parser && path.startsWith('/open311/')) {
      if (!reply.sent) sendOpen311Refusal(reply, path, message(parser.code, lang));
      return;
    }
    const body = this.toBody(error, lang, parser);
    if (body.statusCode >= 500) {
      this.logger.error({ err: error, path }, 'Unhandled error');
    }
    if (reply.sent || reply.raw.headersSent) return;
    if (body.statusCode === 503) reply.header('Retry-After', '2');
    reply.status(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(error: unknown, lang: 'id' | 'en', parser: ReturnType<typeof bodyParserCode>): ErrorBody {
    if (error instanceof AppError) {
      const fields = Object.fromEntries(
        Object.entries(error.fields).map(([k, v]) => [k, isMessageCode(v) ? message(v, lang) : v]),
      );
      return {
        statusCode: error.status,
        code: error.code,
        message: this.summary(error.code, fields, lang),
        fields,
      };
    }
    if (parser) {
      return {
        statusCode: parser.status,
        code: parser.code,
        message: message(parser.code, lang),
        fields: { body: message(parser.code, lang) },
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = statusCodes[status] ?? (status >= 500 ? 'internal_error' : 'validation_failed');
      return { statusCode: status, code, message: message(code, lang), fields: {} };
    }
    if (isDatabaseUnavailable(error)) {
      return {
        statusCode: 503,
        code: 'service_unavailable',
        message: message('service_unavailable', lang),
        fields: {},
      };
    }
    return { statusCode: 500, code: 'internal_error', message: message('internal_error', lang), fields: {} };
  }

  /** "Data tidak valid: nik, password" — the message names the fields. */
  private summary(code: MessageCode, fields: Record<string, string>, lang: 'id' | 'en'): string {
    const names = Object.keys(fields).filter((f) => f !== '_');
    return names.length ? `${message(code, lang)}: ${names.join(', ')}` : message(code, lang);
  }
}
