import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormAlert, SelectField, TextAreaField, TextField, errorText, serverFieldErrors } from '@layanan/ui';
import { newKey, useSehatApi } from '../api';
import { formatTime, useTx } from '../text';
import { useFacilities } from '../useFacilities';
import { consultationStatusLabel } from './status';

/** My consultations, and a form to ask a health worker. */
export function ConsultationsPage() {
  const api = useSehatApi();
  const tx = useTx();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const puskesmas = useFacilities({ kind: 'puskesmas' });
  const mine = useQuery({
    queryKey: ['sehat', 'consultations', 'mine'],
    queryFn: () => api.myConsultations(),
  });
  const [form, setForm] = useState({ facilityId: '', subject: '', question: '' });
  const [key] = useState(newKey);
  const ask = useMutation({
    mutationFn: () =>
      api.ask(
        {
          subject: form.subject,
          question: form.question,
          ...(form.facilityId ? { facilityId: form.facilityId } : {}),
        },
        key,
      ),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['sehat', 'consultations'] });
      void navigate(`/konsultasi/${c.id}`);
    },
  });
  const fields = serverFieldErrors(ask.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate();
  };
  return (
    <section className="page narrow">
      <h1>{tx('Konsultasi kesehatan', 'Health consultations')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <h2>{tx('Tanya tenaga kesehatan', 'Ask a health worker')}</h2>
        <SelectField
          label={tx('Puskesmas (opsional)', 'Puskesmas (optional)')}
          value={form.facilityId}
          error={fields.facilityId}
          onChange={(e) => setForm({ ...form, facilityId: e.target.value })}
        >
          <option value="">{tx('Tenaga kesehatan mana saja', 'Any health worker')}</option>
          {puskesmas.data?.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={tx('Judul', 'Subject')}
          value={form.subject}
          error={fields.subject}
          required
          onChange={(e) => setForm({ ...form, subject: e.target.value })}
        />
        <TextAreaField
          label={tx('Pertanyaan', 'Question')}
          value={form.question}
          error={fields.question}
          required
          rows={5}
          onChange={(e) => setForm({ ...form, question: e.target.value })}
        />
        <FormAlert>{ask.error ? errorText(ask.error, tx.lang) : null}</FormAlert>
        <button type="submit" className="button" disabled={ask.isPending}>
          {tx('Kirim pertanyaan', 'Send the question')}
        </button>
      </form>
      <h2>{tx('Konsultasi saya', 'My consultations')}</h2>
      {mine.isSuccess && mine.data.length === 0 ? (
        <p className="muted">{tx('Belum ada konsultasi.', 'No consultations yet.')}</p>
      ) : null}
      <ul className="sehat-cards">
        {mine.data?.map((c) => (
          <li key={c.id} className="sehat-card">
            <h3>
              <Link to={`/konsultasi/${c.id}`}>{c.subject}</Link>
            </h3>
            <p className="muted">
              {consultationStatusLabel(c.status, tx.lang)} · {formatTime(c.createdAt, tx.lang)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
