import type { GroupPerson, GroupProposal, GroupProposalKey } from '@koers/shared/network-groups';

/**
 * A proposed division into `count` groups whose sizes differ by at most one, keeping people of the same region (or
 * organisation) together as far as the sizes allow: the largest clusters are laid out first, then the row is cut
 * into groups of the balanced sizes. People without a region or organisation come last. Names are "Netwerkgroep 1" …
 */
export function proposeGroups(people: readonly GroupPerson[], by: GroupProposalKey, count: number): GroupProposal {
  const clusters = new Map<string, GroupPerson[]>();
  for (const person of people) {
    const key = person[by] ?? '';
    clusters.set(key, [...(clusters.get(key) ?? []), person]);
  }
  const ordered = [...clusters.entries()]
    .sort(([keyA, a], [keyB, b]) => (keyA === '') !== (keyB === '') ? (keyA === '' ? 1 : -1) : b.length - a.length || keyA.localeCompare(keyB, 'nl'))
    .flatMap(([, members]) => [...members].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
  const base = Math.floor(ordered.length / count);
  const larger = ordered.length % count;
  let start = 0;
  return {
    groups: Array.from({ length: count }, (_, i) => {
      const size = base + (i < larger ? 1 : 0);
      const members = ordered.slice(start, start + size);
      start += size;
      return { name: `Netwerkgroep ${i + 1}`, members };
    }),
  };
}
