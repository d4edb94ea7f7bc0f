import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, type MessageCode, isMessageCode, message } from '@layanan/domain';
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

/** Body-parser failures reach Nest as plain errors carrying `type` and `status`. */
function bodyParserCode(error: unknown): { status: number; code: MessageCode } | null {
  if (typeof error !== 'object' || error === null || !('type' in error)) return null;
  switch (error.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'invalid_json' };
    case 'entity.too.large':
      return { status: 413, code: 'payload_too_large' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'unsupported_media_type' };
    default:
      return null;
  }
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
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { lang } = currentContext();
    const body = this.toBody(error, lang);
    if (body.statusCode >= 500) {
      this.logger.error({ err: error, path: request.path }, 'Unhandled error');
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(error: unknown, lang: 'id' | 'en'): ErrorBody {
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
    // Express maps body-parser failures to an HttpException whose cause is the original error.
    const parser =
      bodyParserCode(error) ?? (error instanceof HttpException ? bodyParserCode(error.cause) : null);
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
    return { statusCode: 500, code: 'internal_error', message: message('internal_error', lang), fields: {} };
  }

  /** "Data tidak valid: nik, password" — the message names the fields. */
  private summary(code: MessageCode, fields: Record<string, string>, lang: 'id' | 'en'): string {
    const names = Object.keys(fields).filter((f) => f !== '_');
    return names.length ? `${message(code, lang)}: ${names.join(', ')}` : message(code, lang);
  }
}
