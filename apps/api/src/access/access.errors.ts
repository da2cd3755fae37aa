import { defineError } from '../errors/koers-error';

export class EditionArchivedError extends defineError(409, 'edition_archived', {
  nl: 'Deze editie is gearchiveerd en kan niet meer worden gewijzigd.',
  en: 'This edition is archived and can no longer be changed.',
}) {}

export class EditionNotPublishedError extends defineError(409, 'edition_not_published', {
  nl: 'Deze editie is nog in voorbereiding: dit kan pas als het programmabureau haar heeft gepubliceerd.',
  en: 'This edition is still being prepared: this is possible once the programme office has published it.',
}) {}

/** What completion is judged by (assignments, attendance, the programme days held) stays as it was once the edition is completed. */
export class CompletionFixedError extends defineError(409, 'completion_fixed', {
  nl: 'Deze editie is afgerond en haar uitkomst ligt vast: opdrachten, aanwezigheid en gehouden bijeenkomsten veranderen niet meer, zodat niemands afronding achteraf verandert.',
  en: 'This edition is completed and its outcome is fixed: assignments, attendance and the sessions held no longer change, so nobody’s completion changes afterwards.',
}) {}
