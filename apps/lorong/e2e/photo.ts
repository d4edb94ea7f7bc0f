import { createRequire } from 'node:module';

// sharp is the gateway's own (it re-encodes the uploads); the test borrows it to draw a photo.
const gatewayRequire = createRequire(new URL('../../gateway/package.json', import.meta.url));

interface Sharp {
  (options: { create: { width: number; height: number; channels: 3; background: string } }): Sharp;
  jpeg(options: { quality: number }): Sharp;
  withExif(exif: Record<string, Record<string, string>>): Sharp;
  toBuffer(): Promise<Buffer>;
}

const degrees = (value: number) => {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
  return `${d}/1 ${m}/1 ${s}/100`;
};

/** A small JPEG, optionally with a GPS position in its EXIF (as a phone camera writes it). */
export async function testJpeg(gps?: { lat: number; lng: number }, colour = '#7a6a5a'): Promise<Buffer> {
  const sharp = gatewayRequire('sharp') as Sharp;
  let image = sharp({ create: { width: 96, height: 64, channels: 3, background: colour } }).jpeg({
    quality: 70,
  });
  if (gps) {
    image = image.withExif({
      IFD3: {
        GPSLatitudeRef: gps.lat < 0 ? 'S' : 'N',
        GPSLatitude: degrees(gps.lat),
        GPSLongitudeRef: gps.lng < 0 ? 'W' : 'E',
        GPSLongitude: degrees(gps.lng),
      },
    });
  }
  return image.toBuffer();
}
