import { defineError } from '../errors/koers-error';

export class ProgrammeCodeTakenError extends defineError(409, 'programme_code_taken', {
  nl: 'Er is al een programma met deze code. Kies een andere code.',
  en: 'There already is a programme with this code. Choose another code.',
}) {}

export class ProgrammeSlugTakenError extends defineError(409, 'programme_slug_taken', {
  nl: 'Een ander programma heeft dit webadres al. Kies een ander adres.',
  en: 'Another programme already has this web address. Choose another address.',
}) {}

export class SlotHasAssignmentTemplatesError extends defineError(409, 'slot_has_assignment_templates', {
  nl: 'Aan deze bijeenkomst hangen nog opdrachten. Koppel die eerst aan een andere bijeenkomst of verwijder ze.',
  en: 'Assignments still depend on this session. First link them to another session or delete them.',
}) {}

export class SlotOrderMismatchError extends defineError(400, 'slot_order_mismatch', {
  nl: 'De nieuwe volgorde moet elke bijeenkomst van het programma precies één keer bevatten. Laad de pagina opnieuw.',
  en: 'The new order must contain every session of the programme exactly once. Reload the page.',
}) {}

export class UnknownSlotError extends defineError(400, 'unknown_slot', {
  nl: 'De gekozen bijeenkomst hoort niet bij dit programma.',
  en: 'The chosen session is not part of this programme.',
}) {}
