import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type CaseService, caseStatuses } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { TextField } from '../form/TextField.js';
import { SelectField } from '../form/fields.js';
import { Loading } from '../auth/RequireRole.js';
import { roleLabel } from '../auth/roles.js';
import { usePageTitle } from '../portal/PortalContext.js';
import type { StaffQueueItem } from './api.js';
import { CaseList, Pagination } from './CaseList.js';
import { readFilters, writeFilters } from './filters.js';
import { formText } from './form-data.js';
import { formatDateTime, responseMarkLabel, statusLabel, urgencyOf } from './format.js';
import { useAgencies, useCategories, useStaffQueue } from './hooks.js';

const PAGE_SIZE = 20;

/** The clock, once a minute: "due soon" changes while the page is open. */
function useNow() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Deadline({ item, now }: { item: StaffQueueItem; now: number }) {
  const t = useT();
  const urgency = urgencyOf(item, now);
  return (
    <>
      <p className="case-card-meta queue-deadline">
        {urgency === 'overdue' ? (
          <strong className="flag flag-overdue">{t('case.queue.overdue')}</strong>
        ) : null}
        {urgency === 'due-soon' ? (
          <strong className="flag flag-due-soon">{t('case.queue.dueSoon')}</strong>
        ) : null}
        {item.dueAt ? <> {t('case.queue.dueAt', { at: formatDateTime(item.dueAt, t.lang) })}</> : null}
      </p>
      <p className="case-card-meta">
        <span className="response-mark" data-mark={item.responseMark}>
          {responseMarkLabel(item.responseMark, t)}
        </span>
      </p>
    </>
  );
}

/** `/staf`: the agency's cases, most urgent first; overdue ones in red, due-soon ones marked. */
export function StaffQueuePage({ service }: { service: CaseService }) {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('staff.title'));
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { categories } = useCategories(service);
  const agencies = useAgencies(!!user?.agencyId);
  const queue = useStaffQueue({
    service,
    status: filters.status || undefined,
    categoryId: filters.categoryId || undefined,
    overdue: filters.overdue === '' ? undefined : filters.overdue === 'true',
    q: filters.q || undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  });
  if (!user) return null;
  const agency = agencies.data?.find((a) => a.id === user.agencyId);
  const scope =
    user.role === 'regency_admin'
      ? t('staff.scopeRegency')
      : (agency?.name ?? (user.agencyId ? t('app.loading') : t('staff.scopeNone')));

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = (name: string) => formText(form, name);
    setParams(
      writeFilters({
        status: value('status'),
        categoryId: value('categoryId'),
        overdue: value('overdue'),
        q: value('q'),
      }),
    );
  };

  return (
    <section className="page" aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff.title')}</h1>
      <p className="muted">
        {t('case.queue.signedInAs')} <strong>{user.fullName}</strong> ({roleLabel(user.role, t.lang)}) ·{' '}
        {scope}
      </p>
      <h2>{t('case.queue.title')}</h2>
      <p>{t('case.queue.intro')}</p>
      <form
        key={params.toString()}
        className="form filters"
        role="search"
        aria-label={t('case.list.filters')}
        onSubmit={apply}
      >
        <SelectField label={t('case.list.status')} name="status" defaultValue={filters.status}>
          <option value="">{t('case.queue.allOpen')}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, t.lang)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('case.form.category')} name="categoryId" defaultValue={filters.categoryId}>
          <option value="">{t('case.list.all')}</option>
          {categories?.map((c) => (
            <option key={c.id} value={c.id}>
              {t.pick(c.name)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('case.queue.deadline')} name="overdue" defaultValue={filters.overdue}>
          <option value="">{t('case.list.all')}</option>
          <option value="true">{t('case.queue.onlyOverdue')}</option>
          <option value="false">{t('case.queue.notOverdue')}</option>
        </SelectField>
        <TextField
          label={t('case.queue.search')}
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={100}
        />
        <div className="filter-buttons">
          <button type="submit" className="button">
            {t('case.list.apply')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setParams(new URLSearchParams())}
          >
            {t('case.list.clear')}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {queue.isError ? (
          <p role="alert" className="form-alert">
            {errorText(queue.error, t.lang)}
          </p>
        ) : !queue.data ? (
          <Loading />
        ) : (
          <>
            <p className="result-count">
              {t(queue.data.totalCapped ? 'case.list.countCapped' : 'case.list.count', {
                n: queue.data.total,
              })}
            </p>
            {queue.data.items.length ? (
              <CaseList
                label={t('case.queue.title')}
                items={queue.data.items}
                linkTo={(code) => `/staf/kasus/${code}`}
                itemClass={(item) => `queue-item queue-${urgencyOf(item, now)}`}
                extra={(item) => <Deadline item={item} now={now} />}
              />
            ) : (
              <p className="muted">{t('case.queue.empty')}</p>
            )}
          </>
        )}
      </div>
      {queue.data ? (
        <Pagination
          page={queue.data.page}
          pageSize={queue.data.pageSize}
          total={queue.data.total}
          onPage={(page) => setParams(writeFilters({ ...filters, page }))}
        />
      ) : null}
    </section>
  );
}
