import { isMarkOpen, markingOpensAt, type RosterEntry } from '@koers/shared/attendance';
import type { AttendanceStatus } from '@koers/shared/domain';
import { type ReactNode, useState } from 'react';
import { generatePath, Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useRenderedInSlices } from '../../../lib/rendered-in-slices';
import type { PagePrefetch } from '../../../lib/page-prefetch';
import { useNow } from '../../../lib/now';
import { checkInSessionQuery, useCheckInSession } from '../api/get-check-in-session';
import { rosterQuery, useRoster } from '../api/get-roster';
import { useMarkEmptyAbsent } from '../api/mark-empty-absent';
import { AttendanceHistory } from '../components/attendance-history';
import { RosterRow, type SaveState } from '../components/roster-row';
import { groupRoster, isAttendee } from '../model/roster-groups';
import { useMarkQueue } from '../model/use-mark-queue';
import '../attendance.css';

export const prefetch: PagePrefetch = (queryClient, { sessionId = '' }) => {
  void queryClient.prefetchQuery(checkInSessionQuery(sessionId));
  void queryClient.prefetchQuery(rosterQuery(sessionId));
};

/** The trainer's roster on a tablet: one tap per person, every mark kept on the device until the server has it. */
export function RosterPage() {
  const { t, language } = useI18n();
  usePageTitle(t('attendance.roster.title'));
  const { sessionId = '' } = useParams();
  const session = useRenderedInSlices(useCheckInSession(sessionId));
  const roster = useRenderedInSlices(useRoster(sessionId));
  const { queue, mark, flush, lastOutcome } = useMarkQueue(sessionId);
  const markEmptyAbsent = useMarkEmptyAbsent(sessionId);
  // Marking everyone left in one go is undone only row by row: a mis-tap on a tablet asks first.
  const [confirmingRest, setConfirmingRest] = useState(false);
  // Every 15 seconds: a roster opened early enables its buttons when marking opens, and "empty to absent" at the end.
  const now = useNow(15_000);

  if (roster.isPending || session.isPending) return <p role="status">{t('app.loading')}</p>;
  if (roster.isError || session.isError) {
    const retry = () => void Promise.all([roster.refetch(), session.refetch()]);
    return <PageError title={t('attendance.roster.title')} error={roster.error ?? session.error} onRetry={retry} />;
  }

  const entries = roster.data;
  const current = (entry: RosterEntry) => {
    const pending = queue.pendingMark(entry.personId);
    // A pending mark without a note keeps the stored one, as the server will.
    return { status: pending?.status ?? entry.status, note: pending?.note ?? entry.note };
  };
  const saveStateOf = (entry: RosterEntry): SaveState => {
    const state = queue.stateOf(entry.personId);
    if (state === 'failed') return 'failed';
    if (state === 'pending') return queue.sending ? 'sending' : 'pending';
    return entry.status ? 'saved' : 'empty';
  };
  const attendees = entries.filter(isAttendee);
  const unmarked = attendees.filter((entry) => current(entry).status === null);
  const pendingCount = queue.pending().length;
  const ended = new Date(session.data.endsAt) <= now;
  const opensAt = markingOpensAt(session.data.startsAt);
  const markingOpen = now >= opensAt;

  const row = (entry: RosterEntry, children?: ReactNode) => {
    const { status, note } = current(entry);
    return (
      <RosterRow
        key={entry.personId}
        entry={entry}
        status={status}
        note={note}
        saveState={saveStateOf(entry)}
        failure={queue.failureOf(entry.personId)}
        onMark={(next: AttendanceStatus, nextNote?: string) => mark([{ personId: entry.personId, status: next, ...(nextNote !== undefined && { note: nextNote }) }])}
        markOpen={(next) => isMarkOpen(next, session.data.startsAt, now)}
        markClosedHint={markingOpen ? undefined : 'roster-opens-hint'}
      >
        {children}
      </RosterRow>
    );
  };

  return (
    <div className="roster-page">
      <p className="page-kicker">
        {t('attendance.roster.title')} · {session.data.editionName}
      </p>
      <h1>{session.data.title}</h1>
      <p>
        <DateText value={session.data.startsAt} /> – <DateText value={session.data.endsAt} format="time" />
      </p>
      <div className="form__actions roster-page__links">
        <Link className="button button--secondary" to={generatePath(paths.sessionCheckInDisplay, { sessionId })}>
          {t('attendance.roster.showCheckIn')}
        </Link>
        <Link to={generatePath(paths.editionAttendance, { editionId: session.data.editionId })}>{t('attendance.roster.report')}</Link>
      </div>

      {!markingOpen && (
        <p id="roster-opens-hint" className="notice">
          {t('attendance.roster.opensAt', { time: formatDateTime(opensAt, language) })}
        </p>
      )}

      <div className="roster-toolbar">
        <p role="status" className="roster-toolbar__progress">
          {t('attendance.roster.progress', { marked: attendees.length - unmarked.length, total: attendees.length })}
          {' · '}
          {pendingCount > 0 ? t('attendance.roster.pending', { count: pendingCount }) : t('attendance.roster.allSaved')}
        </p>
        <div className="form__actions">
          <Button
            variant="secondary"
            disabled={unmarked.length === 0 || !markingOpen}
            aria-describedby={markingOpen ? undefined : 'roster-opens-hint'}
            onClick={() => setConfirmingRest(true)}
          >
            {t('attendance.roster.markRestPresent')}
          </Button>
          <Button
            variant="secondary"
            disabled={!ended}
            aria-describedby={ended ? undefined : 'roster-absent-hint'}
            busy={markEmptyAbsent.isPending}
            onClick={() => markEmptyAbsent.mutate()}
          >
            {t('attendance.roster.markEmptyAbsent')}
          </Button>
        </div>
        {!ended && (
          <p id="roster-absent-hint" className="notice">
            {t('attendance.roster.markEmptyAbsentHint')}
          </p>
        )}
        {confirmingRest && unmarked.length > 0 && (
          <ConfirmDialog
            title={t('attendance.roster.markRestTitle')}
            text={t('attendance.roster.markRestText', { count: unmarked.length })}
            confirmLabel={t('attendance.roster.markRestConfirm', { count: unmarked.length })}
            initialFocus="cancel"
            busy={false}
            onConfirm={() => {
              mark(unmarked.map((entry) => ({ personId: entry.personId, status: 'present' })));
              setConfirmingRest(false);
            }}
            onCancel={() => setConfirmingRest(false)}
          />
        )}
        {markEmptyAbsent.isSuccess && <Alert tone="success">{t('attendance.roster.markedAbsent', { count: markEmptyAbsent.data.marked })}</Alert>}
        {markEmptyAbsent.isError && <Alert tone="error">{errorMessage(markEmptyAbsent.error, t)}</Alert>}
        {pendingCount > 0 && lastOutcome?.kind === 'offline' && (
          <Alert tone="info" live="polite">
            <p>{t('attendance.roster.offline')}</p>
            <Button variant="secondary" onClick={() => void flush()}>
              {t('attendance.roster.retry')}
            </Button>
          </Alert>
        )}
        {pendingCount > 0 && lastOutcome?.kind === 'refused' && (
          <Alert tone="error">{t('attendance.roster.refused', { message: lastOutcome.message ?? '' })}</Alert>
        )}
      </div>

      {entries.length === 0 ? (
        <p>{t('attendance.roster.empty')}</p>
      ) : (
        groupRoster(entries).map((section) => (
          <section key={section.key} aria-labelledby={`roster-${section.key}`}>
            <h2 id={`roster-${section.key}`}>{t(`attendance.roster.section.${section.key}`)}</h2>
            <ul className="roster" aria-label={t(`attendance.roster.section.${section.key}`)}>
              {section.lines.map(({ entry, members }) =>
                row(
                  entry,
                  members.length > 0 && (
                    <ul className="roster roster--members" aria-label={t('attendance.roster.membersOf', { name: entry.name })}>
                      {members.map((member) => row(member))}
                    </ul>
                  ),
                ),
              )}
            </ul>
          </section>
        ))
      )}
      <AttendanceHistory sessionId={sessionId} />
    </div>
  );
}
