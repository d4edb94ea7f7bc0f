import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormAlert, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { type DangerSignAnswer, type MyPregnancy, newKey, useBabharApi } from '../api';
import { L, Loadable, formatDate } from '../common';
import { StartForms } from './StartForms';

/** The mother's own pregnancy: week, HPL, schedule, KSPR in plain words, P4K and the danger-sign button. */
export function MyPregnancyPage() {
  const t = useT();
  const api = useBabharApi();
  usePageTitle(t.pick(L('Kehamilan saya', 'My pregnancy')));
  const query = useQuery({
    queryKey: ['babhar', 'mine'],
    queryFn: async () => {
      try {
        return await api.mine();
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
  });
  return (
    <section className="page narrow" aria-labelledby="mine-title">
      <h1 id="mine-title">{t.pick(L('Kehamilan saya', 'My pregnancy'))}</h1>
      <Loadable query={query}>{(data) => (data ? <Pregnancy data={data} /> : <StartForms />)}</Loadable>
    </section>
  );
}

function Pregnancy({ data }: { data: MyPregnancy }) {
  const t = useT();
  const { dates, schedule, nextContact, kspr } = data;
  return (
    <>
      {data.pregnancy.verification === 'pending' ? (
        <p className="notice">
          {t.pick(
            L(
              'Pendaftaran kehamilan Ibu menunggu verifikasi bidan puskesmas.',
              'Your pregnancy registration is waiting for the puskesmas bidan to verify it.',
            ),
          )}
        </p>
      ) : null}
      <dl className="details babhar-facts">
        <dt>{t.pick(L('Usia kehamilan', 'Week of pregnancy'))}</dt>
        <dd data-testid="ga">
          {t.pick(
            L(
              `${dates.gestationalAge.weeks} minggu ${dates.gestationalAge.remainderDays} hari (trimester ${dates.trimester})`,
              `${dates.gestationalAge.weeks} weeks ${dates.gestationalAge.remainderDays} days (trimester ${dates.trimester})`,
            ),
          )}
        </dd>
        <dt>{t.pick(L('Hari perkiraan lahir (HPL)', 'Due date (HPL)'))}</dt>
        <dd data-testid="hpl">
          {formatDate(dates.hpl, t.lang)}
          {dates.hplDiffers
            ? ` (${t.pick(L('HPHT + 280 hari', 'LMP + 280 days'))}: ${formatDate(dates.hpl280, t.lang)})`
            : null}
          {dates.usgHpl ? ` · USG: ${formatDate(dates.usgHpl, t.lang)}` : null}
        </dd>
        <dt>{t.pick(L('Periksa berikutnya', 'Next check-up'))}</dt>
        <dd data-testid="next-contact">
          {nextContact ? (
            <span className={`flag tone-${nextContact.state === 'overdue' ? 'red' : 'blue'}`}>
              {formatDate(nextContact.date, t.lang)}{' '}
              {nextContact.state === 'overdue' ? t.pick(L('(terlambat)', '(overdue)')) : null}
            </span>
          ) : (
            t.pick(
              L(
                'Belum dijadwalkan: datang ke puskesmas untuk periksa.',
                'Not set yet: visit the puskesmas for a check-up.',
              ),
            )
          )}
        </dd>
        <dt>{t.pick(L('Puskesmas', 'Puskesmas'))}</dt>
        <dd>
          {data.puskesmas?.name ?? '—'}
          {data.bidan ? ` · ${t.pick(L('Bidan', 'Bidan'))} ${data.bidan.fullName}` : null}
        </dd>
      </dl>

      <h2>{t.pick(L('Jadwal periksa', 'Check-up schedule'))}</h2>
      <table className="babhar-table">
        <thead>
          <tr>
            <th>{t.pick(L('Trimester', 'Trimester'))}</th>
            <th>{t.pick(L('Sudah', 'Done'))}</th>
            <th>{t.pick(L('Perlu', 'Needed'))}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.trimesters.map((tr) => (
            <tr key={tr.trimester}>
              <td>{tr.trimester}</td>
              <td>{tr.done}</td>
              <td>{tr.required}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t.pick(L('Skor risiko (KSPR)', 'Risk score (KSPR)'))}</h2>
      {'notAssessed' in kspr ? (
        <p>{t.pick(kspr.notAssessed)}</p>
      ) : (
        <div className={`kspr-box kspr-${kspr.colour}`} data-testid="kspr">
          <p>
            <strong>
              {t.pick(kspr.label)} · {kspr.total}
            </strong>
          </p>
          <p>{t.pick(kspr.plain.meaning)}</p>
          <p>{t.pick(kspr.plain.guidance)}</p>
        </div>
      )}

      <h2>{t.pick(L('Rencana persalinan (P4K)', 'Birth plan (P4K)'))}</h2>
      {data.birthPlan ? (
        <ul>
          <li>
            {t.pick(L('Penolong', 'Attendant'))}: {data.birthPlan.attendant.name}
          </li>
          <li>
            {t.pick(L('Tempat', 'Place'))}: {data.birthPlan.place.name ?? data.birthPlan.place.kind}
          </li>
          <li>
            {t.pick(L('Pendamping', 'Companion'))}: {data.birthPlan.companion.name}
          </li>
          <li>
            {t.pick(L('Pendonor darah', 'Blood donors'))}:{' '}
            {data.birthPlan.bloodDonors.map((d) => d.name).join(', ')}
          </li>
        </ul>
      ) : (
        <p className="muted">
          {t.pick(
            L(
              'Belum diisi. Bidan akan mengisinya bersama Ibu.',
              'Not filled in yet. The bidan will fill it in with you.',
            ),
          )}
        </p>
      )}

      <DangerSigns data={data} />
    </>
  );
}

function DangerSigns({ data }: { data: MyPregnancy }) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [key] = useState(newKey);
  const report = useMutation({
    mutationFn: () =>
      api.reportDangerSign(
        {
          pregnancyId: data.pregnancy.id,
          period: data.dangerSignPeriod,
          signs: chosen as never,
          ...(note.trim() ? { note: note.trim() } : {}),
        },
        key,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar', 'mine'] }),
  });
  return (
    <section aria-labelledby="danger-title" className="danger-signs">
      <h2 id="danger-title">{t.pick(L('Tanda bahaya', 'Danger signs'))}</h2>
      <p>
        {t.pick(
          L(
            'Jika Ibu mengalami salah satu tanda ini, laporkan sekarang:',
            'If you have any of these signs, report it now:',
          ),
        )}
      </p>
      {report.data ? (
        <WhatToDoNow answer={report.data} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            report.mutate();
          }}
        >
          <fieldset className="field choice-group">
            <legend>{t.pick(L('Pilih tanda yang Ibu alami', 'Choose the signs you have'))}</legend>
            <div className="choices danger-choices">
              {data.dangerSigns.map((s) => (
                <label key={s.code} className="choice danger-choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(s.code)}
                    onChange={(e) =>
                      setChosen((c) => (e.target.checked ? [...c, s.code] : c.filter((x) => x !== s.code)))
                    }
                  />{' '}
                  {t.pick(s.label)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField
            label={t.pick(L('Keterangan (boleh kosong)', 'Anything to add (optional)'))}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <FormAlert>{report.error ? errorText(report.error, t.lang) : null}</FormAlert>
          <button
            type="submit"
            className="button danger-button"
            disabled={!chosen.length || report.isPending}
          >
            {t.pick(L('Laporkan tanda bahaya', 'Report a danger sign'))}
          </button>
        </form>
      )}
      {data.reports.length ? (
        <>
          <h3>{t.pick(L('Laporan Ibu', 'Your reports'))}</h3>
          <ul>
            {data.reports.map((r) => (
              <li key={r.id}>
                {r.signs.map((s) => t.pick(s.label)).join(', ')} ·{' '}
                {r.acknowledgedAt
                  ? t.pick(L('sudah ditangani bidan', 'handled by the bidan'))
                  : t.pick(L('menunggu bidan', 'waiting for the bidan'))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function WhatToDoNow({ answer }: { answer: DangerSignAnswer }) {
  const t = useT();
  return (
    <div className="notice notice-error" role="alert" aria-labelledby="now-title">
      <h3 id="now-title">{t.pick(L('Yang harus dilakukan sekarang', 'What to do now'))}</h3>
      <p>{t.pick(answer.advice.now)}</p>
      <p>{t.pick(answer.advice.companion)}</p>
      <p>{t.pick(answer.advice.alerted)}</p>
      {answer.puskesmas ? (
        <p>
          {answer.puskesmas.name}
          {answer.puskesmas.address ? ` · ${answer.puskesmas.address}` : null}
        </p>
      ) : null}
      <p>
        <a className="button" href={answer.transportLink}>
          {t.pick(L('Minta transport kesehatan (e-Sehat)', 'Ask for health transport (e-Sehat)'))}
        </a>
      </p>
      <p>
        <Link to="/">{t.pick(L('Kembali', 'Back'))}</Link>
      </p>
    </div>
  );
}
