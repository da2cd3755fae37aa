import type { MyInternalTeamResponse } from '@koers/shared/internal-team';
import type { SentInvitation } from '@koers/shared/invitations';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { lockRow } from '../database/lock-row';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../errors/koers-error';
import { InvitationsService } from '../invitations/invitations.service';
import { visibleOnlineUrl } from '../sessions/online-link.rules';
import { enrolmentsWithdrawn, WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import type { InviteTeamMemberDto } from './dto/invite-team-member.dto';
import { TeamMemberIsSelfError } from './internal-team.errors';
import { InternalTeamRepository, type ParticipantEnrolment } from './internal-team.repository';
import { NotificationsService } from '../notifications/notifications.service';

@Injectable()
export class InternalTeamService {
  constructor(
    private readonly access: AccessService,
    private readonly team: InternalTeamRepository,
    private readonly invitations: InvitationsService,
    private readonly webhooks: WebhookOutboxRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** As a participant: the teams they lead. As an internal-team member: whom they support, that challenge, and their days. */
  async mine(auth: AuthContext): Promise<MyInternalTeamResponse> {
    const [teams, supported, days] = await Promise.all([
      this.team.teamsLedBy(auth.personId),
      this.team.supportedBy(auth.personId),
      this.team.internalTeamDays(auth.personId),
    ]);
    const invitations = await this.invitations.unacceptedForTeams(teams.map((team) => team.enrolmentId));
    return {
      teams: teams.map((team) => ({
        ...team,
        invitations: invitations
          .filter((invitation) => invitation.supportsEnrolmentId === team.enrolmentId)
          .map(({ supportsEnrolmentId: _, ...invitation }) => invitation),
      })),
      supporting: supported.map((participant) => ({
        ...participant,
        days: days
          .filter((day) => day.editionId === participant.editionId)
          .map(({ editionId: _, ...day }) => ({ ...day, onlineUrl: visibleOnlineUrl(day, { roles: ['internal_team_member'] }) })),
      })),
    };
  }

  /**
   * A participant invites a colleague: a pending invitation that the colleague accepts after logging in (a new address
   * first gets an account and the "choose your password" mail). The answer holds only what the participant typed, the
   * same whether or not the address had an account; nobody joins the team until they accept.
   */
  async invite(auth: AuthContext, dto: InviteTeamMemberDto, fromAddress: string): Promise<SentInvitation> {
    // An edition named is asked about first: one archived since says so (409), not that there is no access.
    if (dto.editionId) await this.access.requireInEdition(auth, 'internalTeam.manage', dto.editionId);
    const enrolment = await this.chooseEnrolment(auth, dto.editionId);
    if (!dto.editionId) await this.access.requireInEdition(auth, 'internalTeam.manage', enrolment.editionId);
    if (dto.email === enrolment.participant.email) throw new TeamMemberIsSelfError();
    return this.invitations.inviteToInternalTeam(auth, {
      name: dto.name,
      email: dto.email,
      editionId: enrolment.editionId,
      supportsEnrolmentId: enrolment.enrolmentId,
      roleInOrganisation: dto.roleInOrganisation,
      reason: invitationReason(enrolment),
      fromAddress,
    });
  }

  async remove(auth: AuthContext, memberPersonId: string): Promise<void> {
    const editionIds = await this.team.teamEditionIds(auth.personId, memberPersonId);
    // Looked up among the caller's own teams: a 404 says nothing about anyone else's.
    if (editionIds.length === 0) throw new NotFoundError();
    await this.access.requireInEditions(auth, 'internalTeam.manage', editionIds);
    await this.team.transaction(async (manager) => {
      // Leaving a team is an enrolment change: it takes the editions' locks first, as joining and withdrawing do, so a
      // second removal side by side reads the first one's outcome and tells nobody again.
      for (const editionId of [...editionIds].sort()) await lockRow(manager, 'edition', editionId);
      // The colleague's calendar loses the team days.
      const withdrawn = await this.notifications.updatingCalendars(manager, editionIds, 'team_removed', () => this.team.withdrawMember(auth.personId, memberPersonId, manager));
      // Removed already (a second tab, a retried request): the same answer again, and nobody hears of it twice.
      if (withdrawn.length === 0) return;
      await this.webhooks.enqueue(
        manager,
        enrolmentsWithdrawn(withdrawn.map((member) => ({ ...member, personId: memberPersonId, role: 'internal_team_member' }))),
      );
    });
  }

  /** The participant enrolment to add to: the one named, or the only current one. */
  private async chooseEnrolment(auth: AuthContext, editionId: string | undefined): Promise<ParticipantEnrolment> {
    const enrolments = await this.team.currentParticipantEnrolments(auth.personId);
    const candidates = editionId ? enrolments.filter((e) => e.editionId === editionId) : enrolments;
    if (candidates.length === 0) throw new ForbiddenError();
    if (candidates.length > 1) {
      throw new ValidationFailedError([
        {
          field: 'editionId',
          message: { nl: 'Kies de editie waarvoor je deze collega uitnodigt.', en: 'Choose the edition you are inviting this colleague to.' },
        },
      ]);
    }
    return candidates[0];
  }
}

function invitationReason({ participant, editionName }: ParticipantEnrolment): { nl: string; en: string } {
  return {
    nl: `${participant.name} nodigt je uit voor het intern team bij ${editionName}: samen zorgen jullie dat de vernieuwing in jullie organisatie landt.`,
    en: `${participant.name} has invited you to their internal team for ${editionName}, to help carry the innovation in your organisation.`,
  };
}
