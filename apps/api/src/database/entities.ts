import { Application } from '../applications/application.entity';
import { ApiToken } from '../auth/api-token.entity';
import { DirectoryProfile } from '../directory/directory-profile.entity';
import { DiscussionAttachment } from '../discussions/discussion-attachment.entity';
import { DiscussionMention } from '../discussions/discussion-mention.entity';
import { DiscussionPost } from '../discussions/discussion-post.entity';
import { DiscussionRead } from '../discussions/discussion-read.entity';
import { DiscussionReport } from '../discussions/discussion-report.entity';
import { Discussion } from '../discussions/discussion.entity';
import { AssignmentExtension } from '../assignments/assignment-extension.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Certificate } from '../assignments/certificate.entity';
import { CompletionReached } from '../completion/completion-reached.entity';
import { BoardMeetingMinutes } from '../board-meetings/board-meeting-minutes.entity';
import { Feedback } from '../assignments/feedback.entity';
import { SubmissionFile } from '../assignments/submission-file.entity';
import { Submission } from '../assignments/submission.entity';
import { AttendanceChange } from '../attendance/attendance-change.entity';
import { Attendance } from '../attendance/attendance.entity';
import { LoginSession } from '../auth/login-session.entity';
import { PasswordResetToken } from '../auth/password-reset-token.entity';
import { ChallengeLogComment } from '../challenges/challenge-log-comment.entity';
import { ChallengeLogEntry } from '../challenges/challenge-log-entry.entity';
import { ImplementationChallenge } from '../challenges/implementation-challenge.entity';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { InstrumentDimension } from '../instruments/instrument-dimension.entity';
import { InstrumentItem } from '../instruments/instrument-item.entity';
import { InstrumentVersion } from '../instruments/instrument-version.entity';
import { Instrument } from '../instruments/instrument.entity';
import { MeasurementTemplateLine } from '../measurements/measurement-template-line.entity';
import { MeasurementRound } from '../measurements/measurement-round.entity';
import { MeasurementResponse } from '../measurements/measurement-response.entity';
import { MeasurementAnswer } from '../measurements/measurement-answer.entity';
import { MeasurementReminder } from '../measurements/measurement-reminder.entity';
import { MeasurementAction } from '../measurements/measurement-action.entity';
import { Invitation } from '../invitations/invitation.entity';
import { NetworkGroupFacilitator } from '../network-groups/network-group-facilitator.entity';
import { NetworkGroupMember } from '../network-groups/network-group-member.entity';
import { NetworkGroup } from '../network-groups/network-group.entity';
import { Organisation } from '../organisations/organisation.entity';
import { PersonChange } from '../people/person-change.entity';
import { Person } from '../people/person.entity';
import { AssignmentTemplate } from '../programmes/assignment-template.entity';
import { CurriculumSlot } from '../programmes/curriculum-slot.entity';
import { Programme } from '../programmes/programme.entity';
import { RateLimitCounter } from '../rate-limits/rate-limit-counter.entity';
import { NotificationDelivery } from '../notifications/notification-delivery.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';
import { SessionChange } from '../sessions/session-change.entity';
import { SessionMaterial } from '../sessions/session-material.entity';
import { SessionRsvp } from '../sessions/session-rsvp.entity';
import { SessionStaff } from '../sessions/session-staff.entity';
import { Session } from '../sessions/session.entity';
import { WorkshopChoice } from '../workshops/workshop-choice.entity';
import { Workshop } from '../workshops/workshop.entity';
import { ClosedPeriod } from '../closed-days/closed-period.entity';
import { Region } from '../regions/region.entity';
import { RegionalProgrammeManager } from '../regions/regional-programme-manager.entity';
import { RunningReplica } from '../replicas/running-replica.entity';

/** Every entity, registered once for the application, the migration CLI and the tests. */
export const ENTITIES = [
  Organisation,
  Person,
  PersonChange,
  LoginSession,
  ApiToken,
  RateLimitCounter,
  PasswordResetToken,
  Programme,
  CurriculumSlot,
  AssignmentTemplate,
  Edition,
  Session,
  SessionStaff,
  SessionChange,
  SessionMaterial,
  SessionRsvp,
  BoardMeetingMinutes,
  Enrolment,
  ImplementationChallenge,
  ChallengeLogEntry,
  ChallengeLogComment,
  Attendance,
  AttendanceChange,
  Assignment,
  Submission,
  SubmissionFile,
  Feedback,
  AssignmentExtension,
  Certificate,
  CompletionReached,
  NotificationDelivery,
  WebhookEndpoint,
  WebhookDelivery,
  Invitation,
  NetworkGroup,
  NetworkGroupMember,
  NetworkGroupFacilitator,
  Workshop,
  WorkshopChoice,
  DirectoryProfile,
  Discussion,
  DiscussionPost,
  DiscussionRead,
  DiscussionMention,
  DiscussionReport,
  DiscussionAttachment,
  ClosedPeriod,
  Instrument,
  InstrumentVersion,
  InstrumentDimension,
  InstrumentItem,
  Application,
  MeasurementTemplateLine,
  MeasurementRound,
  MeasurementResponse,
  MeasurementAnswer,
  MeasurementReminder,
  MeasurementAction,
  Region,
  RegionalProgrammeManager,
  RunningReplica,
];
