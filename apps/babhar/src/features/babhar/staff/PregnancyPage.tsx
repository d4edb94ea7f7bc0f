import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  babySexLabels,
  deliveryModeLabels,
  outcomeAttendantLabels,
  outcomeKindLabels,
  outcomePlaceLabels,
  postpartumVisitCodes,
} from '@layanan/domain';
import { FormAlert, errorText, usePageTitle, useT } from '@layanan/ui';
import { type PregnancyDetail, useBabharApi } from '../api';
import { FlagList, L, Loadable, ToneBadge, formatDate, statusLabel } from '../common';
import { StaffNav } from './StaffNav';

/** One pregnancy for the bidan (each opening is audited by the gateway). */
export function PregnancyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Kehamilan', 'Pregnancy')));
  const query = useQuery({
    queryKey: ['babhar', 'pregnancy', id],
    queryFn: () => api.pregnancy(id),
    refetchOnMount: 'always',
  });
  return (
    <section className="page" aria-labelledby="pregnancy-title">
      <StaffNav />
      <Loadable query={query}>{(data) => <Detail data={data} />}</Loadable>
    </section>
  );
}

function Detail({ data }: { data: PregnancyDetail }) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const { pregnancy: p, mother, dates } = data;
  const refresh = () => client.invalidateQueries({ queryKey: ['babhar'] });
  const verify = useMutation({ mutationFn: () => api.verify(p.id), onSuccess: refresh });
  const ack = useMutation({
    mutationFn: (reportId: string) => api.acknowledge(reportId),
    onSuccess: refresh,
  });
  const open = p.status === 'active' && p.verification === 'verified';
  return (
    <>
      <h1 id="pregnancy-title">{mother.fullName}</h1>
      <p className="muted">
        {mother.nikMasked} · G{p.gravida}P{p.para}A{p.abortus} · {statusLabel(p.status, t)}
      </p>
      {data.worklist.entries.length ? (
        <p>
          {data.worklist.entries.map((e) => (
            <ToneBadge key={e.reason + (e.trimester ?? '')} tone={e.tone}>
              {t.pick(e.label)}
            </ToneBadge>
          ))}
        </p>
      ) : null}
      {p.verification === 'pending' ? (
        <div className="notice">
          <p>
            {t.pick(
              L(
                'Didaftarkan sendiri oleh ibu: periksa dan verifikasi.',
                'Registered by the mother herself: check and verify.',
              ),
            )}
          </p>
          <FormAlert>{verify.error ? errorText(verify.error, t.lang) : null}</FormAlert>
          <button
            type="button"
            className="button"
            onClick={() => verify.mutate()}
            disabled={verify.isPending}
          >
            {t.pick(L('Verifikasi', 'Verify'))}
          </button>
        </div>
      ) : null}
      {data.dangerSigns
        .filter((d) => !d.acknowledgedAt)
        .map((d) => (
          <div key={d.id} className="notice notice-error" role="alert" data-testid="danger-alert">
            <p>
              <strong>{t.pick(L('Tanda bahaya dilaporkan', 'Danger sign reported'))}:</strong>{' '}
              {d.signs.map((s) => t.pick(s.label)).join(', ')}
              {d.note ? ` — ${d.note}` : null}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => ack.mutate(d.id)}
              disabled={ack.isPending}
            >
              {t.pick(L('Sudah ditangani', 'Acknowledge'))}
            </button>
          </div>
        ))}
      <dl className="details">
        <dt>{t.pick(L('Usia kehamilan', 'Gestational age'))}</dt>
        <dd>
          {dates.gestationalAge.weeks}
          {t.pick(L(' mg ', 'w '))}
          {dates.gestationalAge.remainderDays}
          {t.pick(L(' hr', 'd'))} · TM{dates.trimester}
        </dd>
        <dt>HPHT</dt>
        <dd>{formatDate(dates.hpht, t.lang)}</dd>
        <dt>HPL</dt>
        <dd data-testid="hpl">
          {formatDate(dates.hpl, t.lang)}
          {dates.hplDiffers ? ` (+280: ${formatDate(dates.hpl280, t.lang)})` : null}
          {dates.usgHpl ? ` · USG ${formatDate(dates.usgHpl, t.lang)}` : null}
        </dd>
        <dt>KSPR</dt>
        <dd data-testid="kspr-current">
          {data.kspr.current
            ? `${data.kspr.current.total} · ${data.kspr.current.category} · ${t.pick(data.kspr.current.placeOfBirth)}`
            : t.pick(L('Belum dinilai', 'Not assessed'))}
        </dd>
        <dt>{t.pick(L('Kunjungan berikutnya', 'Next contact'))}</dt>
        <dd>{formatDate(p.nextContactDate, t.lang)}</dd>
      </dl>
      {open ? (
        <div className="home-actions">
          <Link className="button" to={`/staf/kehamilan/${p.id}/kunjungan`}>
            {t.pick(L('Catat kunjungan (10T)', 'Record a contact (10T)'))}
          </Link>
          <Link className="button button-secondary" to={`/staf/kehamilan/${p.id}/kspr`}>
            {t.pick(L('Kartu skor KSPR', 'KSPR card'))}
          </Link>
          <Link className="button button-secondary" to={`/staf/kehamilan/${p.id}/p4k`}>
            P4K
          </Link>
          <Link className="button button-secondary" to={`/staf/kehamilan/${p.id}/rujukan`}>
            {t.pick(L('Rujuk', 'Refer'))}
          </Link>
          <Link className="button button-secondary" to={`/staf/kehamilan/${p.id}/persalinan`}>
            {t.pick(L('Catat persalinan', 'Record the birth'))}
          </Link>
        </div>
      ) : null}
      {data.outcome ? <OutcomeSummary data={data} /> : null}
      {data.referrals.length ? (
        <>
          <h2>{t.pick(L('Rujukan', 'Referrals'))}</h2>
          <ul className="case-list">
            {data.referrals.map((r) => (
              <li key={r.id} className="case-card">
                <p className="case-card-title">
                  {formatDate(r.date, t.lang)} · {r.to}
                </p>
                <p className="case-card-meta">{r.reason}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t.pick(L('Jadwal ANC', 'ANC schedule'))}</h2>
      <p>
        {data.schedule.doneTotal}/{data.schedule.requiredTotal} ·{' '}
        {data.schedule.trimesters.map((tr) => `TM${tr.trimester}: ${tr.done}/${tr.required}`).join(' · ')}
      </p>
      <h2>{t.pick(L('Kunjungan', 'Contacts'))}</h2>
      {data.contacts.length === 0 ? (
        <p className="muted">{t.pick(L('Belum ada kunjungan.', 'No contacts yet.'))}</p>
      ) : (
        <ul className="case-list">
          {data.contacts.map((c) => (
            <li key={c.id} className="case-card">
              <p className="case-card-title">
                {c.visitCode ?? '—'} · {formatDate(c.date, t.lang)} · {c.gestationalAge.weeks}
                {t.pick(L(' mg', 'w'))}
              </p>
              <p className="case-card-meta">
                {c.weightKg} kg · {c.systolic}/{c.diastolic} mmHg{c.lilaCm ? ` · LILA ${c.lilaCm} cm` : ''}
              </p>
              <FlagList flags={c.flags} t={t} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The birth (or miscarriage) and the postpartum contacts after it (KF1–KF4). */
function OutcomeSummary({ data }: { data: PregnancyDetail }) {
  const t = useT();
  const outcome = data.outcome!;
  const done = new Set(data.postpartum.map((c) => c.visitCode));
  return (
    <>
      <h2>{t.pick(outcomeKindLabels[outcome.kind])}</h2>
      <p data-testid="outcome-summary">
        {formatDate(outcome.date, t.lang)} · {t.pick(outcomePlaceLabels[outcome.place])} ·{' '}
        {t.pick(outcomeAttendantLabels[outcome.attendant])}
        {outcome.mode ? ` · ${t.pick(deliveryModeLabels[outcome.mode])}` : null}
        {outcome.babies.length
          ? ` · ${outcome.babies
              .map((b) => `${t.pick(babySexLabels[b.sex])}${b.weightGrams ? ` ${b.weightGrams} g` : ''}`)
              .join(', ')}`
          : null}
      </p>
      {outcome.kind === 'birth' ? (
        <>
          <h3>{t.pick(L('Kunjungan nifas', 'Postpartum contacts'))}</h3>
          <ul className="flag-list" aria-label={t.pick(L('Kunjungan nifas', 'Postpartum contacts'))}>
            {postpartumVisitCodes.map((code) => (
              <li key={code} className={`flag tone-${done.has(code) ? 'blue' : 'red'}`} data-kf={code}>
                {code}: {done.has(code) ? t.pick(L('sudah', 'done')) : t.pick(L('belum', 'not yet'))}
              </li>
            ))}
          </ul>
          {data.pregnancy.status === 'delivered' ? (
            <Link className="button" to={`/staf/kehamilan/${data.pregnancy.id}/nifas`}>
              {t.pick(L('Catat kunjungan nifas', 'Record a postpartum contact'))}
            </Link>
          ) : null}
        </>
      ) : null}
    </>
  );
}
