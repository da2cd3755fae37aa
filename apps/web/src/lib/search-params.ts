/**
 * The address's search parameters with `changes` applied: a value sets its parameter, null, undefined or '' removes
 * it, and the others stay. For `setSearchParams((current) => withParams(current, changes))`.
 */
export function withParams(current: URLSearchParams, changes: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
