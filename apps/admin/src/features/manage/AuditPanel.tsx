import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Pagination, TextField, useT } from '@layanan/ui';
import { useAdminApi } from '../../api';

const T = {
  title: { id: 'Log audit', en: 'Audit log' },
  action: { id: 'Tindakan (mis. agency.create)', en: 'Action (e.g. agency.create)' },
};

export function AuditPanel() {
  const t = useT();
  const api = useAdminApi();
  const [page, setPage] = useState(1);
  const [action, setAction] = useState('');
  const log = useQuery({
    queryKey: ['manage', 'audit', page, action],
    queryFn: () => api.auditLog({ page, action: action || undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t.pick(T.title)}</h2>
      <TextField
        label={t.pick(T.action)}
        name="action"
        value={action}
        onChange={(e) => {
          setAction(e.target.value.trim());
          setPage(1);
        }}
      />
      <ul className="manage-list audit-list">
        {log.data?.items.map((e) => (
          <li key={e.id}>
            <span className="muted">
              {new Date(e.createdAt).toLocaleString(t.lang === 'id' ? 'id-ID' : 'en-GB')}
            </span>{' '}
            <strong>{e.action}</strong> {e.subjectType}:{e.subjectId} {e.reason ? `— ${e.reason}` : ''}{' '}
            <span className="muted">({e.actorRole ?? 'system'})</span>
          </li>
        ))}
      </ul>
      {log.data ? (
        <Pagination
          page={log.data.page}
          pageSize={log.data.pageSize}
          total={log.data.total}
          onPage={setPage}
        />
      ) : null}
    </section>
  );
}
