import { Assignment } from '../assignments/assignment.entity';
import { Feedback } from '../assignments/feedback.entity';
import { SubmissionFile } from '../assignments/submission-file.entity';
import { Submission } from '../assignments/submission.entity';
import { Attendance } from '../attendance/attendance.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { LoginSession } from '../auth/login-session.entity';
import { PasswordResetToken } from '../auth/password-reset-token.entity';
import { ChallengeLogEntry } from '../challenges/challenge-log-entry.entity';
import { ImplementationChallenge } from '../challenges/implementation-challenge.entity';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Organisation } from '../people/organisation.entity';
import { Person } from '../people/person.entity';
import { AssignmentTemplate } from '../programmes/assignment-template.entity';
import { CurriculumSlot } from '../programmes/curriculum-slot.entity';
import { Programme } from '../programmes/programme.entity';
import { SessionStaff } from '../sessions/session-staff.entity';
import { Session } from '../sessions/session.entity';

/** Every entity, registered once for the application, the migration CLI and the tests. */
export const ENTITIES = [
  Organisation,
  Person,
  LoginSession,
  LoginAttempt,
  PasswordResetToken,
  Programme,
  CurriculumSlot,
  AssignmentTemplate,
  Edition,
  Session,
  SessionStaff,
  Enrolment,
  ImplementationChallenge,
  ChallengeLogEntry,
  Attendance,
  Assignment,
  Submission,
  SubmissionFile,
  Feedback,
];
