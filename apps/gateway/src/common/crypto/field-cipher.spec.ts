import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher({ dataKey: randomBytes(32) });

  it('round-trips and never stores the plain value', () => {
    const stored = cipher.encrypt('3528010105900001');
    expect(stored).not.toContain('3528010105900001');
    expect(stored.startsWith('v1.')).toBe(true);
    expect(cipher.decrypt(stored)).toBe('3528010105900001');
  });

  it('uses a fresh IV every time', () => {
    expect(cipher.encrypt('x')).not.toBe(cipher.encrypt('x'));
  });

  it('refuses a tampered ciphertext', () => {
    const stored = cipher.encrypt('3528010105900001');
    const parts = stored.split('.');
    parts[3] = Buffer.from('3528010105900002').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });

  it('hashes deterministically per key', () => {
    expect(cipher.hash('a')).toBe(cipher.hash('a'));
    expect(new FieldCipher({ dataKey: randomBytes(32) }).hash('a')).not.toBe(cipher.hash('a'));
  });
});
