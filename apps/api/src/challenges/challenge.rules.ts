/**
 * Whether challenge `challenge` (an SQL alias, perhaps of a row that is not there) is described: it has a title. A
 * participant enrolled without one, or accepted with only the words of their application, still describes it first;
 * until then the who's who, their director and their team show no challenge.
 */
export const isDescribed = (challenge: string) => `(COALESCE(${challenge}.title, '') <> '')`;
