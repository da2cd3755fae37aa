import type { InvitationBlock, InvitationKind, InvitationStatus, ReceivedInvitation, SentInvitation } from '@koers/shared/invitations';
import type { RsvpResponse } from '@koers/shared/rsvp';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockKey } from '../database/lock-row';
import { isCurrentEdition } from '../database/edition-sql';
import { jsonInstant } from '../database/json-instant';

/** Internal teams change only while an edition is current; afterwards they are history. */
const CURRENT_EDITION = isCurrentEdition('ed');

/** The pending invitations addressed to person $1 that can still be accepted (their edition and session still ahead). */
const RECEIVED_FROM = `invitation i
         JOIN edition ed ON ed.id = i.edition_id AND ${CURRENT_EDITION}
         LEFT JOIN session s ON s.id = i.session_id`;
const RECEIVED_WHERE = `i.person_id = $1 AND i.status = 'pending' AND (s.id IS NULL OR (s.starts_at > now() AND s.status <> 'cancelled'))`;

/**
 * Why the invited person of internal-team invitation `i` cannot join the team (an `InvitationBlock`), or null: one
 * person has one part in an edition, and is in one participant's internal team there (roles-in-edition.rules.ts;
 * a place on the waiting list is a part too, since it becomes one without another check).
 */
const TEAM_INVITATION_BLOCK = `(SELECT CASE WHEN bool_or(own.role <> 'internal_team_member') THEN 'other_role_in_edition'
                                           WHEN bool_or(own.supports_enrolment_id <> i.supports_enrolment_id) THEN 'already_in_another_team' END
                                  FROM enrolment own
                                 WHERE own.edition_id = i.edition_id AND own.person_id = i.person_id AND own.status <> 'withdrawn')`;

export interface NewInvitation {
  kind: InvitationKind;
  invitedByPersonId: string;
  personId: string;
  name: string;
  email: string;
  editionId: string;
  supportsEnrolmentId?: string | null;
  roleInOrganisation?: string | null;
  sessionId?: string | null;
}

/** An invitation addressed to someone, locked for answering. */
export interface AddressedInvitation {
  id: string;
  kind: InvitationKind;
  status: InvitationStatus;
  invitedByPersonId: string;
  personId: string;
  email: string;
  editionId: string;
  supportsEnrolmentId: string | null;
  roleInOrganisation: string | null;
  sessionId: string | null;
}

const SENT_COLUMNS = `id AS "invitationId", name, email, role_in_organisation AS "roleInOrganisation", status, created_at AS "invitedAt"`;

/**
 * A column of the latest delegate invitation that a director's answer `rsvp` (an alias of session_rsvp) sent to the
 * delegate it names, or NULL when it sent none (answers from before invitations, a delegate erased since).
 */
export const latestDelegateInvitation = (rsvp: string, column: 'status' | 'responded_at') => `(SELECT latest.${column} FROM invitation latest
   WHERE latest.kind = 'delegate' AND latest.session_id = ${rsvp}.session_id AND latest.invited_by_person_id = ${rsvp}.person_id
     AND latest.email = ${rsvp}.delegate_email
   ORDER BY latest.created_at DESC LIMIT 1)`;

export const latestDelegateInvitationStatus = (rsvp: string) => latestDelegateInvitation(rsvp, 'status');

/**
 * The director's answer `rsvp` names a delegate who declined: nobody goes in the director's place (`answerStands`).
 * False without an answer; the invitation is looked up for a delegate's answer only.
 */
