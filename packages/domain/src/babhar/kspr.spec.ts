import { addCalendarDays } from '../common/calendar-date.js';
import { babharConfigSchema, defaultBabharConfig as config } from './config.js';
import { requireCalendarDate as d } from './dates.js';
import {
  type KsprItemCode,
  type KsprPrefillFacts,
  assessKspr,
  ksprCategory,
  ksprGroupLabels,
  ksprGuidance,
  ksprHistory,
  ksprItem,
  ksprItemCodes,
  ksprItemLabel,
  ksprItems,
  ksprScore,
  mergeKsprAssessment,
  prefillKspr,
} from './kspr.js';

describe('KSPR items (Kartu Skor Poedji Rochjati)', () => {
  it('lists the card exactly: 1, 2a, 2b, 3–8, 9a–c, 10, 11a–f, 12–20', () => {
    expect(ksprItemCodes).toEqual([
      '1',
      '2a',
      '2b',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9a',
      '9b',
      '9c',
      '10',
      '11a',
      '11b',
      '11c',
      '11d',
      '11e',
      '11f',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
    ]);
    expect(ksprItems.map((i) => i.code)).toEqual([...ksprItemCodes]);
  });

  it('scores 8 for exactly items 10, 17, 18, 19 and 20, and 4 for every other', () => {
    const eights = ksprItems.filter((i) => i.score === 8).map((i) => i.code);
    expect(eights).toEqual(['10', '17', '18', '19', '20']);
    expect(ksprItems.filter((i) => i.score === 4)).toHaveLength(23);
  });

  it('groups I (APGO) 1–10, II (AGO) 11–18, III (AGDO) 19–20', () => {
    const group = (code: KsprItemCode) => ksprItem(code).group;
    expect(['1', '2a', '2b', '8', '9c', '10'].map((c) => group(c as KsprItemCode))).toEqual(
      Array(6).fill('I'),
    );
    expect(['11a', '11f', '12', '16', '18'].map((c) => group(c as KsprItemCode))).toEqual(
      Array(5).fill('II'),
    );
    expect(['19', '20'].map((c) => group(c as KsprItemCode))).toEqual(['III', 'III']);
    expect(ksprItem('9b').number).toBe(9);
    expect(ksprItem('11e').number).toBe(11);
    expect(ksprGroupLabels.III.id).toContain('AGDO');
  });

  it('labels every item in both languages', () => {
    for (const item of ksprItems) {
      expect(item.label.id.length).toBeGreaterThan(5);
      expect(item.label.en.length).toBeGreaterThan(5);
    }
    expect(ksprItem('10').label).toEqual({ id: 'Pernah operasi sesar', en: 'Previous caesarean section' });
  });

  it('writes the thresholds of the configuration into the labels (older cards print < and >)', () => {
    expect(ksprItemLabel('1', config)).toEqual({
      id: 'Terlalu muda, hamil I ≤ 16 tahun',
      en: 'First pregnancy at age ≤ 16',
    });
    expect(ksprItemLabel('7', config).id).toBe('Terlalu pendek, tinggi badan ≤ 145 cm');
    const older = babharConfigSchema.parse({
      kspr: { youngFirstPregnancyAge: { op: '<', value: 16 }, oldAge: { op: '>', value: 35 } },
    });
    expect(ksprItemLabel('1', older).id).toBe('Terlalu muda, hamil I < 16 tahun');
    expect(ksprItemLabel('6', older)).toEqual({ id: 'Terlalu tua, umur > 35 tahun', en: 'Age > 35' });
    for (const code of ksprItemCodes) {
      expect(ksprItemLabel(code, config).id.length).toBeGreaterThan(5);
      expect(ksprItemLabel(code, config).en.length).toBeGreaterThan(5);
    }
    expect(ksprItemLabel('19', config)).toEqual(ksprItem('19').label);
  });
});

