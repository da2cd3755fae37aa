/**
 * All routes. Pages are lazy-loaded, so each feature's code (and its Dutch texts) downloads when it is
 * first visited. To add a page: add its path to `lib/paths.ts`, a `page(feature, file, name)` for
 * `features/<feature>/routes/<file>.tsx` and a route below (inside <RequireAuth> unless it is public),
 * and a nav entry in `navigation.ts` if it belongs in the menu. A page that shows data at once may
 * export a `prefetch` (`lib/page-prefetch.ts`), and list those requests in `PAGE_FIRST_REQUESTS`
 * (`@koers/shared/web-app`) for the server to name in its HTML.
 */
import { isValidElement, startTransition, useEffect, useState, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject } from 'react-router';
import { useT } from '../lib/i18n';
import type { PagePrefetch } from '../lib/page-prefetch';
import { paths } from '../lib/paths';
import { RouteErrorBoundary } from './error-boundary';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RequireAuth } from './require-auth';
import { loadDutchTexts, type Feature } from './messages/dutch';

/** A page module: its pages, and what to ask for before one of them renders (`lib/page-prefetch.ts`). */
type PageModule = { prefetch?: PagePrefetch } & Record<string, unknown>;

/** Every page module (`features/<feature>/routes/<name>-page.tsx`), each its own chunk, downloaded on first visit. */
const pageModules = import.meta.glob<PageModule>('../features/*/routes/*-page.tsx');

/**
 * A lazily loaded page of a feature: its code and the feature's Dutch texts download together, on first visit.
 * `preload` starts that download early (see `preloadPage`); `source` names its module, from which the build lists
 * what the server tells the browser to fetch along with the app for a first visit to the page (vite/page-preloads.ts).
 * Until the page has arrived it shows "Laden…" as state of its own rather than by suspending: React keeps a Suspense
 * fallback up for at least 300 ms once shown, which held back the page and the data it asks for on every first
 * visit whose `/api/me` answered before the page's code.
 */
function page(feature: Feature, file: `${string}-page`, name: string) {
  const source = `features/${feature}/routes/${file}.tsx`;
  const load = pageModules[`../${source}`];
  if (!load) throw new Error(`No page module ${source}`);
  let loading: Promise<{ component: ComponentType; prefetch?: PagePrefetch }> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadDutchTexts(feature)]).then(([module]) => {
      const component = module[name];
      if (typeof component !== 'function') throw new Error(`${source} has no page ${name}`);
      loaded = component as ComponentType;
      return { component: loaded, prefetch: module.prefetch };
    }));
  const Page = () => {
    const t = useT();
    const [download, setDownload] = useState<{ page?: ComponentType; error?: unknown }>({ page: loaded });
    useEffect(() => {
      if (download.page) return;
      preload().then(
        // As a transition: with its data at hand already (the server had the browser ask for it), the page renders
        // whole at once, and that in slices rather than in one long task.
        (arrived) => startTransition(() => setDownload({ page: arrived.component })),
        (error: unknown) => setDownload({ error }),
      );
    }, [download.page]);
    // A page whose code cannot be downloaded (offline, a release replaced it) is the route's error to show.
    if (download.error) throw download.error;
    const Loaded = download.page;
    return Loaded ? <Loaded /> : <p role="status">{t('app.loading')}</p>;
  };
  return Object.assign(Page, { preload, source, feature });
}

/**
 * Starts downloading the pages a location shows (its route matches: their code and Dutch texts) before they render,
 * and once they are there the data they show first (their `prefetch`): a page behind the login guard would otherwise
 * only start once `/api/me` has answered, one round trip later on a slow phone connection, and ask for its data
 * another round trip after that. Takes the router's own matches, so as not to rank all routes a second time.
 */
export function preloadPage(matches: readonly { route: RouteObject; params: Params }[], queryClient: QueryClient): void {
  for (const { route, params } of matches) {
    const type: unknown = isValidElement(route.element) ? route.element.type : undefined;
    if (typeof type === 'function' && 'preload' in type && typeof type.preload === 'function') {
      void (type.preload as ReturnType<typeof page>['preload'])().then(({ prefetch }) => prefetch?.(queryClient, params), () => undefined);
    }
  }
}

