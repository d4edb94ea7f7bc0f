import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Writable } from 'node:stream';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { ResolvedConfig } from './config/config.module';
import { loadConfig } from './config/config.schema';
import { resolveSecrets } from './config/secrets';
import { requestContextMiddleware } from './common/http/request-context';
import { preparePostgres } from './database/prepare';
import { serializeSqliteTransactions } from './database/sqlite-serial';
import { DataSource } from 'typeorm';
import { open311BodyErrors } from './modules/open311/open311.errors';

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

function tileOrigin(template: string): string[] {
  if (template.startsWith('/')) return [];
  const { protocol, host } = new URL(template.replace(/\{[a-z]\}/g, '0'));
  return [`${protocol}//${host}`];
}

/** Builds the whole application (not listening). Tests and main.ts share it. */
export async function createApp(
  config: ResolvedConfig = resolveSecrets(loadConfig()),
  options: { logger?: boolean; logStream?: Writable } = {},
): Promise<NestExpressApplication> {
  await preparePostgres(config);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options.logStream), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  serializeSqliteTransactions(app.get(DataSource));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          // Map tiles come from MAP_TILE_URL's host (nothing else outside the suite).
          'img-src': ["'self'", 'data:', 'blob:', ...tileOrigin(config.mapTileUrl)],
          'connect-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'frame-ancestors': ["'none'"],
        },
      },
      hsts:
        config.hstsMaxAgeSeconds > 0 ? { maxAge: config.hstsMaxAgeSeconds, includeSubDomains: true } : false,
    }),
  );
  // Browsers may call the API only from the suite's own pages, and from the origins CORS_ORIGINS names.
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    credentials: true,
    maxAge: 600,
  });
  // gzip for the portals' scripts and styles and the JSON answers (phones on slow links).
  app.use(compression({ threshold: 1024 }));
  app.use(requestContextMiddleware);
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.useBodyParser('urlencoded', { limit: config.bodyLimit, extended: true });
  app.use('/open311', open311BodyErrors);
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  app.enableShutdownHooks();
  return app;
}
