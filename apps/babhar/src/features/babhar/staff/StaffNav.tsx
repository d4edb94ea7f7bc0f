import { NavLink } from 'react-router';
import { useT } from '@layanan/ui';
import { L } from '../common';

/** The staff area's own menu. */
export function StaffNav() {
  const t = useT();
  const links = [
    { to: '/staf', label: L('Daftar kerja', 'Worklist'), end: true },
    { to: '/staf/daftar', label: L('Daftarkan ibu', 'Register a mother') },
    { to: '/staf/kohort', label: L('Kohort', 'Register (kohort)') },
    { to: '/staf/pws-kia', label: L('PWS-KIA', 'PWS-KIA') },
  ];
  return (
    <nav className="filter-buttons babhar-staff-nav" aria-label={t.pick(L('Menu bidan', 'Staff menu'))}>
      {links.map((l) => (
        <NavLink key={l.to} to={l.to} end={l.end} className="button button-secondary">
          {t.pick(l.label)}
        </NavLink>
      ))}
    </nav>
  );
}
