import { type CaseStatus, caseStatuses } from '@layanan/domain';

/** Reads the list filters kept in the page's address (so that a filtered list can be shared and reloaded). */
export function readFilters(params: URLSearchParams) {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    categoryId: params.get('categoryId') ?? '',
    districtCode: params.get('districtCode') ?? '',
    status: (caseStatuses as readonly string[]).includes(status) ? (status as CaseStatus) : '',
    overdue: params.get('overdue') === 'true' ? 'true' : params.get('overdue') === 'false' ? 'false' : '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  } as const;
}

export type ListFilters = ReturnType<typeof readFilters>;

/** The non-empty filters as search parameters. */
export function writeFilters(filters: Partial<Record<keyof ListFilters, string | number>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== '' && value !== undefined && !(key === 'page' && value === 1))
      params.set(key, String(value));
  }
  return params;
}
