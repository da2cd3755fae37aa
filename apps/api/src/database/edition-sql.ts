import { CURRENT_EDITION_STATUSES } from '@koers/shared/domain';

/**
 * Sessions of an edition still in draft are not published: their dates may still change, so nobody is shown them,
 * invited to them or reminded of them. SQL condition on the edition alias given.
 */
export const isPublishedEdition = (alias: string) => `${alias}.status <> 'draft'`;

/** An edition under way for its members (`CURRENT_EDITION_STATUSES`), as an SQL condition on the alias given. */
export const isCurrentEdition = (alias: string) => `${alias}.status IN (${CURRENT_EDITION_STATUSES.map((status) => `'${status}'`).join(', ')})`;

/**
 * The order in which a person meets their editions, as an SQL `ORDER BY` list on the alias given: the one under way
 * today first (the latest started, should two overlap), then those still to come (the soonest first), then the rest
 * (the latest first). What a page shows when nobody chose an edition is the first: the running one, not next
 * September's.
 */
export const editionsAsMet = (alias: string) =>
  `CASE WHEN ${isCurrentEdition(alias)} AND ${alias}.start_date <= ${TODAY} AND ${alias}.end_date >= ${TODAY} THEN 0
        WHEN ${isCurrentEdition(alias)} THEN 1 ELSE 2 END,
   CASE WHEN ${isCurrentEdition(alias)} AND ${alias}.start_date > ${TODAY} THEN ${alias}.start_date END,
   ${alias}.start_date DESC, ${alias}.name`;

/** Today's calendar day in Amsterdam, as SQL. */
const TODAY = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
