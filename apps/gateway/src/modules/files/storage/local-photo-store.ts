import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PhotoStore, photoFileName } from './photo-store';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Photos as `<id>.jpg` files in one folder (UPLOADS_DIR): the default, for a single gateway. */
export class LocalPhotoStore implements PhotoStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  async put(id: string, data: Buffer): Promise<void> {
    const path = join(this.dir, photoFileName(id));
    // Written aside then renamed, so a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    await writeFile(partial, data);
    await rename(partial, path);
  }

  async get(id: string): Promise<Buffer | null> {
    try {
      return await readFile(join(this.dir, photoFileName(id)));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await unlink(join(this.dir, photoFileName(id))).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
  }
}
