import type { MessageCode } from './messages.js';

/**
 * A typed error with a message code, mapped to HTTP once by the gateway's
 * exception filter. `fields` names the offending fields (field → message code
 * or a ready message).
 */
export class AppError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly status: number,
    readonly fields: Record<string, string> = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: MessageCode, fields?: Record<string, string>) =>
  new AppError(code, 400, fields);
export const unauthenticated = (code: MessageCode = 'unauthenticated') => new AppError(code, 401);
export const forbidden = (code: MessageCode = 'forbidden') => new AppError(code, 403);
export const notFound = (code: MessageCode = 'not_found') => new AppError(code, 404);
export const conflict = (code: MessageCode, fields?: Record<string, string>) =>
  new AppError(code, 409, fields);
