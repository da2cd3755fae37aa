import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EDITION_ROLES } from '@koers/shared/roles';
import { ENROLMENT_STATUSES, type EnrolmentListItem } from '@koers/shared/enrolments';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Pager } from '../../../components/pager';
import { SelectField } from '../../../components/select-field';
import { SearchForm } from '../../../components/search-form';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { withParams } from '../../../lib/search-params';
import { type EnrolmentsFilter, useEnrolments } from '../api/enrolments';
import { useWithdraw } from '../api/withdraw';
import { ConfirmDialog } from '../../../components/confirm-dialog';

/** Everyone enrolled in the edition, by role, status or a name searched for, a page at a time; withdrawing keeps the record. */
export function EnrolmentList({
  editionId,
  editable,
  published,
  onChanged,
}: {
  editionId: string;
  editable: boolean;
  /** A draft mails nobody: the dialog before withdrawing promises a mail only once the edition is published. */
  published: boolean;
  onChanged: (message: string) => void;
}) {
  const t = useT();
  // Kept in the address, so a reload or Back shows the same page of the same people.
  const [params, setParams] = useSearchParams();
  const filter: EnrolmentsFilter = {
    role: EDITION_ROLES.find((value) => value === params.get('rol')) ?? '',
    status: ENROLMENT_STATUSES.find((value) => value === params.get('status')) ?? '',
    search: params.get('zoek') ?? '',
  };
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const show = (changes: Record<string, string | null>) => setParams((current) => withParams(current, changes), { replace: true });
  const [confirming, setConfirming] = useState<string | null>(null);
  const enrolments = useEnrolments(editionId, filter, page);
  const withdraw = useWithdraw();

  const status = (enrolment: EnrolmentListItem) =>
    enrolment.status === 'waitlisted'
      ? t('enrolments.list.waitlisted', { position: enrolment.waitlistPosition ?? '?' })
      : enrolment.status === 'withdrawn'
        ? t('enrolments.list.withdrawn')
        : null;

  const confirmWithdraw = (enrolment: EnrolmentListItem) =>
    withdraw.mutate(
      { editionId, enrolmentId: enrolment.id },
      {
        onSettled: () => setConfirming(null),
        onSuccess: (result) => {
          onChanged(
            [t('enrolments.list.withdrawnDone', { name: enrolment.name }), ...result.promoted.map((p) => t('enrolments.list.promoted', { name: p.name }))].join(' '),
          );
        },
      },
    );

  const data = enrolments.data;

  return (
    <>
      <SearchForm
        label={t('enrolments.list.search')}
        submitLabel={t('enrolments.list.searchSubmit')}
        value={filter.search}
        variant="secondary"
        onSearch={(text) => show({ zoek: text, pagina: null })}
      />
      <div className="enrolment-filters">
        <SelectField
          label={t('enrolments.list.filter')}
          name="role"
          value={filter.role}
          onChange={(event) => show({ rol: event.target.value, pagina: null })}
          options={[{ value: '', label: t('enrolments.list.allRoles') }, ...EDITION_ROLES.map((value) => ({ value, label: t(`role.${value}`) }))]}
        />
        <SelectField
          label={t('enrolments.list.statusFilter')}
          name="status"
          value={filter.status}
          onChange={(event) => show({ status: event.target.value, pagina: null })}
          options={[{ value: '', label: t('enrolments.list.allStatuses') }, ...ENROLMENT_STATUSES.map((value) => ({ value, label: t(`enrolments.list.statusOption.${value}`) }))]}
        />
      </div>
      {withdraw.isError && <Alert tone="error">{errorMessage(withdraw.error, t)}</Alert>}
      {enrolments.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : enrolments.isError ? (
        <Alert tone="error">{errorMessage(enrolments.error, t)}</Alert>
      ) : (
        <div aria-busy={enrolments.isFetching || undefined}>
          <p role="status">{t('enrolments.list.count', { count: data!.total })}</p>
          <ul className="card-list card-list--wide">
            {data!.items.map((enrolment) => (
              <li key={enrolment.id} className="card">
                <div className="card__body">
                  <span className="card__title">{enrolment.name}</span>
                  <span className="card__meta">
                    {enrolment.email}
                    {enrolment.organisation && ` · ${enrolment.organisation}`}
                  </span>
                  {enrolment.directorName && <span className="card__meta">{t('enrolments.list.director', { name: enrolment.directorName })}</span>}
                  {enrolment.supportsName && (
                    <span className="card__meta">
                      {t('enrolments.list.supports', { name: enrolment.supportsName })}
                      {enrolment.roleInOrganisation && ` · ${enrolment.roleInOrganisation}`}
                    </span>
                  )}
                  {enrolment.challengeTitle && <span className="card__meta">{t('enrolments.list.challenge', { title: enrolment.challengeTitle })}</span>}
                  {/* Name, email and organisation belong to the person, not the enrolment: corrected on the people page. */}
                  <Link to={`${paths.adminPeople}?zoek=${encodeURIComponent(enrolment.email)}`} aria-label={t('enrolments.list.correctNamed', { name: enrolment.name })}>
                    {t('enrolments.list.correct')}
                  </Link>
                  <span className="badges">
                    <span className="badge">{t(`role.${enrolment.role}`)}</span>
                    {status(enrolment) && <span className="badge">{status(enrolment)}</span>}
                  </span>
                </div>
                {editable && enrolment.status !== 'withdrawn' && (
                  <div className="form__actions">
                    <Button variant="secondary" onClick={() => setConfirming(enrolment.id)} aria-label={t('enrolments.list.withdrawNamed', { name: enrolment.name })}>
                      {t('enrolments.list.withdraw')}
                    </Button>
                    {confirming === enrolment.id && (
                      <ConfirmDialog
                        title={t('enrolments.list.confirmWithdrawTitle', { name: enrolment.name })}
                        text={[
                          ...(published ? [t('enrolments.list.confirmWithdrawMail', { name: enrolment.name })] : []),
                          t(enrolment.role === 'participant' ? 'enrolments.list.confirmWithdrawParticipant' : 'enrolments.list.confirmWithdrawOther', { name: enrolment.name }),
                        ].join(' ')}
                        confirmLabel={t('enrolments.list.confirmWithdraw', { name: enrolment.name })}
                        initialFocus="cancel"
                        busy={withdraw.isPending}
                        onConfirm={() => confirmWithdraw(enrolment)}
                        onCancel={() => setConfirming(null)}
                      />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
          <Pager page={page} pageSize={data!.pageSize} total={data!.total} label={t('enrolments.list.title')} onPage={(next) => show({ pagina: next > 1 ? String(next) : null })} />
        </div>
      )}
    </>
  );
}
