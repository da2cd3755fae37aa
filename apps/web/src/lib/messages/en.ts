import type { MessageKey } from '../i18n';

/** English UI text. Typed as a record of every Dutch key: a missing or extra key fails to compile. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Koers',
  'app.skipToContent': 'Skip to content',
  'app.mainNavigation': 'Main navigation',
  'app.loading': 'Loading…',
  'app.logOut': 'Log out',
  'app.loggingOut': 'Logging out…',
  'app.logOutFailed': 'Logging out did not work. Please try again.',
  'app.loggedInAs': 'Logged in as {name}',
  'app.tryAgain': 'Try again',

  'language.switchTo': 'Nederlands',

  'nav.home': 'Home',

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

  'auth.field.email': 'Email address',
  'auth.field.password': 'Password',
  'auth.validation.emailRequired': 'Enter your email address.',
  'auth.validation.emailInvalid': 'Enter a valid email address, like name@organisation.nl.',
  'auth.validation.passwordRequired': 'Enter your password.',
  'auth.validation.passwordTooShort': 'Choose a password of at least {min} characters.',
  'auth.validation.passwordMismatch': 'The two passwords do not match.',
  'auth.busy': 'Please wait…',

  'auth.login.title': 'Log in',
  'auth.login.intro': 'Log in with the email address at which you received your invitation to Koers.',
  'auth.login.submit': 'Log in',
  'auth.login.forgotPassword': 'Forgot your password?',

  'auth.resetRequest.title': 'Forgot password',
  'auth.resetRequest.intro': 'Enter your email address and we will send you a link to choose a new password.',
  'auth.resetRequest.submit': 'Send me a link',
  'auth.resetRequest.sent':
    'If there is an account for {email}, you will receive an email within a few minutes with a link to choose a new password. Check your spam folder too.',
  'auth.resetRequest.backToLogin': 'Back to log in',

  'auth.resetConfirm.title': 'Choose a new password',
  'auth.resetConfirm.password': 'New password',
  'auth.resetConfirm.passwordHint': 'At least {min} characters. A sentence of a few words works well.',
  'auth.resetConfirm.repeat': 'Repeat the new password',
  'auth.resetConfirm.submit': 'Save password',
  'auth.resetConfirm.done': 'Your password has been changed. You can now log in with your new password.',
  'auth.resetConfirm.goToLogin': 'Go to log in',
  'auth.resetConfirm.missingToken': 'This link is incomplete. Request a new link to reset your password.',
  'auth.resetConfirm.requestNew': 'Request a new link',

  'home.title': 'Home',
  'home.greeting': 'Welcome, {name}',
  'home.adminNotice': 'You are working in Koers for the programme office.',
  'home.editions.title': 'Your editions',
  'home.editions.empty': 'You are not enrolled in an edition yet.',
  'home.editions.roleLabel': 'Role',

  'nav.myData': 'My data',
  'nav.people': 'People',

  'privacy.myData.title': 'My data',
  'privacy.myData.intro':
    'Koers keeps data about you so that your programme can run: your name, email address and organisation, your enrolments, your attendance, your implementation challenge with its log, your submissions with their feedback, your answers to invitations and the emails Koers sent you.',
  'privacy.myData.download.title': 'Download everything',
  'privacy.myData.zip.body': 'A zip file with all your data (gegevens.json) and every file you handed in.',
  'privacy.myData.zip.download': 'Download everything (zip)',
  'privacy.myData.json.body': 'Or just your data, as one JSON file without your files: useful to move it to another system.',
  'privacy.myData.json.download': 'Download data (JSON)',
  'privacy.myData.secrets': 'Your password and the secret link of your calendar subscription are not included.',
  'privacy.myData.erase.title': 'Having your data erased',
  'privacy.myData.erase.body':
    'Do you want Koers to erase your data? Ask the programme office. Your name, email address and everything you wrote or handed in are then removed; your attendance is only kept as an anonymous number in your edition’s figures.',

  'privacy.people.title': 'People',
  'privacy.people.intro': 'Find someone to erase their data (GDPR). Erased people no longer appear in this list.',
  'privacy.people.search': 'Search by name or email address',
  'privacy.people.searchSubmit': 'Search',
  'privacy.people.results': 'Search results',
  'privacy.people.count': '{count} people found',
  'privacy.people.countOne': '1 person found',
  'privacy.people.erase': 'Erase data',
  'privacy.people.eraseNamed': 'Erase data of {name}',
  'privacy.people.erased':
    'The data of {name} has been erased. Files removed: {files}. Attendance records kept anonymously: {attendance}.',
  'privacy.people.pagination': 'Pages',
  'privacy.people.previous': 'Previous',
  'privacy.people.next': 'Next',
  'privacy.people.page': 'Page {page} of {pages}',

  'privacy.erase.title': 'Erase the data of {name}?',
  'privacy.erase.intro': 'This happens for {email} all at once:',
  'privacy.erase.consequence.identity':
    'Name and email address are replaced by “Verwijderde persoon” (erased person). This person can no longer log in and receives no more email.',
  'privacy.erase.consequence.texts':
    'The implementation challenge with its log, the text and files of submissions, the feedback on them, certificates, attendance notes and sent emails are removed.',
  'privacy.erase.consequence.kept':
    'Attendance, enrolments and the assessment of submissions are kept anonymously, so that the editions’ figures still add up.',
  'privacy.erase.consequence.final': 'This cannot be undone.',
  'privacy.erase.exportFirst': 'Does the person want a copy? Then let them download everything through “My data” first.',
  'privacy.erase.cancel': 'Cancel',
  'privacy.erase.confirm': 'Yes, erase the data of {name}',
  'privacy.erase.busy': 'Erasing…',
};
