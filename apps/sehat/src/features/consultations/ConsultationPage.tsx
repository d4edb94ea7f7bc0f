import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { CheckboxField, FormAlert, TextAreaField, errorText, serverFieldErrors } from '@layanan/ui';
import { useSehatApi } from '../api';
import { formatTime, useTx } from '../text';
import { consultationStatusLabel } from './status';

/** One consultation's timeline; the resident replies, a health worker answers (same page, staff path). */
export function ConsultationPage({ staff = false }: { staff?: boolean }) {
  const { id = '' } = useParams();
  const api = useSehatApi();
  const tx = useTx();
  const queryClient = useQueryClient();
  const consultation = useQuery({
    queryKey: ['sehat', 'consultation', id],
    queryFn: () => api.consultation(id),
    refetchInterval: 15_000,
  });
  const [body, setBody] = useState('');
  const [close, setClose] = useState(false);
  const post = useMutation({
    mutationFn: () => api.postMessage(id, body, close),
    onSuccess: (c) => {
      queryClient.setQueryData(['sehat', 'consultation', id], c);
      void queryClient.invalidateQueries({ queryKey: ['sehat', 'consultations'] });
      setBody('');
      setClose(false);
    },
  });
  const fields = serverFieldErrors(post.error);
  if (consultation.isLoading) return <p className="muted">{tx('Memuat…', 'Loading…')}</p>;
  if (!consultation.data)
    return <p role="alert">{tx('Konsultasi tidak ditemukan.', 'Consultation not found.')}</p>;
  const c = consultation.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    post.mutate();
  };
  return (
    <section className="page narrow">
      <p>
        <Link to={staff ? '/staf/konsultasi' : '/konsultasi'}>← {tx('Kembali', 'Back')}</Link>
      </p>
      <h1>{c.subject}</h1>
      <p className="muted">
        {consultationStatusLabel(c.status, tx.lang)}
        {c.facilityName ? ` · ${c.facilityName}` : ''}
        {staff ? ` · ${c.residentName}` : ''}
      </p>
      <ol className="sehat-timeline">
        {c.timeline.map((e) => (
          <li key={e.id} className={e.authorRole === 'resident' ? 'from-resident' : 'from-staff'}>
            <p className="muted">
              {e.authorRole === 'resident'
                ? e.authorName
                : `${e.authorName} (${tx('tenaga kesehatan', 'health worker')})`}{' '}
              · {formatTime(e.createdAt, tx.lang)}
            </p>
            <p className="pre">{e.body}</p>
          </li>
        ))}
      </ol>
      {c.status !== 'closed' ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextAreaField
            label={staff ? tx('Jawaban', 'Answer') : tx('Balasan', 'Reply')}
            value={body}
            error={fields.body}
            rows={4}
            onChange={(e) => setBody(e.target.value)}
          />
          <CheckboxField
            label={tx('Tutup konsultasi ini', 'Close this consultation')}
            checked={close}
            onChange={(e) => setClose(e.target.checked)}
          />
          <FormAlert>{post.error ? errorText(post.error, tx.lang) : null}</FormAlert>
          <button type="submit" className="button" disabled={!body.trim() || post.isPending}>
            {tx('Kirim', 'Send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
