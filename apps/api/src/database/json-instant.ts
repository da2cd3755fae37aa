/**
 * An instant in SQL-built JSON (`json_build_object`) or text, written as every answer of the API writes one: UTC with
 * milliseconds and a Z (`2027-03-09T08:30:00.000Z`). Inside JSON PostgreSQL would write `…08:30:00.123456+00:00`, so a
 * client reading strictly met two forms of one field.
 */
export const jsonInstant = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
