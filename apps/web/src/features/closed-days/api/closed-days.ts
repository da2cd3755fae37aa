import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ClosedDaysOverview } from '@koers/shared/closed-days';
import { api } from '../../../lib/api-client';

export const closedDaysKey = ['closed-days'] as const;

/** `GET /api/closed-days?schoolYear=` (programme office): every closed day of a school year, from every source. */
export function getClosedDays(schoolYear: number, signal?: AbortSignal): Promise<ClosedDaysOverview> {
  return api.get<ClosedDaysOverview>(`/closed-days?schoolYear=${schoolYear}`, { signal });
}

export function useClosedDays(schoolYear: number) {
  return useQuery({
    queryKey: [...closedDaysKey, schoolYear],
    queryFn: ({ signal }) => getClosedDays(schoolYear, signal),
    placeholderData: keepPreviousData,
  });
}
