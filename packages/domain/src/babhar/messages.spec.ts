import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { coreMessages, messages } from '../common/messages.js';
import { babharMessage, babharMessages, isBabharMessageCode } from './messages.js';

describe('e-Babhar messages', () => {
  it('has both languages for every code', () => {
    for (const [code, text] of Object.entries(babharMessages)) {
      expect(text.id.length).toBeGreaterThan(5);
      expect(text.en.length).toBeGreaterThan(5);
      expect(code).toMatch(/^[a-z][a-z0-9_]+$/);
    }
    expect(babharMessage('gpa_inconsistent', 'en')).toBe(babharMessages.gpa_inconsistent.en);
    expect(babharMessage('gpa_inconsistent', 'id')).toBe(babharMessages.gpa_inconsistent.id);
  });

  it('recognises its codes only', () => {
    expect(isBabharMessageCode('donors_min_two')).toBe(true);
    expect(isBabharMessageCode('nik_format')).toBe(false);
    expect(isBabharMessageCode('toString')).toBe(false);
    expect(isBabharMessageCode(42)).toBe(false);
  });

  it('does not reuse a code of the suite’s common messages, and joins the suite’s message table', () => {
    for (const code of Object.keys(babharMessages)) {
      expect(Object.hasOwn(coreMessages, code)).toBe(false);
      expect(Object.hasOwn(messages, code)).toBe(true);
    }
  });

  it('has a text for every code the babhar schemas raise, and no unused code', () => {
    const dir = __dirname;
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(
        /babharCoded\('([a-z0-9_]+)'\)|distinctList\([^,)]*, '([a-z0-9_]+)'\)/g,
      ))
        used.add(match[1] ?? match[2]);
    }
    used.add('list_duplicate'); // distinctList's default
    expect([...used].filter((code) => !isBabharMessageCode(code))).toEqual([]);
    expect(Object.keys(babharMessages).filter((code) => !used.has(code))).toEqual([]);
  });
});
