import { en as shared } from '../../lib/messages/en';
import { en as apiTokens } from '../../features/api-tokens/messages/en';
import { en as applications } from '../../features/applications/messages/en';
import { en as assignments } from '../../features/assignments/messages/en';
import { en as attendance } from '../../features/attendance/messages/en';
import { en as auth } from '../../features/auth/messages/en';
import { en as boardMeetings } from '../../features/board-meetings/messages/en';
import { en as certificate } from '../../features/certificate/messages/en';
import { en as challenge } from '../../features/challenge/messages/en';
import { en as closedDays } from '../../features/closed-days/messages/en';
import { en as director } from '../../features/director/messages/en';
import { en as directory } from '../../features/directory/messages/en';
import { en as discussions } from '../../features/discussions/messages/en';
import { en as editions } from '../../features/editions/messages/en';
import { en as enrolments } from '../../features/enrolments/messages/en';
import { en as home } from '../../features/home/messages/en';
import { en as instruments } from '../../features/instruments/messages/en';
import { en as measurements } from '../../features/measurements/messages/en';
import { en as internalTeam } from '../../features/internal-team/messages/en';
import { en as invitations } from '../../features/invitations/messages/en';
import { en as networkGroups } from '../../features/network-groups/messages/en';
import { en as notifications } from '../../features/notifications/messages/en';
import { en as privacy } from '../../features/privacy/messages/en';
import { en as programmes } from '../../features/programmes/messages/en';
import { en as regions } from '../../features/regions/messages/en';
import { en as review } from '../../features/review/messages/en';
import { en as schedule } from '../../features/schedule/messages/en';
import { en as sessions } from '../../features/sessions/messages/en';
import { en as webhooks } from '../../features/webhooks/messages/en';
import type { Catalogue } from '../../lib/i18n';

/**
 * The whole English catalogue. Only `providers.tsx` loads this module, with a dynamic `import()`: the English
 * texts are a separate download, fetched when someone chooses English (or chose it on an earlier visit).
 */
export const englishParts = { shared, apiTokens, applications, assignments, attendance, auth, boardMeetings, certificate, challenge, closedDays, director, directory, discussions, editions, enrolments, home, instruments, measurements, internalTeam, invitations, networkGroups, notifications, privacy, programmes, regions, review, schedule, sessions, webhooks };

export const en: Catalogue = {
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
};
