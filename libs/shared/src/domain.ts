export const SESSION_KINDS = ['programme_day', 'network_session', 'board_meeting'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_MODES = ['on_site', 'online', 'hybrid'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['scheduled', 'moved', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Who is expected at a session besides its trainers. */
export interface SessionAudience {
  participants: boolean;
  internalTeams: boolean;
  directors: boolean;
}

export const SESSION_AUDIENCE_GROUPS = ['participants', 'internalTeams', 'directors'] as const satisfies readonly (keyof SessionAudience)[];

/** Who a new session of a kind is for, until someone chooses: directors alone at board meetings, the participants otherwise. */
export const defaultSessionAudience = (kind: SessionKind): SessionAudience =>
  kind === 'board_meeting' ? { participants: false, internalTeams: false, directors: true } : { participants: true, internalTeams: false, directors: false };

export const EDITION_STATUSES = ['draft', 'open', 'running', 'completed', 'archived'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** An edition under way for its members: published (a draft is its preparers' alone) and not yet completed. */
export const CURRENT_EDITION_STATUSES: readonly EditionStatus[] = ['open', 'running'];

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** The innovation route: onderzoek, richt, plan, doe. */
export const INNOVATION_PHASES = ['explore', 'direct', 'plan', 'do'] as const;
export type InnovationPhase = (typeof INNOVATION_PHASES)[number];

export const FEEDBACK_OUTCOMES = ['approved', 'revise'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export type SchoolHolidayRegion = (typeof REGIONS)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
/** Each language as `Intl` writes its numbers: Dutch of the Netherlands (10.000), British English (10,000). */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { nl: 'nl-NL', en: 'en-GB' };

export const TIME_ZONE = 'Europe/Amsterdam';
