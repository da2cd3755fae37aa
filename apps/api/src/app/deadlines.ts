/**
 * A deadline a form set to "now" arrives a little late (the form was opened earlier, the request took its time): up
 * to five minutes ago still means "now", not a mistyped date or year.
 */
const JUST_NOW_MS = 5 * 60_000;

/** Whether a deadline lies further in the past than "just now": most often a mistyped date or year. */
export const deadlineHasPassed = (deadline: Date, now = Date.now()) => deadline.getTime() < now - JUST_NOW_MS;
