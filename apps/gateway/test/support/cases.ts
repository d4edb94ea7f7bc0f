import sharp from 'sharp';
import type { TestApp } from './test-app';

/** A small JPEG; with `gps`, its EXIF carries a position near Pamekasan town. */
export function jpeg(options: { gps?: boolean; width?: number; height?: number } = {}): Promise<Buffer> {
  const image = sharp({
    create: { width: options.width ?? 64, height: options.height ?? 48, channels: 3, background: '#777' },
  }).jpeg();
  return (
    options.gps
      ? image.withExif({
          IFD3: {
            GPSLatitudeRef: 'S',
            GPSLatitude: '7/1 9/1 30/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '113/1 28/1 12/1',
          },
        })
      : image
  ).toBuffer();
}

export async function uploadPhoto(t: TestApp, token: string, buffer?: Buffer, filename = 'foto.jpg') {
  const res = await t
    .http()
    .post('/api/files/photos')
    .set('Authorization', `Bearer ${token}`)
    .attach('photo', buffer ?? (await jpeg()), filename);
  return res;
}

export async function categoryId(t: TestApp, service: string, code: string): Promise<string> {
  const res = await t.http().get('/api/categories').query({ service }).expect(200);
  return (res.body as { id: string; code: string }[]).find((c) => c.code === code)!.id;
}

export async function agencyId(t: TestApp, code: string): Promise<string> {
  const res = await t.http().get('/api/agencies').expect(200);
  return (res.body as { id: string; code: string }[]).find((a) => a.code === code)!.id;
}

/** A Tlanakan village code from the regions API. */
export async function villageCode(t: TestApp): Promise<string> {
  const res = await t.http().get('/api/regions/districts/35.28.01/villages').expect(200);
  return (res.body as { code: string }[])[0].code;
}

export function pothole(category: string, overrides: Record<string, unknown> = {}) {
  return {
    service: 'lorong',
    categoryId: category,
    title: 'Lubang besar di Jalan Raya Tlanakan',
    description: 'Lubang sedalam 20 cm di lajur kiri, sudah dua motor jatuh minggu ini.',
    attributes: { ukuran: 'besar' },
    location: { point: { lat: -7.2231, lng: 113.4362 }, address: 'Jl. Raya Tlanakan km 3' },
    roadStatus: 'kabupaten',
    severity: 'berat',
    ...overrides,
  };
}

export function submit(t: TestApp, token: string, body: object, key?: string) {
  const req = t.http().post('/api/cases').set('Authorization', `Bearer ${token}`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
}

export function act(t: TestApp, token: string, code: string, body: object) {
  return t.http().post(`/api/staff/cases/${code}/actions`).set('Authorization', `Bearer ${token}`).send(body);
}

export function reporterAct(t: TestApp, token: string, code: string, body: object) {
  return t
    .http()
    .post(`/api/cases/${code}/reporter-actions`)
    .set('Authorization', `Bearer ${token}`)
    .send(body);
}
