import { Link } from 'react-router';
import { useSession } from '@layanan/auth/client';
import { useT } from '@layanan/ui';
const L = (id: string, en: string) => ({ id, en });

/** The home page's e-Babhar part: the mother's page, or the staff area. */
export function BabharHome() {
  const t = useT();
  const { user } = useSession();
  const staff = user && (user.role === 'health_staff' || user.role === 'regency_admin');
  return (
    <div className="home-actions">
      {staff ? (
        <Link className="button" to="/staf">
          {t.pick(L('Daftar kerja bidan', 'Staff worklist'))}
        </Link>
      ) : (
        <Link className="button" to="/kehamilan-saya">
          {t.pick(L('Kehamilan saya', 'My pregnancy'))}
        </Link>
      )}
      <p className="muted">
        {t.pick(
          L(
            'Ibu hamil: lihat usia kehamilan, HPL, jadwal periksa dan laporkan tanda bahaya.',
            'Mothers: see your week, due date, check-up schedule, and report danger signs.',
          ),
        )}
      </p>
    </div>
  );
}
