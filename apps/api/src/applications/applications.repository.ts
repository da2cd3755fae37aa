import type { ApplicationRequest, ApplicationStatus, DirectorCommitment } from '@koers/shared/applications';
import type { Locale, SessionMode } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { REPEATED_SUBMIT_WINDOW } from '../app/repeated-submit';
import { TAKES_APPLICATIONS } from './public-programmes.repository';

/**
 * The place in line of application `a` while it waits: after everyone on the edition's own (enrolment) waiting list,
 * who move up first, its rank among the edition's waitlisted applications (the stored position only orders them and
 * keeps the gaps of those who left).
 */
export const WAITLIST_PLACE = `CASE WHEN a.status = 'waitlisted' THEN
    (SELECT count(*)::int FROM enrolment en WHERE en.edition_id = a.edition_id AND en.role = 'participant' AND en.status = 'waitlisted')
    + (SELECT count(*)::int FROM application w WHERE w.edition_id = a.edition_id AND w.status = 'waitlisted' AND w.waitlist_position <= a.waitlist_position)
  END`;

/** An application not confirmed within this many days expires: it is deleted, and its link stops working. */
export const UNCONFIRMED_EXPIRY_DAYS = 7;

/** Applications still alive: confirmed, or unconfirmed and younger than UNCONFIRMED_EXPIRY_DAYS (`a` is the application). */
const NOT_EXPIRED = `(a.status <> 'unconfirmed' OR a.created_at > now() - make_interval(days => ${UNCONFIRMED_EXPIRY_DAYS}))`;

/** An application as stored: the applicant's fields without the form's spam checks, and where it goes. */
export interface NewApplication extends Omit<ApplicationRequest, 'formIssuedAt' | 'website'> {
  editionId: string;
  locale: Locale;
  confirmTokenHash: string;
}

type ApplicationFields = Omit<NewApplication, 'locale' | 'confirmTokenHash'>;

/** What the applicant filled in, as the statements' first nine parameters: edition, name, email, … director's email. */
const applicationValues = (application: ApplicationFields) => [
  application.editionId,
  application.name,
  application.email,
  application.organisation,
  application.jobTitle,
  application.region,
  application.challenge,
  application.directorName,
  application.directorEmail,
];

/** What a link's page shows about its application. */
export interface ApplicationByLink {
  id: string;
  editionId: string;
  editionName: string;
  applicantName: string;
  organisation: string;
  /** The director the applicant named, shown before confirming: whoever confirms sees whom they confirm for. */
  directorName: string;
  status: ApplicationStatus;
  locale: Locale;
  directorCommitment: DirectorCommitment;
  directorReason: string | null;
  /** The edition has started: the withdraw link no longer withdraws (see ApplicationSelectionService.withdraw). */
  editionStarted: boolean;
}

/** A board meeting of the edition, as the director's mail and page list it. */
export interface BoardMeeting {
  title: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  location: string | null;
}

/** What the mails about an application say, read when they are written. */
export interface ApplicationForMail {
  id: string;
  editionName: string;
  /** The programme's public page; null when it has none (any more). */
  programmeSlug: string | null;
  applicantName: string;
  organisation: string;
  directorName: string;
  status: ApplicationStatus;
  createdAt: Date;
  /** The programme office's message when it declined. */
  declineMessage: string | null;
  /** The place on the waiting list while waitlisted. */
  waitlistPosition: number | null;
  boardMeetings: BoardMeeting[];
}

/** The edition's board meetings (not cancelled, in order) as JSON, for application `a`: `LEFT JOIN LATERAL (...) m ON true`. */
const BOARD_MEETINGS = `LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('title', s.title, 'startsAt', s.starts_at, 'endsAt', s.ends_at, 'mode', s.mode, 'location', s.location)
                           ORDER BY s.starts_at) AS meetings
             FROM session s WHERE s.edition_id = a.edition_id AND s.kind = 'board_meeting' AND s.status <> 'cancelled'
         ) m ON true`;

const boardMeetings = (json: BoardMeeting[] | null): BoardMeeting[] =>
  (json ?? []).map((m) => ({ ...m, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) }));

/** Whether the edition `ed` has started: past open for enrolment, or its first day (Amsterdam) has come. */
export const EDITION_STARTED = `(ed.status NOT IN ('draft', 'open') OR ed.start_date <= (now() AT TIME ZONE 'Europe/Amsterdam')::date)`;

const BY_LINK_COLUMNS = `a.id, a.edition_id AS "editionId", ed.name AS "editionName", a.name AS "applicantName", a.organisation,
  a.director_name AS "directorName", a.status, a.locale,
  a.director_commitment AS "directorCommitment", a.director_reason AS "directorReason", ${EDITION_STARTED} AS "editionStarted"`;

