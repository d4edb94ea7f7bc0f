import { Suspense, lazy, useState } from 'react';
import { Link } from 'react-router';
import { type FacilityKind, facilityKinds } from '@layanan/domain';
import { SelectField, TextField } from '@layanan/ui';
import { label, useTx } from '../text';
import { useFacilities } from '../useFacilities';

const FacilityMap = lazy(() => import('./FacilityMap'));

/** The facility directory: search, list and map. */
export function FacilitiesPage() {
  const tx = useTx();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<FacilityKind | ''>('');
  const [view, setView] = useState<'list' | 'map'>('list');
  const facilities = useFacilities({ q: q.trim() || undefined, kind: kind || undefined });
  const list = facilities.data ?? [];
  return (
    <section className="page">
      <h1>{tx('Fasilitas kesehatan', 'Health facilities')}</h1>
      <div className="sehat-filters">
        <TextField
          label={tx('Cari nama, alamat atau layanan', 'Search name, address or service')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <SelectField
          label={tx('Jenis', 'Kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as FacilityKind | '')}
        >
          <option value="">{tx('Semua jenis', 'All kinds')}</option>
          {facilityKinds.map((k) => (
            <option key={k} value={k}>
              {label.kind(k, tx.lang)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="sehat-tabs" role="group" aria-label={tx('Tampilan', 'View')}>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          {tx('Daftar', 'List')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={view === 'map'}
          onClick={() => setView('map')}
        >
          {tx('Peta', 'Map')}
        </button>
      </div>
      {facilities.isLoading ? <p className="muted">{tx('Memuat…', 'Loading…')}</p> : null}
      {facilities.isSuccess && list.length === 0 ? (
        <p className="muted">{tx('Tidak ada fasilitas yang cocok.', 'No facility matches.')}</p>
      ) : null}
      {view === 'map' ? (
        <Suspense fallback={<p className="muted">{tx('Memuat peta…', 'Loading the map…')}</p>}>
          <FacilityMap facilities={list} label={tx('Peta fasilitas kesehatan', 'Map of health facilities')} />
        </Suspense>
      ) : null}
      <ul className="sehat-cards">
        {list.map((f) => (
          <li key={f.id} className="sehat-card">
            <h2>
              <Link to={`/fasilitas/${f.id}`}>{f.name}</Link>
            </h2>
            <p className="muted">
              {label.kind(f.kind, tx.lang)}
              {f.address ? ` · ${f.address}` : ''}
            </p>
            {f.polyclinics.length ? (
              <p>{f.polyclinics.map((p) => label.poly(p, tx.lang)).join(', ')}</p>
            ) : null}
            {f.bookable ? (
              <Link className="button" to={`/daftar-kunjungan?fasilitas=${f.id}`}>
                {tx('Daftar kunjungan', 'Book a visit')}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
