import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
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
 * Reads one multipart file field `photo` into memory (at most 10 MB), and
 * answers multer's refusals as 4xx errors naming the field.
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => {
      upload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) => {
        if (!error) return resolve();
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
