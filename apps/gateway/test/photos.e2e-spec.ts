import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { jpeg, uploadPhoto } from './support/cases';
import { type TestApp, bootTestApp, registerResident } from './support/test-app';

describe('photos', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await bootTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    token = (await registerResident(t, 1)).accessToken;
  });
  afterAll(() => t.close());

  it('offers the EXIF GPS position back, then stores the photo re-encoded without any EXIF', async () => {
    const res = await uploadPhoto(t, token, await jpeg({ gps: true }));
    expect(res.status).toBe(201);
    expect(res.body.gps.lat).toBeCloseTo(-7.1583, 3);
    expect(res.body.gps.lng).toBeCloseTo(113.47, 2);
    const stored = readFileSync(join(t.config.uploadsDir, `${res.body.id}.jpg`));
    expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
  });

  it('accepts PNG and WEBP by their magic bytes and shrinks large images to 2048 px', async () => {
    const png = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const res = await uploadPhoto(t, token, png, 'a.png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 2048, height: 683 });
    const webp = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'blue' } })
      .webp()
      .toBuffer();
    expect((await uploadPhoto(t, token, webp, 'b.webp')).status).toBe(201);
  });

  it('refuses a renamed executable, a text file and a truncated image, naming the field', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(100)]);
    const exe = await uploadPhoto(t, token, elf, 'foto.jpg');
    expect(exe.status).toBe(400);
    expect(exe.body).toMatchObject({ code: 'photo_type', fields: { photo: expect.any(String) } });
    expect((await uploadPhoto(t, token, Buffer.from('hello'), 'x.png')).body.code).toBe('photo_type');
    const truncated = (await jpeg({ width: 400, height: 400 })).subarray(0, 200);
    const broken = await uploadPhoto(t, token, truncated, 'c.jpg');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('photo_unreadable');
  });

  it('refuses more than 10 MB with 413 naming the field', async () => {
    const big = Buffer.concat([await jpeg(), Buffer.alloc(10 * 1024 * 1024)]);
    const res = await uploadPhoto(t, token, big, 'big.jpg');
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'photo_too_large', fields: { photo: expect.any(String) } });
  });

  it('refuses a decompression bomb (a tiny file that decodes to a huge image)', async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: 'white' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await uploadPhoto(t, token, bomb, 'bomb.png');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('photo_unreadable');
  });

  it('serves a private photo only through a signed URL; anonymous upload is refused', async () => {
    const res = await uploadPhoto(t, token);
    await t.http().get(`/api/files/photos/${res.body.id}`).expect(404);
    await t
      .http()
      .post('/api/files/photos')
      .attach('photo', await jpeg(), 'x.jpg')
      .expect(401);
  });
});
