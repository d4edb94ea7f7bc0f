import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormAlert, TextField, errorText, usePageTitle, useT } from '@layanan/ui';
import { newKey, useBabharApi } from '../api';
import { useFormState } from '../form-state';
import { L, fieldErrors, todayText } from '../common';

/** A referral of the mother to another facility (a hospital, a puskesmas with PONED). */
export function ReferralPage() {
  const t = useT();
  const { id = '' } = useParams();
  const api = useBabharApi();
  const client = useQueryClient();
  const [key] = useState(newKey);
  usePageTitle(t.pick(L('Rujukan', 'Referral')));
  const { values: f, bind } = useFormState({ date: todayText(), to: '', reason: '' });
  const save = useMutation({
    mutationFn: () => api.refer(id, { date: f.date, to: f.to, reason: f.reason }, key),
    onSuccess: () => client.invalidateQueries({ queryKey: ['babhar'] }),
  });
  const { field } = bind(fieldErrors(save.error));
  return (
    <section className="page narrow" aria-labelledby="referral-title">
      <h1 id="referral-title">{t.pick(L('Rujuk ibu', 'Refer the mother'))}</h1>
      {save.isSuccess ? (
        <div className="notice" role="status" data-testid="referral-saved">
          <p>{t.pick(L('Rujukan tercatat.', 'Referral recorded.'))}</p>
          <Link className="button" to={`/staf/kehamilan/${id}`}>
            {t.pick(L('Kembali ke data kehamilan', 'Back to the pregnancy'))}
          </Link>
        </div>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <TextField label={t.pick(L('Tanggal', 'Date'))} type="date" {...field('date')} required />
          <TextField
            label={t.pick(L('Dirujuk ke (fasilitas)', 'Referred to (facility)'))}
            {...field('to')}
            required
          />
          <TextField label={t.pick(L('Alasan rujukan', 'Reason'))} {...field('reason')} required />
          <FormAlert>{save.error ? errorText(save.error, t.lang) : null}</FormAlert>
          <button type="submit" className="button" disabled={save.isPending}>
            {t.pick(L('Simpan rujukan', 'Save the referral'))}
          </button>
        </form>
      )}
    </section>
  );
}
