import type { Translation } from '../i18n';
import type { nl } from './nl';

/** English texts shared by the app shell, components and several features. A missing or extra key fails to compile. */
export const en: Translation<typeof nl> = {
  'app.name': 'Koers',
  'app.skipToContent': 'Skip to content',
  'app.mainNavigation': 'Main navigation',
  'app.menu': 'Menu',
  'app.loading': 'Loading…',
  'app.logOut': 'Log out',
  'app.loggingOut': 'Logging out…',
  'app.logOutFailed': 'Logging out did not work. Please try again.',
  'app.invitationsWaiting': { one: 'An invitation is waiting for your answer.', other: '{count} invitations are waiting for your answer.' },
  'app.invitationsLink': 'See your invitations',
  'app.loggedInAs': 'Logged in as {name}',
  'app.tryAgain': 'Try again',

  'language.switchTo': 'Nederlands',

  'nav.home': 'Home',

  'download.xlsx': 'Download as Excel workbook (.xlsx)',
  'download.csv': 'Download as CSV',

  'errors.unexpected': 'Something went wrong. Please try again later.',
  'errors.network': 'Cannot reach the server. Check your internet connection and try again.',
  'errors.pageTitle': 'Something went wrong',
  'errors.pageBody': 'This page could not be shown. Reload the page or go to the home page.',
  'errors.reload': 'Reload page',
  'errors.backHome': 'Go to the home page',
  'errors.checkFields': 'Please check the highlighted fields.',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist (any more). Check the address or go to the home page.',

  'role.participant': 'participant',
  'role.trainer': 'trainer',
  'role.facilitator': 'facilitator',
  'role.director': 'director',
  'role.internal_team_member': 'internal team member',
  'role.admin': 'programme office',

  'nav.attendance': 'Attendance',
  'nav.checkIn': 'Check in',

  'nav.boardMeetings': 'Board meetings',
  'nav.directorProgress': 'Participants’ progress',
  'nav.internalTeam': 'Internal team',
  'nav.rsvpOverview': 'RSVPs',

  'nav.myData': 'My data',
  'nav.people': 'People',

  'nav.mail': 'Emails',
  'nav.mySettings': 'My settings',

  'nav.assignments': 'Assignments',
  'nav.review': 'Review',
  'nav.certificate': 'Certificate',
  'submission.status.not_submitted': 'not handed in',
  'submission.status.submitted': 'handed in',
  'submission.status.late': 'handed in late',
  'submission.status.revise': 'revise',
  'submission.status.approved': 'approved',
  'submission.version': 'Version {number}',
  'submission.handedInAt': 'handed in on',
  'submission.late': 'late',
  'submission.files': 'Files',
  'submission.feedback': 'Feedback',
  'submission.outcome.approved': 'Approved',
  'submission.outcome.revise': 'Revise',
  'submission.unknownReviewer': 'Trainer',

  'nav.myProgramme': 'My programme',
  'nav.myChallenge': 'My challenge',
  'nav.challenges': 'Challenges',

  'session.kind.programme_day': 'Programme day',
  'session.kind.network_session': 'Network session',
  'session.kind.board_meeting': 'Board meeting',
  'session.status.cancelled': 'Cancelled',
  'session.status.moved': 'Moved',
  'session.status.movedFrom': 'Moved, was {date}',
  'session.attendance.present': 'present',
  'session.attendance.late': 'late',
  'session.attendance.excused': 'excused',
  'session.attendance.absent': 'absent',
  'session.attendance.none': 'not recorded',
  'session.venue.address': 'Venue',
  'session.venue.map': 'Show on the map',
  'session.venue.online': 'Online',
  'session.venue.join': 'Join online',
  'session.venue.linkLater': 'the link appears here at {time}, 30 minutes before the start.',
  'session.opensInNewWindow': '(opens in a new window)',
  'session.addToCalendar': 'Add to my calendar',
  'innovationPhase.explore': 'explore',
  'innovationPhase.direct': 'direct',
  'innovationPhase.plan': 'plan',
  'innovationPhase.do': 'do',

  'nav.editions': 'Editions',
  'nav.programmes': 'Programmes',

  'sessionMode.on_site': 'On site',
  'sessionMode.online': 'Online',
  'sessionMode.hybrid': 'Hybrid',
  'nav.openEdition': 'Open a new edition',
};
