import {
  dangerSign,
  dangerSignAdvice,
  dangerSignCodes,
  dangerSigns,
  dangerSignsOf,
  postpartumDangerSigns,
  pregnancyDangerSigns,
} from './danger-signs.js';

describe('danger signs (Buku KIA)', () => {
  it('lists six pregnancy signs in the Buku KIA order', () => {
    expect(pregnancyDangerSigns.map((s) => s.code)).toEqual([
      'reduced_fetal_movement',
      'persistent_vomiting',
      'high_fever',
      'swelling_headache_convulsions',
      'waters_breaking_early',
      'bleeding',
    ]);
  });

  it('lists six postpartum signs', () => {
    expect(postpartumDangerSigns.map((s) => s.code)).toEqual([
      'fever_over_two_days',
      'foul_discharge',
      'painful_swollen_breast',
      'postpartum_swelling_headache_convulsions',
      'low_mood',
      'postpartum_bleeding',
    ]);
  });

  it('has unique codes, each in its period, in both languages', () => {
    expect(new Set(dangerSignCodes).size).toBe(12);
    expect(dangerSigns.map((s) => s.code)).toEqual([...dangerSignCodes]);
    for (const sign of pregnancyDangerSigns) expect(sign.period).toBe('pregnancy');
    for (const sign of postpartumDangerSigns) expect(sign.period).toBe('postpartum');
    for (const sign of dangerSigns) {
      expect(sign.label.id.length).toBeGreaterThan(5);
      expect(sign.label.en.length).toBeGreaterThan(5);
    }
    expect(dangerSign('high_fever').label).toEqual({ id: 'Demam tinggi', en: 'High fever' });
    expect(dangerSignsOf('pregnancy')).toBe(pregnancyDangerSigns);
    expect(dangerSignsOf('postpartum')).toBe(postpartumDangerSigns);
  });

  it('tells the mother to go now or call for transport, in both languages', () => {
    expect(dangerSignAdvice.now.id).toContain('puskesmas');
    expect(dangerSignAdvice.now.id).toContain('transport');
    expect(dangerSignAdvice.now.en).toContain('now');
    expect(dangerSignAdvice.alerted.en).toContain('alerted');
    expect(dangerSignAdvice.companion.id).toContain('Buku KIA');
  });
});