describe('KSPR score and category', () => {
  const score = (...items: KsprItemCode[]) => ksprScore(items, config);

  it('starts at 2 and adds 4 or 8 per factor', () => {
    expect(score()).toBe(2);
    expect(score('6')).toBe(6);
    expect(score('10')).toBe(10);
    expect(score('1', '2a')).toBe(10);
    expect(score('10', '17')).toBe(18);
    expect(score('19', '20')).toBe(18);
  });

  it('scores items 9 and 11 per sub-item', () => {
    expect(score('9a', '9b', '9c')).toBe(14);
    expect(score('11a', '11b', '11c', '11d', '11e', '11f')).toBe(26);
  });

  it('scores the whole card at 2 + 23 × 4 + 5 × 8 = 134', () => {
    expect(score(...ksprItemCodes)).toBe(134);
  });

  it('counts a factor once however often it is ticked', () => {
    expect(score('6', '6', '17', '17')).toBe(14);
  });

  it('puts 2 in KRR, 6–10 in KRT (a total of 6 is KRT) and 12 or more in KRST', () => {
    expect(ksprCategory(2, config)).toBe('KRR');
    expect(ksprCategory(6, config)).toBe('KRT');
    expect(ksprCategory(10, config)).toBe('KRT');
    expect(ksprCategory(12, config)).toBe('KRST');
    expect(ksprCategory(134, config)).toBe('KRST');
    expect(ksprCategory(5, config)).toBe('KRR');
    expect(ksprCategory(11, config)).toBe('KRT');
  });

  it('takes the category thresholds from configuration', () => {
    const strict = babharConfigSchema.parse({ kspr: { veryHighRisk: { op: '>', value: 12 } } });
    expect(ksprCategory(12, strict)).toBe('KRT');
    expect(ksprCategory(14, strict)).toBe('KRST');
    const older = babharConfigSchema.parse({ kspr: { highRisk: { op: '>', value: 2 } } });
    expect(ksprCategory(2, older)).toBe('KRR');
    expect(ksprCategory(6, older)).toBe('KRT');
  });

  it('gives the care, referral, place of birth, attendant and colour of each category', () => {
    expect(assessKspr([], config)).toMatchObject({
      total: 2,
      category: 'KRR',
      guidance: { colour: 'green' },
    });
    expect(ksprGuidance.KRR).toMatchObject({
      care: { id: 'Bidan' },
      referral: { id: 'Tidak perlu dirujuk' },
      placeOfBirth: { id: 'Rumah / polindes' },
      attendant: { id: 'Bidan' },
      colour: 'green',
    });
    expect(ksprGuidance.KRT).toMatchObject({
      care: { id: 'Bidan / dokter' },
      referral: { id: 'Bidan / puskesmas' },
      placeOfBirth: { id: 'Polindes / puskesmas / rumah sakit' },
      attendant: { id: 'Bidan / dokter' },
      colour: 'yellow',
    });
    expect(ksprGuidance.KRST).toMatchObject({
      care: { en: 'Doctor' },
      referral: { en: 'Hospital' },
      placeOfBirth: { en: 'Hospital' },
      attendant: { en: 'Doctor' },
      colour: 'red',
    });
    expect(assessKspr(['17', '6'], config)).toMatchObject({
      items: ['6', '17'],
      total: 14,
      category: 'KRST',
      guidance: ksprGuidance.KRST,
    });
  });
});

describe('the score never goes down', () => {
  it('keeps a factor once present (a breech that turns stays on the card)', () => {
    const merged = mergeKsprAssessment([['17']], [], config);
    expect(merged).toMatchObject({
      items: ['17'],
      total: 10,
      category: 'KRT',
      carriedOver: ['17'],
      added: [],
    });
  });

  it('merges every earlier assessment with the new one', () => {
    const merged = mergeKsprAssessment([['6'], ['11a', '6']], ['19', '6'], config);
    expect(merged.items).toEqual(['6', '11a', '19']);
    expect(merged.total).toBe(18);
    expect(merged.carriedOver).toEqual(['11a']);
    expect(merged.added).toEqual(['19']);
  });

  it('starts from the new assessment when there is no history', () => {
    expect(mergeKsprAssessment([], ['7'], config)).toMatchObject({ items: ['7'], total: 6, added: ['7'] });
  });

  it('never lowers the total over any sequence of assessments', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 200; run++) {
      const history: KsprItemCode[][] = [];
      let previous = config.kspr.startScore;
      for (let step = 0; step < 6; step++) {
        const next = ksprItemCodes.filter(() => random() < 0.1);
        const merged = mergeKsprAssessment(history, next, config);
        expect(merged.total).toBeGreaterThanOrEqual(previous);
        for (const code of history.flat()) expect(merged.items).toContain(code);
        previous = merged.total;
        history.push(next);
      }
    }
  });

  it('builds the score history in date order, each entry merged with those before', () => {
    const history = ksprHistory(
      [
        { date: d('2025-05-01'), items: [] },
        { date: d('2025-02-01'), items: ['6'] },
        { date: d('2025-08-01'), items: ['17'] },
      ],
      config,
    );
    expect(history.map((h) => [h.date, h.items, h.total, h.category])).toEqual([
      [d('2025-02-01'), ['6'], 6, 'KRT'],
      [d('2025-05-01'), ['6'], 6, 'KRT'],
      [d('2025-08-01'), ['6', '17'], 14, 'KRST'],
    ]);
  });
});

