import { signAccessToken } from '@layanan/auth/server';
import { User } from '../src/modules/identity/entities/user.entity';
import { RefreshToken } from '../src/modules/identity/entities/refresh-token.entity';
import { type TestApp, bootTestApp, login, registerResident, testNik } from './support/test-app';

describe('identity: registration, sign-in, sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ LOGIN_MAX_FAILURES: '3', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('registers a resident with a valid NIK, signs her in, and shows the NIK masked', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ nik: testNik(1), fullName: 'Siti Rahma', phone: '0812-3456-7890', password: 'rahasia123' })
        .expect(201);
      expect(res.body.user).toMatchObject({
        role: 'resident',
        fullName: 'Siti Rahma',
        nikMasked: '3528••••••••0001',
        phoneMasked: '0812•••••890',
        verified: false,
      });
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.refreshToken).toEqual(expect.any(String));
      const me = await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body.id).toBe(res.body.user.id);
    });

    it('stores the NIK and phone encrypted, never in plain text', async () => {
      const row = await t.dataSource.getRepository(User).findOneByOrFail({ fullName: 'Siti Rahma' });
      const raw = JSON.stringify(row);
      expect(raw).not.toContain(testNik(1));
      expect(raw).not.toContain('81234567890');
      expect(row.nikEnc).toMatch(/^v1\./);
    });

    it.each([
      ['15 digits', '352801410195000', 'NIK must be 16 digits'],
      ['17 digits', '35280141019500011', 'NIK must be 16 digits'],
      ['letters', '35280141019500A1', 'NIK must be 16 digits'],
      [
        'an unknown kecamatan',
        '3528994101950001',
        'The NIK region code (province, regency/city, district) is unknown',
      ],
      [
        'an unknown province',
        '9928014101950001',
        'The NIK region code (province, regency/city, district) is unknown',
      ],
      ['day 72', '3528017201950001', 'The birth date in the NIK is not a real date'],
      ['29 February of a common year', '3528012902950001', 'The birth date in the NIK is not a real date'],
      ['serial 0000', '3528014101950000', 'The NIK serial must not be 0000'],
    ])('refuses a NIK with %s, naming the field, and stores nothing', async (_label, nik, expected) => {
      const before = await t.dataSource.getRepository(User).count();
      const res = await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'en')
        .send({ nik, fullName: 'Test', phone: '081234567890', password: 'rahasia123' })
        .expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        code: 'validation_failed',
        fields: { nik: expected },
      });
      expect(res.body.message).toContain('nik');
      expect(await t.dataSource.getRepository(User).count()).toBe(before);
    });

    it('accepts day 71 (a woman born on the 31st) and 29 February of a leap year', async () => {
      await t
        .http()
        .post('/api/auth/register')
        .send({
          nik: '3528017101950002',
          fullName: 'Lahir 31',
          phone: '081234567891',
          password: 'rahasia123',
        })
        .expect(201);
      await t
        .http()
        .post('/api/auth/register')
        .send({
          nik: '3528012902960003',
          fullName: 'Lahir Kabisat',
          phone: '081234567892',
          password: 'rahasia123',
        })
        .expect(201);
    });

    it('answers in Indonesian by default', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({ nik: '123', fullName: 'Test', phone: '081234567890', password: 'rahasia123' })
        .expect(400);
      expect(res.body.fields.nik).toBe('NIK harus 16 digit angka');
      expect(res.body.message).toBe('Data tidak valid: nik');
    });

    it('refuses a second account for the same NIK with 409', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .set('Accept-Language', 'en')
        .send({ nik: testNik(1), fullName: 'Penyamar', phone: '081299999999', password: 'rahasia123' })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'nik_taken',
        fields: { nik: 'This NIK is already registered' },
      });
    });

    it('refuses fields a resident may not set (no self-made admins)', async () => {
      const res = await t
        .http()
        .post('/api/auth/register')
        .send({
          nik: testNik(9),
          fullName: 'X',
          phone: '081234567890',
          password: 'rahasia123',
          role: 'regency_admin',
        })
        .expect(400);
      expect(Object.keys(res.body.fields)).toEqual(expect.arrayContaining(['fullName']));
    });
  });

  describe('sign-in and lockout', () => {
    beforeAll(() => registerResident(t, 20));

    it('signs a resident in with NIK and password', async () => {
      const body = await login(t, testNik(20), 'rahasia123');
      expect(body.user.role).toBe('resident');
    });

    it('gives the same 401 for a wrong password and an unknown account', async () => {
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ identifier: testNik(20), password: 'salah12345' })
        .expect(401);
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ identifier: testNik(21), password: 'salah12345' })
        .expect(401);
      expect(wrong.body.code).toBe('invalid_credentials');
      expect(unknown.body).toEqual(wrong.body);
    });

    it('locks the account after repeated failures, even for the right password, then unlocks', async () => {
      await registerResident(t, 30);
      for (let i = 0; i < 3; i++) {
        await t
          .http()
          .post('/api/auth/login')
          .send({ identifier: testNik(30), password: 'salah12345' })
          .expect(401);
      }
      const locked = await t
        .http()
        .post('/api/auth/login')
        .send({ identifier: testNik(30), password: 'rahasia123' })
        .expect(423);
      expect(locked.body.code).toBe('account_locked');
      // The lock expires: move it into the past.
      const repo = t.dataSource.getRepository(User);
      const user = await repo.findOneByOrFail({ fullName: 'Warga 30' });
      await repo.update({ id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
      await login(t, testNik(30), 'rahasia123');
    });

    it('signs staff in with their username', async () => {
      const body = await login(t, 'admin', 'Admin12345');
      expect(body.user.role).toBe('regency_admin');
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the new token works, the old one no longer does', async () => {
      const first = await registerResident(t, 40);
      const second = await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${second.body.accessToken}`)
        .expect(200);
      const third = await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: second.body.refreshToken })
        .expect(200);
      expect(third.body.user.id).toBe(first.user.id);
    });

    it('revokes the whole family when a rotated token is used again', async () => {
      const first = await registerResident(t, 41);
      const second = await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200);
      const replay = await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(401);
      expect(replay.body.code).toBe('invalid_refresh_token');
      // The thief's replay also ends the legitimate holder's newer token.
      await t.http().post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
      const rows = await t.dataSource.getRepository(RefreshToken).findBy({ userId: first.user.id });
      expect(rows.length).toBe(2);
      expect(rows.every((r) => r.revokedAt)).toBe(true);
      expect(rows.every((r) => r.secretHash !== first.refreshToken.split('.')[1])).toBe(true);
    });

    it('refuses a tampered or made-up refresh token', async () => {
      const first = await registerResident(t, 42);
      const [id, secret] = first.refreshToken.split('.');
      const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
      await t.http().post('/api/auth/refresh').send({ refreshToken: tampered }).expect(401);
      await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: 'x'.repeat(60) })
        .expect(401);
      await t.http().post('/api/auth/refresh').send({}).expect(401);
    });

    it('logout ends the session', async () => {
      const first = await registerResident(t, 43);
      await t.http().post('/api/auth/logout').send({ refreshToken: first.refreshToken }).expect(204);
      await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    });

    it('keeps the refresh token in an HttpOnly cookie in cookie mode', async () => {
      const res = await t
        .http()
        .post('/api/auth/login')
        .set('X-Auth-Mode', 'cookie')
        .send({ identifier: testNik(20), password: 'rahasia123' })
        .expect(200);
      expect(res.body.refreshToken).toBeUndefined();
      const cookies = res.headers['set-cookie'] as unknown as string[];
      const cookie = cookies.find((c) => c.startsWith('layanan_rt=')) ?? '';
      expect(cookie).toMatch(
        /layanan_rt=[^;]+; Max-Age=\d+; Path=\/api\/auth; Expires=.*HttpOnly; SameSite=Strict/,
      );
      // The page's hint that a session exists: no secret, readable by scripts, same lifetime.
      const hint = cookies.find((c) => c.startsWith('layanan_sesi=')) ?? '';
      expect(hint).toMatch(/^layanan_sesi=1; Max-Age=\d+; Path=\/; Expires=[^;]+; SameSite=Strict$/);
      const cookieValue = cookie.split(';')[0];
      const refreshed = await t
        .http()
        .post('/api/auth/refresh')
        .set('X-Auth-Mode', 'cookie')
        .set('Cookie', cookieValue)
        .send({})
        .expect(200);
      expect(refreshed.body.user.role).toBe('resident');
      const reused = await t.http().post('/api/auth/refresh').set('Cookie', cookieValue).send({}).expect(401);
      // A refused refresh clears both the refresh cookie and the hint.
      const cleared = String(reused.headers['set-cookie']);
      expect(cleared).toMatch(/layanan_rt=; Path=\/api\/auth; Expires=Thu, 01 Jan 1970/);
      expect(cleared).toMatch(/layanan_sesi=; Path=\/; Expires=Thu, 01 Jan 1970/);
      const out = await t.http().post('/api/auth/logout').send({}).expect(204);
      expect(String(out.headers['set-cookie'])).toMatch(/layanan_sesi=; Path=\/; Expires=Thu, 01 Jan 1970/);
    });

    it('changing the password ends the other sessions', async () => {
      const first = await registerResident(t, 44);
      const other = await login(t, testNik(44), 'rahasia123');
      await t
        .http()
        .post('/api/auth/me/password')
        .set('Authorization', `Bearer ${first.accessToken}`)
        .send({ currentPassword: 'rahasia123', newPassword: 'baru12345' })
        .expect(204);
      await t.http().post('/api/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      await login(t, testNik(44), 'baru12345');
    });
  });

  describe('access tokens', () => {
    it('refuses a missing, tampered or foreign access token with 401', async () => {
      await t.http().get('/api/auth/me').expect(401);
      const { accessToken } = await login(t, 'admin', 'Admin12345');
      const [h, p, s] = accessToken.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = Buffer.from(
        JSON.stringify({ ...claims, role: 'regency_admin', sub: 'someone' }),
      ).toString('base64url');
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${h}.${forged}.${s}`).expect(401);
      await t.http().get('/api/auth/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
    });

    it('refuses an expired access token', async () => {
      const { user } = await login(t, 'admin', 'Admin12345');
      const principal = {
        userId: user.id,
        role: 'regency_admin' as const,
        agencyId: null,
        facilityId: null,
        sessionId: 's',
      };
      const valid = signAccessToken(principal, { secret: t.config.jwtSecret, ttlSeconds: 60 });
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${valid}`).expect(200);
      const expired = signAccessToken(principal, { secret: t.config.jwtSecret, ttlSeconds: -10 });
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
    });
  });
});
