import { type CaseStatus, caseStatuses, open311Status } from './case-status.js';
import { type CaseActor, canReopen, findTransition, nextStatuses } from './case-transitions.js';

/** The whole allowed set, written out from DOMAIN §3.2: from > to : actors. */
const allowed = `
diterima > diverifikasi : officer
diterima > didisposisikan : officer
diverifikasi > didisposisikan : officer
didisposisikan > didisposisikan : officer
diproses > didisposisikan : officer
diterima > diproses : officer
diverifikasi > diproses : officer
didisposisikan > diproses : officer
dijadwalkan > diproses : officer
menunggu_anggaran > diproses : officer
diverifikasi > dijadwalkan : officer
didisposisikan > dijadwalkan : officer
diproses > dijadwalkan : officer
dijadwalkan > dijadwalkan : officer
menunggu_anggaran > dijadwalkan : officer
diverifikasi > selesai : officer
didisposisikan > selesai : officer
diproses > selesai : officer
dijadwalkan > selesai : officer
menunggu_anggaran > selesai : officer
didisposisikan > menunggu_anggaran : officer
diproses > menunggu_anggaran : officer
dijadwalkan > menunggu_anggaran : officer
selesai > ditutup : reporter system
selesai > diproses : reporter
`
  .trim()
  .split('\n')
  .flatMap((line) => {
    const [pair, actors] = line.split(':');
    const [from, to] = pair.split('>').map((s) => s.trim());
    return actors
      .trim()
      .split(' ')
      .map((actor) => `${from}>${to}:${actor}`);
  });

const working: CaseStatus[] = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'diproses',
  'dijadwalkan',
  'menunggu_anggaran',
];
for (const exit of ['ditolak', 'bukan_wewenang', 'duplikat']) {
  for (const from of working) allowed.push(`${from}>${exit}:officer`);
}

const actors: CaseActor[] = ['officer', 'reporter', 'system'];

describe('case transitions', () => {
  it.each(
    caseStatuses.flatMap((from) =>
      caseStatuses.flatMap((to) => actors.map((actor) => [from, to, actor] as const)),
    ),
  )('%s → %s by %s', (from, to, actor) => {
    const expected = allowed.includes(`${from}>${to}:${actor}`);
    expect(findTransition(from, to, actor).ok).toBe(expected);
  });

  it('says why a step is refused', () => {
    expect(findTransition('ditutup', 'diproses', 'officer')).toEqual({
      ok: false,
      error: 'transition_not_allowed',
    });
    expect(findTransition('diterima', 'ditolak', 'reporter')).toEqual({
      ok: false,
      error: 'actor_not_allowed',
    });
  });

  it('names what each step requires', () => {
    const requires = (from: CaseStatus, to: CaseStatus, actor: CaseActor = 'officer') => {
      const check = findTransition(from, to, actor);
      return check.ok ? check.transition.requires : null;
    };
    expect(requires('diproses', 'ditolak')).toEqual(['reason']);
    expect(requires('diproses', 'bukan_wewenang')).toEqual(['responsibleBody']);
    expect(requires('diproses', 'menunggu_anggaran')).toEqual(['budgetYear']);
    expect(requires('diproses', 'dijadwalkan')).toEqual(['promisedBy']);
    expect(requires('diproses', 'selesai')).toEqual(['proofPhoto']);
    expect(requires('diproses', 'duplikat')).toEqual(['duplicateOf']);
    expect(requires('selesai', 'diproses', 'reporter')).toEqual(['reason']);
    expect(requires('selesai', 'ditutup', 'reporter')).toEqual([]);
  });

  it('lists the next steps of an actor', () => {
    expect(nextStatuses('selesai', 'reporter').sort()).toEqual(['diproses', 'ditutup']);
    expect(nextStatuses('ditutup', 'officer')).toEqual([]);
    expect(nextStatuses('diterima', 'officer')).toEqual(
      expect.arrayContaining([
        'diverifikasi',
        'didisposisikan',
        'diproses',
        'ditolak',
        'bukan_wewenang',
        'duplikat',
      ]),
    );
  });

  it('lets a reporter reopen once', () => {
    expect(canReopen('selesai', 0)).toBe(true);
    expect(canReopen('selesai', 1)).toBe(false);
    expect(canReopen('ditutup', 0)).toBe(false);
  });

  it('maps statuses to Open311 open/closed', () => {
    expect(open311Status('diterima')).toBe('open');
    expect(open311Status('menunggu_anggaran')).toBe('open');
    expect(open311Status('selesai')).toBe('closed');
    expect(open311Status('bukan_wewenang')).toBe('closed');
  });
});
