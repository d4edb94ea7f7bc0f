import { defaultBabharConfig } from '@layanan/domain';
import type { BabharApi, MyPregnancy, PregnancyDetail } from '../api';

/** Answers like an empty installation unless overridden; every call is a jest mock. */
export function fakeBabharApi(overrides: Partial<BabharApi> = {}): jest.Mocked<BabharApi> {
  const notFound = () =>
    Promise.reject(Object.assign(new Error('not_found'), { status: 404, code: 'not_found' }));
  const base: BabharApi = {
    rules: () => Promise.resolve({ rules: defaultBabharConfig }),
    puskesmas: () =>
      Promise.resolve([
        { id: 'pkm-tlanakan', code: 'PKM-TLANAKAN', name: 'Puskesmas Tlanakan', districtCode: '35.28.01' },
      ]),
    villages: () => Promise.resolve([{ code: '35.28.01.2001', name: 'Ambat' }]),
    mine: notFound,
    claim: notFound,
    selfRegister: notFound,
    reportDangerSign: notFound,
    lookup: notFound,
    registerMother: notFound,
    registerPregnancy: notFound,
    pregnancy: notFound,
    verify: notFound,
    recordContact: notFound,
    ksprCard: notFound,
    saveKspr: notFound,
    saveBirthPlan: notFound,
    refer: notFound,
    recordOutcome: notFound,
    recordPostpartum: notFound,
    acknowledge: notFound,
    worklist: () => Promise.resolve({ reasons: [], total: 0, page: 1, pageSize: 50, items: [], pending: [] }),
    kohort: () => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 50 }),
    pwsKia: () =>
      Promise.resolve({
        year: 2026,
        month: 1,
        puskesmasId: null,
        puskesmasName: null,
        crudeBirthRatePerMille: 16.5,
        indicators: [],
        rows: [],
      }),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [name, jest.fn(fn as (...args: unknown[]) => unknown)]),
  ) as unknown as jest.Mocked<BabharApi>;
}

export const schedule = {
  schedule: 'pmk-1-2-3',
  requiredTotal: 6,
  doneTotal: 1,
  trimesters: [
    { trimester: 1, status: 'current', required: 1, done: 1, owed: 0, daysLeft: 20 },
    { trimester: 2, status: 'future', required: 2, done: 0, owed: 2, daysLeft: 84 },
    { trimester: 3, status: 'future', required: 3, done: 0, owed: 3, daysLeft: 105 },
  ],
  compliant: false,
  onTrack: true,
  doctorUltrasound: [],
  comparison: { schedule: 'k4-1-1-2', doneTotal: 1, requiredTotal: 4, compliant: false },
  visits: [],
};

export const dates = {
  hpht: '2026-01-01',
  hpl: '2026-10-08',
  hpl280: '2026-10-08',
  hplDiffers: false,
  usgHpl: null,
  schedulingHpl: '2026-10-08',
  gestationalAge: { days: 70, weeks: 10, remainderDays: 0, basis: 'hpht' as const },
  trimester: 1 as const,
  lostToFollowUpOn: '2026-11-05',
};

export const pregnancy = {
  id: 'p1',
  motherId: 'm1',
  hpht: '2026-01-01',
  hpl: '2026-10-08',
  hpl280: '2026-10-08',
  usgHpl: null,
  gravida: 1,
  para: 0,
  abortus: 0,
  puskesmasId: 'pkm-tlanakan',
  bidanId: 'u-health',
  status: 'active' as const,
  verification: 'verified' as const,
  ksprTotal: null,
  ksprCategory: null,
  nextContactDate: '2026-04-01',
  lastBirthDate: null,
  closedOn: null,
  createdAt: '2026-03-12T02:00:00.000Z',
};

export const mother = {
  id: 'm1',
  nikMasked: '3528••••••••0001',
  fullName: 'Siti Aminah',
  birthDate: '1995-01-01',
  phoneMasked: null,
  villageCode: '35.28.01.2001',
  address: 'Dusun Krajan',
  bloodType: null,
  heightCm: 150,
  marriageDate: null,
  claimed: true,
  createdAt: '2026-03-12T02:00:00.000Z',
};

export const detail: PregnancyDetail = {
  pregnancy,
  mother,
  dates,
  schedule,
  contacts: [],
  kspr: { current: null, history: [] },
  birthPlan: null,
  referrals: [],
  outcome: null,
  postpartum: [],
  dangerSigns: [],
  worklist: { tone: null, entries: [] },
};

export const mine: MyPregnancy = {
  pregnancy,
  mother: { fullName: 'Siti Aminah' },
  dates,
  schedule,
  nextContact: { date: '2026-04-01', state: 'due' },
  kspr: {
    notAssessed: {
      id: 'Skor risiko (KSPR) belum diisi.',
      en: 'Your risk score (KSPR) has not been filled in yet.',
    },
  },
  birthPlan: null,
  dangerSigns: [
    { code: 'bleeding', label: { id: 'Perdarahan', en: 'Bleeding' } },
    { code: 'high_fever', label: { id: 'Demam tinggi', en: 'High fever' } },
  ],
  dangerSignPeriod: 'pregnancy',
  reports: [],
  puskesmas: { id: 'pkm-tlanakan', name: 'Puskesmas Tlanakan', address: 'Jl. Raya Tlanakan' },
  bidan: { fullName: 'Bidan Rina' },
  transportLink: '/sehat',
};
