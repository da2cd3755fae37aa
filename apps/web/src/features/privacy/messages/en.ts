import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the privacy feature: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
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
    'Do you want Koers to erase your data? Ask the programme office. Your name, email address and everything you wrote or handed in are then removed; your attendance is only kept as an anonymous number in your edition’s figures. What you made for others as a trainer or facilitator stays, without your name: feedback on their work and materials of a session belong to their record and their programme.',

  'privacy.people.title': 'People',
  'privacy.people.intro': 'Find someone to correct their name, email address or organisation, or to erase their data (GDPR). Erased people no longer appear in this list.',
  'privacy.people.search': 'Search by name or email address',
  'privacy.people.searchSubmit': 'Search',
  'privacy.people.results': 'Search results',
  'privacy.people.count': { one: '{count} person found', other: '{count} people found' },
  'privacy.people.countOne': '1 person found',
  'privacy.people.lastLogin': 'Last logged in:',
  'privacy.people.loginWithPassword': 'with a password',
  'privacy.people.loginThrough': 'through {label}',
  'privacy.people.neverLoggedIn': 'Never logged in',
  'privacy.people.edit': 'Edit details',
  'privacy.people.editNamed': 'Edit details of {name}',
  'privacy.people.saved': 'The details of {name} have been saved.',
  'privacy.edit.title': 'Edit {name}',
  'privacy.edit.name': 'Name',
  'privacy.edit.nameHint': 'A corrected name also goes on the certificates this person already holds, and on their verification pages.',
  'privacy.edit.email': 'Email address',
  'privacy.edit.emailHint': 'With a new address, both the old and the new address get an email. From then on this person logs in with the new address.',
  'privacy.edit.organisation': 'Organisation',
  'privacy.edit.cancel': 'Cancel',
  'privacy.edit.save': 'Save',
  'privacy.edit.history': 'Earlier changes',
  'privacy.edit.noHistory': 'Nothing changed yet.',
  'privacy.edit.apiTokens': 'API tokens',
  'privacy.edit.change': '{field}: {old} → {new} (by {by})',
  'privacy.edit.unknownChanger': 'an erased person',
  'privacy.edit.field.name': 'Name',
  'privacy.edit.field.email': 'Email address',
  'privacy.edit.field.organisation': 'Organisation',
  'privacy.people.erase': 'Erase data',
  'privacy.people.eraseNamed': 'Erase data of {name}',
  'privacy.people.erased':
    'The data of {name} has been erased. Files removed: {files}. Attendance records kept anonymously: {attendance}.',

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
