import type { CertificateRevocation, CertificateStatement, IssuedCertificateSummary } from '@koers/shared/completion';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { participantProgrammeDay } from '../attendance/attendance-rates.repository';
import { latestWorkJoins } from '../assignments/submissions.repository';
import { editionRequiresAllApproved, editionThresholdPercent } from './edition-completion.rules';
import type { BadgeProgramme } from './open-badges';
import { jsonInstant } from '../database/json-instant';

export interface EditionCompletionFacts {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  programmeName: string;
  thresholdPercent: number;
  requireAllApproved: boolean;
  programmeDaysRemaining: number;
  /** Completed or archived: the edition is over. */
  completed: boolean;
}

export interface AssignmentProgress {
  personId: string;
  editionId: string;
  name: string;
  enrolmentId: string;
  total: number;
  approved: number;
}

export interface IssuedCertificate {
  verificationCode: string;
  statement: CertificateStatement;
}

/** An issued certificate as it stands now: withdrawn or not. */
export interface KeptCertificate extends IssuedCertificate {
  revocation: CertificateRevocation | null;
}

/** Certificate `c`'s revocation (CertificateRevocation), or null. */
const REVOCATION = `CASE WHEN c.revoked_at IS NOT NULL THEN json_build_object('revokedAt', ${jsonInstant('c.revoked_at')}, 'reason', c.revocation_reason) END`;

