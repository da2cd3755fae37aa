import { defineError } from '../errors/koers-error';

export class FailedDeliveryNotFoundError extends defineError(404, 'failed_delivery_not_found', {
  nl: 'Er is geen mislukte e-mail met dit nummer; alleen mislukte e-mails kun je opnieuw versturen.',
  en: 'There is no failed email with this id; only failed emails can be sent again.',
}) {}

export class OutboxFileNotFoundError extends defineError(404, 'outbox_file_not_found', {
  nl: 'Deze e-mail staat niet (meer) in de outbox.',
  en: 'This email is not in the outbox (any more).',
}) {}

export class RemindersLinkInvalidError extends defineError(404, 'reminders_link_invalid', {
  nl: 'Deze link werkt niet (meer). Zet je herinneringen uit bij Mijn instellingen in Koers.',
  en: 'This link does not work (any more). Switch your reminders off under My settings in Koers.',
}) {}
