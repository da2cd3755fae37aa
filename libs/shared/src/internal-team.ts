import type { InnovationPhase, SessionMode, SessionStatus } from './domain';
import type { SentInvitation } from './invitations';
import type { RsvpResponse } from './rsvp';

export interface InternalTeamMember {
  personId: string;
  name: string;
  email: string;
  roleInOrganisation: string | null;
}

/** A participant's own internal team in one edition. */
export interface InternalTeam {
  enrolmentId: string;
  editionId: string;
  editionName: string;
  members: InternalTeamMember[];
  /** Invitations the participant sent that are not answered yet, as they typed them. */
  invitations: SentInvitation[];
}

export interface InternalTeamDay {
  sessionId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
  rsvp: { response: RsvpResponse } | null;
}

/** For an internal-team member: the participant they support, that participant's challenge and the days they join. */
export interface SupportedParticipant {
  editionId: string;
  editionName: string;
  participantName: string;
  roleInOrganisation: string | null;
  challenge: { title: string; description: string; innovation: string; goal: string; phase: InnovationPhase } | null;
  days: InternalTeamDay[];
}

/** `GET /api/me/internal-team`: the teams the person leads as a participant and the ones they are a member of. */
export interface MyInternalTeamResponse {
  teams: InternalTeam[];
  supporting: SupportedParticipant[];
}

/** `POST /api/me/internal-team` (answers a pending `SentInvitation`); `editionId` is needed only by someone who is a participant in more than one current edition. */
export interface InviteTeamMemberRequest {
  name: string;
  email: string;
  roleInOrganisation: string;
  editionId?: string;
}
