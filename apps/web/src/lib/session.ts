/**
 * Who is logged in, as one app-wide query on `GET /api/me`.
 * `data` is `null` when nobody is logged in (the API answered 401).
 */
import { useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@koers/shared/api';
import type { EditionRole } from '@koers/shared/roles';
import { ApiError, api } from './api-client';

export const meQueryKey = ['me'] as const;

export async function fetchMe(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    return await api.get<MeResponse>('/me', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** The logged-in person, for pages behind the login guard (which has already loaded them). */
export function useCurrentPerson(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentPerson used outside the login guard');
  return data;
}

/** What the interface may show someone: the global admin flag and their roles over all editions. */
export interface Viewer {
  isAdmin: boolean;
  roles: ReadonlySet<EditionRole>;
}

export function viewerOf(me: MeResponse): Viewer {
  return { isAdmin: me.isAdmin, roles: new Set(me.enrolments.map((enrolment) => enrolment.role)) };
}

export function hasAnyRole(viewer: Viewer, roles: readonly EditionRole[]): boolean {
  return roles.some((role) => viewer.roles.has(role));
}
