import { Link } from 'react-router';
import { useSession } from '@layanan/auth/client';
import { useTx } from '../text';

/** The staff area's start: the puskesmas queue, dispatch, consultations and complaints. */
export function StaffHome() {
  const tx = useTx();
  const { user } = useSession();
  return (
    <section className="page">
      <h1>{tx('Area petugas', 'Staff area')}</h1>
      <p className="greeting">{user?.fullName}</p>
      <ul className="sehat-cards">
        <li className="sehat-card">
          <h2>
            <Link to="/staf/antrean">{tx('Antrean puskesmas', 'Puskesmas queue')}</Link>
          </h2>
          <p className="muted">
            {tx(
              'Kuota harian, panggil nomor berikutnya, dilayani / tidak hadir.',
              'Daily quotas, call next, served / no-show.',
            )}
          </p>
        </li>
        <li className="sehat-card">
          <h2>
            <Link to="/staf/dispatch">{tx('Dispatch Call Care', 'Call Care dispatch')}</Link>
          </h2>
          <p className="muted">
            {tx(
              'Permintaan transportasi menurut urgensi, kendaraan desa.',
              'Transport requests by urgency, village vehicles.',
            )}
          </p>
        </li>
        <li className="sehat-card">
          <h2>
            <Link to="/staf/konsultasi">{tx('Konsultasi warga', 'Residents’ consultations')}</Link>
          </h2>
        </li>
        {user?.role === 'regency_admin' ? (
          <li className="sehat-card">
            <h2>
              <Link to="/staf/fasilitas">{tx('Kelola fasilitas kesehatan', 'Manage health facilities')}</Link>
            </h2>
          </li>
        ) : null}
        <li className="sehat-card">
          <h2>
            <Link to="/staf/pengaduan">{tx('Pengaduan layanan kesehatan', 'Health-service complaints')}</Link>
          </h2>
        </li>
      </ul>
    </section>
  );
}
