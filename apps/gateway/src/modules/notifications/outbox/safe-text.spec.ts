import { maskAddress, safeErrorText } from './safe-text';

describe('safeErrorText', () => {
  it('keeps the reason and drops addresses, numbers and credentials', () => {
    const text = safeErrorText(
      new Error(
        "Can't send mail: 550 5.1.1 <siti.aminah@example.id> rejected for +62 812-3456-7890 via smtps://mailer:s3cret@smtp.example.id",
      ),
    );
    expect(text).toContain('550 5.1.1');
    expect(text).toContain('rejected');
    for (const secret of ['siti.aminah', '3456', '7890', 's3cret', 'mailer:'])
      expect(text).not.toContain(secret);
  });
  it('cuts long messages to 300 characters', () => {
    expect(safeErrorText(new Error('x'.repeat(1000)))).toHaveLength(300);
    expect(safeErrorText('plain string')).toBe('plain string');
  });
});

describe('maskAddress', () => {
  it('masks phone numbers and e-mail addresses for log lines', () => {
    expect(maskAddress('+6281234567890')).toBe('0812•••••890');
    expect(maskAddress('siti@example.id')).toBe('s•••@example.id');
    expect(maskAddress(null)).toBeNull();
  });
});
