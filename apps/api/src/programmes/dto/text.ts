import { Transform } from 'class-transformer';

/** Trims text fields at the edge, so "  HIS-I " and "HIS-I" are the same name; empty optional text becomes absent. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Trims, and turns an empty string into null: clearing an optional field (a venue, a link) stores null. */
export const TrimmedOrNull = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value));

export const WALL_CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Trims, and leaves an empty optional field out, as web forms send blank inputs as "". */
export const TrimmedOrAbsent = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value));

/** Addresses are stored lower-cased (person.email has a check for it). */
export const NormalisedEmail = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || undefined : value));