const LoginPage = page('auth', 'login-page', 'LoginPage');
const PasswordResetRequestPage = page('auth', 'password-reset-request-page', 'PasswordResetRequestPage');
const PasswordResetConfirmPage = page('auth', 'password-reset-confirm-page', 'PasswordResetConfirmPage');
const FirstPasswordPage = page('auth', 'password-reset-confirm-page', 'FirstPasswordPage');
const ChangePasswordPage = page('auth', 'change-password-page', 'ChangePasswordPage');
const ApiTokensPage = page('api-tokens', 'api-tokens-page', 'ApiTokensPage');
const HomePage = page('home', 'home-page', 'HomePage');
const AttendanceHomePage = page('attendance', 'attendance-home-page', 'AttendanceHomePage');
const RosterPage = page('attendance', 'roster-page', 'RosterPage');
const CheckInDisplayPage = page('attendance', 'check-in-display-page', 'CheckInDisplayPage');
const CheckInPage = page('attendance', 'check-in-page', 'CheckInPage');
const AttendanceReportPage = page('attendance', 'attendance-report-page', 'AttendanceReportPage');
const MyDataPage = page('privacy', 'my-data-page', 'MyDataPage');
const PeoplePage = page('privacy', 'people-page', 'PeoplePage');
const FillRoundPage = page('measurements', 'fill-round-page', 'FillRoundPage');
const MeasurementResultsPage = page('measurements', 'results-page', 'ResultsPage');
const RegionPage = page('regions', 'region-page', 'RegionPage');
const OrganisationsPage = page('regions', 'organisations-page', 'OrganisationsPage');
const InstrumentsPage = page('instruments', 'instruments-page', 'InstrumentsPage');
const ClosedDaysPage = page('closed-days', 'closed-days-page', 'ClosedDaysPage');
const MailPage = page('notifications', 'mail-page', 'MailPage');
const WebhooksPage = page('webhooks', 'webhooks-page', 'WebhooksPage');
const MySettingsPage = page('notifications', 'my-settings-page', 'MySettingsPage');
const BoardMeetingsPage = page('board-meetings', 'board-meetings-page', 'BoardMeetingsPage');
const RsvpOverviewPage = page('board-meetings', 'rsvp-overview-page', 'RsvpOverviewPage');
const SessionRsvpsPage = page('board-meetings', 'session-rsvps-page', 'SessionRsvpsPage');
const ParticipantsProgressPage = page('director', 'participants-progress-page', 'ParticipantsProgressPage');
const InternalTeamPage = page('internal-team', 'internal-team-page', 'InternalTeamPage');
const InvitationsPage = page('invitations', 'invitations-page', 'InvitationsPage');
const EditionGroupsPage = page('network-groups', 'edition-groups-page', 'EditionGroupsPage');
const MyGroupPage = page('network-groups', 'my-group-page', 'MyGroupPage');
const MyProgrammePage = page('schedule', 'my-programme-page', 'MyProgrammePage');
const SessionPage = page('sessions', 'session-page', 'SessionPage');
const MyChallengePage = page('challenge', 'my-challenge-page', 'MyChallengePage');
const EditionChallengesPage = page('challenge', 'edition-challenges-page', 'EditionChallengesPage');
const DirectoryPage = page('directory', 'directory-page', 'DirectoryPage');
const DiscussionsPage = page('discussions', 'discussions-page', 'DiscussionsPage');
const DiscussionPage = page('discussions', 'discussion-page', 'DiscussionPage');
const ParticipantChallengePage = page('challenge', 'participant-challenge-page', 'ParticipantChallengePage');

const MyAssignmentsPage = page('assignments', 'my-assignments-page', 'MyAssignmentsPage');
const AssignmentPage = page('assignments', 'assignment-page', 'AssignmentPage');
const EditionAssignmentsPage = page('assignments', 'edition-assignments-page', 'EditionAssignmentsPage');
const AssignmentOverviewPage = page('assignments', 'assignment-overview-page', 'AssignmentOverviewPage');
const ReviewQueuePage = page('review', 'review-queue-page', 'ReviewQueuePage');
const ReviewSubmissionPage = page('review', 'review-submission-page', 'ReviewSubmissionPage');
const CertificatePage = page('certificate', 'certificate-page', 'CertificatePage');
const VerifyCertificatePage = page('certificate', 'verify-certificate-page', 'VerifyCertificatePage');
const EditionCertificatesPage = page('certificate', 'edition-certificates-page', 'EditionCertificatesPage');

const ProgrammesPage = page('programmes', 'programmes-page', 'ProgrammesPage');
const ProgrammePage = page('programmes', 'programme-page', 'ProgrammePage');
const EditionsPage = page('editions', 'editions-page', 'EditionsPage');
const OpenEditionPage = page('editions', 'open-edition-page', 'OpenEditionPage');
const EditionPage = page('editions', 'edition-page', 'EditionPage');
const EnrolmentsPage = page('enrolments', 'enrolments-page', 'EnrolmentsPage');
const ApplicationsPage = page('applications', 'applications-page', 'ApplicationsPage');
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
              { path: paths.editionCertificates, element: <EditionCertificatesPage /> },
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
