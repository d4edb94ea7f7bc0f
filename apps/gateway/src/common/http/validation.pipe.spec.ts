import { nulPaths } from './validation.pipe';

describe('nulPaths', () => {
  it('names every string (or key) that holds a NUL character', () => {
    expect(nulPaths({ name: 'ok', notes: ['fine', 'bad\u0000'], nested: { 'k\u0000': 1 } })).toEqual([
      'notes.1',
      'nested.k\u0000',
    ]);
    expect(nulPaths('\u0000')).toEqual(['_']);
    expect(nulPaths({ a: 'x', b: 2, c: null })).toEqual([]);
  });
});
