import {
  birthPlaceLabels,
  birthPlaces,
  birthPlanSchema,
  familyPlanningLabels,
  familyPlanningMethods,
  transportKindLabels,
  transportKinds,
} from './birth-plan.schema.js';
import { bloodTypesMatch } from './schema-helpers.js';

const plan = {
  attendant: { kind: 'bidan', name: 'Bidan Nur' },
  place: { kind: 'puskesmas', name: 'Puskesmas Kowel' },
  companion: { name: 'Ahmad', relationship: 'suami' },
  transport: { kind: 'desa_vehicle', driverName: 'Pak Rofi', phone: '081234567890' },
  bloodDonors: [
    { name: 'Rina', bloodType: { abo: 'O', rhesus: 'positive' } },
    { name: 'Hasan', bloodType: { abo: 'O' } },
  ],
  savings: { has: true, amountRupiah: 1_500_000 },
  jkn: { has: true, number: '0001234567890' },
  postpartumFamilyPlanning: 'implant',
  stickerPosted: true,
};
const issues = (input: unknown, s = birthPlanSchema()) =>
  s.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('P4K birth plan', () => {
  it('accepts a complete plan', () => {
    expect(issues(plan)).toEqual([]);
    expect(birthPlanSchema().parse(plan).transport.phone).toBe('+6281234567890');
  });

  it('needs at least 2 blood donors', () => {
    expect(issues({ ...plan, bloodDonors: plan.bloodDonors.slice(0, 1) })).toEqual([
      ['bloodDonors', 'donors_min_two'],
    ]);
    expect(issues({ ...plan, bloodDonors: [] })).toEqual([['bloodDonors', 'donors_min_two']]);
  });

  it('needs at least 2 donors of the mother’s blood type when it is known', () => {
    const motherO = birthPlanSchema({ motherBloodType: { abo: 'O', rhesus: 'positive' } });
    expect(issues(plan, motherO)).toEqual([]);
    const oneA = { ...plan, bloodDonors: [plan.bloodDonors[0], { name: 'Dewi', bloodType: { abo: 'A' } }] };
    expect(issues(oneA, motherO)).toEqual([['bloodDonors', 'donors_matching_min_two']]);
    const withThird = {
      ...oneA,
      bloodDonors: [...oneA.bloodDonors, { name: 'Yanto', bloodType: { abo: 'O' } }],
    };
    expect(issues(withThird, motherO)).toEqual([]);
    const negative = birthPlanSchema({ motherBloodType: { abo: 'O', rhesus: 'negative' } });
    expect(issues(plan, negative)).toEqual([['bloodDonors', 'donors_matching_min_two']]);
    expect(issues(oneA, birthPlanSchema({ motherBloodType: null }))).toEqual([]);
  });

  it('matches blood types by ABO group, and rhesus when both are known', () => {
    expect(bloodTypesMatch({ abo: 'A' }, { abo: 'A', rhesus: 'negative' })).toBe(true);
    expect(bloodTypesMatch({ abo: 'A', rhesus: 'positive' }, { abo: 'A', rhesus: 'negative' })).toBe(false);
    expect(bloodTypesMatch({ abo: 'A' }, { abo: 'AB' })).toBe(false);
  });

  it('checks the JKN number and refuses unknown choices', () => {
    expect(issues({ ...plan, jkn: { has: true, number: '12345' } })).toEqual([
      ['jkn.number', 'jkn_number_format'],
    ]);
    expect(issues({ ...plan, jkn: { has: false } })).toEqual([]);
    expect(birthPlanSchema().safeParse({ ...plan, place: { kind: 'dukun' } }).success).toBe(false);
    expect(birthPlanSchema().safeParse({ ...plan, postpartumFamilyPlanning: 'prayer' }).success).toBe(false);
    expect(birthPlanSchema().safeParse({ ...plan, stickerPosted: undefined }).success).toBe(false);
  });

  it('labels the places of birth in both languages', () => {
    for (const place of birthPlaces) expect(birthPlaceLabels[place].en).toBeTruthy();
  });
});

describe('P4K labels', () => {
  it('names every transport kind and family-planning method in both languages', () => {
    for (const kind of transportKinds) expect(transportKindLabels[kind].id.length).toBeGreaterThan(2);
    for (const m of familyPlanningMethods) {
      expect(familyPlanningLabels[m].id.length).toBeGreaterThan(2);
      expect(familyPlanningLabels[m].en.length).toBeGreaterThan(2);
    }
  });
});
