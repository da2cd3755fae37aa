import { InitialSchema1795606053114 } from './migrations/1795606053114-InitialSchema';
import { DomainForFeatures1795606539317 } from './migrations/1795606539317-DomainForFeatures';
import { ExpectedAttendeeView1795606900000 } from './migrations/1795606900000-ExpectedAttendeeView';
import { BoardMeetingMinutes1795607211034 } from './migrations/1795607211034-BoardMeetingMinutes';
import { CalendarFeedNonce1795608000000 } from './migrations/1795608000000-CalendarFeedNonce';
import { Invitations1796251578285 } from './migrations/1796251578285-Invitations';
import { RateLimitCounters1796251639691 } from './migrations/1796251639691-RateLimitCounters';
import { NetworkGroupsAndWorkshops1796266885694 } from './migrations/1796266885694-NetworkGroupsAndWorkshops';
import { CalendarFeedFetchedAt1796267212554 } from './migrations/1796267212554-CalendarFeedFetchedAt';
import { SessionStaffNotes1796267305892 } from './migrations/1796267305892-SessionStaffNotes';
import { PersonChangeHistory1796267423563 } from './migrations/1796267423563-PersonChangeHistory';
import { DirectoryAndDiscussions1796269998601 } from './migrations/1796269998601-DirectoryAndDiscussions';
import { ClosedDays1796282522823 } from './migrations/1796282522823-ClosedDays';
import { Webhooks1796282604278 } from './migrations/1796282604278-Webhooks';
import { LoginMethod1796282688563 } from './migrations/1796282688563-LoginMethod';
import { CompletionReached1796283069304 } from './migrations/1796283069304-CompletionReached';
import { ChallengeLogComments1796284264480 } from './migrations/1796284264480-ChallengeLogComments';
import { ApiTokens1796284974490 } from './migrations/1796284974490-ApiTokens';
import { PublicProgrammePages1796285978730 } from './migrations/1796285978730-PublicProgrammePages';
import { Instruments1796287122074 } from './migrations/1796287122074-Instruments';
import { ApplicationsAndApplicationMail1796287381274 } from './migrations/1796287381274-ApplicationsAndApplicationMail';
import { RegionsAndRegionalProgrammeManagers1796293807210 } from './migrations/1796293807210-RegionsAndRegionalProgrammeManagers';
import { MeasurementRounds1796293907748 } from './migrations/1796293907748-MeasurementRounds';
import { ApplicationSelection1796294263813 } from './migrations/1796294263813-ApplicationSelection';
import { PersonNameCollation1796479284689 } from './migrations/1796479284689-PersonNameCollation';
import { MeasurementRoundSession1796493019077 } from './migrations/1796493019077-MeasurementRoundSession';
import { EditionSchoolHolidayRegion1796493246627 } from './migrations/1796493246627-EditionSchoolHolidayRegion';
import { MeasurementResponseOrganisation1796508906835 } from './migrations/1796508906835-MeasurementResponseOrganisation';
import { WritesOfErasedPeople1796515748677 } from './migrations/1796515748677-WritesOfErasedPeople';
import { DelegateMeetings1796524616849 } from './migrations/1796524616849-DelegateMeetings';
import { MeasurementResponseOrganisationAtAnswering1796540000000 } from './migrations/1796540000000-MeasurementResponseOrganisationAtAnswering';
import { EditionCompletionRule1796541000000 } from './migrations/1796541000000-EditionCompletionRule';
import { MeasurementResponseRegion1796573260087 } from './migrations/1796573260087-MeasurementResponseRegion';
import { SubmissionFileContentHash1796587942174 } from './migrations/1796587942174-SubmissionFileContentHash';
import { LateEnrolmentExtensions1796597881817 } from './migrations/1796597881817-LateEnrolmentExtensions';
import { CertificateRevocation1796599761901 } from './migrations/1796599761901-CertificateRevocation';
import { WorkshopSwitchWaits1796610000000 } from './migrations/1796610000000-WorkshopSwitchWaits';
import { DirectoryHiddenUntilChosen1796611000000 } from './migrations/1796611000000-DirectoryHiddenUntilChosen';
import { DirectorsExpectedWithAPlace1796612000000 } from './migrations/1796612000000-DirectorsExpectedWithAPlace';
import { EditionNameAnyCase1796613000000 } from './migrations/1796613000000-EditionNameAnyCase';
import { PersonErasedWebhook1796614000000 } from './migrations/1796614000000-PersonErasedWebhook';
import { CalendarFeedFollowed1796615000000 } from './migrations/1796615000000-CalendarFeedFollowed';
import { ReplicaCheck1796616000000 } from './migrations/1796616000000-ReplicaCheck';
import { EnrolmentPromotedWebhook1796617000000 } from './migrations/1796617000000-EnrolmentPromotedWebhook';
import { TeamInvitationsDeclined1796618000000 } from './migrations/1796618000000-TeamInvitationsDeclined';

/** Frozen migrations, oldest first; run at start. Add new ones with `npm run migration:generate -w @koers/api -- Name`. */
export const MIGRATIONS = [
  InitialSchema1795606053114,
  DomainForFeatures1795606539317,
  ExpectedAttendeeView1795606900000,
  BoardMeetingMinutes1795607211034,
  CalendarFeedNonce1795608000000,
  Invitations1796251578285,
  RateLimitCounters1796251639691,
  NetworkGroupsAndWorkshops1796266885694,
  CalendarFeedFetchedAt1796267212554,
  SessionStaffNotes1796267305892,
  PersonChangeHistory1796267423563,
  DirectoryAndDiscussions1796269998601,
  ClosedDays1796282522823,
  Webhooks1796282604278,
  LoginMethod1796282688563,
  CompletionReached1796283069304,
  ChallengeLogComments1796284264480,
  ApiTokens1796284974490,
  PublicProgrammePages1796285978730,
  Instruments1796287122074,
  ApplicationsAndApplicationMail1796287381274,
  RegionsAndRegionalProgrammeManagers1796293807210,
  MeasurementRounds1796293907748,
  ApplicationSelection1796294263813,
  PersonNameCollation1796479284689,
  MeasurementRoundSession1796493019077,
  EditionSchoolHolidayRegion1796493246627,
  MeasurementResponseOrganisation1796508906835,
  WritesOfErasedPeople1796515748677,
  DelegateMeetings1796524616849,
  MeasurementResponseOrganisationAtAnswering1796540000000,
  EditionCompletionRule1796541000000,
  MeasurementResponseRegion1796573260087,
  SubmissionFileContentHash1796587942174,
  LateEnrolmentExtensions1796597881817,
  CertificateRevocation1796599761901,
  WorkshopSwitchWaits1796610000000,
  DirectoryHiddenUntilChosen1796611000000,
  DirectorsExpectedWithAPlace1796612000000,
  EditionNameAnyCase1796613000000,
  PersonErasedWebhook1796614000000,
  CalendarFeedFollowed1796615000000,
  ReplicaCheck1796616000000,
  EnrolmentPromotedWebhook1796617000000,
  TeamInvitationsDeclined1796618000000,
];
