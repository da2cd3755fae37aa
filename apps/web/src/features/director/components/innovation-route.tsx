import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** The four phases of the innovation route with the current one marked, in words as well as in colour. */
export function InnovationRoute({ phase }: { phase: InnovationPhase }) {
  const t = useT();
  const current = INNOVATION_PHASES.indexOf(phase);
  return (
    <ol className="route" aria-label={t('director.phase')}>
      {INNOVATION_PHASES.map((step, index) => (
        <li
          key={step}
          className={`route__step${index < current ? ' route__step--done' : ''}${index === current ? ' route__step--current' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          {t(`innovationPhase.${step}`)}
        </li>
      ))}
    </ol>
  );
}
