import type { CaseStatus } from './case-status.js';

/** Who takes a step: the agency's officer (or the regency admin), the reporter, or the scheduled sweep. */
export type CaseActor = 'officer' | 'reporter' | 'system';

/** What a step must carry (DOMAIN §3.2). */
export type TransitionRequirement =
  | 'reason' // ditolak, reopen
  | 'responsibleBody' // bukan_wewenang: whose it is and where to report
  | 'budgetYear' // menunggu_anggaran
  | 'promisedBy' // dijadwalkan
  | 'proofPhoto' // selesai
  | 'duplicateOf'; // duplikat

export interface Transition {
  from: readonly CaseStatus[];
  to: CaseStatus;
  actors: readonly CaseActor[];
  requires: readonly TransitionRequirement[];
}

const working: readonly CaseStatus[] = [
  'diterima',
  'diverifikasi',
  'didisposisikan',
  'diproses',
  'dijadwalkan',
  'menunggu_anggaran',
];

/**
 * Every allowed step. Anything not listed is refused. Rerouting (disposisi)
 * is not a status change of its own: it moves the case to another agency and
 * sets `didisposisikan` again, keeping the first-response clock.
 */
export const caseTransitions: readonly Transition[] = [
  { from: ['diterima'], to: 'diverifikasi', actors: ['officer'], requires: [] },
  {
    from: ['diterima', 'diverifikasi', 'didisposisikan', 'diproses'],
    to: 'didisposisikan',
    actors: ['officer'],
    requires: [],
  },
  {
    from: ['diterima', 'diverifikasi', 'didisposisikan', 'dijadwalkan', 'menunggu_anggaran'],
    to: 'diproses',
    actors: ['officer'],
    requires: [],
  },
  {
    from: ['diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'menunggu_anggaran'],
    to: 'dijadwalkan',
    actors: ['officer'],
    requires: ['promisedBy'],
  },
  {
    from: ['diverifikasi', 'didisposisikan', 'diproses', 'dijadwalkan', 'menunggu_anggaran'],
    to: 'selesai',
    actors: ['officer'],
    requires: ['proofPhoto'],
  },
  {
    from: ['didisposisikan', 'diproses', 'dijadwalkan'],
    to: 'menunggu_anggaran',
    actors: ['officer'],
    requires: ['budgetYear'],
  },
  { from: working, to: 'ditolak', actors: ['officer'], requires: ['reason'] },
  { from: working, to: 'bukan_wewenang', actors: ['officer'], requires: ['responsibleBody'] },
  { from: working, to: 'duplikat', actors: ['officer'], requires: ['duplicateOf'] },
  // The reporter confirms the resolution, or the sweep closes it after 10 working days without a reply.
  { from: ['selesai'], to: 'ditutup', actors: ['reporter', 'system'], requires: [] },
  // The reporter may reopen a resolved case once, with a reason (checked by canReopen).
  { from: ['selesai'], to: 'diproses', actors: ['reporter'], requires: ['reason'] },
];

export type TransitionCheck =
  { ok: true; transition: Transition } | { ok: false; error: 'transition_not_allowed' | 'actor_not_allowed' };

export function findTransition(from: CaseStatus, to: CaseStatus, actor: CaseActor): TransitionCheck {
  const candidates = caseTransitions.filter((t) => t.to === to && t.from.includes(from));
  if (!candidates.length) return { ok: false, error: 'transition_not_allowed' };
  const transition = candidates.find((t) => t.actors.includes(actor));
  return transition ? { ok: true, transition } : { ok: false, error: 'actor_not_allowed' };
}

/** The statuses an actor may move a case to from where it is. */
export function nextStatuses(from: CaseStatus, actor: CaseActor): CaseStatus[] {
  return [
    ...new Set(
      caseTransitions.filter((t) => t.from.includes(from) && t.actors.includes(actor)).map((t) => t.to),
    ),
  ];
}

/** A reporter can reopen a resolved case once. */
export function canReopen(status: CaseStatus, reopenCount: number): boolean {
  return status === 'selesai' && reopenCount < 1;
}
