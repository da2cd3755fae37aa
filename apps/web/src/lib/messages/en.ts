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
};
