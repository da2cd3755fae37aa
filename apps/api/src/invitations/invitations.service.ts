import { randomUUID } from 'node:crypto';
import type { ReceivedInvitation, SentInvitation } from '@koers/shared/invitations';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { NotFoundError } from '../errors/koers-error';
import type { Localized } from '../errors/localized';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { RateLimiter } from '../rate-limits/rate-limiter';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import { AccountInvitations } from './account-invitations.service';
import { AlreadyInAnotherTeamError, AlreadyInTeamError, DelegateStaysAwayError, InvitationAnsweredError, InvitationAnsweredMeanwhileError, InvitationNoLongerValidError, InvitationsRateLimitedError, OtherRoleInEditionError } from './invitations.errors';
import { InvitationsRepository, type NewInvitation } from './invitations.repository';
import { lockRow } from '../database/lock-row';
import { lockRsvpAnswer, lockRsvpDelegations } from '../rsvp/rsvp.repository';

/** What the inviter typed and where the invitation leads; the invited person is found or created by the email. */
export interface InvitationRequest {
  name: string;
  email: string;
  /** One sentence per language saying who invites them to what, for the mail. */
  reason: Localized;
  /** The inviter's client address, counted with the invited address against the invitation limits. */
  fromAddress: string;
}

export type InternalTeamInvitation = InvitationRequest & { editionId: string; supportsEnrolmentId: string; roleInOrganisation: string };
export type DelegateInvitation = InvitationRequest & { editionId: string; sessionId: string };

