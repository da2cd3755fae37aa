import { BOARD_MEETINGS_PATH } from '@koers/shared/board-meetings';
import { MY_CHALLENGE_PATH } from '@koers/shared/challenge';
import { MY_INVITATIONS_PATH } from '@koers/shared/invitations';
import { MEASUREMENT_ROUND_PAGE_PATH, MEASUREMENTS_PATH } from '@koers/shared/measurements';
import { MY_SETTINGS_PATH } from '@koers/shared/notifications';
import { SESSION_PAGE_PATH } from '@koers/shared/sessions';
import { WEBHOOKS_PATH } from '@koers/shared/webhooks';

/**
 * URL paths of the pages, in Dutch as the user sees them. Link to pages through
 * these constants, so a renamed path changes in one place.
 */
export const paths = {
  home: '/',
  login: '/inloggen',
  passwordResetRequest: '/wachtwoord-vergeten',
  /** Linked from the reset e-mail as `/wachtwoord-herstellen?token=…`. */
  passwordResetConfirm: '/wachtwoord-herstellen',
  /** Linked from invitation e-mails as `/wachtwoord-kiezen?token=…`: the first password, then logged in. */
  choosePassword: '/wachtwoord-kiezen',
  /** A trainer's sessions today and upcoming, with their rosters and check-in displays. */
  attendance: '/aanwezigheid',
  sessionRoster: '/sessies/:sessionId/aanwezigheid',
  sessionCheckInDisplay: '/sessies/:sessionId/inchecken',
  /** Typing a check-in code; `checkInSession` (`?code=…`) is where the QR code (the API's CHECK_IN_PATH) leads. */
  checkIn: '/inchecken',
  checkInSession: '/inchecken/:sessionId',
  editionAttendance: '/edities/:editionId/aanwezigheid',
  myData: '/mijn-gegevens',
  /** Reminders on or off, and the language of one's mails; every reminder links here. */
  mySettings: MY_SETTINGS_PATH,
  /** Changing one's password while logged in, from "Mijn instellingen". */
  changePassword: `${MY_SETTINGS_PATH}/wachtwoord`,
  /** Personal API tokens for scripts, from "Mijn instellingen". */
  apiTokens: `${MY_SETTINGS_PATH}/api-sleutels`,
  adminPeople: '/beheer/personen',
  /** The programme office: organisations and the region each belongs to. */
  adminOrganisations: '/beheer/organisaties',
  /** A region's organisations and how they take part (`?regio=&pagina=`): regional programme managers and the office. */
  region: '/regio',
  /** Outgoing mail for the programme office: deliveries, failures, the outbox. */
  adminMail: '/beheer/e-mails',
  /** Public holidays, school holidays and the office's own closed days that planning avoids (`?schooljaar=2026`). */
  closedDays: '/beheer/vrije-dagen',
  /** The measuring instruments (innovation scan, collaboration thermometer) and their versions. */
  instruments: '/beheer/instrumenten',
  /** Webhook endpoints for integrators, with their deliveries (the switch-off mail links here). */
  adminWebhooks: WEBHOOKS_PATH,
  /** A director's board meetings: commitment, answers, minutes. */
  boardMeetings: BOARD_MEETINGS_PATH,
  /** A director's read-only view of the participants they sponsor. */
  directorProgress: '/voortgang-deelnemers',
  /** Invitations waiting for the viewer's answer (internal team, board-meeting delegate); the invitation mails link here. */
  invitations: MY_INVITATIONS_PATH,
  /** A participant's internal team, or what an internal-team member supports. */
  internalTeam: '/intern-team',
  /** For trainers and the programme office: answers to board meetings and internal-team days. */
  rsvpOverview: '/aanmeldingen',
  rsvpSession: '/aanmeldingen/:sessionId',
  /** A participant's assignments in each of their editions; for trainers, links to manage and review them. */
  assignments: '/opdrachten',
  assignment: '/opdrachten/:assignmentId',
  editionAssignments: '/edities/:editionId/opdrachten',
  editionAssignmentOverview: '/edities/:editionId/opdrachten/overzicht',
  reviewQueue: '/beoordelen',
  reviewSubmission: '/beoordelen/:submissionId',
  certificates: '/certificaat',
  /** Public: type the code printed on a certificate, then the API's /verify/:code page answers. */
  verifyCertificate: '/certificaat-controleren',
  /** Everyone's own sessions: the next one first with what to prepare, then all by month or as a calendar; the calendar feed. */
  myProgramme: '/programma',
  /** The session page (the calendar feed links to it, see SESSION_PAGE_PATH); for trainers also the session record. */
  session: SESSION_PAGE_PATH,
  /** One's own implementation challenge (`?editie=`); the peer-feedback mail links here (see MY_CHALLENGE_PATH). */
  myChallenge: MY_CHALLENGE_PATH,
  /** The programme office: programmes with their curriculum template (under /beheer: /programmas/<slug> is a programme's public page, served by the API), editions, opening a new one, enrolments. */
  programmes: '/beheer/programmas',
  programme: '/beheer/programmas/:programmeId',
  editions: '/edities',
  /** The wizard; `?programma=` or `?kopie-van=` (an edition) preselects where it starts from. */
  openEdition: '/edities/nieuw',
  edition: '/edities/:editionId',
  editionEnrolments: '/edities/:editionId/inschrijvingen',
  /** The programme office's selection of an edition's applications; `?aanmelding=` opens one. */
  editionApplications: '/edities/:editionId/aanmeldingen',
  /** The programme office's list of an edition's certificates, where one is withdrawn. */
  editionCertificates: '/edities/:editionId/certificaten',
  /** Trainers' overview of an edition's implementation challenges (`?editie=`), and one participant's challenge. */
  challenges: '/vraagstukken',
  participantChallenge: '/vraagstukken/:enrolmentId',
  /** The programme office divides an edition's participants into network groups. */
  editionGroups: '/edities/:editionId/netwerkgroepen',
  /** A participant's or facilitator's own network group: its next meeting, its people. */
  myGroup: '/mijn-netwerkgroep',
  /** The who's who of one of the viewer's editions (`?editie=`). */
  directory: '/wie-is-wie',
  /** The threads of one of the viewer's editions (`?editie=&pagina=`), and one thread; mails link to both. */
  discussions: '/gesprekken',
  discussion: '/gesprekken/:discussionId',
  /** The results of an edition's measurements (`?editie=`), and filling one round (`?deelnemer=`); reminder mails link there. */
  measurements: MEASUREMENTS_PATH,
  measurementRound: MEASUREMENT_ROUND_PAGE_PATH,
} as const;

