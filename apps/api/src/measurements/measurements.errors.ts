import { defineError } from '../errors/koers-error';

export class MeasurementRoundClosedError extends defineError(409, 'measurement_round_closed', {
  nl: 'De deadline van deze vragenlijst is voorbij: antwoorden worden niet meer opgeslagen.',
  en: 'The deadline of this questionnaire has passed: answers are no longer saved.',
}) {}

export class MeasurementRoundDayCancelledError extends defineError(409, 'measurement_round_day_cancelled', {
  nl: 'De teamdag van deze vragenlijst gaat niet door: je antwoorden worden niet opgeslagen.',
  en: 'The team day of this questionnaire has been cancelled: your answers are not saved.',
}) {}

export class MeasurementRoundNotOpenError extends defineError(409, 'measurement_round_not_open', {
  nl: 'Deze vragenlijst is nog niet open.',
  en: 'This questionnaire is not open yet.',
}) {}

export class MeasurementParticipantRequiredError extends defineError(400, 'measurement_participant_required', {
  nl: 'Je vult deze vragenlijst in over meer dan één deelnemer: kies over wie.',
  en: 'You fill in this questionnaire about more than one participant: choose which one.',
}) {}

export class MeasurementItemUnknownError extends defineError(400, 'measurement_item_unknown', {
  nl: 'Een antwoord hoort bij een stelling die niet in deze vragenlijst staat.',
  en: 'An answer belongs to a statement that is not in this questionnaire.',
}) {}

export class MeasurementValueOutOfScaleError extends defineError(400, 'measurement_value_out_of_scale', {
  nl: 'Een antwoord valt buiten de schaal van de stelling.',
  en: 'An answer lies outside the scale of its statement.',
}) {}

export class MeasurementRemarkNotAllowedError extends defineError(400, 'measurement_remark_not_allowed', {
  nl: 'Bij deze stelling kun je geen toelichting geven.',
  en: 'This statement takes no remark.',
}) {}

export class MeasurementVersionNotPublishedError extends defineError(400, 'measurement_version_not_published', {
  nl: 'Kies een gepubliceerde versie van het instrument.',
  en: 'Choose a published version of the instrument.',
}) {}

export class MeasurementDimensionUnknownError extends defineError(400, 'measurement_dimension_unknown', {
  nl: 'Dit onderdeel hoort niet bij de metingen van deze editie.',
  en: 'This dimension does not belong to this edition’s measurements.',
}) {}

export class NoChallengeError extends defineError(409, 'measurement_no_challenge', {
  nl: 'Beschrijf eerst je implementatievraagstuk; acties horen daarbij.',
  en: 'Describe your implementation challenge first; actions belong to it.',
}) {}
