import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multer from 'multer';
import { AppError, type MessageCode } from '@layanan/domain';
import type { Observable } from 'rxjs';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 2 },
}).single('photo');

const multerCodes: Record<string, MessageCode> = {
  LIMIT_FILE_SIZE: 'photo_too_large',
  LIMIT_FILE_COUNT: 'too_many_photos',
  LIMIT_UNEXPECTED_FILE: 'photo_type',
};

/**
 * Fastify reads no multipart body itself: the photo route's interceptor reads
 * it with multer, within its own limits. Elsewhere the body stays unread (and
 * the route's validation names what is missing), as it did on Express.
 */
export function acceptMultipart(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
}

/**
 * Reads one multipart file field `photo` into memory (at most 10 MB), and
 * answers multer's refusals as 4xx errors naming the field.
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { file?: unknown }>();
    const raw = request.raw as typeof request.raw & { file?: unknown };
    await new Promise<void>((resolve, reject) => {
      upload(raw as never, http.getResponse<FastifyReply>().raw as never, (error: unknown) => {
        if (!error) {
          request.file = raw.file;
          return resolve();
        }
        const code =
          error instanceof multer.MulterError
            ? (multerCodes[error.code] ?? 'photo_unreadable')
            : 'photo_unreadable';
        reject(new AppError(code, code === 'photo_too_large' ? 413 : 400, { photo: code }));
      });
    });
    return next.handle();
  }
}
