import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@layanan/auth/server';
import { portals } from './portals';

const page = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layanan Digital Kabupaten Pamekasan</title>
<style>
  body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #f8fafc; }
  main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  p.lead { margin: 0 0 1.5rem; color: #4b5563; }
  ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
  a.card { display: block; padding: 1rem; border-radius: .75rem; background: #fff; text-decoration: none; color: inherit;
    border-left: .5rem solid var(--c); box-shadow: 0 1px 2px rgb(0 0 0 / .08); }
  a.card:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  a.card strong { display: block; font-size: 1.125rem; color: var(--c); }
  footer { margin-top: 2rem; font-size: .875rem; color: #4b5563; }
</style>
</head>
<body>
<main>
  <h1>Layanan Digital Kabupaten Pamekasan</h1>
  <p class="lead">Laporkan, adukan, dan dapatkan layanan kesehatan, kapan saja. <span lang="en">Report, complain and get health services, any time.</span></p>
  <ul>
${portals
  .map(
    (p) =>
      `    <li><a class="card" style="--c:${p.colour}" href="/${p.key}/"><strong>${p.title}</strong>${p.descriptionId} <span lang="en">(${p.descriptionEn})</span></a></li>`,
  )
  .join('\n')}
  </ul>
  <footer>API: <a href="/api/docs">/api/docs</a></footer>
</main>
</body>
</html>`;

/** The landing page at `/`, linking the five portals. */
@ApiExcludeController()
@Controller()
export class LandingController {
  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  landing() {
    return page;
  }
}
