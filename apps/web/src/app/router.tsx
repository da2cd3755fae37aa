/**
 * All routes. Pages are lazy-loaded, so each feature's code downloads when it is
 * first visited. To add a page: add its path to `lib/paths.ts`, a lazy import and a
 * route below (inside <RequireAuth> unless it is public), and a nav entry in
 * `navigation.ts` if it belongs in the menu.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { RouteErrorBoundary } from './error-boundary';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found';
import { RequireAuth } from './require-auth';

const LoginPage = lazy(() => import('../features/auth/routes/login-page').then((m) => ({ default: m.LoginPage })));
const PasswordResetRequestPage = lazy(() =>
  import('../features/auth/routes/password-reset-request-page').then((m) => ({ default: m.PasswordResetRequestPage })),
);
const PasswordResetConfirmPage = lazy(() =>
  import('../features/auth/routes/password-reset-confirm-page').then((m) => ({ default: m.PasswordResetConfirmPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/routes/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const HomePage = lazy(() => import('../features/home/routes/home-page').then((m) => ({ default: m.HomePage })));
const AttendanceHomePage = lazy(() =>
  import('../features/attendance/routes/attendance-home-page').then((m) => ({ default: m.AttendanceHomePage })),
);
const RosterPage = lazy(() => import('../features/attendance/routes/roster-page').then((m) => ({ default: m.RosterPage })));
const CheckInDisplayPage = lazy(() =>
  import('../features/attendance/routes/check-in-display-page').then((m) => ({ default: m.CheckInDisplayPage })),
);
const CheckInPage = lazy(() => import('../features/attendance/routes/check-in-page').then((m) => ({ default: m.CheckInPage })));
const AttendanceReportPage = lazy(() =>
  import('../features/attendance/routes/attendance-report-page').then((m) => ({ default: m.AttendanceReportPage })),
);
const MyDataPage = lazy(() => import('../features/privacy/routes/my-data-page').then((m) => ({ default: m.MyDataPage })));
const PeoplePage = lazy(() => import('../features/privacy/routes/people-page').then((m) => ({ default: m.PeoplePage })));
const MailPage = lazy(() => import('../features/notifications/routes/mail-page').then((m) => ({ default: m.MailPage })));
const MySettingsPage = lazy(() =>
  import('../features/notifications/routes/my-settings-page').then((m) => ({ default: m.MySettingsPage })),
);
const BoardMeetingsPage = lazy(() =>
  import('../features/board-meetings/routes/board-meetings-page').then((m) => ({ default: m.BoardMeetingsPage })),
);
const RsvpOverviewPage = lazy(() =>
  import('../features/board-meetings/routes/rsvp-overview-page').then((m) => ({ default: m.RsvpOverviewPage })),
);
const SessionRsvpsPage = lazy(() =>
  import('../features/board-meetings/routes/session-rsvps-page').then((m) => ({ default: m.SessionRsvpsPage })),
);
const ParticipantsProgressPage = lazy(() =>
  import('../features/director/routes/participants-progress-page').then((m) => ({ default: m.ParticipantsProgressPage })),
);
const InternalTeamPage = lazy(() =>
  import('../features/internal-team/routes/internal-team-page').then((m) => ({ default: m.InternalTeamPage })),
);
const MyProgrammePage = lazy(() =>
  import('../features/schedule/routes/my-programme-page').then((m) => ({ default: m.MyProgrammePage })),
);
const SessionPage = lazy(() => import('../features/sessions/routes/session-page').then((m) => ({ default: m.SessionPage })));
const MyChallengePage = lazy(() => import('../features/challenge/routes/my-challenge-page').then((m) => ({ default: m.MyChallengePage })));
const EditionChallengesPage = lazy(() =>
  import('../features/challenge/routes/edition-challenges-page').then((m) => ({ default: m.EditionChallengesPage })),
);
const ParticipantChallengePage = lazy(() =>
  import('../features/challenge/routes/participant-challenge-page').then((m) => ({ default: m.ParticipantChallengePage })),
);

const MyAssignmentsPage = lazy(() =>
  import('../features/assignments/routes/my-assignments-page').then((m) => ({ default: m.MyAssignmentsPage })),
);
const AssignmentPage = lazy(() => import('../features/assignments/routes/assignment-page').then((m) => ({ default: m.AssignmentPage })));
const EditionAssignmentsPage = lazy(() =>
  import('../features/assignments/routes/edition-assignments-page').then((m) => ({ default: m.EditionAssignmentsPage })),
);
const AssignmentOverviewPage = lazy(() =>
  import('../features/assignments/routes/assignment-overview-page').then((m) => ({ default: m.AssignmentOverviewPage })),
);
const ReviewQueuePage = lazy(() => import('../features/review/routes/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewSubmissionPage = lazy(() =>
  import('../features/review/routes/review-submission-page').then((m) => ({ default: m.ReviewSubmissionPage })),
);
const CertificatePage = lazy(() => import('../features/certificate/routes/certificate-page').then((m) => ({ default: m.CertificatePage })));
const VerifyCertificatePage = lazy(() =>
  import('../features/certificate/routes/verify-certificate-page').then((m) => ({ default: m.VerifyCertificatePage })),
);

const ProgrammesPage = lazy(() => import('../features/programmes/routes/programmes-page').then((m) => ({ default: m.ProgrammesPage })));
const ProgrammePage = lazy(() => import('../features/programmes/routes/programme-page').then((m) => ({ default: m.ProgrammePage })));
const EditionsPage = lazy(() => import('../features/editions/routes/editions-page').then((m) => ({ default: m.EditionsPage })));
const OpenEditionPage = lazy(() => import('../features/editions/routes/open-edition-page').then((m) => ({ default: m.OpenEditionPage })));
const EditionPage = lazy(() => import('../features/editions/routes/edition-page').then((m) => ({ default: m.EditionPage })));
const EnrolmentsPage = lazy(() => import('../features/enrolments/routes/enrolments-page').then((m) => ({ default: m.EnrolmentsPage })));
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
              { path: paths.mySettings, element: <MySettingsPage /> },
              { path: paths.changePassword, element: <ChangePasswordPage /> },
              { path: paths.boardMeetings, element: <BoardMeetingsPage /> },
              { path: paths.directorProgress, element: <ParticipantsProgressPage /> },
              { path: paths.internalTeam, element: <InternalTeamPage /> },
              { path: paths.rsvpOverview, element: <RsvpOverviewPage /> },
              { path: paths.rsvpSession, element: <SessionRsvpsPage /> },
              { path: paths.myProgramme, element: <MyProgrammePage /> },
              { path: paths.session, element: <SessionPage /> },
              { path: paths.myChallenge, element: <MyChallengePage /> },
              { path: paths.challenges, element: <EditionChallengesPage /> },
              { path: paths.participantChallenge, element: <ParticipantChallengePage /> },
              { path: paths.programmes, element: <ProgrammesPage /> },
              { path: paths.programme, element: <ProgrammePage /> },
              { path: paths.editions, element: <EditionsPage /> },
              { path: paths.openEdition, element: <OpenEditionPage /> },
              { path: paths.edition, element: <EditionPage /> },
              { path: paths.editionEnrolments, element: <EnrolmentsPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
