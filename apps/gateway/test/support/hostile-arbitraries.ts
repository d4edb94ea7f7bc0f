import fc from 'fast-check';
import type { z } from 'zod';

/** Values an attacker or a broken client might send in any field. */
const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    "' OR '1'='1' --",
    '../../../etc/passwd',
    '\u0000',
    '\uFFFF\uD800',
    '9'.repeat(400),
    'x'.repeat(20_000),
    '3528014107950003',
    '-1',
    '1e309',
    'NaN',
    '2026-02-30',
    '-7.2231,113.4362',
    '00000000-0000-0000-0000-000000000000',
  ),
);

/** Any JSON value, nested a little. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor')),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without its optional / nullable / default / pipe wrappers. */
function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
  return current;
}

/**
 * An arbitrary derived from a zod schema that mixes plausible values (the schema's own fields,
 * enum members, literals, element types) with hostile ones, so that inputs reach deep into the
 * handlers as well as failing validation in every field.
 */
export function arbitraryFor(schema: z.ZodType | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return hostileValue;
  const def = defOf(core(schema));
  let plausible: fc.Arbitrary<unknown> | undefined;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, s]) => [k, arbitraryFor(s, depth + 1)]),
      );
      plausible = fc
        .tuple(
          fc.record(fields, { requiredKeys: [] }),
          fc.dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 2 }),
        )
        .map(([known, extra]) => ({ ...extra, ...known }));
      break;
    }
    case 'enum':
      plausible = fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
      break;
    case 'literal':
      plausible = fc.constantFrom(...(def.values ?? [null]));
      break;
    case 'array':
      plausible = fc.array(arbitraryFor(def.element, depth + 1), { maxLength: 5 });
      break;
    case 'union':
      plausible = fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
      break;
    case 'string':
      plausible = fc.oneof(fc.string(), fc.stringMatching(/^[0-9]{1,20}$/));
      break;
    case 'number':
    case 'int':
      plausible = fc.oneof(
        fc.integer({ min: -10, max: 1000 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
      break;
    case 'boolean':
      plausible = fc.boolean();
      break;
    default:
      plausible = undefined;
  }
  return plausible
    ? fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostileValue })
    : hostileValue;
}
