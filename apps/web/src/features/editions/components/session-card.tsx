import { useState } from 'react';
import { Link } from 'react-router';
import type { EditionSession, ScheduleWarning } from '@koers/shared/editions';
import { sessionPagePath } from '@koers/shared/sessions';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { useT } from '../../../lib/i18n';
import { CancelSessionForm } from './cancel-session-form';
import { RescheduleForm } from './reschedule-form';
import { SessionHistory } from './session-history';
import { StaffEditor } from './staff-editor';

type Panel = 'reschedule' | 'cancel' | 'staff' | null;

interface SessionCardProps {
  editionId: string;
  session: EditionSession;
  /** False for an archived edition. */
  editable: boolean;
  /** True for a completed edition: a held session is not cancelled, nor a cancelled one given a time again. */
  outcomeFixed: boolean;
  onChanged: (message: string) => void;
}

/** What the people a coming session expects would miss: a venue for who comes on site, a link for who joins online. */
function missingVenue(session: EditionSession): ('noLocation' | 'noLink')[] {
  if (session.status === 'cancelled' || new Date(session.endsAt).getTime() <= Date.now()) return [];
  return [
    ...(session.mode !== 'online' && !session.location ? (['noLocation'] as const) : []),
    ...(session.mode !== 'on_site' && !session.onlineUrl ? (['noLink'] as const) : []),
  ];
}

/** One session of the edition: when, where, who runs it, its status; move, cancel, staff it, or read its history. */
export function SessionCard({ editionId, session, editable, outcomeFixed, onChanged }: SessionCardProps) {
  const t = useT();
  const [panel, setPanel] = useState<Panel>(null);
  const [warnings, setWarnings] = useState<ScheduleWarning[]>([]);
  const [historyOpen, setHistoryOpen] = useState(false);
  const missing = editable ? missingVenue(session).map((what) => t(`editions.session.${what}`)) : [];
  const close = (message: string, found: ScheduleWarning[] = []) => {
    setWarnings(found);
    setPanel(null);
    onChanged(message);
  };
  const actionButton = (target: Exclude<Panel, null>, label: string) => (
    <Button
      variant="secondary"
      aria-expanded={panel === target}
      aria-label={t(`editions.session.${target}Named`, { title: session.title })}
      onClick={() => setPanel(panel === target ? null : target)}
    >
      {label}
    </Button>
  );

  return (
    <li className={['session-card', session.status === 'cancelled' ? 'session-card--cancelled' : null].filter(Boolean).join(' ')}>
      <div className="session-card__head">
        <h3 className="session-card__title">
          <Link to={sessionPagePath(session.id)}>{session.title}</Link>
        </h3>
        <span className="badges">
          <span className="badge">{t(`session.kind.${session.kind}`)}</span>
          {session.networkGroup && <span className="badge">{session.networkGroup}</span>}
          {session.audience.internalTeams && <span className="badge">{t('editions.audience.internalTeams')}</span>}
          {session.audience.directors && <span className="badge">{t('editions.audience.directors')}</span>}
          <SessionStatusBadge status={session.status} />
        </span>
      </div>
      <p className="card__meta">
        <DateText value={session.startsAt} /> – <DateText value={session.endsAt} format="time" /> · {t(`sessionMode.${session.mode}`)}
        {session.location && ` · ${session.location}`}
      </p>
      {session.onlineUrl && <p className="card__meta">{session.onlineUrl}</p>}
      <p className="card__meta">
        {session.staff.length > 0
          ? session.staff.map((member) => `${member.name} (${t(`editions.staffRole.${member.role}`)})`).join(', ')
          : t('editions.staff.none')}
      </p>
      {warnings.length + missing.length > 0 && (
        <ul className="warning-list">
          {[...missing, ...warnings.map((warning) => warning.message)].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="session-card__actions">
          {!(outcomeFixed && session.status === 'cancelled') && actionButton('reschedule', t('editions.session.reschedule'))}
          {!outcomeFixed && session.status !== 'cancelled' && actionButton('cancel', t('editions.session.cancel'))}
          {actionButton('staff', t('editions.session.staff'))}
        </div>
      )}
      {panel === 'reschedule' && <RescheduleForm editionId={editionId} session={session} onDone={close} onCancel={() => setPanel(null)} />}
      {panel === 'cancel' && <CancelSessionForm editionId={editionId} session={session} onDone={close} onCancel={() => setPanel(null)} />}
      {panel === 'staff' && (
        <StaffEditor
          editionId={editionId}
          session={session}
          onDone={close}
          onCancel={() => setPanel(null)}
        />
      )}
      <details onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
        <summary>{t('editions.history.title')}</summary>
        {historyOpen && <SessionHistory editionId={editionId} session={session} />}
      </details>
    </li>
  );
}
