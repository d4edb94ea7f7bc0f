/** Where the re-encoded JPEGs live; chosen by PHOTO_STORAGE (see create-photo-store.ts). */
export interface PhotoStore {
  put(id: string, data: Buffer): Promise<void>;
  /** The photo's bytes, or null when nothing is stored under this id. */
  get(id: string): Promise<Buffer | null>;
  /** Removes the photo; removing one that is not there is not an error. */
  delete(id: string): Promise<void>;
}

export const PHOTO_STORE = Symbol('PHOTO_STORE');

/** The file or object name of a photo; ids are UUIDs, anything else is refused before it reaches a path or key. */
export function photoFileName(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new Error('photo id must be a UUID');
  }
  return `${id}.jpg`;
}
