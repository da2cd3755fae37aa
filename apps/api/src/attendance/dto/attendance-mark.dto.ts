import { IsId } from '../../app/text';
import { type AttendanceMark, MAX_ATTENDANCE_NOTE_LENGTH } from '@koers/shared/attendance';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@koers/shared/domain';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { Omittable } from '../../app/omittable';

/** One item of the bulk save. Without `note` a stored note is kept; `note: ""` clears it. */
export class AttendanceMarkDto implements AttendanceMark {
  @IsId()
  personId: string;

  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @Omittable()
  @IsString()
  @MaxLength(MAX_ATTENDANCE_NOTE_LENGTH)
  note?: string;
}
