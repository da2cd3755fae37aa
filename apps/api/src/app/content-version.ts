import { createHash } from 'node:crypto';

/**
 * A short tag of what a form was read at (any JSON-able state): a save that sends the tag it read is refused when the
 * state has changed since, so a form opened before a colleague's save cannot undo it.
 */
export function contentVersion(state: unknown): string {
  return createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 22);
}
