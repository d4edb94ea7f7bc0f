import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KsprItemCode, assessKspr, ksprGuidance } from '@layanan/domain';
import { FormAlert, errorText, usePageTitle, useT } from '@layanan/ui';
import { type KsprCard, newKey, useBabharApi } from '../api';
import { L, Loadable, useRules } from '../common';

const todayText = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });

/** The Poedji Rochjati card: items prefilled from the records, live total, category and place of birth. */
export function KsprPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  usePageTitle('KSPR');
  const query = useQuery({ queryKey: ['babhar', 'kspr', id], queryFn: () => api.ksprCard(id) });
  return (
    <section className="page narrow" aria-labelledby="kspr-title">
      <h1 id="kspr-title">
        {t.pick(L('Kartu Skor Poedji Rochjati (KSPR)', 'Poedji Rochjati score card (KSPR)'))}
      </h1>
      <Loadable query={query}>{(card) => <Card id={id} card={card} />}</Loadable>
    </section>
  );
}

function Card({ id, card }: { id: string; card: KsprCard }) {
  const t = useT();
  const api = useBabharApi();
  const client = useQueryClient();
  const rules = useRules();
  const [key] = useState(newKey);
  const carried = new Set(card.carriedOver);
  const [ticked, setTicked] = useState<KsprItemCode[]>(() => [
    ...new Set([...card.carriedOver, ...card.prefill.items]),
  ]);
  const result = assessKspr(ticked, rules);
  const guidance = ksprGuidance[result.category];
  const save = useMutation({
    mutationFn: () =>
      api.saveKspr(id, { date: todayText(), items: ticked.filter((c) => !carried.has(c)) }, key),
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const toggle = (code: KsprItemCode, on: boolean) =>
    setTicked((list) => (on ? [...list, code] : list.filter((c) => c !== code)));
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <p className="muted">{t.pick(L(`Skor awal ${card.startScore}.`, `Start score ${card.startScore}.`))}</p>
      <ul className="kspr-items">
        {card.items.map((item) => {
          const reason = card.prefill.reasons[item.code];
          return (
            <li key={item.code}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={ticked.includes(item.code)}
                  disabled={carried.has(item.code)}
                  onChange={(e) => toggle(item.code, e.target.checked)}
                />{' '}
                {item.code}. {t.pick(item.label)} <strong>({item.score})</strong>
              </label>
              {reason ? <p className="field-hint">{t.pick(reason)}</p> : null}
              {carried.has(item.code) ? (
                <p className="field-hint">
                  {t.pick(
                    L(
                      'Dari penilaian sebelumnya (skor tidak turun)',
                      'From an earlier assessment (the score never goes down)',
                    ),
                  )}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className={`kspr-box kspr-${guidance.colour}`} aria-live="polite" data-testid="kspr-total">
        <p>
          <strong>
            {t.pick(L('Jumlah skor', 'Total'))}: {result.total} · {t.pick(guidance.label)}
          </strong>
        </p>
        <p>
          {t.pick(L('Tempat bersalin', 'Place of birth'))}: {t.pick(guidance.placeOfBirth)}
        </p>
        <p>
          {t.pick(L('Penolong', 'Attendant'))}: {t.pick(guidance.attendant)} ·{' '}
          {t.pick(L('Rujukan', 'Referral'))}: {t.pick(guidance.referral)}
        </p>
      </div>
      <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
      {save.data ? (
        <p role="status" className="success-text">
          {t.pick(L('Tersimpan', 'Saved'))}: {save.data.total} · {save.data.category}.{' '}
          <Link to={`/staf/kehamilan/${id}`}>{t.pick(L('Kembali', 'Back'))}</Link>
        </p>
      ) : (
        <button type="submit" className="button" disabled={save.isPending}>
          {t.pick(L('Simpan KSPR', 'Save KSPR'))}
        </button>
      )}
    </form>
  );
}