/**
 * An email address is never an object reference: inviting someone creates a pending invitation, whether or not the
 * address has an account, with the same answer and a mail either way; nothing is attached to the invited person
 * until they accept it after logging in.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly people: PeopleRepository,
    private readonly accounts: AccountInvitations,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhookOutboxRepository,
    private readonly limiter: RateLimiter,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** A participant invites a colleague to their internal team; the caller has checked the participant enrolment. */
  inviteToInternalTeam(auth: AuthContext, request: InternalTeamInvitation): Promise<SentInvitation> {
    return this.db.transaction(async (manager) => {
      // Inviting a member again with another role asks them to take it; with the role they have, it changes nothing
      // and would only mail them a second invitation.
      if (await this.invitations.isTeamMemberAs(request.supportsEnrolmentId, request.email, request.roleInOrganisation, manager)) throw new AlreadyInTeamError();
      return this.invite(
        manager,
        { kind: 'internal_team', supportsEnrolmentId: request.supportsEnrolmentId, roleInOrganisation: request.roleInOrganisation, editionId: request.editionId },
        auth,
        request,
      );
    });
  }

  /**
   * A director sends a delegate to a board meeting, in the transaction that stores their answer; the caller has
   * checked the director. An earlier pending delegate invitation for the meeting is replaced.
   */
  async inviteDelegate(auth: AuthContext, request: DelegateInvitation, manager: EntityManager): Promise<SentInvitation> {
    const previous = await this.invitations.pendingDelegateInvitee(request.sessionId, auth.personId, manager);
    const sent = await this.invite(manager, { kind: 'delegate', sessionId: request.sessionId, editionId: request.editionId }, auth, request);
    // Readdressed to someone else (a mistyped address put right), the invitation no longer waits for whom it named first.
    if (previous) await this.endAccountsLeftUnused([previous], manager);
    return sent;
  }

  /** The director's answer no longer names a delegate (or names another one): their pending delegate invitations lapse. */
  async withdrawDelegate(auth: AuthContext, sessionId: string, manager: EntityManager): Promise<void> {
    await this.endAccountsLeftUnused(await this.invitations.withdrawDelegateInvitations(sessionId, auth.personId, manager), manager);
  }

  /** `GET /api/me/invitations`: what waits for the logged-in person's answer. */
  received(auth: AuthContext): Promise<ReceivedInvitation[]> {
    return this.invitations.received(auth.personId);
  }

  /** How many invitations wait for the logged-in person's answer (`GET /api/me`'s `waiting`). */
  countReceived(auth: AuthContext): Promise<number> {
    return this.invitations.countReceived(auth.personId);
  }

  /** Only the invited person accepts, in one transaction with what the invitation attaches. */
  async accept(auth: AuthContext, invitationId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      // A delegate's acceptance changes their director's answer: it takes that answer's lock before the invitation's,
      // in the order the director's own answer takes them, so the two never wait for each other crosswise.
      const delegation = await this.invitations.delegationOf(invitationId, auth.personId, manager);
      if (delegation) {
        await lockRsvpAnswer(manager, delegation.sessionId, delegation.directorId);
        await lockRsvpDelegations(manager, delegation.sessionId);
      }
      // Joining a team is an enrolment: it takes the edition's lock first, as enrolling and withdrawing do, so a
      // withdrawal of the participant is either done (no team left to join) or waits and takes the new member along.
      const teamEdition = await this.invitations.teamEditionOf(invitationId, auth.personId, manager);
      if (teamEdition) await lockRow(manager, 'edition', teamEdition);
      const invitation = await this.invitations.lockAddressed(invitationId, auth.personId, manager);
      // Accepted already (a double click, a second tab): the same answer again.
      if (invitation?.status === 'accepted') return;
      if (!invitation) throw new NotFoundError();
      if (invitation.status !== 'pending') throw new InvitationAnsweredError(invitation.status);
      let newRole = true;
      if (invitation.kind === 'internal_team') {
        const outcome = await this.invitations.addTeamMember(invitation, manager);
        if (outcome === 'gone') throw new InvitationNoLongerValidError();
        if (outcome === 'other_team') throw new AlreadyInAnotherTeamError();
        if (outcome === 'other_role') throw new OtherRoleInEditionError();
        newRole = outcome.joined;
        if (newRole) {
          await this.webhooks.enqueue(manager, [
            {
              event: 'enrolment.created',
              key: `enrolment.created:${outcome.enrolmentId}:${new Date().toISOString()}`,
              data: { enrolmentId: outcome.enrolmentId, editionId: invitation.editionId, personId: auth.personId, role: 'internal_team_member', status: 'active' },
            },
          ]);
        }
      } else {
        // A director of the meeting who said they stay away (or send someone) would leave both seats empty.
        const own = await this.invitations.ownAnswer(invitation.sessionId!, auth.personId, manager);
        if (own === 'declined' || own === 'delegate') throw new DelegateStaysAwayError();
        // A delegate hears of the one meeting that came, with its invitation, whatever else they are expected at in the
        // edition: the whole schedule would repeat what a participant or director has, and goes to anyone only once.
        const setDelegate = () => this.invitations.setDelegate(invitation, manager);
        if (!(await this.notifications.updatingCalendars(manager, [invitation.editionId], 'delegate_accepted', setDelegate))) {
          throw new InvitationNoLongerValidError();
        }
        newRole = false;
      }
      await this.invitations.markAnswered(invitation.id, 'accepted', manager);
      await this.people.adoptInvitersOrganisation(auth.personId, invitation.invitedByPersonId, manager);
      // A new internal-team member: their sessions (the team days) by mail, once; someone invited again to the team
      // they are in has them already.
      if (newRole) await this.notifications.schedulePublished(manager, invitation.editionId, [auth.personId]);
    });
  }

  /** A director whose delegate declines hears of it: nobody goes in their place until they answer again. */
  async decline(auth: AuthContext, invitationId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const invitation = await this.invitations.lockAddressed(invitationId, auth.personId, manager);
      // Declined already (a double click, a second tab): the same answer again.
      if (invitation?.status === 'declined') return;
      if (!invitation) throw new NotFoundError();
      if (invitation.status !== 'pending') throw new InvitationAnsweredError(invitation.status);
      await this.invitations.markAnswered(invitation.id, 'declined', manager);
      if (invitation.kind === 'delegate') {
        await this.notifications.notify(manager, [
          { personId: invitation.invitedByPersonId, kind: 'delegate_declined', eventKey: `delegate_declined:${invitationId}`, payload: { invitationId } },
        ]);
      }
    });
  }

  /** The inviter takes back an invitation that has not been answered; taken back already, the same answer again. */
  async withdraw(auth: AuthContext, invitationId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const sent = await this.invitations.lockSent(invitationId, auth.personId, manager);
      if (sent?.status === 'withdrawn') return;
      if (!sent) throw new NotFoundError();
      if (sent.status !== 'pending') throw new InvitationAnsweredMeanwhileError(sent.status, sent.kind);
      await this.invitations.markAnswered(invitationId, 'withdrawn', manager);
      await this.endAccountsLeftUnused([sent.personId], manager);
    });
  }

  /** Directors left the edition: their answers to its coming board meetings go, delegate invitations too; whom those sent. */
  async withdrawDirectorsComingAnswers(editionId: string, directorPersonIds: readonly string[], manager: EntityManager): Promise<string[]> {
    const { released, uninvited } = await this.invitations.withdrawDirectorsComingAnswers(editionId, directorPersonIds, manager);
    await this.endAccountsLeftUnused(uninvited, manager);
    return released;
  }

  /** A participant left the edition: their internal team's pending invitations go with them. */
  async withdrawTeamInvitations(supportsEnrolmentId: string, manager: EntityManager): Promise<void> {
    await this.endAccountsLeftUnused(await this.invitations.withdrawTeamInvitations(supportsEnrolmentId, manager), manager);
  }

  /**
   * Someone invited at an address that has no other use in Koers (a mistyped one, most often) keeps no working link
   * once the invitation is withdrawn: whoever reads that mailbox could otherwise still make the account.
   */
  private async endAccountsLeftUnused(personIds: readonly string[], manager: EntityManager): Promise<void> {
    await this.accounts.withdraw(await this.people.accountsLeftUnused(personIds, manager), manager);
  }

  /** The invitations to these internal teams not accepted, for the participant who leads them (`unacceptedForTeams`). */
  unacceptedForTeams(supportsEnrolmentIds: readonly string[]): ReturnType<InvitationsRepository['unacceptedForTeams']> {
    return this.invitations.unacceptedForTeams(supportsEnrolmentIds);
  }

  private async invite(
    manager: EntityManager,
    target: Pick<NewInvitation, 'kind' | 'editionId' | 'supportsEnrolmentId' | 'roleInOrganisation' | 'sessionId'>,
    auth: AuthContext,
    request: InvitationRequest,
  ): Promise<SentInvitation> {
    await this.invitations.lockTarget(manager, { ...target, invitedByPersonId: auth.personId, email: request.email });
    const [person] = await this.people.findOrCreateByEmail([{ name: request.name, email: request.email }], manager);
    await this.invitations.correctInviteeName(person.id, request.name, auth.personId, manager);
    const { canLogIn, repeated, ...sent } = await this.invitations.savePending(
      { ...target, invitedByPersonId: auth.personId, personId: person.id, name: request.name, email: request.email },
      manager,
    );
    // Both kinds of address get a mail in the same transaction; only its wording differs, and the inviter sees neither.
    // Inviting the same person again while they have not answered sends nothing new, so it counts toward no limit
    // (a double click, a director saving their answer again). Over a limit, the transaction takes the invitation back.
    if (repeated) return sent;
    await this.limiter.consume(
      [
        { rule: RATE_LIMITS.invitationAddress, subject: [request.fromAddress] },
        { rule: RATE_LIMITS.invitationTarget, subject: [request.email] },
      ],
      InvitationsRateLimitedError,
      manager,
    );
    if (canLogIn) {
      await this.notifications.notify(manager, [
        {
          personId: person.id,
          kind: 'invitation_received',
          eventKey: `invitation_received:${sent.invitationId}:${randomUUID()}`,
          payload: { reason: request.reason, invitationId: sent.invitationId },
        },
      ]);
    } else {
      await this.accounts.invite([person], request.reason, manager, { invitationId: sent.invitationId });
    }
    return sent;
  }
}
