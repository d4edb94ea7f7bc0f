import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useSehatApi } from '../api';
import { label, useTx } from '../text';

const dayNames = {
  id: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export function FacilityPage() {
  const { id = '' } = useParams();
  const api = useSehatApi();
  const tx = useTx();
  const facility = useQuery({ queryKey: ['sehat', 'facility', id], queryFn: () => api.facility(id) });
  if (facility.isLoading) return <p className="muted">{tx('Memuat…', 'Loading…')}</p>;
  if (!facility.data) return <p role="alert">{tx('Fasilitas tidak ditemukan.', 'Facility not found.')}</p>;
  const f = facility.data;
  return (
    <section className="page">
      <p className="eyebrow">{label.kind(f.kind, tx.lang)}</p>
      <h1>{f.name}</h1>
      {f.address ? <p>{f.address}</p> : null}
      {f.phone ? (
        <p>
          {tx('Telepon', 'Phone')}: <a href={`tel:${f.phone}`}>{f.phone}</a>
        </p>
      ) : null}
      {f.openingHours.length ? (
        <>
          <h2>{tx('Jam buka', 'Opening hours')}</h2>
          <ul>
            {f.openingHours.map((h, i) => (
              <li key={i}>
                {h.days.map((d) => dayNames[tx.lang][d - 1]).join(', ')}: {h.opens}–{h.closes}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {f.polyclinics.length ? (
        <>
          <h2>{tx('Poli', 'Polyclinics')}</h2>
          <p>{f.polyclinics.map((p) => label.poly(p, tx.lang)).join(', ')}</p>
        </>
      ) : null}
      {f.services.length ? (
        <>
          <h2>{tx('Layanan', 'Services')}</h2>
          <ul>
            {f.services.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="sehat-actions">
        {f.bookable ? (
          <Link className="button" to={`/daftar-kunjungan?fasilitas=${f.id}`}>
            {tx('Daftar kunjungan', 'Book a visit')}
          </Link>
        ) : null}
        {f.bookable ? (
          <Link className="button button-secondary" to={`/layar/${f.id}`}>
            {tx('Layar antrean', 'Queue display')}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
