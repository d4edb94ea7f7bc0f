import { inChunks } from './in-chunks';

describe('inChunks', () => {
  it('reads the ids slice by slice, each once, and returns every row in order', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `id-${i}`);
    const slices: string[][] = [];
    const rows = await inChunks(
      ids,
      (chunk) => {
        slices.push(chunk);
        return Promise.resolve(chunk.map((id) => ({ id })));
      },
      5,
    );
    expect(slices.map((s) => s.length)).toEqual([5, 5, 2]);
    expect(slices.flat()).toEqual(ids);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('does not call the database for no ids', async () => {
    const read = jest.fn(() => Promise.resolve([]));
    expect(await inChunks([], read)).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it('returns more rows than a spread argument list could carry', async () => {
    const rows = await inChunks(['a', 'b'], () => Promise.resolve(new Array<number>(200_000).fill(1)), 1);
    expect(rows).toHaveLength(400_000);
  });
});
