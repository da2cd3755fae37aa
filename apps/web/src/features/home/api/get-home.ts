import { useQuery } from '@tanstack/react-query';
import type { HomeResponse } from '@koers/shared/home';
import { api } from '../../../lib/api-client';

/** `GET /api/me/home` → what needs the person now: one part per thing they hold in the permission table. */
export function fetchHome(signal?: AbortSignal): Promise<HomeResponse> {
  return api.get<HomeResponse>('/me/home', { signal });
}

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: ({ signal }) => fetchHome(signal) });
}
