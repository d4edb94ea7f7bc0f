import {
  issueRefreshToken,
  parseRefreshToken,
  refreshSecretMatches,
  signAccessToken,
  verifyAccessToken,
} from './tokens.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';

describe('refresh tokens', () => {
  it('keep only a hash of the secret, and match it back', () => {
    const issued = issueRefreshToken();
    const parsed = parseRefreshToken(issued.token)!;
    expect(parsed.tokenId).toBe(issued.tokenId);
    expect(issued.secretHash).not.toContain(parsed.secret);
    expect(refreshSecretMatches(parsed.secret, issued.secretHash)).toBe(true);
    expect(refreshSecretMatches(`${parsed.secret.slice(1)}A`, issued.secretHash)).toBe(false);
  });
  it('refuse malformed tokens', () => {
    expect(parseRefreshToken('abc')).toBeNull();
    expect(parseRefreshToken(`${'a'.repeat(16)}.${'b'.repeat(42)}`)).toBeNull();
  });
});

describe('passwords', () => {
  it('hash with argon2id and verify', async () => {
    const hashed = await hashPassword('rahasia123');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hashed, 'rahasia123')).toBe(true);
    expect(await verifyPassword(hashed, 'rahasia124')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyPassword(await dummyHash(), 'x')).toBe(false);
  });
});

describe('access tokens', () => {
  const secret = 'a-secret-of-at-least-32-characters!!';
  const principal = {
    userId: 'u-1',
    role: 'resident' as const,
    agencyId: null,
    facilityId: null,
    sessionId: 's-1',
  };
  afterEach(() => jest.useRealTimers());

  it('are answered the same the second time (from memory), and refused once they expire', () => {
    jest.useFakeTimers({ now: new Date('2026-11-29T10:00:00Z') });
    const token = signAccessToken(principal, { secret, ttlSeconds: 60 });
    expect(verifyAccessToken(token, { secret })).toEqual(principal);
    expect(verifyAccessToken(token, { secret })).toEqual(principal);
    jest.setSystemTime(new Date('2026-11-29T10:00:59.999Z'));
    expect(verifyAccessToken(token, { secret })).toEqual(principal);
    jest.setSystemTime(new Date('2026-11-29T10:01:00Z'));
    expect(verifyAccessToken(token, { secret })).toBeNull();
    expect(verifyAccessToken(token, { secret })).toBeNull();
  });

  it('verified under one secret are not taken under another, nor once tampered with', () => {
    const token = signAccessToken(principal, { secret, ttlSeconds: 60 });
    expect(verifyAccessToken(token, { secret })).toEqual(principal);
    expect(verifyAccessToken(token, { secret: `${secret}x` })).toBeNull();
    const [head, body, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), role: 'regency_admin' }),
    ).toString('base64url');
    expect(verifyAccessToken(`${head}.${forged}.${signature}`, { secret })).toBeNull();
    expect(verifyAccessToken(token, { secret, issuer: 'another-issuer' })).toBeNull();
  });
});
