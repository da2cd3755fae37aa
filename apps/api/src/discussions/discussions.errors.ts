import { defineError } from '../errors/koers-error';

export class DiscussionNotFoundError extends defineError(404, 'discussion_not_found', {
  nl: 'Dit gesprek bestaat niet.',
  en: 'This discussion does not exist.',
}) {}

export class DiscussionPostNotFoundError extends defineError(404, 'discussion_post_not_found', {
  nl: 'Dit bericht bestaat niet.',
  en: 'This post does not exist.',
}) {}

export class NotYourPostError extends defineError(403, 'not_your_post', {
  nl: 'Alleen de schrijver van een bericht kan er bestanden aan toevoegen.',
  en: 'Only the author of a post can attach files to it.',
}) {}

export class AttachmentMissingError extends defineError(400, 'file_missing', {
  nl: 'Kies een bestand om toe te voegen.',
  en: 'Choose a file to attach.',
}) {}

export class AttachmentNotFoundError extends defineError(404, 'attachment_not_found', {
  nl: 'Dit bestand bestaat niet.',
  en: 'This file does not exist.',
}) {}

export class NetworkGroupNotInEditionError extends defineError(400, 'network_group_not_in_edition', {
  nl: 'Deze netwerkgroep hoort niet bij deze editie. Kies een van je eigen netwerkgroepen.',
  en: 'This network group does not belong to this edition. Choose one of your own network groups.',
}) {}

/** A group's thread read by someone not in the group, perhaps no longer: a participant moved to another group. */
export class ThreadOfOtherGroupError extends defineError(403, 'discussion_of_other_group', {
  nl: 'Dit gesprek is van een netwerkgroep waar je niet (meer) in zit. Je eigen berichten staan in Mijn gegevens, je eigen bijlagen kun je nog openen.',
  en: 'This conversation belongs to a network group you are not (or no longer) in. Your own posts are in My data, and you can still open your own attachments.',
}) {}

export class NotInNetworkGroupError extends defineError(403, 'network_group_not_yours', {
  nl: 'Je hoort niet bij deze netwerkgroep. Begin het gesprek in je eigen netwerkgroep of voor de hele editie.',
  en: 'You are not in this network group. Start the conversation in your own network group or for the whole edition.',
}) {}

export class PostHiddenError extends defineError(409, 'post_hidden', {
  nl: 'Een begeleider heeft dit bericht verborgen; je kunt er geen bestanden meer aan toevoegen.',
  en: 'A moderator hid this post; you can no longer attach files to it.',
}) {}

export class PostAlreadyHiddenError extends defineError(409, 'post_already_hidden', {
  nl: 'Een begeleider heeft dit bericht al verborgen; melden is niet meer nodig.',
  en: 'A moderator has already hidden this post; there is no need to report it.',
}) {}

export class PostOfErasedPersonError extends defineError(409, 'post_of_erased_person', {
  nl: 'Dit bericht is verwijderd, samen met de gegevens van wie het schreef; er valt niets meer te melden.',
  en: 'This post was removed along with the data of the person who wrote it; there is nothing left to report.',
}) {}

export class OwnPostReportError extends defineError(400, 'own_post_report', {
  nl: 'Je kunt je eigen bericht niet melden.',
  en: 'You cannot report your own post.',
}) {}
