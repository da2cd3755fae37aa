/**
 * How long the same text sent again by the same person to the same place counts as the same submission (a double
 * click, a retry after a slow answer), not as a new one: SQL `interval`. Counted under a lock on that place, so sixty
 * at once make one.
 */
export const REPEATED_SUBMIT_WINDOW = `interval '30 seconds'`;
