import { ksprCategories } from './kspr.js';
import { ksprNotAssessed, ksprPlainWords } from './mother-guidance.js';

describe('KSPR in plain words', () => {
  it('has a meaning and guidance in both languages for every category', () => {
    for (const category of ksprCategories) {
      const words = ksprPlainWords[category];
      for (const text of [words.meaning, words.guidance]) {
        expect(text.id.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
      }
    }
    expect(ksprPlainWords.KRST.guidance.en).toMatch(/hospital/);
    expect(ksprNotAssessed.id).toMatch(/KSPR/);
  });
});
