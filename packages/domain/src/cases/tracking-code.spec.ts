import { randomBytes } from 'node:crypto';
import { generateTrackingCode, trackingCodeSchema } from './tracking-code.js';

describe('tracking codes', () => {
  it('look like LRG-7K2Q-9M4X and pass their own schema', () => {
    const code = generateTrackingCode('lorong', (n) => randomBytes(n));
    expect(code).toMatch(/^LRG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(trackingCodeSchema.parse(code.toLowerCase())).toBe(code);
  });
  it('avoid the ambiguous letters I, L, O, U', () => {
    const randomParts = Array.from({ length: 500 }, () =>
      generateTrackingCode('madul', (n) => randomBytes(n)).slice(4),
    ).join('');
    expect(randomParts).toHaveLength(500 * 9);
    expect(randomParts).not.toMatch(/[ILOU]/);
  });
  it('are not sequential: 10 000 codes, no repeats', () => {
    const codes = new Set(
      Array.from({ length: 10_000 }, () => generateTrackingCode('sehat', (n) => randomBytes(n))),
    );
    expect(codes.size).toBe(10_000);
  });
});
