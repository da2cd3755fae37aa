import { defineError, defineFieldError, KoersError } from '../errors/koers-error';

export class WebhookEndpointNotFoundError extends defineError(404, 'webhook_endpoint_not_found', {
  nl: 'Deze webhook bestaat niet (meer).',
  en: 'This webhook does not exist (any more).',
}) {}

export class WebhookEndpointExistsError extends defineError(409, 'webhook_endpoint_exists', {
  nl: 'Er is al een webhook voor dit adres. Pas die aan als er gebeurtenissen bij moeten.',
  en: 'There already is a webhook for this address. Change that one to add events.',
}) {}

export class WebhookTargetPrivateError extends defineFieldError(400, 'webhook_target_private', 'url', {
  nl: 'Dit adres ligt in een privénetwerk (of op deze server). Webhooks gaan alleen naar openbare adressen, tenzij KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=1.',
  en: 'This address is in a private network (or on this server). Webhooks only go to public addresses, unless KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=1.',
}) {}

/** More endpoints than any installation needs: the list stays one screen, and every event a bounded number of deliveries. */
export const MAX_WEBHOOK_ENDPOINTS = 50;

export class WebhookEndpointLimitError extends KoersError {
  constructor(limit: number) {
    super(409, 'webhook_endpoint_limit', {
      nl: `Er zijn al ${limit} webhooks, het maximum. Verwijder er een die niet meer nodig is, of voeg gebeurtenissen toe aan een bestaande.`,
      en: `There already are ${limit} webhooks, the most there can be. Delete one that is no longer needed, or add events to an existing one.`,
    });
  }
}
