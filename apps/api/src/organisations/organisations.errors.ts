import { defineError } from '../errors/koers-error';

export class OrganisationNotFoundError extends defineError(404, 'organisation_not_found', {
  nl: 'Deze organisatie bestaat niet (meer).',
  en: 'This organisation does not exist (any more).',
}) {}

export class OrganisationRegionNotFoundError extends defineError(400, 'region_not_found', {
  nl: 'Deze regio bestaat niet. Kies een van de regio’s in de lijst.',
  en: 'This region does not exist. Choose one of the regions in the list.',
}) {}
