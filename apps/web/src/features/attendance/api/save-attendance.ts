import type { AttendanceMark, SaveAttendanceResponse, SavedMark } from '@koers/shared/attendance';
import { api } from '../../../lib/api-client';

/** The bulk save; the mark queue calls it, never a component. */
export async function saveAttendance(sessionId: string, marks: AttendanceMark[]): Promise<SavedMark[]> {
  return (await api.put<SaveAttendanceResponse>(`/sessions/${sessionId}/attendance`, marks)).marks;
}
