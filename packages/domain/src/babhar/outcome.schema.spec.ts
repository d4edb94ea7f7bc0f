import { requireCalendarDate as d } from './dates.js';
import {
  isFacilityBirthByHealthWorker,
  outcomeAfterHpht,
  outcomeSchema,
  postpartumContactSchema,
  statusOfOutcome,
} from './outcome.schema.js';

const today = d('2025-10-10');
const birth = {
  kind: 'birth',
  date: '2025-10-05',
  place: 'puskesmas',
  attendant: 'bidan',
  mode: 'spontaneous',
  babies: [{ sex: 'female', bornAlive: true, weightGrams: 3100 }],
};
const issues = (
  input: unknown,
  s: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
) => s.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('pregnancy outcome', () => {
  const schema = outcomeSchema({ today });

  it('records a birth with its mode and babies, and a miscarriage without', () => {
    expect(schema.parse(birth)).toMatchObject({ maternalDeath: false, babies: [{ sex: 'female' }] });
    expect(
      issues({ kind: 'miscarriage', date: '2025-04-01', place: 'home', attendant: 'none' }, schema),
    ).toEqual([]);
  });

  it('needs the mode and a baby for a birth, and no babies for a miscarriage', () => {
    expect(issues({ ...birth, mode: undefined }, schema)).toEqual([['mode', 'outcome_birth_details']]);
    expect(issues({ ...birth, babies: [] }, schema)).toEqual([['babies', 'outcome_birth_details']]);
    expect(issues({ ...birth, kind: 'miscarriage', mode: undefined }, schema)).toEqual([
      ['babies', 'outcome_miscarriage_no_babies'],
    ]);
  });

  it('refuses a date in the future', () => {
    expect(issues({ ...birth, date: '2025-10-11' }, schema)).toEqual([['date', 'date_future']]);
  });

  it('sets the pregnancy status', () => {
    expect(statusOfOutcome({ kind: 'birth' })).toBe('delivered');
    expect(statusOfOutcome({ kind: 'miscarriage' })).toBe('miscarriage');
  });

  it('counts births by health workers in facilities for PWS-KIA', () => {
    expect(isFacilityBirthByHealthWorker({ kind: 'birth', place: 'puskesmas', attendant: 'bidan' })).toBe(
      true,
    );
    expect(isFacilityBirthByHealthWorker({ kind: 'birth', place: 'hospital', attendant: 'doctor' })).toBe(
      true,
    );
    expect(isFacilityBirthByHealthWorker({ kind: 'birth', place: 'home', attendant: 'bidan' })).toBe(false);
    expect(
      isFacilityBirthByHealthWorker({
        kind: 'birth',
        place: 'polindes',
        attendant: 'traditional_birth_attendant',
      }),
    ).toBe(false);
    expect(
      isFacilityBirthByHealthWorker({ kind: 'miscarriage', place: 'hospital', attendant: 'doctor' }),
    ).toBe(false);
  });

  it('checks an outcome against HPHT', () => {
    expect(outcomeAfterHpht('2025-10-05', '2025-01-01')).toBe(true);
    expect(outcomeAfterHpht('2025-01-01', '2025-01-01')).toBe(true);
    expect(outcomeAfterHpht('2024-12-31', '2025-01-01')).toBe(false);
    expect(outcomeAfterHpht('2024-13-01', '2025-01-01')).toBe(false);
  });
});

describe('postpartum contact', () => {
  const schema = postpartumContactSchema({ today });
  const contact = { date: '2025-10-08', provider: 'bidan', systolic: 120, diastolic: 80, temperatureC: 36.8 };

  it('accepts a contact and fills its defaults', () => {
    expect(schema.parse(contact)).toMatchObject({ vitaminA: false, ironTablets: 0, dangerSignsFound: [] });
  });

  it('takes postpartum danger signs only', () => {
    expect(issues({ ...contact, dangerSignsFound: ['low_mood', 'foul_discharge'] }, schema)).toEqual([]);
    expect(schema.safeParse({ ...contact, dangerSignsFound: ['reduced_fetal_movement'] }).success).toBe(
      false,
    );
  });

  it('refuses an inverted blood pressure and a future date', () => {
    expect(issues({ ...contact, systolic: 70, diastolic: 80 }, schema)).toEqual([
      ['systolic', 'bp_inverted'],
    ]);
    expect(issues({ ...contact, systolic: undefined, diastolic: 80 }, schema)).toEqual([]);
    expect(issues({ ...contact, date: '2025-10-11' }, schema)).toEqual([['date', 'date_future']]);
  });
});
