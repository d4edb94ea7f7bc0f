import type { BenchDb } from '../db/connection';
import { babharGenerator } from './babhar';
import { casesGenerator } from './cases';
import { facilitiesGenerator } from './facilities';
import type { Places } from './places';
import type { Random } from './random';
import type { Reference } from './reference';
import { sehatGenerator } from './sehat';

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
 * The generators run, in order, on every generated database (the facilities
 * and their health staff before e-Babhar and e-Sehat, which read them back).
 * To add a service once its tables are in the gateway's migrations: write
 * `generate/<service>.ts` exporting a ServiceGenerator and append it here.
 */
export const serviceGenerators: ServiceGenerator[] = [
  casesGenerator,
  facilitiesGenerator,
  babharGenerator,
  sehatGenerator,
];
