import { pooledRandomBytes } from './pooled-random';

describe('pooledRandomBytes', () => {
  it('gives the length asked, fresh bytes on every call, across refills of the pool', () => {
    const seen = new Set<string>();
    // 3 000 draws of 8 bytes cross the 4 KB pool's end five times.
    for (let i = 0; i < 3000; i++) {
      const bytes = pooledRandomBytes(8);
      expect(bytes).toHaveLength(8);
      seen.add(Buffer.from(bytes).toString('hex'));
    }
    expect(seen.size).toBe(3000);
  });

  it('returns a copy: a later draw does not change what an earlier one returned', () => {
    const first = pooledRandomBytes(16);
    const kept = Buffer.from(first).toString('hex');
    for (let i = 0; i < 600; i++) pooledRandomBytes(16);
    expect(Buffer.from(first).toString('hex')).toBe(kept);
  });

  it('refuses more than the pool holds', () => {
    expect(() => pooledRandomBytes(4097)).toThrow(RangeError);
  });
});
