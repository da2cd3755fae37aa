import type { ApiTokenScope } from './api-tokens';
import type { ApplicationStatus, DirectorCommitment } from './applications';
import type { AttendanceStatus, FeedbackOutcome, InnovationPhase, Locale, SessionKind, SessionStatus } from './domain';
import type { PersonField } from './people';
import type { EditionRole } from './roles';
import type { WorkshopChoiceStatus } from './workshops';

/** The name an erased person keeps, so rosters and reports that still count them show no one. */
export const ERASED_PERSON_NAME = 'Verwijderde persoon';

/** The unique, undeliverable address an erased person keeps (`.invalid` is reserved by RFC 2606). */
export const erasedPersonEmail = (personId: string) => `erased-${personId}@koers.invalid`;

export const PERSONAL_DATA_EXPORT_FORMAT = 'koers-personal-data';

/**
 * Everything Koers holds about one person (AVG/GDPR art. 15 and 20), as `GET /api/me/export` returns it
 * and as `gegevens.json` inside `GET /api/me/export.zip`. Instants are ISO 8601 in UTC, calendar days `YYYY-MM-DD`.
 * Secrets (password hash, login and calendar tokens) are never part of it.
 */
export interface PersonalDataExport {
  format: typeof PERSONAL_DATA_EXPORT_FORMAT;
  /** 2: discussion attachments and the who's who photo are files in the zip too (in 1, attachments were only names). */
  version: 2;
  exportedAt: string;
  person: {
    id: string;
    name: string;
    email: string;
    locale: Locale;
    isAdmin: boolean;
    remindersEnabled: boolean;
    createdAt: string;
  };
  organisation: { id: string; name: string; region: string | null } | null;
  enrolments: ExportedEnrolment[];
  implementationChallenges: ExportedChallenge[];
  /** Sessions the person was expected at (by role) or has an attendance mark for, with that mark. */
  sessions: ExportedSession[];
  /** Every recorded change to the person's attendance, oldest first. */
  attendanceHistory: ExportedAttendanceChange[];
  rsvps: ExportedRsvp[];
  /** Invitations the person sent (internal team, delegate) or received, with the name and email as the inviter typed them. */
  invitations: ExportedInvitation[];
  /** Every version handed in, with its files and the feedback it received. */
  submissions: ExportedSubmission[];
  deadlineExtensions: { assignmentId: string; assignmentTitle: string; editionName: string; dueAt: string; cutoffAt: string | null }[];
  certificates: { editionId: string; editionName: string; verificationCode: string; issuedAt: string }[];
  /** The network groups the person was in (with when they joined and left) or leads. */
  networkGroups: { editionName: string; groupName: string; as: 'participant' | 'facilitator'; joinedAt: string | null; leftAt: string | null }[];
  /** The workshops the person chose or was placed in. */
  workshopChoices: {
    editionName: string;
    sessionTitle: string;
    workshopTitle: string;
    status: WorkshopChoiceStatus;
    chosenAt: string;
    assignedByProgrammeOffice: boolean;
    /** The full workshop they wait to move to, keeping this place until then, and since when. */
    wantsWorkshopTitle: string | null;
    wantsSince: string | null;
  }[];
  notifications: { kind: string; eventKey: string; status: string; payload: unknown; createdAt: string; sentAt: string | null }[];
  /** Every correction of their name, email or organisation, oldest first (who made it is left out: that is about them). */
  corrections: { field: PersonField; oldValue: string | null; newValue: string | null; changedAt: string }[];
  /** What the person shows of themselves in the who's who; null when they never set it. */
  directoryProfile: {
    introduction: string | null;
    /** Null: not chosen (shown, or hidden when only in internal teams). */
    hidden: boolean | null;
    alumni: boolean;
    updatedAt: string;
    /** Their photo, when they placed one. */
    photo: { contentType: string; pathInZip: string | null } | null;
  } | null;
  /** Every post they wrote in a discussion, the opening posts of their threads included, hidden ones with the reason. */
  discussionPosts: { editionName: string; discussionTitle: string; body: string; createdAt: string; hiddenReason: string | null; attachments: ExportedFile[] }[];
  /** Every comment they wrote on a log entry of someone's implementation challenge (peer feedback), their own included, hidden ones with the reason. */
  challengeComments: {
    editionName: string;
    participantName: string;
    challengeTitle: string;
    entryDate: string;
    body: string;
    createdAt: string;
    hiddenReason: string | null;
  }[];
  /** Their answers in measurement rounds (innovation scan, collaboration thermometer), on the version they were given on. */
  measurementAnswers: {
    editionName: string;
    instrumentName: string;
    versionNumber: number;
    moment: string;
    occurrence: number;
    role: string;
    /** The participant the answers are about (themselves, a participant they sponsor or support). */
    aboutParticipant: string;
    answers: { dimension: string; statement: string; value: number | null; remark: string | null; answeredAt: string }[];
  }[];
  /** Actions they drew from the measurements, on their implementation challenge. */
  measurementActions: { editionName: string; text: string; phase: string; createdAt: string }[];
  /** Posts they reported to the moderators. */
  discussionReports: { discussionTitle: string; reason: string | null; createdAt: string }[];
  /** Open logins (devices), without their tokens. */
  loginSessions: { createdAt: string; lastSeenAt: string }[];
  /** The regions they are regional programme manager of, and since when. */
  regionalRoles: { regionName: string; assignedAt: string }[];
  /** Their applications under their email address, as they filled them in, with where each stands (links' tokens left out). */
  applications: {
    editionName: string;
    status: ApplicationStatus;
    name: string;
    email: string;
    organisation: string;
    jobTitle: string;
    region: string;
    challenge: string;
    directorName: string;
    directorEmail: string;
    directorCommitment: DirectorCommitment;
    createdAt: string;
    confirmedAt: string | null;
    declineMessage: string | null;
  }[];
  /** Applications of others that named them as director, with their answer. */
  directorCommitments: { editionName: string; applicantName: string; commitment: DirectorCommitment; reason: string | null; answeredAt: string | null }[];
  /** Their personal API tokens, without the token or its hash. */
  apiTokens: { name: string; scope: ApiTokenScope; createdAt: string; lastUsedAt: string | null; expiresAt: string }[];
  /** Whether a personal calendar feed exists (its secret address is left out on purpose), and when a calendar last fetched it. */
  /** When a calendar last fetched the feed, and the fetch before (a calendar that follows it fetches it again and again). */
  calendarFeed: { exists: boolean; lastFetchedAt: string | null; previousFetchedAt: string | null };
}

