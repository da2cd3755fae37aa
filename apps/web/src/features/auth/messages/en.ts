import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the auth feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'auth.field.email': 'Email address',
  'auth.field.password': 'Password',
  'auth.validation.emailRequired': 'Enter your email address.',
  'auth.validation.emailInvalid': 'Enter a valid email address, like name@organisation.nl.',
  'auth.validation.passwordRequired': 'Enter your password.',
  'auth.validation.passwordTooShort': { one: 'Choose a password of at least {count} character.', other: 'Choose a password of at least {count} characters.' },
  'auth.validation.passwordMismatch': 'The two passwords do not match.',
  'auth.busy': 'Please wait…',

  'auth.login.title': 'Log in',
  'auth.login.intro': 'Log in with the email address at which you received your invitation to Koers.',
  'auth.login.sessionEnded': 'You were logged out: your session expired, or you logged out in another window. Log in again to go on: a hand-in, log entry, post or feedback you were writing will still be there.',
  'auth.login.submit': 'Log in',
  'auth.login.forgotPassword': 'Forgot your password?',

  'auth.sso.heading': 'Log in through your organisation',
  'auth.sso.loginWith': 'Log in with {label}',
  'auth.sso.passwordHeading': 'Or with your email address and password',
  'auth.sso.refused.unknown_account':
    'There is no Koers account with the email address you logged in with at your organisation. Accounts come from an enrolment or an invitation; contact the programme office.',
  'auth.sso.refused.email_missing':
    'Your organisation sent no email address, so Koers cannot tell who you are. Ask your IT department to send the email address when you log in (the email claim), or log in with your password.',
  'auth.sso.refused.email_unverified': 'Your organisation has not confirmed that this email address is yours, so it cannot log you in to Koers.',
  'auth.sso.refused.domain_not_allowed': 'This email address cannot log in through this organisation. Choose another button or log in with your password.',
  'auth.sso.refused.cancelled': 'You cancelled logging in at your organisation. You are not logged in.',
  'auth.sso.refused.unavailable':
    'Logging in through your organisation is not possible right now: Koers cannot reach that login service. Log in with your email address and password, or tell the programme office.',
  'auth.sso.refused.failed': 'Logging in through your organisation did not succeed, or took too long. Please try again.',
  'auth.sso.loggedOut': 'You have logged out of Koers.',
  'auth.sso.providerLogout': 'Also log out at {label}',

  'auth.resetRequest.title': 'Forgot password',
  'auth.resetRequest.intro': 'Enter your email address and we will send you a link to choose a new password.',
  'auth.resetRequest.submit': 'Send me a link',
  'auth.resetRequest.sent':
    'If there is an account for {email}, you will receive an email within a few minutes with a link to choose a new password. Check your spam folder too.',
  'auth.resetRequest.backToLogin': 'Back to log in',

  'auth.resetConfirm.title': 'Choose a new password',
  'auth.resetConfirm.password': 'New password',
  'auth.resetConfirm.passwordHint': {
    one: 'At least {count} character. A sentence of a few words works well.',
    other: 'At least {count} characters. A sentence of a few words works well.',
  },
  'auth.resetConfirm.repeat': 'Repeat the new password',
  'auth.resetConfirm.submit': 'Save password',
  'auth.resetConfirm.done': 'Your password has been changed. You can now log in with your new password.',
  'auth.resetConfirm.goToLogin': 'Go to log in',
  'auth.resetConfirm.missingToken': 'This link is incomplete or damaged. Request a new link to reset your password.',
  'auth.firstPassword.missingToken': 'This link is incomplete or damaged. Open the link in your invitation e-mail again, all of it; if that fails, request a new link.',
  'auth.resetConfirm.requestNew': 'Request a new link',
  'auth.passwordLink.loggedInAs': 'You are logged in as {name}. This link belongs to the account the e-mail was sent to; if that is not your account, do not choose a password here.',
  'auth.passwordLink.switchesAccount': 'After saving, you are logged in with that account, no longer as {name}.',
  'auth.firstPassword.title': 'Choose your password',
  'auth.firstPassword.intro': 'Welcome to Koers. Choose a password for your account; you are logged in straight away.',
  'auth.firstPassword.password': 'Password',
  'auth.firstPassword.repeat': 'Repeat your password',
  'auth.firstPassword.submit': 'Save and log in',
  'auth.logoutEverywhere.title': 'Log out everywhere',
  'auth.logoutEverywhere.intro': 'Still logged in on a shared computer or a lost phone? Log out everywhere, here too. API tokens and your calendar subscription keep working; revoke those on their own pages.',
  'auth.logoutEverywhere.button': 'Log out everywhere',
  'auth.logoutEverywhere.confirmTitle': 'Log out on all your devices?',
  'auth.logoutEverywhere.confirmText': 'You will be logged out everywhere, on this device too, and log in again afterwards.',
  'auth.changePassword.title': 'Change password',
  'auth.changePassword.intro': 'First enter your current password. After the change you stay logged in here; every other device is logged out and you receive a confirmation email.',
  'auth.changePassword.current': 'Current password',
  'auth.changePassword.done': 'Your password has been changed. On other devices you need to log in again.',
  'auth.changePassword.back': 'Back to My settings',
};
