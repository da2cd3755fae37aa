import type { Locale } from '@koers/shared/domain';
import type { ApplicationDetail, ApplicationListItem, ApplicationStatus, DirectorCommitment, EditionPlaces } from '@koers/shared/applications';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { matchesSearch } from '../database/search-form';
import { EDITION_STARTED, UNCONFIRMED_EXPIRY_DAYS, WAITLIST_PLACE } from './applications.repository';
import { isCurrentEdition } from '../database/edition-sql';

/** The filters of the programme office's list. */
export interface ApplicationsFilter {
  status?: ApplicationStatus;
  region?: string;
  organisation?: string;
  directorCommitment?: DirectorCommitment;
}

/** An application as a decision needs it, read under its row lock. */
export interface ApplicationForDecision {
  id: string;
  editionId: string;
  status: ApplicationStatus;
  name: string;
  email: string;
  organisation: string;
  region: string;
  challenge: string;
  directorName: string;
  directorEmail: string;
  enrolmentId: string | null;
  /** The language the applicant applied in: their account, and their director's, start in it. */
  locale: Locale;
}

/** What erasing removed, by reason. */
export interface Erased {
  /** Unconfirmed past UNCONFIRMED_EXPIRY_DAYS. */
  expired: number;
  /** Declined or withdrawn longer than the retention period ago. */
  closed: number;
  /** Never accepted, of an edition that started longer than the retention period ago. */
  lapsed: number;
}

const LIST_COLUMNS = `a.id, a.name, a.email, a.organisation, a.job_title AS "jobTitle", a.region, a.status, a.director_name AS "directorName",
  a.director_commitment AS "directorCommitment", ${WAITLIST_PLACE} AS "waitlistPosition", a.created_at AS "createdAt", a.confirmed_at AS "confirmedAt"`;

