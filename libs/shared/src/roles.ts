/** A person's role within one edition. The admin flag is global and lives on the person. */
export const EDITION_ROLES = ['participant', 'trainer', 'facilitator', 'director', 'internal_team_member'] as const;
export type EditionRole = (typeof EDITION_ROLES)[number];
