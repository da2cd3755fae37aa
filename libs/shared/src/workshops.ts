/**
 * Parallel workshops: the parts of one session (a programme day) that participants choose between, first come,
 * first served, with a waiting list beyond each workshop's capacity.
 */
export const WORKSHOP_CHOICE_STATUSES = ['placed', 'waitlisted'] as const;
export type WorkshopChoiceStatus = (typeof WORKSHOP_CHOICE_STATUSES)[number];
