import type { SessionKind, SessionStatus } from './domain';
import type { InvitationStatus } from './invitations';

/** A director's answer to a board meeting, an internal-team member's answer to an internal-team day. */
export const RSVP_RESPONSES = ['attending', 'declined', 'delegate'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

/** The roles that are invited to answer: directors (board meetings) and internal-team members (internal-team days). */
export const RSVP_ROLES = ['director', 'internal_team_member'] as const;
export type RsvpRole = (typeof RSVP_ROLES)[number];

/** Only a board meeting takes delegates (a director's); an internal-team day is one's own to come to or not. */
export const takesDelegates = (kind: SessionKind) => kind === 'board_meeting';

/** `PUT /api/sessions/:id/rsvp`; a delegate needs a name and an email address, and only directors may send one. */
export interface RsvpRequest {
  response: RsvpResponse;
  delegateName?: string;
  delegateEmail?: string;
}

export interface Rsvp {
  response: RsvpResponse;
  /** As the director typed them; the delegate joins the roster only once they accept the invitation. */
  delegateName: string | null;
  delegateEmail: string | null;
  /** The delegate's invitation: pending until they accept (or decline) it; null without a delegate. */
  delegateStatus: InvitationStatus | null;
}

/**
 * Whether the answer still settles the meeting: not once the delegate it names declined, since then nobody comes in
 * the director's place and they must answer again (the commitment line, the home page, the reminder).
 */
export function answerStands(rsvp: Pick<Rsvp, 'response' | 'delegateStatus'> | null): boolean {
  return rsvp !== null && !(rsvp.response === 'delegate' && rsvp.delegateStatus === 'declined');
}

/** The answer while it stands (`answerStands`), else null: as if not answered. */
export const standingAnswer = (rsvp: Pick<Rsvp, 'response' | 'delegateStatus'> | null): RsvpResponse | null => (rsvp && answerStands(rsvp) ? rsvp.response : null);

export interface RsvpCounts {
  attending: number;
  declined: number;
  delegate: number;
  unanswered: number;
}

/** One board meeting or internal-team day in the RSVP overview (`GET /api/rsvp-overview`). */
export interface RsvpSessionSummary {
  sessionId: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  startsAt: string;
  status: SessionStatus;
  counts: RsvpCounts;
}

/** Someone invited to answer, with their answer or null while they have not answered. */
export interface RsvpInvitee {
  personId: string;
  name: string;
  email: string;
  organisationName: string | null;
  role: RsvpRole;
  /** For an internal-team member: the participant whose team they are in. */
  supportsName: string | null;
  response: RsvpResponse | null;
  delegateName: string | null;
  delegateEmail: string | null;
  /** The delegate's invitation (as in Rsvp): a declined one leaves the seat unanswered in the counts. */
  delegateStatus: InvitationStatus | null;
  respondedAt: string | null;
}

/** `GET /api/sessions/:id/rsvps`; the same rows as CSV at `GET /api/sessions/:id/rsvps.csv`. */
export interface SessionRsvpOverview extends RsvpSessionSummary {
  invitees: RsvpInvitee[];
}
