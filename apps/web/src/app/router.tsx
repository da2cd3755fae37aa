/**
 * All routes. Pages are lazy-loaded, so each feature's code (and its Dutch texts) downloads when it is
 * first visited. To add a page: add its path to `lib/paths.ts`, a `page(...)` and a
 * route below (inside <RequireAuth> unless it is public), and a nav entry in
 * `navigation.ts` if it belongs in the menu.
 */
import { isValidElement, useEffect, useState, type ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { useT } from '../lib/i18n';
import { paths } from '../lib/paths';
import { RouteErrorBoundary } from './error-boundary';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RequireAuth } from './require-auth';
import { loadDutchTexts, type Feature } from './messages/dutch';

/**
 * A lazily loaded page of a feature: its code and the feature's Dutch texts download together, on first visit.
 * `preload` starts that download early (see `preloadPage`). Until it has arrived the page shows "Laden…" as state of
 * its own rather than by suspending: React keeps a Suspense fallback up for at least 300 ms once shown, which held
 * back the page and the data it asks for on every first visit whose `/api/me` answered before the page's code.
 */
function page<K extends string>(feature: Feature, load: () => Promise<Record<K, ComponentType>>, name: K) {
  let loading: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadDutchTexts(feature)]).then(([module]) => {
      loaded = module[name];
      return loaded;
    }));
  const Page = () => {
    const t = useT();
    const [download, setDownload] = useState<{ page?: ComponentType; error?: unknown }>({ page: loaded });
    useEffect(() => {
      if (download.page) return;
      preload().then(
        (arrived) => setDownload({ page: arrived }),
        (error: unknown) => setDownload({ error }),
      );
    }, [download.page]);
    // A page whose code cannot be downloaded (offline, a release replaced it) is the route's error to show.
    if (download.error) throw download.error;
    const Loaded = download.page;
    return Loaded ? <Loaded /> : <p role="status">{t('app.loading')}</p>;
  };
  return Object.assign(Page, { preload });
}

/**
 * Starts downloading the page at `location` (its code and Dutch texts) before it renders: a page behind the login
 * guard would otherwise only start once `/api/me` has answered, one round trip later on a slow phone connection.
 */
export function preloadPage(location: Pick<Location, 'pathname'>): void {
  for (const { route } of matchRoutes(routes, location) ?? []) {
    const type: unknown = isValidElement(route.element) ? route.element.type : undefined;
    if (typeof type === 'object' && type !== null && 'preload' in type && typeof type.preload === 'function') void type.preload();
  }
}

