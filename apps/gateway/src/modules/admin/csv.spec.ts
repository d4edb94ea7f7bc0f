import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { csvField, csvLine, streamCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(csvField('Dinas PUPR')).toBe('Dinas PUPR');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses formulas and writes numbers and empty values plainly', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+62')).toBe("'+62");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvLine(['a', 1, null, true])).toBe('a,1,,true\r\n');
  });
});

describe('streamCsv', () => {
  async function serve(batches: () => AsyncIterable<string[][]>) {
    const app = Fastify();
    app.get('/x.csv', (_req, reply) => streamCsv(reply, 'x.csv', ['a', 'b'], batches()));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { app, url: `http://127.0.0.1:${port}/x.csv` };
  }

  it('sends the header row, then every batch, as a UTF-8 CSV attachment', async () => {
    const { app, url } = await serve(async function* () {
      yield [['1', 'satu']];
      yield [['2', '=dua']];
    });
    const res = await fetch(url);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="x.csv"');
    expect(Buffer.from(await res.arrayBuffer()).toString('utf8')).toBe("\uFEFFa,b\r\n1,satu\r\n2,'=dua\r\n");
    await app.close();
  });

  it('cuts the download short when a batch fails after the first bytes', async () => {
    const { app, url } = await serve(async function* () {
      yield [['1', 'satu']];
      throw new Error('database gone');
    });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    await app.close();
  });
});
