import { useContext, useMemo } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual, CaseService } from '@layanan/domain';
import { useSession } from '@layanan/auth/client';
import { type CasesApi, type PublicCaseFilters, type StaffQueueFilters, defaultCasesApi } from './api.js';
import { CasesApiContext } from './context.js';

export function useCasesApi(): CasesApi {
  return useContext(CasesApiContext) ?? defaultCasesApi();
}

/**
 * A category of the service, as the lists and filters show it. The extra
 * questions stay unparsed here (`useCategoryQuestions` in categories.ts parses
 * them): the home page and the lists then load without zod.
 */
export interface CategoryName {
  id: string;
  code: string;
  name: Bilingual;
  duplicateRadiusM: number;
  /** The extra questions as the gateway sends them (JSON). */
  attributesJson: string;
}

/** Query keys of the case pages; every key starts with 'cases' so that a change refreshes them all. */
export const caseKeys = {
  all: ['cases'] as const,
  config: ['public-config'] as const,
  categories: (service: CaseService) => ['categories', service] as const,
  districts: ['regions', 'districts'] as const,
  villages: (district: string) => ['regions', 'villages', district] as const,
  detail: (code: string, viewer: string | null) => ['cases', 'detail', code, viewer] as const,
  mine: (viewer: string | null) => ['cases', 'mine', viewer] as const,
  list: (filters: PublicCaseFilters) => ['cases', 'list', filters] as const,
  queue: (filters: StaffQueueFilters, viewer: string | null) => ['cases', 'queue', filters, viewer] as const,
  nearby: (categoryId: string, lat: number, lng: number) =>
    ['cases', 'nearby', categoryId, lat, lng] as const,
  templates: (agencyId: string) => ['response-templates', agencyId] as const,
  agencies: ['agencies'] as const,
};

const hour = 3_600_000;

export function usePublicConfig() {
  const api = useCasesApi();
  return useQuery({ queryKey: caseKeys.config, queryFn: () => api.publicConfig(), staleTime: hour });
}

export function useCategories(service: CaseService) {
  const api = useCasesApi();
  const query = useQuery({
    queryKey: caseKeys.categories(service),
    queryFn: () => api.categories(service),
    staleTime: hour,
  });
  const categories = useMemo<CategoryName[] | undefined>(
    () =>
      query.data?.map((c) => ({
        id: c.id,
        code: c.code,
        name: { id: c.nameId, en: c.nameEn },
        duplicateRadiusM: c.duplicateRadiusM,
        attributesJson: c.attributes,
      })),
    [query.data],
  );
  return { ...query, categories };
}

export function useDistricts() {
  const api = useCasesApi();
  return useQuery({ queryKey: caseKeys.districts, queryFn: () => api.districts(), staleTime: 24 * hour });
}

export function useVillages(districtCode: string) {
  const api = useCasesApi();
  return useQuery({
    queryKey: caseKeys.villages(districtCode),
    queryFn: () => api.villages(districtCode),
    enabled: !!districtCode,
    staleTime: 24 * hour,
  });
}

/**
 * Who is asking: answers differ by viewer (a reporter sees her buttons, staff
 * the internal notes), so the user is part of the key and nothing is asked
 * while the session is still being restored.
 */
function useViewer() {
  const { status, user } = useSession();
  return { ready: status !== 'loading', viewer: user?.id ?? null };
}

export function useCase(code: string, enabled = true) {
  const api = useCasesApi();
  const { ready, viewer } = useViewer();
  return useQuery({
    queryKey: caseKeys.detail(code, viewer),
    queryFn: () => api.detail(code),
    enabled: ready && enabled,
    retry: (count, error) => count < 1 && !isStatus(error, 404),
  });
}

export function useMyCases() {
  const api = useCasesApi();
  const { ready, viewer } = useViewer();
  return useQuery({ queryKey: caseKeys.mine(viewer), queryFn: () => api.mine(), enabled: ready && !!viewer });
}

export function usePublicCases(filters: PublicCaseFilters) {
  const api = useCasesApi();
  return useQuery({
    queryKey: caseKeys.list(filters),
    queryFn: () => api.list(filters),
    placeholderData: keepPreviousData,
  });
}

export function useStaffQueue(filters: StaffQueueFilters) {
  const api = useCasesApi();
  const { ready, viewer } = useViewer();
  return useQuery({
    queryKey: caseKeys.queue(filters, viewer),
    queryFn: () => api.staffQueue(filters),
    enabled: ready && !!viewer,
    placeholderData: keepPreviousData,
  });
}

export function useNearby(categoryId: string, point: { lat: number; lng: number } | null) {
  const api = useCasesApi();
  // Rounded to about a metre so that tiny map drags reuse the answer.
  const lat = point ? Math.round(point.lat * 1e5) / 1e5 : 0;
  const lng = point ? Math.round(point.lng * 1e5) / 1e5 : 0;
  return useQuery({
    queryKey: caseKeys.nearby(categoryId, lat, lng),
    queryFn: () => api.nearby(categoryId, { lat, lng }),
    enabled: !!categoryId && !!point,
  });
}

export function useResponseTemplates(agencyId: string, enabled: boolean) {
  const api = useCasesApi();
  return useQuery({
    queryKey: caseKeys.templates(agencyId),
    queryFn: () => api.responseTemplates(agencyId),
    enabled,
    staleTime: hour,
  });
}

export function useAgencies(enabled: boolean) {
  const api = useCasesApi();
  return useQuery({ queryKey: caseKeys.agencies, queryFn: () => api.agencies(), enabled, staleTime: hour });
}

export function useColleagues(agencyId: string, enabled: boolean) {
  const api = useCasesApi();
  return useQuery({
    queryKey: ['colleagues', agencyId],
    queryFn: () => api.colleagues(agencyId),
    enabled,
    staleTime: hour,
  });
}

/** A change to a case: on success every case query (detail, lists, queue, mine) is refreshed. */
/**
 * `networkMode: 'always'` runs the call even when the browser says it is
 * offline (instead of pausing it), so that the caller sees the network error.
 */
export function useCaseMutation<V, R>(
  run: (api: CasesApi, variables: V) => Promise<R>,
  options: { networkMode?: 'online' | 'always' | 'offlineFirst' } = {},
) {
  const api = useCasesApi();
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: options.networkMode,
    mutationFn: (variables: V) => run(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function isStatus(error: unknown, status: number): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === status;
}

/** Health facilities a complaint can name (e-Sehat). */
export function useFacilityChoices() {
  const api = useCasesApi();
  return useQuery({
    queryKey: ['sehat', 'facility-choices'],
    queryFn: () => api.facilities(),
    staleTime: hour,
  });
}
