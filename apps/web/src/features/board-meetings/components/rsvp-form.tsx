import { useId, useRef, useState, type FormEvent } from 'react';
import type { MyBoardMeeting } from '@koers/shared/board-meetings';
import type { RsvpResponse } from '@koers/shared/rsvp';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { RadioGroup } from '../../../components/radio-group';
import { TextField } from '../../../components/text-field';
import { errorMessage, fieldErrors } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAnswerRsvp } from '../api/answer-rsvp';

const CHOICES = ['attending', 'declined', 'delegate'] as const satisfies readonly RsvpResponse[];

/** Attending, not attending, or sending a delegate (name and email); saved with one button, announced when done. */
export function RsvpForm({ meeting }: { meeting: MyBoardMeeting }) {
  const t = useT();
  const id = useId();
  const answer = useAnswerRsvp(meeting.sessionId);
  // A delegate who declined is no answer to keep: the director chooses again, and types a new delegate if they send one.
  const declinedDelegate = meeting.rsvp?.response === 'delegate' && meeting.rsvp.delegateStatus === 'declined' ? meeting.rsvp.delegateName : null;
  const standing = declinedDelegate === null ? meeting.rsvp : null;
  const [choice, setChoice] = useState<RsvpResponse | null>(standing?.response ?? null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const serverFields = fieldErrors(answer.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice || answer.isPending) return;
    const form = new FormData(event.currentTarget);
    const delegate =
      choice === 'delegate'
        ? { delegateName: String(form.get('delegateName') ?? '').trim(), delegateEmail: String(form.get('delegateEmail') ?? '').trim() }
        : {};
    answer.mutate(
      { response: choice, ...delegate },
      {
        onError: (error) => {
          const fields = fieldErrors(error);
          if (fields.delegateName) nameRef.current?.focus();
          else if (fields.delegateEmail) emailRef.current?.focus();
        },
      },
    );
  };

  return (
    <form className="form rsvp-form" noValidate onSubmit={onSubmit}>
      {declinedDelegate !== null && <Alert tone="info">{t('boardMeetings.rsvp.delegateDeclined', { name: declinedDelegate })}</Alert>}
      <RadioGroup
        legend={t('boardMeetings.rsvp.legend')}
        name={`${id}-response`}
        options={CHOICES.map((value) => ({ value, label: t(`boardMeetings.rsvp.${value}`) }))}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          answer.reset();
        }}
      />
      {choice === 'delegate' && (
        <>
          <TextField
            ref={nameRef}
            label={t('boardMeetings.rsvp.delegateName')}
            hint={t('boardMeetings.rsvp.delegateHint')}
            name="delegateName"
            autoComplete="off"
            defaultValue={standing?.delegateName ?? ''}
            required
            error={serverFields.delegateName}
          />
          <TextField
            ref={emailRef}
            label={t('boardMeetings.rsvp.delegateEmail')}
            name="delegateEmail"
            type="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            autoComplete="off"
            defaultValue={standing?.delegateEmail ?? ''}
            required
            error={serverFields.delegateEmail}
          />
          {standing?.response === 'delegate' && standing.delegateStatus && (
            <p className="field__hint">
              {t('boardMeetings.rsvp.delegateStatus', { name: standing.delegateName ?? '' })}{' '}
              <strong>{t(`boardMeetings.rsvp.delegateStatus.${standing.delegateStatus}`)}</strong>
            </p>
          )}
        </>
      )}
      <div className="form__actions">
        <Button type="submit" busy={answer.isPending} aria-disabled={!choice || undefined}>
          {answer.isPending ? t('boardMeetings.rsvp.saving') : t('boardMeetings.rsvp.save')}
        </Button>
      </div>
      {answer.isError && <Alert tone="error">{errorMessage(answer.error, t)}</Alert>}
      <p role="status" className="rsvp-form__status">
        {answer.isSuccess ? t('boardMeetings.rsvp.saved') : ''}
      </p>
      <p className="field__hint">{t('boardMeetings.rsvp.changeUntilStart')}</p>
    </form>
  );
}
