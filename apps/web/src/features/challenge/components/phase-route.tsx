import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** The innovation route as four steps, the current one marked in words and with aria-current. */
export function PhaseRoute({ phase }: { phase: InnovationPhase }) {
  const t = useT();
  const current = INNOVATION_PHASES.indexOf(phase);
  return (
    <ol className="phase-route" aria-label={t('challenge.phase.route')}>
      {INNOVATION_PHASES.map((step, i) => (
        <li
          key={step}
          className={['phase-route__step', i < current ? 'phase-route__step--done' : null, i === current ? 'phase-route__step--current' : null]
            .filter(Boolean)
            .join(' ')}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="phase-route__number" aria-hidden="true">
            {i + 1}
          </span>
          <span>{t(`innovationPhase.${step}`)}</span>
          {i === current && <span className="visually-hidden"> ({t('challenge.phase.current')})</span>}
        </li>
      ))}
    </ol>
  );
}