const LoginPage = page('auth', () => import('../features/auth/routes/login-page'), 'LoginPage');
const PasswordResetRequestPage = page('auth', () => import('../features/auth/routes/password-reset-request-page'), 'PasswordResetRequestPage');
const PasswordResetConfirmPage = page('auth', () => import('../features/auth/routes/password-reset-confirm-page'), 'PasswordResetConfirmPage');
const FirstPasswordPage = page('auth', () => import('../features/auth/routes/password-reset-confirm-page'), 'FirstPasswordPage');
const ChangePasswordPage = page('auth', () => import('../features/auth/routes/change-password-page'), 'ChangePasswordPage');
const ApiTokensPage = page('api-tokens', () => import('../features/api-tokens/routes/api-tokens-page'), 'ApiTokensPage');
const HomePage = page('home', () => import('../features/home/routes/home-page'), 'HomePage');
const AttendanceHomePage = page('attendance', () => import('../features/attendance/routes/attendance-home-page'), 'AttendanceHomePage');
const RosterPage = page('attendance', () => import('../features/attendance/routes/roster-page'), 'RosterPage');
const CheckInDisplayPage = page('attendance', () => import('../features/attendance/routes/check-in-display-page'), 'CheckInDisplayPage');
const CheckInPage = page('attendance', () => import('../features/attendance/routes/check-in-page'), 'CheckInPage');
const AttendanceReportPage = page('attendance', () => import('../features/attendance/routes/attendance-report-page'), 'AttendanceReportPage');
const MyDataPage = page('privacy', () => import('../features/privacy/routes/my-data-page'), 'MyDataPage');
const PeoplePage = page('privacy', () => import('../features/privacy/routes/people-page'), 'PeoplePage');
const FillRoundPage = page('measurements', () => import('../features/measurements/routes/fill-round-page'), 'FillRoundPage');
const MeasurementResultsPage = page('measurements', () => import('../features/measurements/routes/results-page'), 'ResultsPage');
const RegionPage = page('regions', () => import('../features/regions/routes/region-page'), 'RegionPage');
const OrganisationsPage = page('regions', () => import('../features/regions/routes/organisations-page'), 'OrganisationsPage');
const InstrumentsPage = page('instruments', () => import('../features/instruments/routes/instruments-page'), 'InstrumentsPage');
const ClosedDaysPage = page('closed-days', () => import('../features/closed-days/routes/closed-days-page'), 'ClosedDaysPage');
const MailPage = page('notifications', () => import('../features/notifications/routes/mail-page'), 'MailPage');
const WebhooksPage = page('webhooks', () => import('../features/webhooks/routes/webhooks-page'), 'WebhooksPage');
const MySettingsPage = page('notifications', () => import('../features/notifications/routes/my-settings-page'), 'MySettingsPage');
const BoardMeetingsPage = page('board-meetings', () => import('../features/board-meetings/routes/board-meetings-page'), 'BoardMeetingsPage');
const RsvpOverviewPage = page('board-meetings', () => import('../features/board-meetings/routes/rsvp-overview-page'), 'RsvpOverviewPage');
const SessionRsvpsPage = page('board-meetings', () => import('../features/board-meetings/routes/session-rsvps-page'), 'SessionRsvpsPage');
const ParticipantsProgressPage = page('director', () => import('../features/director/routes/participants-progress-page'), 'ParticipantsProgressPage');
const InternalTeamPage = page('internal-team', () => import('../features/internal-team/routes/internal-team-page'), 'InternalTeamPage');
const InvitationsPage = page('invitations', () => import('../features/invitations/routes/invitations-page'), 'InvitationsPage');
const EditionGroupsPage = page('network-groups', () => import('../features/network-groups/routes/edition-groups-page'), 'EditionGroupsPage');
const MyGroupPage = page('network-groups', () => import('../features/network-groups/routes/my-group-page'), 'MyGroupPage');
const MyProgrammePage = page('schedule', () => import('../features/schedule/routes/my-programme-page'), 'MyProgrammePage');
const SessionPage = page('sessions', () => import('../features/sessions/routes/session-page'), 'SessionPage');
const MyChallengePage = page('challenge', () => import('../features/challenge/routes/my-challenge-page'), 'MyChallengePage');
const EditionChallengesPage = page('challenge', () => import('../features/challenge/routes/edition-challenges-page'), 'EditionChallengesPage');
const DirectoryPage = page('directory', () => import('../features/directory/routes/directory-page'), 'DirectoryPage');
const DiscussionsPage = page('discussions', () => import('../features/discussions/routes/discussions-page'), 'DiscussionsPage');
const DiscussionPage = page('discussions', () => import('../features/discussions/routes/discussion-page'), 'DiscussionPage');
const ParticipantChallengePage = page('challenge', () => import('../features/challenge/routes/participant-challenge-page'), 'ParticipantChallengePage');

const MyAssignmentsPage = page('assignments', () => import('../features/assignments/routes/my-assignments-page'), 'MyAssignmentsPage');
const AssignmentPage = page('assignments', () => import('../features/assignments/routes/assignment-page'), 'AssignmentPage');
const EditionAssignmentsPage = page('assignments', () => import('../features/assignments/routes/edition-assignments-page'), 'EditionAssignmentsPage');
const AssignmentOverviewPage = page('assignments', () => import('../features/assignments/routes/assignment-overview-page'), 'AssignmentOverviewPage');
const ReviewQueuePage = page('review', () => import('../features/review/routes/review-queue-page'), 'ReviewQueuePage');
const ReviewSubmissionPage = page('review', () => import('../features/review/routes/review-submission-page'), 'ReviewSubmissionPage');
const CertificatePage = page('certificate', () => import('../features/certificate/routes/certificate-page'), 'CertificatePage');
const VerifyCertificatePage = page('certificate', () => import('../features/certificate/routes/verify-certificate-page'), 'VerifyCertificatePage');

