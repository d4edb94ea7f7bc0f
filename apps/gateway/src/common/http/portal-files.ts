import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { NotFoundException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ResolvedConfig } from '../../config/config.module';
import { portals } from '../../modules/system/portals';

/** `masuk` for /lorong/masuk (one segment, a page name has no dot); deeper paths are not a page of their own. */
function pageOf(rest: string): string | null {
  const segments = rest.split('/').filter(Boolean);
  return segments.length === 1 && /^[a-z0-9-]+$/.test(segments[0]) ? segments[0] : null;
}

/**
 * A portal's pages are client routes: a path with no file behind it is
 * answered with `<page>.html` when it is /<key>/<page> and the build wrote one
 * (index.html with modulepreload links to that page's chunks, see entryPages
 * in packages/config/vite.mjs), else with index.html. A missing file (a path
 * whose last segment has an extension) and anything but GET stay a 404.
 */
function pageFallback(root: string, key: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const rest = path.slice(key.length + 1);
    const last = rest.split('/').pop() ?? '';
    // Answered by the API's exception filter, as any other 404.
    if ((request.method !== 'GET' && request.method !== 'HEAD') || last.includes('.'))
      throw new NotFoundException();
    const page = pageOf(rest);
    const file = page && existsSync(join(root, `${page}.html`)) ? `${page}.html` : 'index.html';
    return reply
      .status(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(await readFile(join(root, file)));
  };
}

/**
 * The built portals present on disk, each at /<key>/: its files (cached an
 * hour; the hashed assets never change) and its pages (see pageFallback).
 */
export async function servePortals(app: NestFastifyApplication, config: ResolvedConfig): Promise<void> {
  for (const { key } of portals) {
    const root = join(config.portalsDir, key, 'dist');
    if (!existsSync(join(root, 'index.html'))) continue;
    await app.register(
      async (scope: FastifyInstance) => {
        await scope.register(fastifyStatic, {
          root,
          prefix: '/',
          index: 'index.html',
          maxAge: 3_600_000,
          decorateReply: false,
          redirect: true,
        });
        scope.setNotFoundHandler(pageFallback(root, key));
      },
      { prefix: `/${key}` },
    );
  }
}
