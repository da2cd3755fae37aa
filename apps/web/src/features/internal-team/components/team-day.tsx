import { useId, useState, type FormEvent } from 'react';
import type { InternalTeamDay } from '@koers/shared/internal-team';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { RadioGroup } from '../../../components/radio-group';
import { SessionStatusBadge } from '../../../components/session-status-badge';
import { SessionVenue } from '../../../components/session-venue';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { useAnswerTeamDay } from '../api/answer-team-day';

const CHOICES = ['attending', 'declined'] as const;

/** An internal-team day with the member's answer: a form until the day starts. */
export function TeamDay({ day, now }: { day: InternalTeamDay; now: Date }) {
  const t = useT();
  const id = useId();
  const answer = useAnswerTeamDay(day.sessionId);
  const stored = day.rsvp?.response === 'attending' || day.rsvp?.response === 'declined' ? day.rsvp.response : null;
  const [choice, setChoice] = useState<(typeof CHOICES)[number] | null>(stored);
  const cancelled = day.status === 'cancelled';
  const open = !cancelled && new Date(day.startsAt) > now;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice && !answer.isPending) answer.mutate(choice);
  };

  return (
    <article className="team-day" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{day.title}</h4>
      <p>
        <DateText value={day.startsAt} />–<DateText value={day.endsAt} format="time" />
      </p>
      {cancelled ? (
        <p>
          <SessionStatusBadge status={day.status} /> {t('internalTeam.days.cancelled')}
        </p>
      ) : (
        <SessionVenue session={day} now={now} />
      )}
      {open ? (
        <form className="form" noValidate onSubmit={onSubmit}>
          <RadioGroup
            legend={t('internalTeam.rsvp.legend')}
            name={`${id}-response`}
            options={CHOICES.map((value) => ({ value, label: t(`internalTeam.rsvp.${value}`) }))}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              answer.reset();
            }}
          />
          <div className="form__actions">
            <Button type="submit" busy={answer.isPending} aria-disabled={!choice || undefined}>
              {t('internalTeam.rsvp.save')}
            </Button>
          </div>
          {answer.isError && <Alert tone="error">{errorMessage(answer.error, t)}</Alert>}
          <p role="status" className="team-status">
            {answer.isSuccess ? t('internalTeam.rsvp.saved') : ''}
          </p>
        </form>
      ) : (
        !cancelled && <p>{stored ? `${t('internalTeam.rsvp.yourAnswer')}: ${t(`internalTeam.rsvp.${stored}`)}` : t('internalTeam.rsvp.noAnswer')}</p>
      )}
      <p>
        <Link to={sessionPagePath(day.sessionId)}>{t('internalTeam.days.sessionPage')}</Link>
      </p>
    </article>
  );
}
