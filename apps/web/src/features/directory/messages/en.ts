import type { Translation } from '../../../lib/i18n';
import type { nl } from './nl';

/** English texts of the who's who: exactly the Dutch keys, or it fails to compile. Loaded only when English is chosen. */
export const en: Translation<typeof nl> = {
  'directory.title': "Who's who",
  'directory.intro': 'The people of your edition: who they are, where they work and which challenge they work on. So you find each other.',
  'directory.edition': 'Edition',
  'directory.noEditions': 'You do not belong to an edition (yet).',
  'directory.empty': 'Nobody to show yet.',
  'directory.listLabel': 'People in this edition',
  'directory.hiddenMark': 'hidden',
  'directory.challenge': 'Challenge:',
  'directory.profile.title': 'Your entry',
  'directory.profile.introduction': 'Short introduction',
  'directory.profile.introductionHint': 'A few sentences about yourself: your work, what you are working on, what others may ask you about.',
  'directory.profile.hidden': "Hide me in who's who",
  'directory.profile.hiddenHint': 'Then only the programme office still sees you.',
  'directory.profile.alumni': 'Let later editions find me (the Rebels)',
  'directory.profile.alumniHint': 'After your edition, participants of later editions of the same programme see your name, organisation, challenge and introduction.',
  'directory.alumni.title': 'The Rebels',
  'directory.alumni.intro': 'Participants of earlier editions who like to share their experience.',
  'directory.alumni.empty': 'Nobody from an earlier edition yet.',
  'directory.alumni.listLabel': 'Participants of earlier editions',
  'directory.profile.save': 'Save',
  'directory.profile.saved': 'Your entry was saved.',
  'directory.photo.label': 'Photo',
  'directory.photo.hint': 'A JPEG, PNG or WebP of at most 2 MB. Only the people of your editions see it.',
  'directory.photo.upload': 'Save photo',
  'directory.photo.required': 'Choose a photo first.',
  'directory.photo.remove': 'Remove photo',
  'directory.photo.saved': 'Your photo was saved.',
  'directory.photo.alt': 'Photo of {name}',
};
