import { isDatabaseUnavailable } from './exception.filter';

describe('isDatabaseUnavailable', () => {
  it('recognises a database out of reach, wrapped or not', () => {
    expect(
      isDatabaseUnavailable({
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable({ message: 'query failed', driverError: { code: '08006' } })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'x', cause: { code: 'ECONNREFUSED' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'SQLITE_BUSY' })).toBe(true);
    // TypeORM's answer to a query on a transaction whose connection the server just cut.
    expect(
      isDatabaseUnavailable(new Error('Query runner already released. Cannot run queries anymore.')),
    ).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
