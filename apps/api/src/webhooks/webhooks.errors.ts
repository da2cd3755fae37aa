import { defineError } from '../errors/koers-error';

export class WebhookEndpointNotFoundError extends defineError(404, 'webhook_endpoint_not_found', {
  nl: 'Deze webhook bestaat niet (meer).',
  en: 'This webhook does not exist (any more).',
}) {}
