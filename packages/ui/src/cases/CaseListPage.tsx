import { type FormEvent, useId } from 'react';
import { useSearchParams } from 'react-router';
import { type CaseService, caseStatuses } from '@layanan/domain';
import { useT } from '../i18n/LanguageProvider.js';
import { errorText } from '../i18n/errors.js';
import { TextField } from '../form/TextField.js';
import { SelectField } from '../form/fields.js';
import { Loading } from '../auth/RequireRole.js';
import { usePageTitle } from '../portal/PortalContext.js';
import { CaseList, Pagination } from './CaseList.js';
import { readFilters, writeFilters } from './filters.js';
import { formText } from './form-data.js';
import { statusLabel } from './format.js';
import { useCategories, useDistricts, usePublicCases } from './hooks.js';

const PAGE_SIZE = 20;

/** `/kasus`: the public cases of the service (never rahasia ones), filtered and paged. */
export function CaseListPage({ service }: { service: CaseService }) {
  const t = useT();
  const id = useId();
  usePageTitle(t('case.list.title'));
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const { categories } = useCategories(service);
  const districts = useDistricts();
  const list = usePublicCases({
    service,
    categoryId: filters.categoryId || undefined,
    districtCode: filters.districtCode || undefined,
    status: filters.status || undefined,
    q: filters.q || undefined,
    page: filters.page,
    pageSize: PAGE_SIZE,
  });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const value = (name: string) => formText(form, name);
    setParams(
      writeFilters({
        categoryId: value('categoryId'),
        districtCode: value('districtCode'),
        status: value('status'),
        q: value('q'),
      }),
    );
  };

  return (
    <section className="page" aria-labelledby="list-title">
      <h1 id="list-title">{t('case.list.title')}</h1>
      <p>{t('case.list.intro')}</p>
      {/* Keyed by the address so that "back" shows the filters of that list. */}
      <form
        key={params.toString()}
        className="form filters"
        role="search"
        aria-label={t('case.list.filters')}
        onSubmit={apply}
      >
        <SelectField label={t('case.form.category')} name="categoryId" defaultValue={filters.categoryId}>
          <option value="">{t('case.list.all')}</option>
          {categories?.map((c) => (
            <option key={c.id} value={c.id}>
              {t.pick(c.name)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('case.location.district')}
          name="districtCode"
          defaultValue={filters.districtCode}
        >
          <option value="">{t('case.list.all')}</option>
          {districts.data?.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('case.list.status')} name="status" defaultValue={filters.status}>
          <option value="">{t('case.list.openAndResolved')}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, t.lang)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('case.list.search')}
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

      <div aria-live="polite" id={`${id}-results`}>
        {list.isError ? (
          <p role="alert" className="form-alert">
            {errorText(list.error, t.lang)}
          </p>
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <p className="result-count">
              {t(list.data.totalCapped ? 'case.list.countCapped' : 'case.list.count', { n: list.data.total })}
            </p>
            {list.data.items.length ? (
              <CaseList items={list.data.items} />
            ) : (
              <p className="muted">{t('case.list.empty')}</p>
            )}
          </>
        )}
      </div>
      {list.data ? (
        <Pagination
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => setParams(writeFilters({ ...filters, page }))}
        />
      ) : null}
    </section>
  );
}
