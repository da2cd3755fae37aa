import type { DirectorParticipant } from '@koers/shared/directors';
import { DateText } from '../../../components/date-text';
import { useT } from '../../../lib/i18n';
import { InnovationRoute } from './innovation-route';

/** One participant, read-only: attendance, assignments, the challenge with its phase and the latest log entries. */
export function ParticipantProgressCard({ participant }: { participant: DirectorParticipant }) {
  const t = useT();
  const headingId = `participant-${participant.editionId}-${participant.personId}`;
  const { attended, counted } = participant.attendance;
  const { submitted, approved, total } = participant.assignments;

  return (
    <article className="progress" aria-labelledby={headingId}>
      <h2 id={headingId} className="progress__name">
        {participant.name}
      </h2>
      <p className="progress__meta">{[participant.organisationName, participant.editionName].filter(Boolean).join(' · ')}</p>
      <dl className="progress__facts">
        <div>
          <dt>{t('director.attendance')}</dt>
          <dd>
            {participant.attendanceRate === null
              ? t('director.attendanceNone')
              : t('director.attendanceValue', { percent: Math.round(participant.attendanceRate * 100), attended, count: counted })}
          </dd>
        </div>
        <div>
          <dt>{t('director.assignments')}</dt>
          <dd>{total === 0 ? t('director.assignmentsNone') : t('director.assignmentsValue', { submitted, approved, total })}</dd>
        </div>
        <div>
          <dt>{t('director.challenge')}</dt>
          <dd>
            {participant.challenge ? (
              <>
                <p className="progress__challenge">{participant.challenge.title}</p>
                <InnovationRoute phase={participant.challenge.phase} />
              </>
            ) : (
              t('director.challengeNone')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('director.log')}</dt>
          <dd>
            {participant.latestLogEntries.length === 0 ? (
              t('director.logNone')
            ) : (
              <ul className="progress__log">
                {participant.latestLogEntries.map((entry, index) => (
                  <li key={`${entry.entryDate}-${index}`}>
                    <DateText value={entry.entryDate} format="date" />
                    <p>{entry.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
