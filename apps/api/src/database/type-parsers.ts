import { types } from 'pg';
import { PG_TIMESTAMPTZ_OID, timestamptzParser } from './timestamptz';

/*
 * How Koers reads PostgreSQL's values, for every pg client in the process. Imported by the module that defines the
 * pool's client (`row-shapes.ts`), which keeps the parsers of each column list from its first statement on: they are
 * set before any statement can run.
 */

// A DATE is a calendar day ('2027-03-09'), not an instant: keep it a string instead of a midnight-UTC Date.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);
types.setTypeParser(PG_TIMESTAMPTZ_OID, timestamptzParser(types.getTypeParser(PG_TIMESTAMPTZ_OID)));
