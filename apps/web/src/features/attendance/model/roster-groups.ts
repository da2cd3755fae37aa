import type { RosterEntry } from '@koers/shared/attendance';
import { type AttendeeRole, RUNNING_ROLES } from '@koers/shared/schedule';

export type RosterSectionKey = 'participants' | 'directors' | 'staff';

export interface RosterLine {
  entry: RosterEntry;
  /** Listed under this person: their internal team, or the delegate of a director. */
  members: RosterEntry[];
}

export interface RosterSection {
  key: RosterSectionKey;
  lines: RosterLine[];
}

const SECTION_OF: Record<AttendeeRole, RosterSectionKey> = {
  participant: 'participants',
  internal_team_member: 'participants',
  director: 'directors',
  delegate: 'directors',
  trainer: 'staff',
  facilitator: 'staff',
  speaker: 'staff',
};

const SECTION_ORDER: RosterSectionKey[] = ['participants', 'directors', 'staff'];

/**
 * The roster as the trainer reads it: participants with their internal teams under them, directors with their
 * delegates, then staff. Someone whose lead is not on this roster stands on their own. Order within follows the API.
 */
export function groupRoster(roster: readonly RosterEntry[]): RosterSection[] {
  const present = new Set(roster.map((entry) => entry.personId));
  const members = new Map<string, RosterEntry[]>();
  for (const entry of roster) {
    if (entry.groupedUnder && present.has(entry.groupedUnder)) {
      members.set(entry.groupedUnder, [...(members.get(entry.groupedUnder) ?? []), entry]);
    }
  }
  const sections = new Map<RosterSectionKey, RosterLine[]>();
  for (const entry of roster) {
    if (entry.groupedUnder && present.has(entry.groupedUnder)) continue;
    const key = SECTION_OF[entry.role];
    sections.set(key, [...(sections.get(key) ?? []), { entry, members: members.get(entry.personId) ?? [] }]);
  }
  return SECTION_ORDER.filter((key) => sections.has(key)).map((key) => ({ key, lines: sections.get(key)! }));
}

/** Who "mark the rest present" and the counts are about: everyone but those running the session. */
export const isAttendee = (entry: RosterEntry) => !(RUNNING_ROLES as readonly AttendeeRole[]).includes(entry.role);