/** Confirmed and waitlisted first (what waits for a decision), unconfirmed last. */
const STATUS_ORDER = `array_position(ARRAY['confirmed', 'waitlisted', 'accepted', 'declined', 'withdrawn', 'unconfirmed']::application_status[], a.status)`;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** The programme office's selection: the list per edition, decisions under the edition's lock, the waiting list and erasure. */
@Injectable()
export class ApplicationSelectionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** How full the edition is; null when there is no such edition. */
  async places(editionId: string, manager: EntityManager = this.db.manager): Promise<EditionPlaces | null> {
    const [row] = await manager.query(
      `SELECT e.id AS "editionId", e.name AS "editionName", e.capacity,
              (SELECT count(*)::int FROM enrolment WHERE edition_id = e.id AND role = 'participant' AND status = 'active') AS "placesTaken",
              (SELECT count(*)::int FROM application WHERE edition_id = e.id AND status = 'waitlisted') AS waitlisted,
              (SELECT count(*)::int FROM enrolment WHERE edition_id = e.id AND role = 'participant' AND status = 'waitlisted') AS "enrolmentsWaitlisted"
         FROM edition e WHERE e.id = $1`,
      [editionId],
    );
    return row ?? null;
  }

  /** One page of the edition's applications and the total, in one statement. */
  async page(editionId: string, filter: ApplicationsFilter, limit: number, offset: number): Promise<{ items: ApplicationListItem[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${LIST_COLUMNS}, count(*) OVER ()::int AS total
         FROM application a
        WHERE a.edition_id = $1
          AND ($2::application_status IS NULL OR a.status = $2)
          AND ($3::text IS NULL OR lower(a.region) = lower($3))
          AND ($4::text IS NULL OR ${matchesSearch('a.organisation', '$4')})
          AND ($5::director_commitment IS NULL OR a.director_commitment = $5)
        ORDER BY ${STATUS_ORDER}, a.waitlist_position NULLS LAST, a.created_at, a.id
        LIMIT $6 OFFSET $7`,
      [editionId, filter.status ?? null, filter.region ?? null, filter.organisation ?? null, filter.directorCommitment ?? null, limit, offset],
    );
    return { items: rows.map(({ total: _, ...row }: ApplicationListItem & { total: number }) => listItem(row)), total: rows[0]?.total ?? 0 };
  }

  /** The edition an application belongs to, for the access check; null when there is no such application. */
  async editionOf(applicationId: string): Promise<string | null> {
    const [row] = await this.db.query(`SELECT edition_id AS "editionId" FROM application WHERE id = $1`, [applicationId]);
    return row?.editionId ?? null;
  }

  /** The application in full, without the places (see `places`). */
  async detail(applicationId: string, manager: EntityManager = this.db.manager): Promise<Omit<ApplicationDetail, 'places' | 'applicantHasOtherRole'> | null> {
    const [row] = await manager.query(
      `SELECT ${LIST_COLUMNS}, a.edition_id AS "editionId", a.challenge, a.director_email AS "directorEmail", a.director_reason AS "directorReason",
              a.director_answered_at AS "directorAnsweredAt", a.decline_message AS "declineMessage", a.status_changed_at AS "statusChangedAt", a.locale
         FROM application a WHERE a.id = $1`,
      [applicationId],
    );
    if (!row) return null;
    return { ...listItem(row), directorAnsweredAt: iso(row.directorAnsweredAt), statusChangedAt: iso(row.statusChangedAt) };
  }

  /** Locks the application for a decision; the caller holds the edition's lock first (the order every decision takes). */
  async editionStarted(manager: EntityManager, editionId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT ${EDITION_STARTED} AS started FROM edition ed WHERE ed.id = $1`, [editionId]);
    return row?.started === true;
  }

  async lockForDecision(applicationId: string, manager: EntityManager): Promise<ApplicationForDecision | null> {
    const [row] = await manager.query(
      `SELECT id, edition_id AS "editionId", status, name, email, organisation, region, challenge, director_name AS "directorName",
              director_email AS "directorEmail", enrolment_id AS "enrolmentId", locale
         FROM application WHERE id = $1 FOR UPDATE`,
      [applicationId],
    );
    return row ?? null;
  }

  async markAccepted(manager: EntityManager, applicationId: string, enrolmentId: string): Promise<void> {
    await manager.query(
      `UPDATE application SET status = 'accepted', enrolment_id = $2, waitlist_position = NULL, decline_message = NULL, status_changed_at = now() WHERE id = $1`,
      [applicationId, enrolmentId],
    );
  }

  /**
   * Puts the application last on its edition's waiting list, in one statement. Callers hold the edition's lock, so two
   * at once queue one after the other; the unique index on (edition, position) would refuse a duplicate anyway.
   */
  async markWaitlisted(manager: EntityManager, applicationId: string, editionId: string): Promise<void> {
    await manager.query(
      `UPDATE application SET status = 'waitlisted', decline_message = NULL, status_changed_at = now(),
              waitlist_position = (SELECT COALESCE(max(waitlist_position), 0) + 1 FROM application WHERE edition_id = $2)
        WHERE id = $1`,
      [applicationId, editionId],
    );
  }

  /** Declined (with the message) or withdrawn by the applicant: off the waiting list. */
  async markClosed(manager: EntityManager, applicationId: string, status: 'declined' | 'withdrawn', declineMessage: string | null): Promise<void> {
    await manager.query(
      `UPDATE application SET status = $2, decline_message = $3, waitlist_position = NULL, status_changed_at = now() WHERE id = $1`,
      [applicationId, status, declineMessage],
    );
  }

  /** The first `count` applications on the edition's waiting list, in order. */
  async firstWaitlisted(manager: EntityManager, editionId: string, count: number): Promise<string[]> {
    if (count <= 0) return [];
    const rows = await manager.query(
      `SELECT id FROM application WHERE edition_id = $1 AND status = 'waitlisted' ORDER BY waitlist_position LIMIT $2`,
      [editionId, count],
    );
    return rows.map((row: { id: string }) => row.id);
  }

  /**
   * Acceptances whose participant enrolment was withdrawn or removed (under *Inschrijvingen*, or by erasing the
   * person): they become declined, in one statement; answers which, with their editions.
   */
  async closeLostAcceptances(manager: EntityManager): Promise<{ id: string; editionId: string }[]> {
    const [rows] = await manager.query(
      `UPDATE application a SET status = 'declined', status_changed_at = now()
        WHERE a.status = 'accepted'
          AND NOT EXISTS (SELECT 1 FROM enrolment en WHERE en.id = a.enrolment_id AND en.status <> 'withdrawn')
       RETURNING a.id, a.edition_id AS "editionId"`,
    );
    return rows;
  }

  /** Editions still under way with a free place and someone on the applications' waiting list. */
  async editionsWithPlaceForWaitlist(): Promise<string[]> {
    const rows = await this.db.query(
      `SELECT e.id FROM edition e
        WHERE ${isCurrentEdition('e')}
          AND EXISTS (SELECT 1 FROM application a WHERE a.edition_id = e.id AND a.status = 'waitlisted')
          AND e.capacity > (SELECT count(*) FROM enrolment en WHERE en.edition_id = e.id AND en.role = 'participant' AND en.status = 'active')`,
    );
    return rows.map((row: { id: string }) => row.id);
  }

  /**
   * Erases what is no longer needed, with its mails (they cascade): unconfirmed applications past their days, declined
   * and withdrawn ones `retentionMonths` after that, and those never accepted once their edition started that long ago.
   * Accepted applications stay with the enrolment they made.
   */
  async erase(retentionMonths: number): Promise<{ erased: Erased; deliveryIds: string[] }> {
    const expired = await deleteApplicationsWithMails(this.db, `DELETE FROM application a WHERE a.status = 'unconfirmed' AND a.created_at <= now() - make_interval(days => $1)`, [
      UNCONFIRMED_EXPIRY_DAYS,
    ]);
    const closed = await deleteApplicationsWithMails(this.db, `DELETE FROM application a WHERE a.status IN ('declined', 'withdrawn') AND a.status_changed_at <= now() - make_interval(months => $1)`, [
      retentionMonths,
    ]);
    const lapsed = await deleteApplicationsWithMails(
      this.db,
      `DELETE FROM application a USING edition e
        WHERE e.id = a.edition_id AND a.status IN ('confirmed', 'waitlisted')
          AND e.start_date <= ((now() - make_interval(months => $1)) AT TIME ZONE 'Europe/Amsterdam')::date`,
      [retentionMonths],
    );
    return {
      erased: { expired: expired.count, closed: closed.count, lapsed: lapsed.count },
      deliveryIds: [...expired.deliveryIds, ...closed.deliveryIds, ...lapsed.deliveryIds],
    };
  }

  /**
   * Erases one application at the programme office's request (AVG/GDPR: an applicant, or the director one names, who
   * asks), whatever its status; an enrolment it made stays. The ids of its mails, whose outbox copies the caller
   * removes; null when there is no such application.
   */
  async eraseOne(applicationId: string): Promise<string[] | null> {
    const { count, deliveryIds } = await deleteApplicationsWithMails(this.db, `DELETE FROM application a WHERE a.id = $1`, [applicationId]);
    return count === 0 ? null : deliveryIds;
  }
}

/**
 * Runs `deleteSql` (a DELETE of applications `a`, without RETURNING) on the pool or in a transaction: how many went,
 * and the ids of their mails, which cascade with them; removing the mails' outbox copies is the caller's part.
 */
export async function deleteApplicationsWithMails(
  db: Pick<EntityManager, 'query'>,
  deleteSql: string,
  parameters: unknown[],
): Promise<{ count: number; deliveryIds: string[] }> {
  const [row] = await db.query(
    `WITH deleted AS (${deleteSql} RETURNING a.id)
     SELECT (SELECT count(*) FROM deleted)::int AS count, ARRAY(SELECT d.id FROM notification_delivery d JOIN deleted ON deleted.id = d.application_id) AS "deliveryIds"`,
    parameters,
  );
  return row;
}

function listItem<T extends { createdAt: Date | string; confirmedAt: Date | string | null }>(row: T): T & { createdAt: string; confirmedAt: string | null } {
  return { ...row, createdAt: new Date(row.createdAt).toISOString(), confirmedAt: row.confirmedAt ? new Date(row.confirmedAt).toISOString() : null };
}
