import { useSearchParams } from 'react-router';
import type { Bilingual } from '@layanan/domain';
import { usePageTitle, useT } from '@layanan/ui';
import { L } from '../../text';
import { AgenciesPanel } from './AgenciesPanel';
import { AuditPanel } from './AuditPanel';
import { CalendarPanel } from './CalendarPanel';
import { CategoriesPanel } from './CategoriesPanel';
import { Open311Panel } from './Open311Panel';
import { PopulationPanel } from './PopulationPanel';
import { RoutingPanel } from './RoutingPanel';
import { SettingsPanel } from './SettingsPanel';
import { StaffPanel } from './StaffPanel';

const tabs: { key: string; label: Bilingual; panel: () => React.JSX.Element }[] = [
  { key: 'instansi', label: { id: 'Instansi', en: 'Agencies' }, panel: AgenciesPanel },
  { key: 'staf', label: { id: 'Akun petugas', en: 'Staff' }, panel: StaffPanel },
  { key: 'disposisi', label: { id: 'Disposisi', en: 'Routing' }, panel: RoutingPanel },
  { key: 'kategori', label: { id: 'Kategori', en: 'Categories' }, panel: CategoriesPanel },
  { key: 'libur', label: { id: 'Hari libur', en: 'Holidays' }, panel: CalendarPanel },
  { key: 'pengaturan', label: { id: 'Pengaturan KIA', en: 'Maternal settings' }, panel: SettingsPanel },
  { key: 'penduduk', label: { id: 'Penduduk desa', en: 'Desa population' }, panel: PopulationPanel },
  { key: 'open311', label: { id: 'Open311', en: 'Open311' }, panel: Open311Panel },
  { key: 'audit', label: { id: 'Log audit', en: 'Audit log' }, panel: AuditPanel },
];

/** `/kelola`: agencies, staff accounts, routing, categories, holidays, e-Babhar settings, Open311 keys, audit log. */
export function ManagePage() {
  const t = useT();
  usePageTitle(t.pick(L.manage));
  const [params, setParams] = useSearchParams();
  const current = tabs.find((tab) => tab.key === params.get('bagian')) ?? tabs[0];
  const Panel = current.panel;
  return (
    <section className="page admin-page" aria-labelledby="manage-title">
      <h1 id="manage-title">{t.pick(L.manage)}</h1>
      <nav className="tabs" aria-label={t.pick(L.manage)}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            className={tab === current ? 'tab tab-current' : 'tab'}
            aria-current={tab === current ? 'page' : undefined}
            onClick={() => setParams({ bagian: tab.key })}
          >
            {t.pick(tab.label)}
          </button>
        ))}
      </nav>
      <Panel />
    </section>
  );
}