@Injectable()
export class CompletionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The facts completion is judged by, per edition; editions that do not exist are left out. */
  async editionFacts(editionIds: string[]): Promise<EditionCompletionFacts[]> {
    return this.db.query(
      `SELECT e.id, e.name, e.start_date AS "startDate", e.end_date AS "endDate", pr.name AS "programmeName",
              ${editionThresholdPercent('e', 'pr')} AS "thresholdPercent", ${editionRequiresAllApproved('e', 'pr')} AS "requireAllApproved",
              (SELECT count(*)::int FROM session s WHERE s.edition_id = e.id AND ${participantProgrammeDay('s')}
                                                     AND s.ends_at > now()) AS "programmeDaysRemaining",
              e.status IN ('completed', 'archived') AS completed
         FROM edition e JOIN programme pr ON pr.id = e.programme_id
        WHERE e.id = ANY($1::uuid[])`,
      [editionIds],
    );
  }

  /**
   * Per active participant of the editions (optionally only some people): their edition's assignments and how many
   * are approved, in one query.
   */
  async assignmentProgress(editionIds: string[], personIds?: string[]): Promise<AssignmentProgress[]> {
    return this.db.query(
      `SELECT en.person_id AS "personId", en.edition_id AS "editionId", p.name, en.id AS "enrolmentId",
              count(a.id)::int AS total, count(a.id) FILTER (WHERE verdict.outcome = 'approved')::int AS approved
         FROM enrolment en
         JOIN person p ON p.id = en.person_id
         LEFT JOIN assignment a ON a.edition_id = en.edition_id
         ${latestWorkJoins('a.id', 'en.person_id')}
        WHERE en.edition_id = ANY($1::uuid[]) AND en.role = 'participant' AND en.status = 'active'
          AND ($2::uuid[] IS NULL OR en.person_id = ANY($2::uuid[]))
        GROUP BY en.id, p.name`,
      [editionIds, personIds ?? null],
    );
  }

  /**
   * Editions in which someone may newly have completed: published and not archived, every programme day held (nobody
   * completes before the last one), and an active participant not yet recorded as having completed.
   */
  async editionsAwaitingCompletion(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT e.id FROM edition e
        WHERE e.status IN ('open', 'running', 'completed')
          AND EXISTS (SELECT 1 FROM session s WHERE s.edition_id = e.id AND ${participantProgrammeDay('s')})
          AND NOT EXISTS (SELECT 1 FROM session s WHERE s.edition_id = e.id AND ${participantProgrammeDay('s')} AND s.ends_at > now())
          AND EXISTS (SELECT 1 FROM enrolment en
                       WHERE en.edition_id = e.id AND en.role = 'participant' AND en.status = 'active'
                         AND NOT EXISTS (SELECT 1 FROM completion_reached r WHERE r.enrolment_id = en.id))
        ORDER BY e.id`,
    );
    return rows.map((row) => row.id);
  }

  /** Records these enrolments as having completed; answers those recorded just now (each is recorded once). */
  async recordCompletionReached(manager: EntityManager, enrolmentIds: string[]): Promise<{ enrolmentId: string; editionId: string; personId: string }[]> {
    if (enrolmentIds.length === 0) return [];
    return manager.query(
      `WITH reached AS (
         INSERT INTO completion_reached (enrolment_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING RETURNING enrolment_id
       )
       SELECT en.id AS "enrolmentId", en.edition_id AS "editionId", en.person_id AS "personId"
         FROM reached JOIN enrolment en ON en.id = reached.enrolment_id`,
      [enrolmentIds],
    );
  }

  async findCertificate(editionId: string, personId: string): Promise<KeptCertificate | null> {
    const rows = await this.db.query(
      `SELECT c.verification_code AS "verificationCode", c.statement, ${REVOCATION} AS revocation
         FROM certificate c JOIN enrolment en ON en.id = c.enrolment_id
        WHERE en.edition_id = $1 AND en.person_id = $2 AND en.role = 'participant'`,
      [editionId, personId],
    );
    return rows[0] ?? null;
  }

  /**
   * Issues the certificate once; a second request at the same moment gets the one already issued (`issuedNow`
   * false). The name on it is the person's as the insert reads it, under a share lock of their row taken first: a
   * correction of the name (which writes it on every certificate already issued) then either commits before, and this
   * one states the new name, or waits until this one is issued, and then writes the new name on it too.
   */
  async issueCertificate(
    enrolmentId: string,
    verificationCode: string,
    statement: CertificateStatement,
    manager: EntityManager = this.db.manager,
  ): Promise<IssuedCertificate & { issuedNow: boolean }> {
    await manager.query(`SELECT 1 FROM person p JOIN enrolment en ON en.person_id = p.id WHERE en.id = $1 FOR SHARE OF p`, [enrolmentId]);
    const [row] = await manager.query(
      `WITH issued AS (
         INSERT INTO certificate (enrolment_id, verification_code, statement, issued_at)
         SELECT $1, $2, jsonb_set($3::jsonb, '{participantName}', to_jsonb(p.name)), $4
           FROM enrolment en JOIN person p ON p.id = en.person_id WHERE en.id = $1
         ON CONFLICT (enrolment_id) DO NOTHING
         RETURNING verification_code, statement
       )
       SELECT verification_code AS "verificationCode", statement, true AS "issuedNow" FROM issued
       UNION ALL
       SELECT verification_code, statement, false FROM certificate WHERE enrolment_id = $1 AND NOT EXISTS (SELECT 1 FROM issued)`,
      [enrolmentId, verificationCode, statement, statement.issuedAt],
    );
    if (row) return row;
    // Issued by a request at the same moment: this statement waited for that insert, and under read committed cannot
    // see the row it committed meanwhile; the next statement does.
    const [issuedMeanwhile] = await manager.query(
      `SELECT verification_code AS "verificationCode", statement, false AS "issuedNow" FROM certificate WHERE enrolment_id = $1`,
      [enrolmentId],
    );
    return issuedMeanwhile;
  }

  async findByCode(verificationCode: string): Promise<KeptCertificate | null> {
    const rows = await this.db.query(
      `SELECT c.verification_code AS "verificationCode", c.statement, ${REVOCATION} AS revocation FROM certificate c WHERE c.verification_code = $1`,
      [verificationCode],
    );
    return rows[0] ?? null;
  }

  /**
   * A certificate with what its Open Badges assertion needs beyond the statement: the programme and the holder's
   * address. Found by its code (the public assertion) or by edition and participant (the participant's download).
   */
  async findBadgeFacts(
    which: { verificationCode: string } | { editionId: string; personId: string },
  ): Promise<(KeptCertificate & { programmeId: string; email: string }) | null> {
    const [where, parameters] =
      'verificationCode' in which
        ? ['c.verification_code = $1', [which.verificationCode]]
        : [`en.edition_id = $1 AND en.person_id = $2 AND en.role = 'participant'`, [which.editionId, which.personId]];
    const rows = await this.db.query(
      `SELECT c.verification_code AS "verificationCode", c.statement, ${REVOCATION} AS revocation, ed.programme_id AS "programmeId", p.email
         FROM certificate c
         JOIN enrolment en ON en.id = c.enrolment_id
         JOIN edition ed ON ed.id = en.edition_id
         JOIN person p ON p.id = en.person_id
        WHERE ${where} AND p.erased_at IS NULL`,
      parameters,
    );
    return rows[0] ?? null;
  }

  /** The certificates issued in an edition, or one certificate, by the holder's name as it stands on them. */
  async summaries(which: { editionId: string } | { certificateId: string }): Promise<IssuedCertificateSummary[]> {
    const [where, parameter] = 'editionId' in which ? ['en.edition_id = $1', which.editionId] : ['c.id = $1', which.certificateId];
    return this.db.query(
      `SELECT c.id, en.person_id AS "personId", c.statement->>'participantName' AS "participantName", c.verification_code AS "verificationCode",
              ${jsonInstant('c.issued_at')} AS "issuedAt", ${REVOCATION} AS revoked
         FROM certificate c JOIN enrolment en ON en.id = c.enrolment_id
        WHERE ${where}
        ORDER BY c.statement->>'participantName' COLLATE "und-x-icu", c.issued_at`,
      [parameter],
    );
  }

  /**
   * Withdraws a certificate, once: the row is locked, so two at once record one revocation (`revokedNow` for the one
   * that did). Null when there is no such certificate.
   */
  async revoke(
    certificateId: string,
    reason: string,
    byPersonId: string,
    manager: EntityManager,
  ): Promise<{ enrolmentId: string; editionId: string; personId: string; revokedNow: boolean } | null> {
    const [row] = await manager.query(
      `WITH target AS (SELECT id, enrolment_id, revoked_at FROM certificate WHERE id = $1 FOR UPDATE),
            revoked AS (
              UPDATE certificate c SET revoked_at = now(), revocation_reason = $2, revoked_by_person_id = $3
                FROM target WHERE c.id = target.id AND target.revoked_at IS NULL RETURNING c.id)
       SELECT en.id AS "enrolmentId", en.edition_id AS "editionId", en.person_id AS "personId", EXISTS (SELECT 1 FROM revoked) AS "revokedNow"
         FROM target JOIN enrolment en ON en.id = target.enrolment_id`,
      [certificateId, reason, byPersonId],
    );
    return row ?? null;
  }

  /** A programme as its Open Badges BadgeClass describes it. */
  async findBadgeProgramme(programmeId: string): Promise<BadgeProgramme | null> {
    const rows = await this.db.query(
      `SELECT id, name, description, attendance_threshold_percent AS "thresholdPercent", require_all_assignments_approved AS "requireAllApproved"
         FROM programme WHERE id = $1`,
      [programmeId],
    );
    return rows[0] ?? null;
  }
}
