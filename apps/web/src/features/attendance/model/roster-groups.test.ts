import type { RosterEntry } from '@koers/shared/attendance';
import { groupRoster } from './roster-groups';

const entry = (personId: string, role: RosterEntry['role'], groupedUnder: string | null = null): RosterEntry => ({
  personId,
  workshop: null,
  name: personId,
  role,
  organisation: null,
  status: null,
  note: '',
  groupedUnder,
  source: null,
});

it('puts internal teams under their participant, delegates under their director, staff last', () => {
  const sections = groupRoster([
    entry('anna', 'participant'),
    entry('bram', 'participant'),
    entry('team-anna', 'internal_team_member', 'anna'),
    entry('team-nobody', 'internal_team_member', 'absent-participant'),
    entry('dirk', 'director'),
    entry('dana', 'delegate', 'dirk'),
    entry('tineke', 'trainer'),
  ]);
  expect(sections.map((s) => [s.key, s.lines.map((l) => [l.entry.personId, l.members.map((m) => m.personId)])])).toEqual([
    ['participants', [['anna', ['team-anna']], ['bram', []], ['team-nobody', []]]],
    ['directors', [['dirk', ['dana']]]],
    ['staff', [['tineke', []]]],
  ]);
});