@Injectable()
export class ApplicationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Whether the edition is on a programme's public page, taking applications now; with `programmeSlug`, also that it
   * is an edition of that programme (the page's form posts under its slug).
   */
  async takesApplications(editionId: string, programmeSlug?: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM edition e JOIN programme pr ON pr.id = e.programme_id
        WHERE e.id = $1 AND ($2::text IS NULL OR pr.slug = $2) AND ${TAKES_APPLICATIONS}`,
      [editionId, programmeSlug ?? null],
    );
    return rows.length > 0;
  }

  /**
   * The same application sent again within seconds (a double click, a retry after a slow answer), still unconfirmed.
   * Asked under the caller's lock on the edition and address (RateLimiter.countOnce), so one sent at the same moment
   * has been stored by then: it counts once.
   */
  async isRepeated(manager: EntityManager, application: ApplicationFields): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM application
        WHERE edition_id = $1 AND name = $2 AND email = $3 AND organisation = $4 AND job_title = $5 AND region = $6 AND challenge = $7
          AND director_name = $8 AND director_email = $9 AND status = 'unconfirmed' AND created_at > now() - ${REPEATED_SUBMIT_WINDOW}`,
      applicationValues(application),
    );
    return rows.length > 0;
  }

  /**
   * Deletes this address's unconfirmed application for the edition, with its mails and its link, so the address
   * applies again at once: a confirmation mail that was lost, or an application someone else sent with the address,
   * does not hold it for a week. The applications sweep deletes the other expired ones.
   */
  async deleteUnconfirmed(manager: EntityManager, editionId: string, email: string): Promise<void> {
    await manager.query(`DELETE FROM application WHERE edition_id = $1 AND email = $2 AND status = 'unconfirmed'`, [editionId, email]);
  }

  /** Stores the application unless this address already applied for the edition: whether it is new, and its id. */
  async insert(manager: EntityManager, application: NewApplication): Promise<{ created: boolean; id: string }> {
    const [inserted] = await manager.query(
      `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, locale, confirm_token_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (edition_id, email) DO NOTHING
       RETURNING id`,
      [...applicationValues(application), application.locale, application.confirmTokenHash],
    );
    if (inserted) return { created: true, id: inserted.id };
    const [existing] = await manager.query(`SELECT id FROM application WHERE edition_id = $1 AND email = $2`, [application.editionId, application.email]);
    return { created: false, id: existing.id };
  }

  /**
   * Confirms the unconfirmed, unexpired application with this confirmation link and stores the director's link; null
   * when there is none (a second click finds it confirmed: see `byConfirmLink`).
   */
  async confirm(manager: EntityManager, confirmTokenHash: string, directorTokenHash: string): Promise<string | null> {
    // An UPDATE answers [rows, count].
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE application a SET status = 'confirmed', confirmed_at = now(), director_token_hash = $2
        WHERE a.confirm_token_hash = $1 AND a.status = 'unconfirmed' AND ${NOT_EXPIRED}
        RETURNING a.id`,
      [confirmTokenHash, directorTokenHash],
    );
    return rows[0]?.id ?? null;
  }

  async byConfirmLink(confirmTokenHash: string): Promise<ApplicationByLink | null> {
    const [row] = await this.db.query(
      `SELECT ${BY_LINK_COLUMNS} FROM application a JOIN edition ed ON ed.id = a.edition_id
        WHERE a.confirm_token_hash = $1 AND ${NOT_EXPIRED}`,
      [confirmTokenHash],
    );
    return row ?? null;
  }

  /** For the withdraw link, which names its application (see `applicationWithdrawToken`). */
  async byId(applicationId: string): Promise<ApplicationByLink | null> {
    const [row] = await this.db.query(`SELECT ${BY_LINK_COLUMNS} FROM application a JOIN edition ed ON ed.id = a.edition_id WHERE a.id = $1`, [applicationId]);
    return row ?? null;
  }

  async byDirectorLink(directorTokenHash: string): Promise<ApplicationByLink | null> {
    const [row] = await this.db.query(
      `SELECT ${BY_LINK_COLUMNS} FROM application a JOIN edition ed ON ed.id = a.edition_id WHERE a.director_token_hash = $1`,
      [directorTokenHash],
    );
    return row ?? null;
  }

  /** What the director's page shows: the application and its edition's board meetings, in one statement; null for an unknown link. */
  async directorPage(directorTokenHash: string): Promise<{ application: ApplicationByLink; boardMeetings: BoardMeeting[] } | null> {
    const [row] = await this.db.query(
      `SELECT ${BY_LINK_COLUMNS}, m.meetings AS "boardMeetings"
         FROM application a JOIN edition ed ON ed.id = a.edition_id
         ${BOARD_MEETINGS}
        WHERE a.director_token_hash = $1`,
      [directorTokenHash],
    );
    if (!row) return null;
    const { boardMeetings: meetings, ...application } = row;
    return { application, boardMeetings: boardMeetings(meetings) };
  }

  /** The application with its edition's board meetings and waiting-list place, in one statement; null once it is gone. */
  async forMail(applicationId: string): Promise<ApplicationForMail | null> {
    const [row] = await this.db.query(
      `SELECT a.id, ed.name AS "editionName", pr.slug AS "programmeSlug", a.name AS "applicantName", a.organisation, a.director_name AS "directorName",
              a.status, a.created_at AS "createdAt", a.decline_message AS "declineMessage", m.meetings AS "boardMeetings",
${WAITLIST_PLACE} AS "waitlistPosition"
         FROM application a
         JOIN edition ed ON ed.id = a.edition_id
         JOIN programme pr ON pr.id = ed.programme_id
         ${BOARD_MEETINGS}
        WHERE a.id = $1`,
      [applicationId],
    );
    if (!row) return null;
    return { ...row, boardMeetings: boardMeetings(row.boardMeetings) };
  }

  /**
   * Records the director's answer (a later answer replaces it); false when the link names no application, or one the
   * applicant withdrew (there is nothing left to commit to).
   */
  async answerDirector(directorTokenHash: string, commitment: Exclude<DirectorCommitment, 'pending'>, reason: string | null): Promise<boolean> {
    const [, updated]: [unknown, number] = await this.db.query(
      `UPDATE application SET director_commitment = $2, director_reason = $3, director_answered_at = now()
        WHERE director_token_hash = $1 AND status NOT IN ('withdrawn', 'declined')`,
      [directorTokenHash, commitment, reason],
    );
    return updated > 0;
  }
}
