import { measurementRoundPagePath } from '@koers/shared/measurements';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { useT } from '../../../lib/i18n';
import { useMeasurementTasks } from '../api/get-measurement-tasks';

/** Questionnaires waiting for the person (innovation scan, collaboration thermometer), each a link to fill it. */
export function MeasurementTasksPart() {
  const t = useT();
  const tasks = useMeasurementTasks(true);
  if (!tasks.data || tasks.data.length === 0) return null;
  return (
    <section aria-labelledby="home-measurements-heading" className="home-part">
      <h2 id="home-measurements-heading">{t('home.measurements.title')}</h2>
      <ul className="home-list">
        {tasks.data.map((task) => (
          <li key={`${task.roundId}-${task.participantEnrolmentId}`} className="home-row">
            <Link
              to={`${measurementRoundPagePath(task.roundId)}${task.role === 'participant' ? '' : `?deelnemer=${encodeURIComponent(task.participantEnrolmentId)}`}`}
              className="home-row__title"
            >
              {task.role === 'participant' ? task.instrumentName : t('home.measurements.about', { instrument: task.instrumentName, participant: task.participantName })}
            </Link>
            {/* Someone in two editions may have the same questionnaire in both. */}
            <span>{task.editionName}</span>
            <span>
              {t('home.measurements.until')} <DateText value={task.closesAt} />
            </span>
            <span>{t('home.measurements.progress', { answered: task.answered, items: task.items })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
