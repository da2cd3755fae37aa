import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the notifications feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'notifications.kind.invitation': 'Account invitation',
  'notifications.kind.invitation_received': 'Invitation (existing account)',
  'notifications.kind.schedule_published': 'Schedule of an edition',
  'notifications.kind.session_changed': 'Session changed',
  'notifications.kind.session_reminder': 'Session reminder',
  'notifications.kind.assignment_due': 'Deadline reminder',
  'notifications.kind.feedback_given': 'Feedback on work',
  'notifications.kind.rsvp_reminder': 'RSVP reminder',
  'notifications.status.pending': 'Waiting',
  'notifications.status.sent': 'Sent',
  'notifications.status.failed': 'Failed',

  'notifications.mail.title': 'Emails',
  'notifications.mail.modeOutbox':
    'No mail server is set (SMTP_URL). Koers writes every email as an .eml file to the outbox; open the file with your mail program.',
  'notifications.mail.modeSmtp': 'Koers sends email through the configured mail server (SMTP_URL).',
  'notifications.mail.counts': '{pending} waiting, {sent} sent, {failed} failed',
  'notifications.mail.filters': 'Filter',
  'notifications.mail.filterStatus': 'Status',
  'notifications.mail.filterKind': 'Kind of email',
  'notifications.mail.all': 'All',
  'notifications.mail.apply': 'Show',
  'notifications.mail.deliveries': 'Deliveries',
  'notifications.mail.empty': 'No emails found.',
  'notifications.mail.total': { one: '{count} email', other: '{count} emails' },
  'notifications.mail.created': 'Created',
  'notifications.mail.sentAt': 'Sent at',
  'notifications.mail.nextAttempt': 'Next attempt',
  'notifications.mail.attempts': 'Attempts',
  'notifications.mail.lastError': 'Last error',
  'notifications.mail.open': 'Open the email (.eml)',
  'notifications.mail.openFor': 'Open the email (.eml) to {name}',
  'notifications.mail.retry': 'Send again',
  'notifications.mail.retryFor': 'Send again: the email to {name}',
  'notifications.mail.retried': 'The email to {name} is being sent again.',
  'notifications.mail.outbox': 'Outbox',
  'notifications.mail.outboxIntro': 'Every email Koers wrote, including the immediate ones (such as password resets), newest first.',
  'notifications.mail.outboxEmpty': 'The outbox is empty.',
  'notifications.mail.fileSize': '{size} kB',
  'notifications.mail.pagination': 'Pages',
  'notifications.mail.previous': 'Previous',
  'notifications.mail.next': 'Next',
  'notifications.mail.page': 'Page {page} of {pages}',

  'notifications.settings.title': 'My settings',
  'notifications.settings.intro': 'Koers emails you when it matters. Here you choose which emails you get, and in which language.',
  'notifications.settings.reminders': 'Send me reminders',
  'notifications.settings.remindersHint':
    'Two days before each session, three days before a deadline you have not handed anything in for, and a week before a board meeting you have not answered yet.',
  'notifications.settings.always':
    'Invitations, the schedule of a new edition, changes to your sessions and feedback on your work always come.',
  'notifications.settings.language': 'Language of your emails',
  // Each language under its own name, in both dictionaries.
  'notifications.settings.language.nl': 'Nederlands',
  'notifications.settings.language.en': 'English',
  'notifications.settings.save': 'Save',
  'notifications.settings.saving': 'Saving…',
  'notifications.settings.saved': 'Your settings have been saved.',
};
