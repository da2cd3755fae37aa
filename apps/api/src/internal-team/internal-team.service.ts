import type { InternalTeamMember, MyInternalTeamResponse } from '@koers/shared/internal-team';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { AuthService } from '../auth/auth.service';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../errors/koers-error';
import { PeopleRepository } from '../people/people.repository';
import { visibleOnlineUrl } from '../sessions/online-link.rules';
import type { InviteTeamMemberDto } from './dto/invite-team-member.dto';
import { AlreadyInAnotherTeamError, TeamMemberIsSelfError } from './internal-team.errors';
import { InternalTeamRepository, type ParticipantEnrolment } from './internal-team.repository';

@Injectable()
export class InternalTeamService {
  constructor(
    private readonly team: InternalTeamRepository,
    private readonly people: PeopleRepository,
    private readonly auth: AuthService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** As a participant: the teams they lead. As an internal-team member: whom they support, that challenge, and their days. */
  async mine(auth: AuthContext): Promise<MyInternalTeamResponse> {
    const [teams, supported, days] = await Promise.all([
      this.team.teamsLedBy(auth.personId),
      this.team.supportedBy(auth.personId),
      this.team.internalTeamDays(auth.personId),
    ]);
    return {
      teams,
      supporting: supported.map((participant) => ({
        ...participant,
        days: days
          .filter((day) => day.editionId === participant.editionId)
          .map(({ editionId: _, ...day }) => ({ ...day, onlineUrl: visibleOnlineUrl(day, { roles: ['internal_team_member'] }) })),
      })),
    };
  }

  /**
   * A participant invites a colleague: found or created by email (with the participant's organisation), enrolled as
   * internal-team member supporting the participant, and sent an account invitation when the account is new.
   */
  async invite(auth: AuthContext, dto: InviteTeamMemberDto): Promise<InternalTeamMember> {
    const enrolment = await this.chooseEnrolment(auth, dto.editionId);
    if (dto.email === enrolment.participant.email) throw new TeamMemberIsSelfError();
    // One transaction: the account, the enrolment and the queued invitation stand or fall together.
    const person = await this.db.transaction(async (manager) => {
      const [person] = await this.people.findOrCreateByEmail(
        [{ name: dto.name, email: dto.email, organisationId: enrolment.participant.organisationId }],
        manager,
      );
      const added = await this.team.addMember(
        { editionId: enrolment.editionId, personId: person.id, supportsEnrolmentId: enrolment.enrolmentId, roleInOrganisation: dto.roleInOrganisation },
        manager,
      );
      if (!added) throw new AlreadyInAnotherTeamError();
      if (person.created) await this.auth.invite([person], invitationReason(enrolment), manager);
      return person;
    });
    return { personId: person.id, name: person.name, email: person.email, roleInOrganisation: dto.roleInOrganisation };
  }

  async remove(auth: AuthContext, memberPersonId: string): Promise<void> {
    const changed = await this.team.withdrawMember(auth.personId, memberPersonId);
    if (changed === 0) throw new NotFoundError();
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
