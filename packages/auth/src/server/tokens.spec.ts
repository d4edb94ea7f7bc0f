import { issueRefreshToken, parseRefreshToken, refreshSecretMatches } from './tokens.js';
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
