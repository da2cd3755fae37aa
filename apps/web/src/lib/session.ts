/**
 * Who is logged in, as one app-wide query on `GET /api/me`.
 * `data` is `null` when nobody is logged in (the API answered 401).
 */
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
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

const SESSION_ENDED_KEY = 'koers:session-ended';

/**
 * A request answered 401 while someone was logged in: their session expired, or they logged out in another tab.
 * Forgets them (the login guard then sends them to log in) and leaves word for the login page to say why.
 */
export function endSession(queryClient: QueryClient): void {
  if (queryClient.getQueryData(meQueryKey)) window.sessionStorage.setItem(SESSION_ENDED_KEY, '1');
  queryClient.setQueryData(meQueryKey, null);
}

/** Whether the login page comes after a session that ended (see endSession); `forget` clears the word once shown. */
export const sessionEnded = {
  read: () => window.sessionStorage.getItem(SESSION_ENDED_KEY) === '1',
  forget: () => window.sessionStorage.removeItem(SESSION_ENDED_KEY),
};

/** What waits for the viewer, as `GET /api/me` counted it (absent after logging in: see `MeResponse.waiting`). */
export function waitingOf(queryClient: QueryClient): MeWaiting | undefined {
  return queryClient.getQueryData(meQuery.queryKey)?.waiting;
}

/**
 * The logged-in person, for pages behind the login guard (which has already loaded them). Once a request answered
 * 401 forgets them, a page may still render once before the guard sends them to log in (its own state changed in
 * the same moment): it renders with the person it had.
 */
export function useCurrentPerson(): MeResponse {
  const { data } = useMe();
  const known = useRef(data);
  if (data) known.current = data;
  if (!known.current) throw new Error('useCurrentPerson used outside the login guard');
  return known.current;
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

/** Whether the viewer holds the permission in this edition: through a role of their own there, or as the programme office. */
export function useHoldsInEdition(permission: Permission, editionId: string | undefined): boolean {
  const me = useCurrentPerson();
  return me.isAdmin || (editionId !== undefined && editionsWhere(me, permission).has(editionId));
}

/**
 * Whether the viewer works across every network group of this edition (`groups.all`, the programme office
 * everywhere): a facilitator sees only the groups they lead, so an empty list says nothing of the edition.
 */
export const useSeesEveryGroup = (editionId: string | undefined): boolean => useHoldsInEdition('groups.all', editionId);
