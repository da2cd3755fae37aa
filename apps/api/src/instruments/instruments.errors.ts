import { defineError } from '../errors/koers-error';

export class InstrumentVersionPublishedError extends defineError(409, 'instrument_version_published', {
  nl: 'Deze versie is gepubliceerd en verandert niet meer, omdat antwoorden bij hun versie horen. Maak een nieuwe versie om de vragenlijst aan te passen.',
  en: 'This version is published and no longer changes, because answers belong to their version. Create a new version to change the questionnaire.',
}) {}

export class InstrumentDraftExistsError extends defineError(409, 'instrument_draft_exists', {
  nl: 'Dit instrument heeft al een conceptversie. Pas die aan of publiceer die eerst.',
  en: 'This instrument already has a draft version. Edit it or publish it first.',
}) {}
