import { useQuery } from '@tanstack/react-query';
import { type FacilityFilters, useSehatApi } from './api';

export function useFacilities(filters: FacilityFilters = {}) {
  const api = useSehatApi();
  return useQuery({ queryKey: ['sehat', 'facilities', filters], queryFn: () => api.facilities(filters) });
}
