import type { EditionAssignment } from '@koers/shared/assignments';
import { useRef, useState } from 'react';
import { generatePath, Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { PageError } from '../../../components/page-error';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender, useInlineForm } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useAssignmentOverview } from '../api/assignment-overview';
import { useCreateAssignment } from '../api/create-assignment';
import { useDeleteAssignment } from '../api/delete-assignment';
import { useEditionAssignments } from '../api/edition-assignments';
import { useUpdateAssignment } from '../api/update-assignment';
import { AssignmentForm } from '../components/assignment-form';
import { Extensions } from '../components/extensions';
import '../assignments.css';

/** Trainers and admins: the edition's assignments, to create, edit or delete, and extensions per participant. */
export function EditionAssignmentsPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  const assignments = useEditionAssignments(editionId);
  const overview = useAssignmentOverview(editionId);
  const create = useCreateAssignment(editionId);
  const [created, setCreated] = useState<string>();
  const [deleted, setDeleted] = useState<string>();
  const focusAfterRender = useFocusAfterRender();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(assignments.data ? t('assignments.manage.title', { edition: assignments.data.editionName }) : t('assignments.title'));

  if (assignments.isPending) return <p role="status">{t('app.loading')}</p>;
  if (assignments.isError) return <PageError title={t('assignments.title')} error={assignments.error} onRetry={() => void assignments.refetch()} />;
  if (!assignments.data.canManage) return <Alert tone="error">{t('assignments.manage.forbidden')}</Alert>;

  const participants = overview.data?.rows.map(({ personId, name }) => ({ personId, name })) ?? [];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('assignments.manage.title', { edition: assignments.data.editionName })}
      </h1>
      {deleted && <Alert tone="success">{t('assignments.manage.deleted', { title: deleted })}</Alert>}
      <p className="assignment-card__links">
        <Link to={generatePath(paths.editionAssignmentOverview, { editionId })}>{t('assignments.staff.overview')}</Link>
        <Link to={`${paths.reviewQueue}?${new URLSearchParams({ editionId })}`}>{t('assignments.staff.review')}</Link>
      </p>
      {!assignments.data.canChange && <Alert tone="info">{t('assignments.manage.fixed')}</Alert>}
      {assignments.data.assignments.length === 0 && <p>{t('assignments.list.empty')}</p>}
      {assignments.data.assignments.map((assignment) => (
        <ManagedAssignment
          key={assignment.id}
          assignment={assignment}
          participants={participants}
          changeable={assignments.data.canChange}
          onDeleted={() => {
            setDeleted(assignment.title);
            // Its article, and the button that was pressed, are gone: the page's heading takes focus.
            focusAfterRender(() => heading.current);
          }}
        />
      ))}

      {assignments.data.canChange && (
        <section className="assignment-editor" aria-labelledby="new-assignment-heading">
          <h2 id="new-assignment-heading">{t('assignments.manage.new')}</h2>
          {created && <Alert tone="success">{t('assignments.manage.created', { title: created })}</Alert>}
          <AssignmentForm
            key={created}
            submitLabel={t('assignments.manage.create')}
            busy={create.isPending}
            error={create.error}
            onSubmit={(request) => create.mutate(request, { onSuccess: (assignment) => setCreated(assignment.title) })}
          />
        </section>
      )}
    </>
  );
}

function ManagedAssignment({
  assignment,
  participants,
  changeable,
  onDeleted,
}: {
  assignment: EditionAssignment;
  participants: { personId: string; name: string }[];
  /** Not once the edition is completed: then its assignments are fixed. */
  changeable: boolean;
  onDeleted: () => void;
}) {
  const t = useT();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const update = useUpdateAssignment(assignment.id);
  const remove = useDeleteAssignment();
  const headingId = `assignment-${assignment.id}`;
  const { editing, edit, formRef: articleRef, openerRef: editButtonRef } = useInlineForm<HTMLElement>();

  return (
    <article ref={articleRef} className="assignment-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{assignment.title}</h2>
      {editing ? (
        <AssignmentForm
          assignment={assignment}
          submitLabel={t('assignments.manage.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={() => edit(false)}
          onSubmit={(request) => update.mutate(request, { onSuccess: () => edit(false) })}
        />
      ) : (
        <>
          <dl className="term-list">
            <dt>{t('assignments.dueAt')}</dt>
            <dd>
              <DateText value={assignment.dueAt} />
            </dd>
            <dt>{t('assignments.cutoffAt')}</dt>
            <dd>{assignment.cutoffAt ? <DateText value={assignment.cutoffAt} /> : t('assignments.manage.noCutoff')}</dd>
            <dt>{t('assignments.form.accepts')}</dt>
            <dd>
              {[assignment.acceptsText && t('assignments.form.acceptsText'), assignment.acceptsFiles && t('assignments.form.acceptsFiles')]
                .filter(Boolean)
                .join(', ')}
            </dd>
            {assignment.sessionTitle && (
              <>
                <dt>{t('assignments.session')}</dt>
                <dd>{assignment.sessionTitle}</dd>
              </>
            )}
          </dl>
          {assignment.instructions && (
            <div className="instructions">
              <MarkdownText source={assignment.instructions} />
            </div>
          )}
          {remove.isError && <Alert tone="error">{errorMessage(remove.error, t)}</Alert>}
          {changeable && (
            <div className="form__actions">
              <Button ref={editButtonRef} variant="secondary" onClick={() => edit(true)}>
                {t('assignments.manage.edit', { title: assignment.title })}
              </Button>
              <Button variant="quiet" onClick={() => setConfirmingDelete(true)}>
                {t('assignments.manage.delete', { title: assignment.title })}
              </Button>
            </div>
          )}
          {confirmingDelete && (
            <ConfirmDialog
              title={t('assignments.manage.confirmDeleteTitle', { title: assignment.title })}
              text={t('assignments.manage.confirmDeleteText')}
              confirmLabel={t('assignments.manage.confirmDeleteButton')}
              initialFocus="cancel"
              busy={remove.isPending}
              onConfirm={() => remove.mutate(assignment.id, { onSuccess: onDeleted, onError: () => setConfirmingDelete(false) })}
              onCancel={() => setConfirmingDelete(false)}
            />
          )}
        </>
      )}
      <Extensions assignment={assignment} participants={participants} />
    </article>
  );
}
