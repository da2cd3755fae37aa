import { defineError } from '../errors/koers-error';

export class FailedDeliveryNotFoundError extends defineError(404, 'failed_delivery_not_found', {
  nl: 'Er is geen mislukte e-mail met dit nummer; alleen mislukte e-mails kun je opnieuw versturen.',
  en: 'There is no failed email with this id; only failed emails can be sent again.',
}) {}

export class OutboxFileNotFoundError extends defineError(404, 'outbox_file_not_found', {
  nl: 'Deze e-mail staat niet (meer) in de outbox.',
  en: 'This email is not in the outbox (any more).',
}) {}