const ProgrammesPage = page('programmes', () => import('../features/programmes/routes/programmes-page'), 'ProgrammesPage');
const ProgrammePage = page('programmes', () => import('../features/programmes/routes/programme-page'), 'ProgrammePage');
const EditionsPage = page('editions', () => import('../features/editions/routes/editions-page'), 'EditionsPage');
const OpenEditionPage = page('editions', () => import('../features/editions/routes/open-edition-page'), 'OpenEditionPage');
const EditionPage = page('editions', () => import('../features/editions/routes/edition-page'), 'EditionPage');
const EnrolmentsPage = page('enrolments', () => import('../features/enrolments/routes/enrolments-page'), 'EnrolmentsPage');
const ApplicationsPage = page('applications', () => import('../features/applications/routes/applications-page'), 'ApplicationsPage');
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary standalone />,
    children: [
      {
        // Errors below render inside the layout, with header and navigation.
        errorElement: <RouteErrorBoundary />,
        children: [
          // Public pages
          { path: paths.login, element: <LoginPage /> },
          { path: paths.passwordResetRequest, element: <PasswordResetRequestPage /> },
          { path: paths.passwordResetConfirm, element: <PasswordResetConfirmPage /> },
          { path: paths.choosePassword, element: <FirstPasswordPage /> },
          { path: paths.verifyCertificate, element: <VerifyCertificatePage /> },
          // Pages for logged-in people
          {
            element: <RequireAuth />,
            children: [
              { path: paths.home, element: <HomePage /> },
              { path: paths.assignments, element: <MyAssignmentsPage /> },
              { path: paths.assignment, element: <AssignmentPage /> },
              { path: paths.editionAssignments, element: <EditionAssignmentsPage /> },
              { path: paths.editionAssignmentOverview, element: <AssignmentOverviewPage /> },
              { path: paths.reviewQueue, element: <ReviewQueuePage /> },
              { path: paths.reviewSubmission, element: <ReviewSubmissionPage /> },
              { path: paths.certificates, element: <CertificatePage /> },
              { path: paths.attendance, element: <AttendanceHomePage /> },
              { path: paths.sessionRoster, element: <RosterPage /> },
              { path: paths.sessionCheckInDisplay, element: <CheckInDisplayPage /> },
              { path: paths.checkIn, element: <CheckInPage /> },
              { path: paths.checkInSession, element: <CheckInPage /> },
              { path: paths.editionAttendance, element: <AttendanceReportPage /> },
              { path: paths.myData, element: <MyDataPage /> },
              { path: paths.adminPeople, element: <PeoplePage /> },
              { path: paths.adminMail, element: <MailPage /> },
              { path: paths.closedDays, element: <ClosedDaysPage /> },
              { path: paths.instruments, element: <InstrumentsPage /> },
              { path: paths.measurements, element: <MeasurementResultsPage /> },
              { path: paths.measurementRound, element: <FillRoundPage /> },
              { path: paths.region, element: <RegionPage /> },
              { path: paths.adminOrganisations, element: <OrganisationsPage /> },
              { path: paths.adminWebhooks, element: <WebhooksPage /> },
              { path: paths.mySettings, element: <MySettingsPage /> },
              { path: paths.changePassword, element: <ChangePasswordPage /> },
              { path: paths.apiTokens, element: <ApiTokensPage /> },
              { path: paths.boardMeetings, element: <BoardMeetingsPage /> },
              { path: paths.directorProgress, element: <ParticipantsProgressPage /> },
              { path: paths.internalTeam, element: <InternalTeamPage /> },
              { path: paths.invitations, element: <InvitationsPage /> },
              { path: paths.rsvpOverview, element: <RsvpOverviewPage /> },
              { path: paths.rsvpSession, element: <SessionRsvpsPage /> },
              { path: paths.myProgramme, element: <MyProgrammePage /> },
              { path: paths.session, element: <SessionPage /> },
              { path: paths.myChallenge, element: <MyChallengePage /> },
              { path: paths.challenges, element: <EditionChallengesPage /> },
              { path: paths.participantChallenge, element: <ParticipantChallengePage /> },
              { path: paths.directory, element: <DirectoryPage /> },
              { path: paths.discussions, element: <DiscussionsPage /> },
              { path: paths.discussion, element: <DiscussionPage /> },
              { path: paths.programmes, element: <ProgrammesPage /> },
              { path: paths.programme, element: <ProgrammePage /> },
              { path: paths.editions, element: <EditionsPage /> },
              { path: paths.openEdition, element: <OpenEditionPage /> },
              { path: paths.edition, element: <EditionPage /> },
              { path: paths.editionEnrolments, element: <EnrolmentsPage /> },
              { path: paths.editionApplications, element: <ApplicationsPage /> },
              { path: paths.editionGroups, element: <EditionGroupsPage /> },
              { path: paths.myGroup, element: <MyGroupPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
