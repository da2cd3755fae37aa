import type { SupportedParticipant as Supported } from '@koers/shared/internal-team';
import { useT } from '../../../lib/i18n';
import { TeamDay } from './team-day';

/** For an internal-team member: whom they support, the challenge they help carry, and their two days. */
export function SupportedParticipant({ supported, now }: { supported: Supported; now: Date }) {
  const t = useT();
  const headingId = `supporting-${supported.editionId}`;
  const { challenge } = supported;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('internalTeam.supporting.title', { name: supported.participantName })}</h2>
      <p>{t('internalTeam.supporting.intro', { name: supported.participantName, edition: supported.editionName })}</p>
      <h3>{t('internalTeam.challenge.title')}</h3>
      {challenge ? (
        <div className="challenge">
          <p className="challenge__title">{challenge.title}</p>
          <p>
            <strong>{t('internalTeam.challenge.phase')}:</strong> {t(`innovationPhase.${challenge.phase}`)}
          </p>
          <dl className="challenge__facts">
            {(['description', 'innovation', 'goal'] as const)
              .filter((field) => challenge[field])
              .map((field) => (
                <div key={field}>
                  <dt>{t(`internalTeam.challenge.${field}`)}</dt>
                  <dd>{challenge[field]}</dd>
                </div>
              ))}
          </dl>
        </div>
      ) : (
        <p>{t('internalTeam.challenge.none', { name: supported.participantName })}</p>
      )}
      <h3>{t('internalTeam.days.title')}</h3>
      {supported.days.length === 0 ? (
        <p>{t('internalTeam.days.empty')}</p>
      ) : (
        <div className="team-days">
          {supported.days.map((day) => (
            <TeamDay key={day.sessionId} day={day} now={now} />
          ))}
        </div>
      )}
    </section>
  );
}
