/** The first waiting for a workshop, when they hold a place in another they would leave for it. */
export interface SwitcherAtHead {
  choiceId: string;
  /** The workshop they wait for, and are first in line of. */
  wanted: string;
  /** The workshop they hold a place in. */
  held: string;
}

/**
 * Full workshops whose first in line each hold a place in the next one round a circle (A's first holds B, B's first
 * holds A) swap: everyone moves to the workshop they asked for, no workshop holds more than before, and nobody ahead
 * in a line is passed over, since each is first in theirs. Answers the choices that move.
 */
export function swapCircles(heads: readonly SwitcherAtHead[]): string[] {
  const headOf = new Map(heads.map((head) => [head.wanted, head]));
  const moving = new Set<string>();
  const settled = new Set<string>();
  for (const start of headOf.keys()) {
    // Follow wanted → the workshop its first in line holds → ... until the path ends, meets itself, or meets a walk before.
    const path: string[] = [];
    let workshop: string | undefined = start;
    while (workshop && headOf.has(workshop) && !settled.has(workshop) && !path.includes(workshop)) {
      path.push(workshop);
      workshop = headOf.get(workshop)!.held;
    }
    if (workshop && path.includes(workshop)) for (const inCircle of path.slice(path.indexOf(workshop))) moving.add(headOf.get(inCircle)!.choiceId);
    for (const visited of path) settled.add(visited);
  }
  return [...moving];
}
