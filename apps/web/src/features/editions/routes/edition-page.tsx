import type { EditionStatus } from '@koers/shared/domain';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionApplicationsPath, editionCertificatesPath, editionEnrolmentsPath, editionGroupsPath, paths } from '../../../lib/paths';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { useChangeStatus } from '../api/change-status';
import { useDeleteEdition } from '../api/delete-edition';
import { useEdition } from '../api/edition';
import { useEditionSessions } from '../api/edition-sessions';
import { AddSessionForm } from '../components/add-session-form';
import { EditionSettingsForm } from '../components/edition-settings-form';
import { EditionStatusBadge } from '../components/edition-status-badge';
import { SessionCard } from '../components/session-card';
import { StaffSessionsForm } from '../components/staff-sessions-form';
import '../editions.css';

const withEdition = (path: string, editionId: string) => path.replace(':editionId', encodeURIComponent(editionId));

/** One edition for the programme office: its facts and status, links to its enrolments, every session and its settings. */
export function EditionPage() {
  const t = useT();
  const selects = canSomewhere(viewerOf(useCurrentPerson()), { permission: 'applications.read' });
  const { editionId = '' } = useParams();
  const edition = useEdition(editionId);
  const sessions = useEditionSessions(editionId);
  const changeStatus = useChangeStatus();
  const deleteEdition = useDeleteEdition();
  const navigate = useNavigate();
  const [announcement, setAnnouncement] = useState('');
  const [staffingOpen, setStaffingOpen] = useState(false);
  /**
   * The step the confirmation dialog asks about: the status it was opened for (kept, as the page's next status changes
   * the moment the step is taken), or deleting the draft.
   */
  const [confirming, setConfirming] = useState<{ step: 'status'; to: EditionStatus } | { step: 'delete' } | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const archivedNotice = useRef<HTMLDivElement>(null);
  usePageTitle(edition.data?.name ?? t('editions.title'));

  if (edition.isPending) return <p role="status">{t('app.loading')}</p>;
  if (edition.isError) return <PageError title={t('editions.title')} error={edition.error} onRetry={() => void edition.refetch()} />;
  const detail = edition.data;
  const archived = detail.status === 'archived';
  // Its outcome is fixed: sessions are neither added nor cancelled any more (a held one's time or venue can be put right).
  const completed = detail.status === 'completed';

  return (
    <>
      <p>
        <Link to={paths.editions}>{t('editions.back')}</Link>
      </p>
      <h1>{detail.name}</h1>
      <dl className="term-list">
        <dt>{t('editions.programme')}</dt>
        <dd>{detail.programmeName}</dd>
        <dt>{t('editions.status')}</dt>
        <dd>
          <EditionStatusBadge status={detail.status} />
        </dd>
        <dt>{t('editions.dates')}</dt>
        <dd>
          <DateText value={detail.startDate} format="date" /> – <DateText value={detail.endDate} format="date" />
        </dd>
        <dt>{t('editions.participants')}</dt>
        <dd>
          {t('editions.enrolled', { enrolled: detail.enrolled, count: detail.capacity })}
          {detail.waitlisted > 0 && ` · ${t('editions.waitlisted', { count: detail.waitlisted })}`}
        </dd>
        <dt>{t('editions.schoolHolidays')}</dt>
        <dd>{detail.schoolHolidayRegion ? t(`editions.region.${detail.schoolHolidayRegion}`) : t('editions.schoolHolidaysNone')}</dd>
      </dl>

      {archived ? (
        <Alert ref={archivedNotice} tone="info" live="off">
          {t('editions.archivedNotice')}
        </Alert>
      ) : (
        <>
          {completed && <Alert tone="info">{t('editions.completedNotice')}</Alert>}
          {detail.nextStatus && (
            <section aria-labelledby="status-heading">
              <h2 id="status-heading">{t('editions.statusTitle')}</h2>
              <p>{t(`editions.statusNext.${detail.nextStatus}`)}</p>
              {changeStatus.isError && <Alert tone="error">{errorMessage(changeStatus.error, t)}</Alert>}
              <Button onClick={() => setConfirming({ step: 'status', to: detail.nextStatus! })}>{t(`editions.advance.${detail.nextStatus}`)}</Button>
              {confirming?.step === 'status' && (
                <ConfirmDialog
                  title={t(`editions.confirmStatus.title.${confirming.to}`, { name: detail.name })}
                  text={t(`editions.confirmStatus.text.${confirming.to}`)}
                  confirmLabel={t(`editions.advance.${confirming.to}`)}
                  initialFocus="cancel"
                  busy={changeStatus.isPending}
                  onConfirm={() =>
                    changeStatus.mutate(
                      { editionId, status: confirming.to },
                      {
                        onSuccess: (updated) => {
                          setConfirming(null);
                          setAnnouncement(t('editions.statusChanged', { status: t(`editionStatus.${updated.status}`) }));
                          // Archived, the status section and its button are gone: the notice that replaces them takes focus.
                          if (updated.status === 'archived') focusAfterRender(() => archivedNotice.current);
                        },
                        onError: () => setConfirming(null),
                      },
                    )
                  }
                  onCancel={() => setConfirming(null)}
                />
              )}
              {detail.status === 'draft' && (
                <>
                  <p>{t('editions.delete.intro')}</p>
                  {deleteEdition.isError && <Alert tone="error">{errorMessage(deleteEdition.error, t)}</Alert>}
                  <Button variant="secondary" onClick={() => setConfirming({ step: 'delete' })}>
                    {t('editions.delete.button')}
                  </Button>
                  {confirming?.step === 'delete' && (
                    <ConfirmDialog
                      title={t('editions.delete.confirmTitle', { name: detail.name })}
                      text={t('editions.delete.confirmText')}
                      confirmLabel={t('editions.delete.button')}
                      initialFocus="cancel"
                      busy={deleteEdition.isPending}
                      onConfirm={() =>
                        deleteEdition.mutate(editionId, {
                          onSuccess: () => void navigate(paths.editions, { replace: true }),
                          onError: () => setConfirming(null),
                        })
                      }
                      onCancel={() => setConfirming(null)}
                    />
                  )}
                </>
              )}
            </section>
          )}
        </>
      )}
      <div role="status">{announcement && <Alert tone="success" live="off">{announcement}</Alert>}</div>

      {!archived && detail.participantsWithoutGroup > 0 && (
        <Alert tone="info" live="off">
          {t('editions.withoutGroup', { count: detail.participantsWithoutGroup })} <Link to={editionGroupsPath(editionId)}>{t('editions.withoutGroup.link')}</Link>
        </Alert>
      )}

      <ul className="edition-links">
        <li>
          <Link to={editionEnrolmentsPath(editionId)}>{t('editions.links.enrolments')}</Link>
        </li>
        {selects && (
          <li>
            <Link to={editionApplicationsPath(editionId)}>{t('editions.links.applications')}</Link>
          </li>
        )}
        <li>
          <Link to={withEdition(paths.editionAttendance, editionId)}>{t('editions.links.attendance')}</Link>
        </li>
        <li>
          <Link to={withEdition(paths.editionAssignments, editionId)}>{t('editions.links.assignments')}</Link>
        </li>
        <li>
          <Link to={editionGroupsPath(editionId)}>{t('editions.links.groups')}</Link>
        </li>
        <li>
          <Link to={editionCertificatesPath(editionId)}>{t('editions.links.certificates')}</Link>
        </li>
        <li>
          <Link to={`${paths.measurements}?${new URLSearchParams({ editie: editionId })}`}>{t('editions.links.measurements')}</Link>
        </li>
      </ul>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('editions.sessions.title')}</h2>
        {sessions.isPending ? (
          <p role="status">{t('app.loading')}</p>
        ) : sessions.isError ? (
          <Alert tone="error">{errorMessage(sessions.error, t)}</Alert>
        ) : (
          <>
            {!archived && sessions.data.length > 0 && (
              // Closed until needed: opening it asks for the people to choose from.
              <details className="edition-panel" onToggle={(event) => setStaffingOpen(event.currentTarget.open)}>
                <summary>{t('editions.staffSessions.title')}</summary>
                <p>{t('editions.staffSessions.intro')}</p>
                {staffingOpen && <StaffSessionsForm editionId={editionId} sessions={sessions.data} onDone={setAnnouncement} />}
              </details>
            )}
            {!archived && !completed && (
              <details className="edition-panel">
                <summary>{t('editions.addSession.title')}</summary>
                <p>{t('editions.addSession.intro')}</p>
                <AddSessionForm edition={detail} onDone={setAnnouncement} />
              </details>
            )}
            <ol className="session-list">
              {sessions.data.map((session) => (
                <SessionCard key={session.id} editionId={editionId} session={session} editable={!archived} outcomeFixed={completed} onChanged={setAnnouncement} />
              ))}
            </ol>
          </>
        )}
      </section>

      {!archived && (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('editions.settings.title')}</h2>
          <EditionSettingsForm key={detail.id} edition={detail} onSaved={() => setAnnouncement(t('editions.settings.saved'))} />
        </section>
      )}
    </>
  );
}
