import type { AttendanceMark, RosterEntry, SavedMark } from '@koers/shared/attendance';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { meQueryKey } from '../../../lib/session';
import { rosterQueryKey } from '../api/get-roster';
import { saveAttendance } from '../api/save-attendance';
import { type FlushOutcome, MarkQueue } from './mark-queue';

/** How often pending marks are sent again while the connection seems down (besides when `online` fires). */
export const RETRY_INTERVAL_MS = 10_000;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The roster page's link to its mark queue: a tap is queued and sent at once; what could not be sent goes again when
 * the browser comes back online, every few seconds while marks wait, and when the page opens with leftovers.
 * Stored marks go straight into the cached roster, so the page shows them without another request.
 */
export function useMarkQueue(sessionId: string) {
  const queryClient = useQueryClient();
  const queue = useMemo(() => new MarkQueue(sessionId, browserStorage()), [sessionId]);
  useSyncExternalStore(queue.subscribe, queue.getVersion);
  const [lastOutcome, setLastOutcome] = useState<FlushOutcome | null>(null);

  const flush = useCallback(async () => {
    const outcome = await queue.flush((marks) => saveAttendance(sessionId, marks));
    if (outcome.saved.length > 0) {
      // A roster refresh that started before this save must not paint the old marks back.
      await queryClient.cancelQueries({ queryKey: rosterQueryKey(sessionId) });
      queryClient.setQueryData<RosterEntry[]>(rosterQueryKey(sessionId), (roster) => applySaved(roster, outcome.saved));
    }
    if (outcome.kind === 'unauthenticated') queryClient.setQueryData(meQueryKey, null);
    setLastOutcome(outcome);
  }, [queue, queryClient, sessionId]);

  const hasPending = queue.pending().length > 0;
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);
  useEffect(() => {
    if (!hasPending) return;
    const timer = window.setInterval(() => void flush(), RETRY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [flush, hasPending]);
  useEffect(() => {
    void flush();
  }, [flush]);

  const mark = useCallback(
    (marks: AttendanceMark[]) => {
      for (const one of marks) queue.enqueue(one);
      void flush();
    },
    [queue, flush],
  );

  return { queue, mark, flush, lastOutcome };
}

function applySaved(roster: RosterEntry[] | undefined, saved: SavedMark[]): RosterEntry[] | undefined {
  if (!roster) return roster;
  const byPerson = new Map(saved.map((mark) => [mark.personId, mark]));
  return roster.map((entry) => {
    const mark = byPerson.get(entry.personId);
    if (!mark || (mark.status === entry.status && mark.note === entry.note)) return entry;
    return { ...entry, status: mark.status, note: mark.note, source: 'trainer' };
  });
}
