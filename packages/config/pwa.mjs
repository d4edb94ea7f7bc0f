// Installable portals: a web app manifest, PNG icons drawn at build time and
// a Workbox service worker that precaches the built shell (vite-plugin-pwa).
// Everything is a file of the portal's own origin: the gateway's CSP
// (script-src 'self', no inline script) is kept.
import sharp from 'sharp';
import { VitePWA } from 'vite-plugin-pwa';

export const ICON_SIZES = [192, 512];

/** @type {Record<string, string>} */
const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** @param {string} text */
const escape = (text) => text.replace(/[&<>"]/g, (c) => entities[c] ?? c);

/** @typedef {{ title: string, colour: string, description: string }} PortalPage */

/**
 * The icon: the service's initial on its colour, with room for maskable cropping.
 * @param {string} title @param {string} colour @param {number} size
 */
export function iconSvg(title, colour, size) {
  const letter = escape(title.replace(/^e-/, '').charAt(0).toUpperCase());
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" fill="${escape(colour)}"/>
<text x="50" y="50" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="46" fill="#ffffff">${letter}</text>
</svg>`;
}

/**
 * Emits icon-192.png and icon-512.png into the build.
 * @param {PortalPage} page
 * @returns {import('vite').Plugin}
 */
function portalIcons({ title, colour }) {
  return {
    name: 'layanan-portal-icons',
    apply: 'build',
    async generateBundle() {
      for (const size of ICON_SIZES) {
        const source = await sharp(Buffer.from(iconSvg(title, colour, size)))
          .png({ compressionLevel: 9 })
          .toBuffer();
        this.emitFile({ type: 'asset', fileName: `icon-${size}.png`, source });
      }
    },
  };
}

/**
 * @param {string} base e.g. '/lorong/'
 * @param {PortalPage} page
 * @returns {import('vite').PluginOption[]}
 */
export function portalPwa(base, page) {
  return [
    portalIcons(page),
    VitePWA({
      // registerSW.js is a file of its own (no inline script), loaded deferred.
      injectRegister: 'script-defer',
      registerType: 'autoUpdate',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: base,
        name: `${page.title} · Kabupaten Pamekasan`,
        short_name: page.title,
        description: page.description,
        lang: 'id',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: page.colour,
        background_color: '#ffffff',
        icons: ICON_SIZES.flatMap((size) => [
          { src: `icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' },
          { src: `icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'maskable' },
        ]),
      },
      workbox: {
        // The shell: the page, every built script and style sheet, the icons.
        globPatterns: ['**/*.{html,js,css,png,svg,woff2}'],
        // Any page of the portal opens offline from the cached index.html; the API never comes from the cache.
        navigateFallback: `${base}index.html`,
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ];
}
