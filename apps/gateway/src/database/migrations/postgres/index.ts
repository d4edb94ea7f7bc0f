import { Init1795814511777 } from './1795814511777-Init';

// Append-only, in order. Written by migration-tool generate.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const postgresMigrations: Function[] = [Init1795814511777];
