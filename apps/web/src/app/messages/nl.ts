import { nl as shared } from '../../lib/messages/nl';
import { nl as apiTokens } from '../../features/api-tokens/messages/nl';
import { nl as applications } from '../../features/applications/messages/nl';
import { nl as assignments } from '../../features/assignments/messages/nl';
import { nl as attendance } from '../../features/attendance/messages/nl';
import { nl as auth } from '../../features/auth/messages/nl';
import { nl as boardMeetings } from '../../features/board-meetings/messages/nl';
import { nl as certificate } from '../../features/certificate/messages/nl';
import { nl as challenge } from '../../features/challenge/messages/nl';
import { nl as closedDays } from '../../features/closed-days/messages/nl';
import { nl as director } from '../../features/director/messages/nl';
import { nl as directory } from '../../features/directory/messages/nl';
import { nl as discussions } from '../../features/discussions/messages/nl';
import { nl as editions } from '../../features/editions/messages/nl';
import { nl as enrolments } from '../../features/enrolments/messages/nl';
import { nl as home } from '../../features/home/messages/nl';
import { nl as instruments } from '../../features/instruments/messages/nl';
import { nl as measurements } from '../../features/measurements/messages/nl';
import { nl as internalTeam } from '../../features/internal-team/messages/nl';
import { nl as invitations } from '../../features/invitations/messages/nl';
import { nl as networkGroups } from '../../features/network-groups/messages/nl';
import { nl as notifications } from '../../features/notifications/messages/nl';
import { nl as privacy } from '../../features/privacy/messages/nl';
import { nl as programmes } from '../../features/programmes/messages/nl';
import { nl as regions } from '../../features/regions/messages/nl';
import { nl as review } from '../../features/review/messages/nl';
import { nl as schedule } from '../../features/schedule/messages/nl';
import { nl as sessions } from '../../features/sessions/messages/nl';
import { nl as webhooks } from '../../features/webhooks/messages/nl';

/**
 * The whole Dutch catalogue: the shared texts and each feature's, put together by the app shell (features never
 * import each other; `lib/` never imports a feature). Dutch is the default language, so it is part of the first
 * download. A test checks that no two parts define the same key.
 */
export const dutchParts = { shared, apiTokens, applications, assignments, attendance, auth, boardMeetings, certificate, challenge, closedDays, director, directory, discussions, editions, enrolments, home, instruments, measurements, internalTeam, invitations, networkGroups, notifications, privacy, programmes, regions, review, schedule, sessions, webhooks };

export const nl = {
  ...shared,
  ...apiTokens,
  ...applications,
  ...assignments,
  ...attendance,
  ...auth,
  ...boardMeetings,
  ...certificate,
  ...challenge,
  ...closedDays,
  ...director,
  ...directory,
  ...discussions,
  ...editions,
  ...enrolments,
  ...home,
  ...instruments,
  ...measurements,
  ...internalTeam,
  ...invitations,
  ...networkGroups,
  ...notifications,
  ...privacy,
  ...programmes,
  ...regions,
  ...review,
  ...schedule,
  ...sessions,
  ...webhooks,
} as const;

declare module '../../lib/i18n' {
  interface Register {
    messages: typeof nl;
  }
}
