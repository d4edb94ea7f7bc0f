import type { BenchDb } from '../db/connection';
import { casesGenerator } from './cases';
import type { Places } from './places';
import type { Random } from './random';
import type { Reference } from './reference';

/** What a service generator gets: the connection, the reference data, the regency's places, a seeded PRNG. */
export interface GenerationContext {
  db: BenchDb;
  random: Random;
  reference: Reference;
  places: Places;
  /** The end of the generated two years. */
  now: Date;
  progress?: (message: string) => void;
}

/**
 * A generator of one service's records. `size` is the number of cases; a
 * service scales its own records from it (e.g. pregnancies ≈ size / 10).
 * Returns the rows written per table.
 */
export interface ServiceGenerator {
  name: string;
  tables: string[];
  generate(ctx: GenerationContext, size: number): Promise<Record<string, number>>;
}

/**
 * The generators run, in order, on every generated database. To add a
 * service (e-Babhar pregnancies, e-Sehat bookings) once its tables are in the
 * gateway's migrations: write `generate/<service>.ts` exporting a
 * ServiceGenerator and append it here.
 */
export const serviceGenerators: ServiceGenerator[] = [casesGenerator];