export const programmePath = (programmeId: string) => paths.programme.replace(':programmeId', encodeURIComponent(programmeId));
export const editionPath = (editionId: string) => paths.edition.replace(':editionId', encodeURIComponent(editionId));
export const editionEnrolmentsPath = (editionId: string) => paths.editionEnrolments.replace(':editionId', encodeURIComponent(editionId));
export const editionApplicationsPath = (editionId: string) => paths.editionApplications.replace(':editionId', encodeURIComponent(editionId));
export const editionCertificatesPath = (editionId: string) => paths.editionCertificates.replace(':editionId', encodeURIComponent(editionId));
export const editionGroupsPath = (editionId: string) => paths.editionGroups.replace(':editionId', encodeURIComponent(editionId));

export const discussionPath = (discussionId: string) => paths.discussion.replace(':discussionId', encodeURIComponent(discussionId));

export const participantChallengePath = (enrolmentId: string) => paths.participantChallenge.replace(':enrolmentId', encodeURIComponent(enrolmentId));

/** The login page, remembering where the user wanted to go. */
export function loginPath(next?: string): string {
  if (!next || next === paths.home) return paths.login;
  return `${paths.login}?${new URLSearchParams({ next }).toString()}`;
}

/**
 * Where to go after login: `next` only when it is a relative path on this origin
 * (no `//evil.example`, no `https://…`, no `/\evil`), otherwise home.
 */
export function safeNextPath(next: string | null | undefined, origin: string = window.location.origin): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return paths.home;
    if (url.pathname === paths.login) return paths.home;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return paths.home;
  }
}
