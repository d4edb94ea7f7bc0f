import { settingChanges } from './setting-changes';

describe('settingChanges', () => {
  it('lists the changed leaves with their paths, old and new values', () => {
    expect(
      settingChanges(
        { flags: { hbGdl: { op: '<', value: 11 } }, anc: { schedule: 'pmk-1-2-3', t: [1, 3] } },
        { flags: { hbGdl: { op: '<', value: 10.5 } }, anc: { schedule: 'who-8', t: [1, 3] } },
      ),
    ).toEqual(['anc.schedule: "pmk-1-2-3" → "who-8"', 'flags.hbGdl.value: 11 → 10.5']);
  });

  it('is empty when nothing changed, and names added or removed leaves', () => {
    expect(settingChanges({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
    expect(settingChanges({ a: 1 }, { a: 1, c: [2] })).toEqual(['c: - → [2]']);
  });
});
