import type { ImplementationChallenge } from '@koers/shared/challenge';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { useT } from '../../../lib/i18n';
import { PhaseRoute } from './phase-route';

/** The challenge as its readers see it: what, why, the innovation, the goal and where it stands on the route. */
export function ChallengeDetails({ challenge }: { challenge: ImplementationChallenge }) {
  const t = useT();
  const fields = [
    ['description', challenge.description],
    ['innovation', challenge.innovation],
    ['goal', challenge.goal],
  ] as const;
  return (
    <div className="challenge-details">
      <h2 className="challenge-details__title">{challenge.title}</h2>
      <PhaseRoute phase={challenge.phase} />
      <dl className="challenge-fields">
        {fields.map(([field, value]) => (
          <div key={field}>
            <dt>{t(`challenge.field.${field}`)}</dt>
            <dd>{value ? <MarkdownText source={value} /> : t('challenge.notFilledIn')}</dd>
          </div>
        ))}
      </dl>
      {challenge.updatedAt && (
        <p className="field__hint">
          {t('challenge.updatedAt')} <DateText value={challenge.updatedAt} />
        </p>
      )}
    </div>
  );
}