export interface ExportedEnrolment {
  editionId: string;
  editionName: string;
  programmeName: string;
  role: EditionRole;
  status: 'active' | 'waitlisted' | 'withdrawn';
  enrolledAt: string;
  roleInOrganisation: string | null;
  directorName: string | null;
}

export interface ExportedChallenge {
  editionName: string;
  title: string;
  description: string;
  innovation: string;
  goal: string;
  phase: InnovationPhase;
  updatedAt: string;
  log: { entryDate: string; text: string; createdAt: string }[];
}

export interface ExportedSession {
  sessionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  /** The roles by which the person was expected (`participant`, `trainer`, `delegate` …); empty when only a mark exists. */
  expectedAs: string[];
  attendance: { status: AttendanceStatus; note: string; recordedAt: string } | null;
}

export interface ExportedAttendanceChange {
  sessionId: string;
  sessionTitle: string;
  previousStatus: AttendanceStatus | null;
  status: AttendanceStatus;
  note: string;
  source: string;
  changedAt: string;
}

export interface ExportedInvitation {
  direction: 'sent' | 'received';
  kind: 'internal_team' | 'delegate';
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  invitedByName: string;
  name: string;
  email: string;
  editionName: string;
  roleInOrganisation: string | null;
  sessionTitle: string | null;
  invitedAt: string;
  respondedAt: string | null;
}

export interface ExportedRsvp {
  sessionId: string;
  sessionTitle: string;
  startsAt: string;
  response: 'attending' | 'declined' | 'delegate';
  delegateName: string | null;
  delegateEmail: string | null;
  respondedAt: string;
}

export interface ExportedSubmission {
  assignmentId: string;
  assignmentTitle: string;
  editionName: string;
  version: number;
  text: string;
  submittedAt: string;
  late: boolean;
  files: ExportedFile[];
  feedback: { comment: string; outcome: FeedbackOutcome; reviewerName: string | null; createdAt: string }[];
}

export interface ExportedFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** Where the file is inside the zip export; null when the stored file could not be found. */
  pathInZip: string | null;
}

/** A row of the admin's people search (`GET /api/admin/people`). */
export interface PersonSummary {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  organisationName: string | null;
  enrolments: { editionId: string; editionName: string; role: EditionRole }[];
  /** When and how the person last logged in: `provider` is the single sign-on provider's name, null for a password. */
  lastLogin: { at: string; provider: string | null } | null;
}

export interface PeopleQuery {
  search?: string;
  page?: number;
  pageSize?: number;
}

/** What `DELETE /api/admin/people/:id` did. */
export interface ErasePersonResponse {
  id: string;
  name: typeof ERASED_PERSON_NAME;
  erasedAt: string;
  /** Stored files (submission uploads) deleted from disk. */
  filesRemoved: number;
  /** Attendance marks kept, now anonymous, so the edition figures still add up. */
  attendanceKept: number;
}
