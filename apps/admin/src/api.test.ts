import { csvRowCounter } from './api';

describe('csvRowCounter', () => {
  it('counts row ends across pieces, not line breaks inside quotes', () => {
    const count = csvRowCounter();
    expect(count('a,b\r\n"one\nline')).toBe(1);
    expect(count(' still",x\r\n')).toBe(2);
    expect(count('y,z\r\n')).toBe(3);
  });
});
