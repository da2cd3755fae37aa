import { defineError } from '../errors/koers-error';

export class EditionArchivedError extends defineError(409, 'edition_archived', {
  nl: 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.',
  en: 'This edition is archived and can no longer be changed.',
}) {}

export class EditionNotPublishedError extends defineError(409, 'edition_not_published', {
  nl: 'Deze editie is nog in voorbereiding: dit kan pas als het programmabureau haar heeft gepubliceerd.',
  en: 'This edition is still being prepared: this is possible once the programme office has published it.',
}) {}

/**
 * What completing an edition asks (its assignments, approved work, the programme days held) stays as it was once the
 * edition is completed. Late work can still be approved, and attendance put right as it was.
 */
export class CompletionFixedError extends defineError(409, 'completion_fixed', {
  nl: 'Deze editie is afgerond en wat afronden vraagt ligt vast: opdrachten, goedgekeurd werk en gehouden lesdagen veranderen niet meer. Werk dat te laat is ingeleverd kan nog worden goedgekeurd, en aanwezigheid kan nog worden rechtgezet.',
  en: 'This edition is completed and what completing it asks is fixed: assignments, approved work and the programme days held no longer change. Late work can still be approved and attendance put right.',
}) {}
