import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@koers/shared/domain';
import { useT } from '../../../lib/i18n';

/** One tap per status: four large toggle buttons, grouped under the person's name. */
export function StatusButtons({
  labelledBy,
  current,
  onChoose,
  open,
  closedHint,
}: {
  labelledBy: string;
  current: AttendanceStatus | null;
  onChoose: (status: AttendanceStatus) => void;
  /** Whether a status may be recorded now (present, late and absent only from an hour before the start). */
  open: (status: AttendanceStatus) => boolean;
  /** The id of the text that says from when the others may be recorded. */
  closedHint?: string;
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
          disabled={!open(status)}
          aria-describedby={open(status) ? undefined : closedHint}
          onClick={() => onChoose(status)}
        >
          {t(`attendance.status.${status}`)}
        </button>
      ))}
    </div>
  );
}
