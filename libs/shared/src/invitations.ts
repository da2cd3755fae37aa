/**
 * Invitations: how one person asks another to join something (a participant's internal team, a board meeting as a
 * director's delegate). An email address is never an object reference: inviting creates a pending invitation, the
 * invited person accepts it after logging in, and only then is anything attached to their account.
 */
export const INVITATION_KINDS = ['internal_team', 'delegate'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * Why an internal-team invitation cannot be accepted as things stand, named by the 409 accepting it answers: the
 * person takes part in the edition in another role, or is in another participant's internal team there. Declining
 * it still can.
 */
export type InvitationBlock = 'other_role_in_edition' | 'already_in_another_team';

/**
 * What the inviter gets back and sees of an invitation they sent: only what they typed themselves, the same whether
 * or not the address already had an account.
 */
export interface SentInvitation {
  invitationId: string;
  name: string;
  email: string;
  roleInOrganisation: string | null;
  status: InvitationStatus;
  invitedAt: string;
}

/** `GET /api/me/invitations`: a pending invitation addressed to the logged-in person. */
export interface ReceivedInvitation {
  invitationId: string;
  kind: InvitationKind;
  invitedByName: string;
  editionName: string;
  /** Internal team: the role the inviter gave; delegate: null. */
  roleInOrganisation: string | null;
  /** Delegate: the board meeting, with its start. */
  session: { sessionId: string; title: string; startsAt: string } | null;
  invitedAt: string;
  /** Null when it can be accepted; otherwise why not (only declining is left). */
  cannotAccept: InvitationBlock | null;
}

/** The web app's page where a person answers their invitations (linked from the invitation mails). */
export const MY_INVITATIONS_PATH = '/uitnodigingen';
