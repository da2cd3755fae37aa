import { type ApplicationDetail as Detail, takesWaitlist } from '@koers/shared/applications';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { TextAreaField } from '../../../components/text-area-field';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender, useInlineForm } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { useApplication } from '../api/application';
import { useDecide } from '../api/decide';
import { useEraseApplication } from '../api/erase-application';
import { canSomewhere, useCurrentPerson, viewerOf } from '../../../lib/session';
import { ApplicationBadges } from './application-status';

/** What each decision may follow (the API says the same; the buttons only offer what it takes). */
const OFFERED = {
  accept: ['confirmed', 'waitlisted', 'declined'],
  waitlist: ['confirmed', 'declined'],
  decline: ['confirmed', 'waitlisted', 'accepted'],
} as const satisfies Record<string, readonly Detail['status'][]>;

/** One application in full, with the decisions; accepting into a full edition asks for confirmation first. */
export function ApplicationDetail({ applicationId, editable, onClose, onDecided }: { applicationId: string; editable: boolean; onClose: () => void; onDecided: (message: string) => void }) {
  const t = useT();
  const application = useApplication(applicationId);
  const decide = useDecide();
  // The decline form opens with focus in its message; after any decision focus goes to the heading, as the buttons change.
  const { editing: declining, edit: setDeclining, discard: closeDecline, formRef, openerRef: declineButton } = useInlineForm<HTMLFormElement>();
  const focusAfterRender = useFocusAfterRender();
  const [message, setMessage] = useState('');
  const [full, setFull] = useState<{ capacity: number; placesTaken: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Erasing personal data is the programme office's people.manage, as erasing a person is.
  const mayErase = canSomewhere(viewerOf(useCurrentPerson()), { permission: 'people.manage' });
  const [erasing, setErasing] = useState(false);
  const erase = useEraseApplication(application.data?.editionId ?? '');

  useEffect(() => heading.current?.focus(), [applicationId, application.isSuccess]);

  if (application.isPending) return <p role="status">{t('app.loading')}</p>;
  if (application.isError) return <Alert tone="error">{errorMessage(application.error, t)}</Alert>;
  const a = application.data;
  // A trainer or facilitator of the edition cannot take part in it: only declining is left (the API says the same).
  const offers = (decision: keyof typeof OFFERED) => editable && (OFFERED[decision] as readonly string[]).includes(a.status) && (decision === 'decline' || !a.applicantHasOtherRole);

  const decided = (message: string) => {
    onDecided(message);
    focusAfterRender(() => heading.current);
  };

  const accept = (confirmOverCapacity: boolean) =>
    decide.mutate(
      { applicationId, decision: 'accept', body: confirmOverCapacity ? { confirmOverCapacity } : {} },
      {
        onSuccess: () => {
          setFull(null);
          decided(t('applications.done.accepted', { name: a.name }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'edition_full') setFull(error.body.details as { capacity: number; placesTaken: number });
        },
      },
    );

  return (
    <section className="application-detail" aria-labelledby="application-heading">
      <h2 id="application-heading" ref={heading} tabIndex={-1}>
        {t('applications.detail.title', { name: a.name })}
      </h2>
      <ApplicationBadges application={a} />
      <dl className="term-list">
        <dt>{t('applications.detail.email')}</dt>
        <dd>
          <a href={`mailto:${a.email}`}>{a.email}</a>
        </dd>
        <dt>{t('applications.detail.organisation')}</dt>
        <dd>{a.organisation}</dd>
        <dt>{t('applications.detail.jobTitle')}</dt>
        <dd>{a.jobTitle}</dd>
        <dt>{t('applications.detail.region')}</dt>
        <dd>{a.region}</dd>
        <dt>{t('applications.detail.appliedAt')}</dt>
        <dd>
          <DateText value={a.createdAt} />
        </dd>
        {a.confirmedAt && (
          <>
            <dt>{t('applications.detail.confirmedAt')}</dt>
            <dd>
              <DateText value={a.confirmedAt} />
            </dd>
          </>
        )}
        <dt>{t('applications.detail.director')}</dt>
        <dd>
          {a.directorName} (<a href={`mailto:${a.directorEmail}`}>{a.directorEmail}</a>)
        </dd>
        {a.directorReason && (
          <>
            <dt>{t('applications.detail.directorReason')}</dt>
            <dd>{a.directorReason}</dd>
          </>
        )}
        {a.declineMessage && (
          <>
            <dt>{t('applications.detail.declineMessage')}</dt>
            <dd>{a.declineMessage}</dd>
          </>
        )}
      </dl>
      <h3>{t('applications.detail.challenge')}</h3>
      <p className="application-detail__challenge">{a.challenge}</p>
      {a.applicantHasOtherRole && <p className="notice">{t('applications.applicantHasOtherRole')}</p>}

      {decide.isError && !(decide.error instanceof ApiError && decide.error.code === 'edition_full') && <Alert tone="error">{errorMessage(decide.error, t)}</Alert>}
      {full && (
        <ConfirmDialog
          title={t('applications.full.title')}
          text={t('applications.full.text', { taken: full.placesTaken, capacity: full.capacity, name: a.name })}
          confirmLabel={t('applications.full.confirm')}
          initialFocus="confirm"
          busy={decide.isPending}
          onConfirm={() => accept(true)}
          onCancel={() => {
            setFull(null);
            decide.reset();
          }}
        />
      )}
      {declining ? (
        <form
          ref={formRef}
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            decide.mutate(
              { applicationId, decision: 'decline', body: message.trim() ? { message: message.trim() } : {} },
              {
                onSuccess: () => {
                  closeDecline();
                  setMessage('');
                  decided(t('applications.done.declined', { name: a.name }));
                },
              },
            );
          }}
        >
          {a.status === 'accepted' && <p>{t('applications.declineAccepted')}</p>}
          <TextAreaField label={t('applications.declineMessage')} name="message" value={message} maxLength={4000} onChange={(event) => setMessage(event.target.value)} />
          <div className="form__actions">
            <Button type="submit" className="button--danger" busy={decide.isPending}>
              {t('applications.declineConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setDeclining(false)}>
              {t('applications.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="form__actions">
          {offers('accept') && (
            <Button busy={decide.isPending} onClick={() => accept(false)}>
              {t('applications.accept')}
            </Button>
          )}
          {offers('waitlist') && takesWaitlist(a.places) && (
            <Button
              variant="secondary"
              busy={decide.isPending}
              onClick={() => decide.mutate({ applicationId, decision: 'waitlist' }, { onSuccess: () => decided(t('applications.done.waitlisted', { name: a.name })) })}
            >
              {t('applications.waitlist')}
            </Button>
          )}
          {offers('decline') && (
            <Button ref={declineButton} variant="secondary" onClick={() => setDeclining(true)}>
              {t('applications.decline')}
            </Button>
          )}
          {mayErase && (
            <Button variant="quiet" onClick={() => setErasing(true)}>
              {t('applications.erase')}
            </Button>
          )}
          <Button variant="quiet" onClick={onClose}>
            {t('applications.detail.close')}
          </Button>
        </div>
      )}
      {erase.isError && <Alert tone="error">{errorMessage(erase.error, t)}</Alert>}
      {erasing && (
        <ConfirmDialog
          title={t('applications.eraseTitle', { name: a.name })}
          text={t('applications.eraseText')}
          confirmLabel={t('applications.eraseConfirm')}
          initialFocus="cancel"
          busy={erase.isPending}
          onConfirm={() =>
            erase.mutate(applicationId, {
              onSuccess: () => {
                setErasing(false);
                onDecided(t('applications.done.erased', { name: a.name }));
                onClose();
              },
              onError: () => setErasing(false),
            })
          }
          onCancel={() => setErasing(false)}
        />
      )}
    </section>
  );
}
