import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTx } from './tx';

/** e-Sehat's entry points on the home page. */
export function SehatHome({ complaints }: { complaints: ReactNode }) {
  const tx = useTx();
  return (
    <div className="sehat-home">
      <ul className="sehat-cards">
        <li className="sehat-card">
          <h2>
            <Link to="/fasilitas">{tx('Cari fasilitas kesehatan', 'Find a health facility')}</Link>
          </h2>
          <p className="muted">
            {tx(
              'Puskesmas, pustu, polindes, klinik, rumah sakit.',
              'Puskesmas, health posts, clinics, hospitals.',
            )}
          </p>
        </li>
        <li className="sehat-card">
          <h2>
            <Link to="/daftar-kunjungan">{tx('Daftar kunjungan puskesmas', 'Book a puskesmas visit')}</Link>
          </h2>
          <p className="muted">
            {tx(
              'Dapatkan nomor antrean dan perkiraan jam dilayani.',
              'Get a queue number and an estimated time.',
            )}
          </p>
        </li>
        <li className="sehat-card">
          <h2>
            <Link to="/transportasi/baru">
              {tx('Minta transportasi kesehatan', 'Request health transport')}
            </Link>
          </h2>
          <p className="muted">
            {tx('Pamekasan Call Care: kendaraan desa gratis.', 'Pamekasan Call Care: free village vehicles.')}
          </p>
        </li>
        <li className="sehat-card">
          <h2>
            <Link to="/konsultasi">{tx('Konsultasi kesehatan', 'Health consultation')}</Link>
          </h2>
          <p className="muted">
            {tx('Tanya tenaga kesehatan secara gratis.', 'Ask a health worker, free of charge.')}
          </p>
        </li>
      </ul>
      <h2>{tx('Pengaduan layanan kesehatan', 'Health-service complaints')}</h2>
      {complaints}
    </div>
  );
}
