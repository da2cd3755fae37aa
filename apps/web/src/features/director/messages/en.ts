import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the director feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'director.title': 'Your participants’ progress',
  'director.intro': 'The participants for whom you are registered as director. You can follow their progress here; nothing can be changed.',
  'director.empty': 'No participants are linked to you (yet). If that is not right, please contact the programme office.',
  'director.attendance': 'Attendance on programme days',
  'director.attendanceValue': { one: '{percent}% ({attended} of {count} programme day)', other: '{percent}% ({attended} of {count} programme days)' },
  'director.attendanceNone': 'No programme days to count yet.',
  'director.assignments': 'Assignments',
  'director.assignmentsValue': '{submitted} of {total} handed in, {approved} approved',
  'director.assignmentsNone': 'No assignments yet',
  'director.challenge': 'Implementation challenge',
  'director.challengeNone': 'Not described yet',
  'director.phase': 'Phase of the innovation route',
  'director.log': 'Latest log entries',
  'director.logNone': 'No log entries yet',
};
