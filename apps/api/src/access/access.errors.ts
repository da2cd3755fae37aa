import { defineError } from '../errors/koers-error';

export class EditionArchivedError extends defineError(409, 'edition_archived', {
  nl: 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.',
  en: 'This edition is archived and can no longer be changed.',
}) {}

export class EditionNotPublishedError extends defineError(409, 'edition_not_published', {
  nl: 'Deze editie is nog in voorbereiding: dit kan pas als het programmabureau haar heeft gepubliceerd.',
  en: 'This edition is still being prepared: this is possible once the programme office has published it.',
}) {}

export class CompletionFixedError extends defineError(409, 'completion_fixed', {
  nl: 'Deze editie is afgerond: wat afronden vraagt ligt vast, dus opdrachten toevoegen, wijzigen of verwijderen kan niet meer.',
  en: 'This edition is completed: what completing it asks is fixed, so assignments can no longer be added, changed or removed.',
}) {}
