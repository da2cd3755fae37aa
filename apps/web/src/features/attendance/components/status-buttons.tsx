import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** One tap per status: four large toggle buttons, grouped under the person's name. */
export function StatusButtons({
  labelledBy,
  current,
  onChoose,
}: {
  labelledBy: string;
  current: AttendanceStatus | null;
  onChoose: (status: AttendanceStatus) => void;
}) {
  const t = useT();
  return (
    <div role="group" aria-labelledby={labelledBy} className="status-buttons">
      {ATTENDANCE_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`status-button status-button--${status}`}
          aria-pressed={current === status}
          onClick={() => onChoose(status)}
        >
          {t(`attendance.status.${status}`)}
        </button>
      ))}
    </div>
  );
}
