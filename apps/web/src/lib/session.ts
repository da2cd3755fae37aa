/**
 * Who is logged in, as one app-wide query on `GET /api/me`.
 * `data` is `null` when nobody is logged in (the API answered 401).
 */
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse, MeWaiting } from '@koers/shared/api';
import { holdsPermissionSomewhere, type Permission } from '@koers/shared/permissions';
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

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

/** What waits for the viewer, as `GET /api/me` counted it (absent after logging in: see `MeResponse.waiting`). */
export function waitingOf(queryClient: QueryClient): MeWaiting | undefined {
  return queryClient.getQueryData(meQuery.queryKey)?.waiting;
}

/** The logged-in person, for pages behind the login guard (which has already loaded them). */
export function useCurrentPerson(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentPerson used outside the login guard');
  return data;
}

/**
 * What the interface may show someone: the global admin flag, their roles over all editions, whether they manage a
 * region, whether they go to a board meeting as a director's delegate.
 */
export interface Viewer {
  isAdmin: boolean;
  roles: ReadonlySet<EditionRole>;
  managesRegions?: boolean;
  delegateAtBoardMeetings?: boolean;
}

export function viewerOf(me: MeResponse): Viewer {
  return {
    isAdmin: me.isAdmin,
    roles: new Set(me.enrolments.map((enrolment) => enrolment.role)),
    managesRegions: (me.managedRegions ?? []).length > 0,
    delegateAtBoardMeetings: me.delegateAtBoardMeetings ?? false,
  };
}

/**
 * What a page or start point needs: a permission (or any of several) from the shared table. A `personal` page lists
 * the viewer's own editions or regions (their sessions to record, their assignments, the region they manage), so the
 * programme office, which holds the permission everywhere but has none of its own, reaches the same things elsewhere.
 */
export interface PagePermission {
  permission: Permission | readonly Permission[];
  personal?: true;
}

/** The editions (id → name) in which the person's own roles hold the permission: what a personal page lists. */
export function editionsWhere(me: MeResponse, permission: Permission): Map<string, string> {
  const holding = me.enrolments.filter((enrolment) => holdsPermissionSomewhere(permission, { isAdmin: false, roles: [enrolment.role] }));
  return new Map(holding.map((enrolment) => [enrolment.editionId, enrolment.editionName]));
}

/** Whether the viewer holds the page's permission in at least one edition (or as the programme office). */
export function canSomewhere(viewer: Viewer, { permission, personal }: PagePermission): boolean {
  const who = { ...viewer, isAdmin: viewer.isAdmin && !personal };
  return [permission].flat().some((one) => holdsPermissionSomewhere(one, who));
}
