import { pickLanguage } from './language.js';
import { message, messages } from './messages.js';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.2,id;q=0.8', 'id'],
    ['de', 'id'],
    ['en;q=0', 'id'],
  ])('%s → %s', (header, lang) => {
    expect(pickLanguage(header)).toBe(lang);
  });
});

describe('messages', () => {
  it('has both languages, non-empty and different, for every code', () => {
    for (const [code, text] of Object.entries(messages)) {
      expect([code, text.id.length > 0, text.en.length > 0]).toEqual([code, true, true]);
    }
    expect(message('nik_format', 'en')).toBe('NIK must be 16 digits');
  });
});
