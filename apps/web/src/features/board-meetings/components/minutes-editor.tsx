import { useRef, useState, type FormEvent } from 'react';
import { MAX_MINUTES_LENGTH } from '@koers/shared/board-meetings';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useMinutes } from '../api/get-minutes';
import { usePublishMinutes } from '../api/publish-minutes';
import { useWithdrawMinutes } from '../api/withdraw-minutes';

/** Trainers and the programme office write the minutes the directors read; publishable once the meeting has started. */
export function MinutesEditor({ sessionId, started }: { sessionId: string; started: boolean }) {
  const t = useT();
  const minutes = useMinutes(sessionId, started);
  const publish = usePublishMinutes(sessionId);
  const withdraw = useWithdrawMinutes(sessionId);
  const [missing, setMissing] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  if (!started) return <p>{t('boardMeetings.minutesEditor.beforeMeeting')}</p>;
  if (minutes.isPending) return <p role="status">{t('app.loading')}</p>;
  if (minutes.isError) return <Alert tone="error">{errorMessage(minutes.error, t)}</Alert>;

  const current = minutes.data.minutes;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (publish.isPending) return;
    const text = String(new FormData(event.currentTarget).get('minutes') ?? '').trim();
    setMissing(!text);
    withdraw.reset();
    if (!text) return textRef.current?.focus();
    publish.mutate({ text });
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <TextAreaField
        ref={textRef}
        label={t('boardMeetings.minutesEditor.label')}
        hint={t('boardMeetings.minutesEditor.hint')}
        name="minutes"
        rows={10}
        maxLength={MAX_MINUTES_LENGTH}
        // Keyed on the publication, so a publish or withdraw shows what is stored now.
        key={current?.publishedAt ?? 'none'}
        defaultValue={current?.text ?? ''}
        error={missing ? t('boardMeetings.minutesEditor.required') : undefined}
      />
      {current && (
        <p className="field__hint">
          {t('boardMeetings.minutesEditor.publishedAt')} <DateText value={current.publishedAt} />
        </p>
      )}
      <div className="form__actions">
        <Button type="submit" busy={publish.isPending}>
          {current ? t('boardMeetings.minutesEditor.update') : t('boardMeetings.minutesEditor.publish')}
        </Button>
        {current && (
          <Button
            variant="secondary"
            busy={withdraw.isPending}
            onClick={() => {
              publish.reset();
              withdraw.mutate();
            }}
          >
            {t('boardMeetings.minutesEditor.withdraw')}
          </Button>
        )}
      </div>
      {(publish.isError || withdraw.isError) && <Alert tone="error">{errorMessage(publish.error ?? withdraw.error, t)}</Alert>}
      <p role="status">{publish.isSuccess ? t('boardMeetings.minutesEditor.published') : withdraw.isSuccess ? t('boardMeetings.minutesEditor.withdrawn') : ''}</p>
    </form>
  );
}
