import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalPhotoStore } from './local-photo-store';

describe('LocalPhotoStore', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'photos-'));
    dir = join(root, 'uploads', 'nested');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates its folder and keeps each photo as <id>.jpg, with no partial file left over', async () => {
    const store = new LocalPhotoStore(dir);
    expect(existsSync(dir)).toBe(true);
    const id = randomUUID();
    await store.put(id, Buffer.from('jpeg bytes'));
    expect(readdirSync(dir)).toEqual([`${id}.jpg`]);
    expect(readFileSync(join(dir, `${id}.jpg`), 'utf8')).toBe('jpeg bytes');
    expect((await store.get(id))?.toString()).toBe('jpeg bytes');
  });

  it('answers null for a photo it does not hold, and deletes idempotently', async () => {
    const store = new LocalPhotoStore(dir);
    const id = randomUUID();
    expect(await store.get(id)).toBeNull();
    await store.put(id, Buffer.from('x'));
    await store.delete(id);
    expect(await store.get(id)).toBeNull();
    await expect(store.delete(id)).resolves.toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an id that is not a UUID before it reaches a path', async () => {
    const store = new LocalPhotoStore(dir);
    await expect(store.put('../escape', Buffer.from('x'))).rejects.toThrow(/UUID/);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/UUID/);
    await expect(store.delete('a/b')).rejects.toThrow(/UUID/);
    expect(existsSync(join(root, 'uploads', 'escape.jpg'))).toBe(false);
  });
});
