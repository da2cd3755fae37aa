import type { Locale } from '@koers/shared/domain';
import { type Rsvp, standingAnswer, type RsvpCounts, type RsvpInvitee, type RsvpSessionSummary, type SessionRsvpOverview, takesDelegates } from '@koers/shared/rsvp';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { ExportTable } from '../app/export-table';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { InvitationsService } from '../invitations/invitations.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { RsvpDto } from './dto/rsvp.dto';
import { rsvpTable } from './rsvp.export';
import { DelegateIsSelfError, DelegateNotAllowedError, DelegationChainError, RsvpClosedError, RsvpSessionCancelledError } from './rsvp.errors';
import { type Invitation, RsvpRepository } from './rsvp.repository';

@Injectable()
export class RsvpService {
  constructor(
    private readonly rsvps: RsvpRepository,
    private readonly access: AccessService,
    private readonly invitations: InvitationsService,
    private readonly notifications: NotificationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /**
   * Answers an invitation until the session starts. Only the people the session expects in an answering role
   * (directors at board meetings, internal-team members at internal-team days) may answer. A director's delegate is
   * invited (invitations/): they join the roster (`expected_attendee`) only once they accept; the director sees the
   * name and email they typed and whether the delegate accepted, never whether the address had an account.
   */
  async answer(auth: AuthContext, sessionId: string, dto: RsvpDto, fromAddress: string): Promise<Rsvp> {
    await this.access.requireAtSession(auth, 'rsvp.answer', sessionId);
    const invitation = await this.rsvps.findInvitation(sessionId, auth.personId);
    if (!invitation) throw new NotFoundError();
    if (invitation.roles.length === 0) throw new ForbiddenError();
    if (invitation.status === 'cancelled') throw new RsvpSessionCancelledError();
    if (invitation.startsAt.getTime() <= Date.now()) throw new RsvpClosedError();
    const delegate = dto.response === 'delegate' ? delegateOf(invitation, dto) : null;
    // One transaction: the answer, the delegate's invitation (and account, if new) and its mail stand or fall together.
    return this.db.transaction(async (manager) => {
      await this.rsvps.lockAnswer(sessionId, auth.personId, manager);
      if (dto.response !== 'attending') {
        await this.rsvps.lockDelegations(sessionId, manager);
        const conflict = await this.rsvps.delegationConflict(sessionId, auth.personId, delegate?.email ?? null, manager);
        if (conflict) throw new DelegationChainError(conflict, delegate?.name ?? null);
      }
      const previous = await this.rsvps.findAnswer(sessionId, auth.personId, manager);
      // The same delegate who already accepted stays; anyone else is invited (again).
      const kept = delegate && previous?.response === 'delegate' && previous.delegateEmail === delegate.email ? previous.delegatePersonId : null;
      const save = async (): Promise<Rsvp> => {
        if (!delegate) {
          await this.invitations.withdrawDelegate(auth, sessionId, manager);
          const rsvp = await this.rsvps.saveAnswer(
            { sessionId, personId: auth.personId, response: dto.response, delegateName: null, delegateEmail: null, delegatePersonId: null },
            manager,
          );
          return { ...rsvp, delegateStatus: null };
        }
        const rsvp = await this.rsvps.saveAnswer(
          { sessionId, personId: auth.personId, response: 'delegate', delegateName: delegate.name, delegateEmail: delegate.email, delegatePersonId: kept },
          manager,
        );
        if (kept) return { ...rsvp, delegateStatus: 'accepted' };
        const sent = await this.invitations.inviteDelegate(
          auth,
          { ...delegate, editionId: invitation.editionId, sessionId, reason: delegateReason(invitation), fromAddress },
          manager,
        );
        return { ...rsvp, delegateStatus: sent.status };
      };
      // Only a delegate who had accepted and is not kept leaves anyone's calendar: they get the meeting's cancellation.
      return previous?.delegatePersonId && !kept ? this.notifications.updatingCalendars(manager, [invitation.editionId], 'delegate_released', save) : save();
    });
  }

  /** The board meetings and internal-team days of the editions the caller runs sessions in (all current ones for the programme office). */
  async overview(auth: AuthContext): Promise<RsvpSessionSummary[]> {
    const editionIds = await this.access.editionsHolding(auth, 'rsvp.read');
    if (editionIds?.length === 0) throw new ForbiddenError();
    return this.rsvps.sessionSummaries(editionIds);
  }

  async sessionOverview(auth: AuthContext, sessionId: string): Promise<SessionRsvpOverview> {
    const session = await this.rsvps.findSession(sessionId);
    if (!session) throw this.access.unknownId(auth);
    await this.access.requireInEdition(auth, 'rsvp.read', session.editionId);
    const invitees = await this.rsvps.invitees(sessionId);
    return { ...session, startsAt: session.startsAt.toISOString(), counts: countAnswers(invitees), invitees };
  }

  /** The session's answers as a table for Excel (CSV or workbook). */
  async sessionOverviewExport(auth: AuthContext, sessionId: string, locale: Locale): Promise<ExportTable<RsvpInvitee>> {
    return rsvpTable(await this.sessionOverview(auth, sessionId), locale);
  }
}

function countAnswers(invitees: RsvpInvitee[]): RsvpCounts {
  const counts: RsvpCounts = { attending: 0, declined: 0, delegate: 0, unanswered: 0 };
  for (const { response, delegateStatus } of invitees) counts[(response && standingAnswer({ response, delegateStatus })) ?? 'unanswered'] += 1;
  return counts;
}

/** The delegate a director names (at a board meeting only, and never themselves). */
function delegateOf(invitation: Invitation, dto: RsvpDto): { name: string; email: string } {
  if (!takesDelegates(invitation.kind) || !invitation.roles.includes('director')) throw new DelegateNotAllowedError();
  const delegate = { name: dto.delegateName!, email: dto.delegateEmail! };
  if (delegate.email === invitation.person.email) throw new DelegateIsSelfError();
  return delegate;
}

function delegateReason(invitation: Invitation): { nl: string; en: string } {
  const { person, title, editionName } = invitation;
  return {
    nl: `${person.name} stuurt jou als vervanger naar de bestuurlijke bijeenkomst "${title}" van ${editionName}.`,
    en: `${person.name} is sending you as their delegate to the board meeting "${title}" of ${editionName}.`,
  };
}
