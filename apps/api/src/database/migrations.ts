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
import { PublicProgrammePages1796284297592 } from './migrations/1796284297592-PublicProgrammePages';

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
  PublicProgrammePages1796284297592,
];
