import type { EditionRole } from '@koers/shared/roles';

/** Each role as a sentence names it ("ingeschreven als begeleider", "stays its facilitator"). */
export const ROLE_NAMES: Record<EditionRole, { nl: string; en: string }> = {
  participant: { nl: 'deelnemer', en: 'participant' },
  trainer: { nl: 'trainer', en: 'trainer' },
  facilitator: { nl: 'begeleider', en: 'facilitator' },
  director: { nl: 'directeur', en: 'director' },
  internal_team_member: { nl: 'lid van een intern team', en: 'member of an internal team' },
};
