import { defineError } from '../errors/koers-error';

export class EditionArchivedError extends defineError(409, 'edition_archived', {
  nl: 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.',
  en: 'This edition is archived and can no longer be changed.',
}) {}

export class EditionNotPublishedError extends defineError(409, 'edition_not_published', {
  nl: 'Deze editie is nog in voorbereiding: dit kan pas als het programmabureau haar heeft gepubliceerd.',
  en: 'This edition is still being prepared: this is possible once the programme office has published it.',
}) {}