describe('KSPR prefill from the records', () => {
  const base: KsprPrefillFacts = { on: d('2025-06-01'), hpht: d('2025-03-01') };
  const items = (facts: Partial<KsprPrefillFacts>, c = config) => prefillKspr({ ...base, ...facts }, c).items;

  it('ticks nothing without facts', () => {
    expect(prefillKspr(base, config)).toEqual({ items: [], reasons: {} });
  });

  it('item 1: first pregnancy at age ≤ 16 (full years on the assessment date)', () => {
    expect(items({ gravida: 1, birthDate: d('2008-06-02') })).toEqual(['1']);
    expect(items({ gravida: 1, birthDate: d('2008-06-01') })).toEqual([]);
    expect(items({ gravida: 2, para: 1, birthDate: d('2009-01-01') })).toEqual([]);
    const older = babharConfigSchema.parse({ kspr: { youngFirstPregnancyAge: { op: '<', value: 16 } } });
    expect(items({ gravida: 1, birthDate: d('2008-06-02') }, older)).toEqual([]);
  });

  it('item 2a: first pregnancy after ≥ 4 full years of marriage (to HPHT)', () => {
    expect(items({ gravida: 1, marriageDate: d('2021-03-01') })).toEqual(['2a']);
    expect(items({ gravida: 1, marriageDate: d('2021-03-02') })).toEqual([]);
    expect(items({ gravida: 3, marriageDate: d('2010-01-01') })).toEqual([]);
  });

  it('item 2b for a first pregnancy at ≥ 35, item 6 for a mother pregnant before at ≥ 35', () => {
    expect(items({ gravida: 1, birthDate: d('1990-06-01') })).toEqual(['2b']);
    expect(items({ gravida: 2, birthDate: d('1990-06-01') })).toEqual(['6']);
    expect(items({ gravida: 2, birthDate: d('1990-06-02') })).toEqual([]);
    expect(items({ gravida: 1, birthDate: d('1990-06-02') })).toEqual([]);
    expect(items({ birthDate: d('1980-01-01') })).toEqual([]);
  });

  it('items 3 and 4: under 2 / 10 or more full years from the last birth to HPHT', () => {
    expect(items({ lastBirthDate: d('2023-03-02') })).toEqual(['3']);
    expect(items({ lastBirthDate: d('2023-03-01') })).toEqual([]);
    expect(items({ lastBirthDate: d('2015-03-01') })).toEqual(['4']);
    expect(items({ lastBirthDate: d('2015-03-02') })).toEqual([]);
  });

  it('item 5: 4 or more previous births', () => {
    expect(items({ para: 4 })).toEqual(['5']);
    expect(items({ para: 3 })).toEqual([]);
  });

  it('item 7: height ≤ 145 cm', () => {
    expect(items({ heightCm: 145 })).toEqual(['7']);
    expect(items({ heightCm: 140.5 })).toEqual(['7']);
    expect(items({ heightCm: 145.1 })).toEqual([]);
    expect(items({ heightCm: Number.NaN })).toEqual([]);
  });

  it('item 8: a previous failed pregnancy (abortus > 0)', () => {
    expect(items({ abortus: 1 })).toEqual(['8']);
    expect(items({ abortus: 0 })).toEqual([]);
  });

  it('item 16: post-term (> 42 weeks) by the scheduling gestational age', () => {
    const hpht = d('2024-08-01');
    expect(items({ hpht, on: addCalendarDays(hpht, 295) })).toEqual(['16']);
    expect(items({ hpht, on: addCalendarDays(hpht, 294) })).toEqual([]);
    // An ultrasound dating the pregnancy a week later takes it back under 42 weeks.
    expect(items({ hpht, usgHpl: addCalendarDays(hpht, 287), on: addCalendarDays(hpht, 295) })).toEqual([]);
  });

  it('combines items in the card’s order, with a reason for each', () => {
    const result = prefillKspr(
      {
        ...base,
        gravida: 6,
        para: 4,
        abortus: 1,
        birthDate: d('1988-01-01'),
        lastBirthDate: d('2024-01-01'),
        heightCm: 143,
      },
      config,
    );
    expect(result.items).toEqual(['3', '5', '6', '7', '8']);
    expect(assessKspr(result.items, config).total).toBe(22);
    expect(result.reasons['6']).toEqual({ id: 'Ibu umur 37 tahun', en: 'Mother’s age 37' });
    expect(result.reasons['3']?.id).toBe('1 tahun sejak persalinan terakhir');
    expect(result.reasons['7']?.en).toBe('Height 143 cm');
    expect(Object.keys(result.reasons).sort()).toEqual(['3', '5', '6', '7', '8']);
  });
});