export const delegateDeclined = (rsvp: string) =>
  `(CASE WHEN ${rsvp}.response = 'delegate' THEN ${latestDelegateInvitationStatus(rsvp)} IS NOT DISTINCT FROM 'declined' ELSE false END)`;

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The lock under which an invitation to this target is saved: the same invitation sent at once is saved one after
   * the other, so only the first is news. Keyed by what the pending invitation is unique on (see `target` in
   * `savePending`), the invited person by their address: taken before their account is found or made, whose row an
   * invitation sent at the same moment may hold.
   */
  async lockTarget(
    manager: EntityManager,
    invitation: Pick<NewInvitation, 'kind' | 'supportsEnrolmentId' | 'sessionId' | 'invitedByPersonId' | 'email'>,
  ): Promise<void> {
    const key = invitation.kind === 'internal_team' ? [invitation.supportsEnrolmentId!, invitation.email.toLowerCase()] : [invitation.sessionId!, invitation.invitedByPersonId];
    await lockKey(manager, 'invitation', invitation.kind, ...key);
  }

  /** Whether the address is an active member of this internal team already with this role (its participant sees them listed). */
  async isTeamMemberAs(supportsEnrolmentId: string, email: string, roleInOrganisation: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM enrolment en JOIN person p ON p.id = en.person_id
        WHERE en.supports_enrolment_id = $1 AND en.role = 'internal_team_member' AND en.status = 'active' AND p.email = $2
          AND lower(COALESCE(en.role_in_organisation, '')) = lower($3)`,
      [supportsEnrolmentId, email.toLowerCase(), roleInOrganisation],
    );
    return rows.length > 0;
  }

  /**
   * Stores a pending invitation, or refreshes the pending one for the same place (the same person in the same team, the
   * director's delegate for the same meeting), in one statement. `canLogIn` says whether the invited account has a
   * password already; it decides which mail they get and is never shown to the inviter. `repeated` says the same person
   * was already invited there and has not answered (no second mail then). Under the caller's `lockTarget`: the others sent at once see it here.
   */
  async savePending(invitation: NewInvitation, manager: EntityManager): Promise<SentInvitation & { canLogIn: boolean; repeated: boolean }> {
    const [{ repeated }] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM invitation
          WHERE status = 'pending' AND person_id = $1 AND kind = $2
            AND (supports_enrolment_id = $3 OR (session_id = $4 AND invited_by_person_id = $5))) AS repeated`,
      [invitation.personId, invitation.kind, invitation.supportsEnrolmentId ?? null, invitation.sessionId ?? null, invitation.invitedByPersonId],
    );
    const target =
      invitation.kind === 'internal_team'
        ? `(supports_enrolment_id, person_id) WHERE status = 'pending'`
        : `(session_id, invited_by_person_id) WHERE status = 'pending'`;
    const [row] = await manager.query(
      `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation, session_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ${target} DO UPDATE
          SET person_id = EXCLUDED.person_id, name = EXCLUDED.name, email = EXCLUDED.email,
              role_in_organisation = EXCLUDED.role_in_organisation, created_at = now()
       RETURNING ${SENT_COLUMNS}, (SELECT p.password_hash IS NOT NULL FROM person p WHERE p.id = $3) AS "canLogIn"`,
      [
        invitation.kind,
        invitation.invitedByPersonId,
        invitation.personId,
        invitation.name,
        invitation.email,
        invitation.editionId,
        invitation.supportsEnrolmentId ?? null,
        invitation.roleInOrganisation ?? null,
        invitation.sessionId ?? null,
      ],
    );
    return { ...row, repeated };
  }

  /** The director's delegate invitations for the meeting that still wait for an answer are withdrawn (the answer changed); whom they invited. */
  async withdrawDelegateInvitations(sessionId: string, directorPersonId: string, manager: EntityManager): Promise<string[]> {
    return invitedPeople(
      await manager.query(
        `UPDATE invitation SET status = 'withdrawn', responded_at = now()
          WHERE kind = 'delegate' AND session_id = $1 AND invited_by_person_id = $2 AND status = 'pending'
        RETURNING person_id AS "personId"`,
        [sessionId, directorPersonId],
      ),
    );
  }

  /**
   * Directors withdrawn from the edition send nobody to its coming board meetings any more: their answers to those go,
   * with the delegate invitations they sent that still wait. Answers whom the answers sent in their place (released)
   * and whom the invitations still waiting invited (uninvited).
   */
  async withdrawDirectorsComingAnswers(
    editionId: string,
    directorPersonIds: readonly string[],
    manager: EntityManager,
  ): Promise<{ released: string[]; uninvited: string[] }> {
    if (directorPersonIds.length === 0) return { released: [], uninvited: [] };
    const [row]: { released: string[]; uninvited: string[] }[] = await manager.query(
      `WITH coming AS (
         SELECT s.id FROM session s WHERE s.edition_id = $1 AND s.audience_directors AND s.starts_at > now()
       ), invitations AS (
         UPDATE invitation SET status = 'withdrawn', responded_at = now()
          WHERE kind = 'delegate' AND status = 'pending' AND invited_by_person_id = ANY($2::uuid[]) AND session_id IN (SELECT id FROM coming)
         RETURNING person_id
       ), answers AS (
         DELETE FROM session_rsvp r
          WHERE r.session_id IN (SELECT id FROM coming) AND r.person_id = ANY($2::uuid[])
         RETURNING r.delegate_person_id
       )
       SELECT ARRAY(SELECT delegate_person_id::text FROM answers WHERE delegate_person_id IS NOT NULL) AS released,
              ARRAY(SELECT person_id::text FROM invitations) AS uninvited`,
      [editionId, directorPersonIds],
    );
    return row;
  }

  /** Whom the director's delegate invitation for the meeting invites while it waits for an answer; null when none waits. */
  async pendingDelegateInvitee(sessionId: string, directorPersonId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT person_id AS "personId" FROM invitation WHERE kind = 'delegate' AND session_id = $1 AND invited_by_person_id = $2 AND status = 'pending'`,
      [sessionId, directorPersonId],
    );
    return row?.personId ?? null;
  }

  /** Withdraws the pending invitations to a participant enrolment's internal team: there is no team to join any more. Whom they invited. */
  async withdrawTeamInvitations(supportsEnrolmentId: string, manager: EntityManager): Promise<string[]> {
    return invitedPeople(
      await manager.query(
        `UPDATE invitation SET status = 'withdrawn', responded_at = now() WHERE kind = 'internal_team' AND supports_enrolment_id = $1 AND status = 'pending'
         RETURNING person_id AS "personId"`,
        [supportsEnrolmentId],
      ),
    );
  }

  /**
   * The invitations to these internal teams not accepted: waiting for an answer, or declined in the last 30 days (the
   * invited person was told the participant would see it; inviting them again makes it wait once more).
   */
  async unacceptedForTeams(supportsEnrolmentIds: readonly string[]): Promise<(SentInvitation & { supportsEnrolmentId: string })[]> {
    if (supportsEnrolmentIds.length === 0) return [];
    return this.db.query(
      `SELECT ${SENT_COLUMNS}, supports_enrolment_id AS "supportsEnrolmentId"
         FROM invitation i
        WHERE kind = 'internal_team' AND supports_enrolment_id = ANY($1::uuid[]) AND status IN ('pending', 'declined')
          AND (status = 'pending'
               OR (responded_at > now() - interval '30 days'
                   AND NOT EXISTS (SELECT 1 FROM invitation later
                                    WHERE later.kind = 'internal_team' AND later.supports_enrolment_id = i.supports_enrolment_id
                                      AND later.person_id = i.person_id AND later.created_at > i.created_at)
                   -- Put in the team since (by the programme office), they are listed as a member.
                   AND NOT EXISTS (SELECT 1 FROM enrolment member
                                    WHERE member.supports_enrolment_id = i.supports_enrolment_id AND member.person_id = i.person_id
                                      AND member.status = 'active')))
        ORDER BY created_at, id`,
      [supportsEnrolmentIds],
    );
  }

  /** The pending invitations addressed to the person that can still be accepted, oldest first, in one query. */
  async received(personId: string): Promise<ReceivedInvitation[]> {
    return this.db.query(
      `SELECT i.id AS "invitationId", i.kind, inviter.name AS "invitedByName", ed.name AS "editionName",
              i.role_in_organisation AS "roleInOrganisation",
              CASE WHEN s.id IS NULL THEN NULL
                   ELSE json_build_object('sessionId', s.id, 'title', s.title, 'startsAt', ${jsonInstant('s.starts_at')}) END AS session,
              i.created_at AS "invitedAt",
              CASE WHEN i.kind = 'internal_team' THEN ${TEAM_INVITATION_BLOCK} END AS "cannotAccept"
         FROM ${RECEIVED_FROM}
         JOIN person inviter ON inviter.id = i.invited_by_person_id
        WHERE ${RECEIVED_WHERE}
        ORDER BY i.created_at, i.id`,
      [personId],
    );
  }

  /** How many of those wait, for the notice above the pages. */
  async countReceived(personId: string): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS waiting FROM ${RECEIVED_FROM} WHERE ${RECEIVED_WHERE}`, [personId]);
    return row.waiting;
  }

  /**
   * The name the inviter typed again for someone who only exists by their invitations (no password chosen, never
   * logged in, in no edition) and waits for no one else's: a director correcting their delegate's misspelt name.
   * Anyone with an account keeps theirs, and another inviter's name for someone stands.
   */
  async correctInviteeName(personId: string, name: string, invitedByPersonId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE person p SET name = $2
        WHERE p.id = $1 AND p.name <> $2 AND p.password_hash IS NULL AND p.last_login_at IS NULL AND p.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.person_id = p.id AND i.status = 'pending' AND i.invited_by_person_id <> $3)`,
      [personId, name, invitedByPersonId],
    );
  }

  /**
   * The invitation addressed to the person, locked until the transaction ends, with its status: a second accept that
   * waited for the first one then reads it accepted.
   */
  async lockAddressed(invitationId: string, personId: string, manager: EntityManager): Promise<AddressedInvitation | null> {
    const rows = await manager.query(
      `SELECT id, kind, status, invited_by_person_id AS "invitedByPersonId", person_id AS "personId", email, edition_id AS "editionId",
              supports_enrolment_id AS "supportsEnrolmentId", role_in_organisation AS "roleInOrganisation", session_id AS "sessionId"
         FROM invitation WHERE id = $1 AND person_id = $2
          FOR UPDATE`,
      [invitationId, personId],
    );
    return rows[0] ?? null;
  }

  /** An answer (accepted, declined) or the inviter taking it back (withdrawn), after locking the invitation. */
  async markAnswered(invitationId: string, status: 'accepted' | 'declined' | 'withdrawn', manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE invitation SET status = $2, responded_at = now() WHERE id = $1`, [invitationId, status]);
  }

  /** The status of an invitation the person sent and whom it invites, locked until the transaction ends; null when they sent no such one. */
  async lockSent(
    invitationId: string,
    inviterPersonId: string,
    manager: EntityManager,
  ): Promise<{ status: InvitationStatus; kind: 'internal_team' | 'delegate'; personId: string } | null> {
    const rows = await manager.query(`SELECT status, kind, person_id AS "personId" FROM invitation WHERE id = $1 AND invited_by_person_id = $2 FOR UPDATE`, [
      invitationId,
      inviterPersonId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * Accepting an internal-team invitation: enrols the person as internal-team member supporting the participant
   * enrolment (a withdrawn member comes back), answering the enrolment and whether they joined (false when they were
   * in that team already: an invitation sent again changes only their role). 'gone' when the participant left or the
   * edition is no longer current; 'other_team' when the person is already active in another participant's team in
   * the edition; 'other_role' when they take part in it otherwise (participant, director, trainer or facilitator):
   * the team days, the team's questionnaires and the attendance they record would count them twice.
   */
  async addTeamMember(
    invitation: AddressedInvitation,
    manager: EntityManager,
  ): Promise<{ enrolmentId: string; joined: boolean } | 'gone' | 'other_team' | 'other_role'> {
    const [participant]: { block: InvitationBlock | null }[] = await manager.query(
      `SELECT ${TEAM_INVITATION_BLOCK} AS block
         FROM invitation i
         JOIN enrolment e ON e.id = i.supports_enrolment_id
         JOIN edition ed ON ed.id = e.edition_id
        WHERE i.id = $1 AND e.role = 'participant' AND e.status = 'active' AND ${CURRENT_EDITION}`,
      [invitation.id],
    );
    if (!participant) return 'gone';
    if (participant.block === 'other_role_in_edition') return 'other_role';
    // In another participant's team: refused below, under the enrolment's unique key, also when it happened meanwhile.
    const rows = await manager.query(
      `WITH already AS (
         SELECT 1 FROM enrolment
          WHERE edition_id = $1 AND person_id = $2 AND role = 'internal_team_member' AND status = 'active' AND supports_enrolment_id = $3
       )
       INSERT INTO enrolment (edition_id, person_id, role, supports_enrolment_id, role_in_organisation)
       VALUES ($1, $2, 'internal_team_member', $3, $4)
       ON CONFLICT (person_id, edition_id, role) DO UPDATE
          SET status = 'active', supports_enrolment_id = EXCLUDED.supports_enrolment_id, role_in_organisation = EXCLUDED.role_in_organisation,
              enrolled_at = CASE WHEN enrolment.status = 'active' THEN enrolment.enrolled_at ELSE now() END
        WHERE enrolment.status <> 'active' OR enrolment.supports_enrolment_id = EXCLUDED.supports_enrolment_id
       RETURNING id, NOT EXISTS (SELECT 1 FROM already) AS joined`,
      [invitation.editionId, invitation.personId, invitation.supportsEnrolmentId, invitation.roleInOrganisation],
    );
    return rows.length > 0 ? { enrolmentId: rows[0].id, joined: rows[0].joined } : 'other_team';
  }

  /** The edition of an internal-team invitation addressed to the person (null for any other), read without a lock. */
  async teamEditionOf(invitationId: string, personId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT edition_id AS "editionId" FROM invitation WHERE id = $1 AND person_id = $2 AND kind = 'internal_team'`, [
      invitationId,
      personId,
    ]);
    return row?.editionId ?? null;
  }

  /**
   * The board meeting and director of a delegate invitation addressed to the person (null for any other), read without
   * a lock: accepting it takes the director's answer's lock first (`lockRsvpAnswer`).
   */
  async delegationOf(invitationId: string, personId: string, manager: EntityManager): Promise<{ sessionId: string; directorId: string } | null> {
    const rows = await manager.query(
      `SELECT session_id AS "sessionId", invited_by_person_id AS "directorId" FROM invitation WHERE id = $1 AND person_id = $2 AND kind = 'delegate'`,
      [invitationId, personId],
    );
    return rows[0] ?? null;
  }

  /** The person's own answer to the session (as one of its directors), if they gave one. */
  async ownAnswer(sessionId: string, personId: string, manager: EntityManager): Promise<RsvpResponse | null> {
    const rows = await manager.query(`SELECT response FROM session_rsvp WHERE session_id = $1 AND person_id = $2`, [sessionId, personId]);
    return rows[0]?.response ?? null;
  }

  /**
   * Accepting a delegate invitation: the director's answer gets the delegate's person, which puts them on the roster
   * (`expected_attendee`). False when the answer changed since, or the meeting started or was cancelled.
   */
  async setDelegate(invitation: AddressedInvitation, manager: EntityManager): Promise<boolean> {
    const [, changed]: [unknown[], number] = await manager.query(
      `UPDATE session_rsvp r SET delegate_person_id = $3
         FROM session s
        WHERE s.id = r.session_id AND r.session_id = $1 AND r.person_id = $2 AND r.response = 'delegate' AND r.delegate_email = $4
          AND s.starts_at > now() AND s.status <> 'cancelled'`,
      [invitation.sessionId, invitation.invitedByPersonId, invitation.personId, invitation.email],
    );
    return changed > 0;
  }
}

/** The people an `UPDATE … RETURNING person_id` reached (TypeORM answers it as [rows, rowCount]). */
const invitedPeople = ([rows]: [{ personId: string }[], number]) => rows.map((row) => row.personId);
