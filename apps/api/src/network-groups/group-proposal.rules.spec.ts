import type { GroupPerson } from '@koers/shared/network-groups';
import { proposeGroups } from './group-proposal.rules';

const person = (i: number, region: string | null, organisation: string | null = null): GroupPerson => ({ personId: `p${i}`, name: `Persoon ${String(i).padStart(2, '0')}`, region, organisation });

describe('a proposed division into network groups', () => {
  it('balances sizes within one, whatever the clusters', () => {
    const people = [...Array.from({ length: 17 }, (_, i) => person(i, 'noord')), ...Array.from({ length: 5 }, (_, i) => person(20 + i, 'zuid'))];
    const sizes = proposeGroups(people, 'region', 3).groups.map((group) => group.members.length);
    expect(sizes).toEqual([8, 7, 7]);
  });

  it('keeps a region together when it fits in one group', () => {
    const people = [
      ...Array.from({ length: 6 }, (_, i) => person(i, 'noord')),
      ...Array.from({ length: 6 }, (_, i) => person(10 + i, 'zuid')),
      ...Array.from({ length: 6 }, (_, i) => person(20 + i, 'midden')),
    ];
    const groups = proposeGroups(people, 'region', 3).groups;
    for (const group of groups) expect(new Set(group.members.map((member) => member.region)).size).toBe(1);
    expect(groups.map((group) => group.name)).toEqual(['Netwerkgroep 1', 'Netwerkgroep 2', 'Netwerkgroep 3']);
  });

  it('groups by organisation, with people without one last, and places everyone exactly once', () => {
    const people = [person(1, null, 'A'), person(2, null, null), person(3, null, 'B'), person(4, null, 'A'), person(5, null, 'B'), person(6, null, 'A')];
    const groups = proposeGroups(people, 'organisation', 2).groups;
    expect(groups[0].members.map((m) => m.organisation)).toEqual(['A', 'A', 'A']);
    expect(groups[1].members.map((m) => m.organisation)).toEqual(['B', 'B', null]);
    expect(groups.flatMap((g) => g.members.map((m) => m.personId)).sort()).toEqual(people.map((p) => p.personId).sort());
  });
});
