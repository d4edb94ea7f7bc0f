import { coreMessages, messages } from '../common/messages.js';
import { babharMessages } from './messages.js';
import { babharRecordMessages } from './record-messages.js';

describe('e-Babhar record messages', () => {
  it('are bilingual, new to the suite and part of its message table', () => {
    for (const [code, text] of Object.entries(babharRecordMessages)) {
      expect(text.id.length).toBeGreaterThan(5);
      expect(text.en.length).toBeGreaterThan(5);
      expect(Object.hasOwn(coreMessages, code)).toBe(false);
      expect(Object.hasOwn(babharMessages, code)).toBe(false);
      expect(messages[code as keyof typeof messages]).toBe(text);
    }
  });
});
