import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { IncomingMessage } from 'node:http';
import type { Writable } from 'node:stream';
import compress from '@fastify/compress';
import { parse as parseForm } from 'qs';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { ResolvedConfig } from './config/config.module';
import { loadConfig } from './config/config.schema';
import { resolveSecrets } from './config/secrets';
import { bodyLimitBytes } from './common/http/body-limit';
import { requestContextHooks, requestIdOf } from './common/http/request-context';
import { securityHeaders } from './common/http/security-headers';
import { servePortals } from './common/http/portal-files';
import { preparePostgres } from './database/prepare';
import { acceptMultipart } from './modules/files/photo-upload.interceptor';
import { serializeSqliteTransactions } from './database/sqlite-serial';
import { DataSource } from 'typeorm';

export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Layanan Digital Kabupaten Pamekasan')
    .setDescription(
      'e-Lorong, e-Madul, e-Sehat and e-Babhar. Errors are `{ statusCode, code, message, fields }`; ' +
        'messages follow Accept-Language (id by default, en).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * Builds the whole application (not listening). Tests and main.ts share it.
 * NestJS on Fastify (routes in a radix tree rather than Express's walk over
 * every route; the measurements are in apps/bench/README.md).
 */
export async function createApp(
  config: ResolvedConfig = resolveSecrets(loadConfig()),
  options: { logger?: boolean; logStream?: Writable } = {},
): Promise<NestFastifyApplication> {
  await preparePostgres(config);
  const bodyLimit = bodyLimitBytes(config.bodyLimit);
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit,
    // The request's id: the caller's X-Request-Id when well formed, else a new UUID. Middleware (the
    // request logger) reads it as req.id; the request context echoes it.
    genReqId: (raw: IncomingMessage) => requestIdOf(raw),
    // Request logs are nestjs-pino's (pino-http); Fastify's own logger stays off.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.logStream),
    adapter,
    { bufferLogs: true, abortOnError: false, logger: options.logger === false ? false : undefined },
  );
  if (options.logger !== false) app.useLogger(app.get(Logger));
  serializeSqliteTransactions(app.get(DataSource));
  requestContextHooks(app.getHttpAdapter().getInstance());
  securityHeaders(app.getHttpAdapter().getInstance(), config);
  // Browsers may call the API only from the suite's own pages, and from the origins CORS_ORIGINS names.
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: true,
    maxAge: 600,
  });
  // gzip for the portals' scripts and styles and the JSON answers (phones on slow links).
  // Request bodies are not inflated (a small gzip body must not become a large one).
  await app.register(compress, {
    threshold: 1024,
    encodings: ['gzip', 'deflate'],
    globalDecompression: false,
  });
  // Form bodies as Express's extended parser read them: Open311's attribute[code]=value becomes
  // { attribute: { code: value } }.
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit }, (_req: unknown, body: Buffer) =>
    Promise.resolve(
      parseForm(body.toString('utf8'), { allowPrototypes: false, depth: 5, parameterLimit: 1000 }),
    ),
  );
  acceptMultipart(app.getHttpAdapter().getInstance());
  await servePortals(app, config);
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  app.enableShutdownHooks();
  return app;
}
