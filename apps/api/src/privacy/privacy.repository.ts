import { ERASED_PERSON_NAME, erasedPersonEmail, type PersonalDataExport, type PersonSummary } from '@koers/shared/privacy';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { matchesSearch } from '../database/search-form';
import { mentionPattern } from '../app/text';
import { lockKey } from '../database/lock-row';
import { PHOTO_FILE_ID } from './export-paths';
import { jsonInstant } from '../database/json-instant';
import { DIRECTOR_MAIL_KINDS } from '@koers/shared/notifications';
import { deleteApplicationsWithMails } from '../applications/application-selection.repository';

/** The rows of a sorted subquery as a JSON array (PostgreSQL keeps the subquery's order), `[]` when empty. */
const jsonList = (sql: string) => `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${sql}) x)`;

/**
 * The files `f` of `from` (a hand-in's, a post's) as the export lists them, in `order` (`ExportedFile`; their places in
 * the zip are added later), `[]` when none.
 */
const exportedFiles = (from: string, order: string) => `(SELECT coalesce(json_agg(json_build_object('id', f.id, 'fileName', f.file_name,
                                   'contentType', f.content_type, 'sizeBytes', f.size_bytes) ORDER BY ${order}), '[]'::json) FROM ${from})`;

/** The export as the database knows it; the service adds the envelope and the files' places in the zip. */
export type ExportedData = Omit<PersonalDataExport, 'format' | 'version' | 'exportedAt'>;

/** A file of the export (a hand-in's, a discussion attachment, the photo) and where storage keeps it. */
export interface StoredExportFile {
  id: string;
  storageKey: string;
}

export type EraseOutcome =
  | { kind: 'not_found' }
  | { kind: 'already_erased' }
  | { kind: 'erased'; erasedAt: Date; storageKeys: string[]; deliveryIds: string[]; attendanceKept: number };

/**
 * Each section of the export is one subquery over the person's id ($1), so the whole export is one statement:
 * a consistent snapshot, and a fixed cost whatever the amount of data.
 */
const EXPORT_SECTIONS: Record<Exclude<keyof ExportedData, 'person' | 'organisation' | 'calendarFeed' | 'directoryProfile'>, string> = {
  enrolments: jsonList(`
    SELECT en.edition_id AS "editionId", ed.name AS "editionName", pr.name AS "programmeName", en.role, en.status,
           ${jsonInstant('en.enrolled_at')} AS "enrolledAt", en.role_in_organisation AS "roleInOrganisation", d.name AS "directorName"
      FROM enrolment en
      JOIN edition ed ON ed.id = en.edition_id
      JOIN programme pr ON pr.id = ed.programme_id
      LEFT JOIN person d ON d.id = en.director_person_id
     WHERE en.person_id = $1
     ORDER BY ed.start_date, ed.name, en.role`),

  implementationChallenges: jsonList(`
    SELECT ed.name AS "editionName", ch.title, ch.description, ch.innovation, ch.goal, ch.phase, ${jsonInstant('ch.updated_at')} AS "updatedAt",
           (SELECT coalesce(json_agg(json_build_object('entryDate', l.entry_date, 'text', l.text, 'createdAt', ${jsonInstant('l.created_at')})
                                     ORDER BY l.entry_date, l.created_at), '[]'::json)
              FROM challenge_log_entry l WHERE l.challenge_id = ch.id) AS log
      FROM implementation_challenge ch
      JOIN enrolment en ON en.id = ch.enrolment_id
      JOIN edition ed ON ed.id = en.edition_id
     WHERE en.person_id = $1
     ORDER BY ed.start_date, ed.name`),

  // Expected by the shared rule (the view) or marked anyway (e.g. after a withdrawal): a mark is never left out.
  sessions: jsonList(`
    SELECT s.id AS "sessionId", ed.name AS "editionName", s.kind, s.title, ${jsonInstant('s.starts_at')} AS "startsAt",
           ${jsonInstant('s.ends_at')} AS "endsAt", s.status, coalesce(expected.roles, '{}') AS "expectedAs",
           CASE WHEN a.id IS NULL THEN NULL
                ELSE json_build_object('status', a.status, 'note', a.note, 'recordedAt', ${jsonInstant('a.recorded_at')}) END AS attendance
      FROM (SELECT session_id, array_agg(DISTINCT role ORDER BY role) AS roles
              FROM expected_attendee WHERE person_id = $1 GROUP BY session_id) expected
      FULL JOIN (SELECT * FROM attendance WHERE person_id = $1) a ON a.session_id = expected.session_id
      JOIN session s ON s.id = coalesce(expected.session_id, a.session_id)
      JOIN edition ed ON ed.id = s.edition_id
     ORDER BY s.starts_at, s.title`),

  attendanceHistory: jsonList(`
    SELECT c.session_id AS "sessionId", s.title AS "sessionTitle", c.previous_status AS "previousStatus", c.status, c.note,
           c.source, ${jsonInstant('c.changed_at')} AS "changedAt"
      FROM attendance_change c JOIN session s ON s.id = c.session_id
     WHERE c.person_id = $1
     ORDER BY c.changed_at, c.id`),

  rsvps: jsonList(`
    SELECT r.session_id AS "sessionId", s.title AS "sessionTitle", ${jsonInstant('s.starts_at')} AS "startsAt", r.response,
           r.delegate_name AS "delegateName", r.delegate_email AS "delegateEmail", ${jsonInstant('r.responded_at')} AS "respondedAt"
      FROM session_rsvp r JOIN session s ON s.id = r.session_id
     WHERE r.person_id = $1
     ORDER BY s.starts_at`),

  invitations: jsonList(`
    SELECT CASE WHEN i.person_id = $1 THEN 'received' ELSE 'sent' END AS direction, i.kind, i.status, inviter.name AS "invitedByName",
           i.name, i.email, ed.name AS "editionName", i.role_in_organisation AS "roleInOrganisation", s.title AS "sessionTitle",
           ${jsonInstant('i.created_at')} AS "invitedAt", ${jsonInstant('i.responded_at')} AS "respondedAt"
      FROM invitation i
      JOIN person inviter ON inviter.id = i.invited_by_person_id
      JOIN edition ed ON ed.id = i.edition_id
      LEFT JOIN session s ON s.id = i.session_id
     WHERE i.person_id = $1 OR i.invited_by_person_id = $1
     ORDER BY i.created_at, i.id`),

  submissions: jsonList(`
    SELECT sub.assignment_id AS "assignmentId", a.title AS "assignmentTitle", ed.name AS "editionName", sub.version, sub.text,
           ${jsonInstant('sub.submitted_at')} AS "submittedAt", sub.late,
           ${exportedFiles('submission_file f WHERE f.submission_id = sub.id', 'f.file_name, f.id')} AS files,
           (SELECT coalesce(json_agg(json_build_object('comment', fb.comment, 'outcome', fb.outcome, 'reviewerName', reviewer.name,
                                                       'createdAt', ${jsonInstant('fb.created_at')}) ORDER BY fb.created_at), '[]'::json)
              FROM feedback fb LEFT JOIN person reviewer ON reviewer.id = fb.reviewer_person_id
             WHERE fb.submission_id = sub.id) AS feedback
      FROM submission sub
      JOIN assignment a ON a.id = sub.assignment_id
      JOIN edition ed ON ed.id = a.edition_id
     WHERE sub.person_id = $1
     ORDER BY ed.start_date, ed.name, a.due_at, a.title, sub.version`),

  deadlineExtensions: jsonList(`
    SELECT x.assignment_id AS "assignmentId", a.title AS "assignmentTitle", ed.name AS "editionName",
           ${jsonInstant('x.due_at')} AS "dueAt", ${jsonInstant('x.cutoff_at')} AS "cutoffAt"
      FROM assignment_extension x JOIN assignment a ON a.id = x.assignment_id JOIN edition ed ON ed.id = a.edition_id
     WHERE x.person_id = $1
     ORDER BY x.due_at`),

  certificates: jsonList(`
    SELECT en.edition_id AS "editionId", ed.name AS "editionName", c.verification_code AS "verificationCode",
           ${jsonInstant('c.issued_at')} AS "issuedAt"
      FROM certificate c JOIN enrolment en ON en.id = c.enrolment_id JOIN edition ed ON ed.id = en.edition_id
     WHERE en.person_id = $1
     ORDER BY c.issued_at`),

  networkGroups: jsonList(`
    SELECT ed.name AS "editionName", g.name AS "groupName", 'participant' AS "as", ${jsonInstant('m.joined_at')} AS "joinedAt", ${jsonInstant('m.left_at')} AS "leftAt"
      FROM network_group_member m JOIN enrolment en ON en.id = m.enrolment_id
      JOIN network_group g ON g.id = m.network_group_id JOIN edition ed ON ed.id = g.edition_id
     WHERE en.person_id = $1
    UNION ALL
    SELECT ed.name, g.name, 'facilitator', NULL, NULL
      FROM network_group_facilitator f JOIN network_group g ON g.id = f.network_group_id JOIN edition ed ON ed.id = g.edition_id
     WHERE f.person_id = $1
     ORDER BY 1, 4 NULLS LAST, 2`),

  workshopChoices: jsonList(`
    SELECT ed.name AS "editionName", s.title AS "sessionTitle", w.title AS "workshopTitle", c.status,
           ${jsonInstant('c.chosen_at')} AS "chosenAt", c.assigned_by_person_id IS NOT NULL AS "assignedByProgrammeOffice",
           wanted.title AS "wantsWorkshopTitle", ${jsonInstant('c.wants_since')} AS "wantsSince"
      FROM workshop_choice c JOIN workshop w ON w.id = c.workshop_id JOIN session s ON s.id = c.session_id JOIN edition ed ON ed.id = s.edition_id
      LEFT JOIN workshop wanted ON wanted.id = c.wants_workshop_id
     WHERE c.person_id = $1
     ORDER BY s.starts_at, c.chosen_at`),

  // Without the writer a mention or comment mail was about (see notHeardFromWriterWithinTheHour): someone else's id.
  notifications: jsonList(`
    SELECT n.kind, n.event_key AS "eventKey", n.status, n.payload - 'writerId' AS payload, ${jsonInstant('n.created_at')} AS "createdAt", ${jsonInstant('n.sent_at')} AS "sentAt"
      FROM notification_delivery n
     WHERE n.person_id = $1
     ORDER BY n.created_at, n.id`),

  corrections: jsonList(`
    SELECT c.field, c.old_value AS "oldValue", c.new_value AS "newValue", ${jsonInstant('c.changed_at')} AS "changedAt"
      FROM person_change c
     WHERE c.person_id = $1
     ORDER BY c.changed_at, c.id`),

  discussionPosts: jsonList(`
    SELECT ed.name AS "editionName", d.title AS "discussionTitle", dp.body, ${jsonInstant('dp.created_at')} AS "createdAt", dp.hidden_reason AS "hiddenReason",
           ${exportedFiles('discussion_attachment f WHERE f.post_id = dp.id', 'f.created_at, f.id')} AS attachments
      FROM discussion_post dp
      JOIN discussion d ON d.id = dp.discussion_id
      JOIN edition ed ON ed.id = d.edition_id
     WHERE dp.author_person_id = $1
     ORDER BY dp.created_at, dp.id`),

  challengeComments: jsonList(`
    SELECT ed.name AS "editionName", owner.name AS "participantName", ch.title AS "challengeTitle", l.entry_date AS "entryDate", cm.body,
           ${jsonInstant('cm.created_at')} AS "createdAt", cm.hidden_reason AS "hiddenReason"
      FROM challenge_log_comment cm
      JOIN challenge_log_entry l ON l.id = cm.log_entry_id
      JOIN implementation_challenge ch ON ch.id = l.challenge_id
      JOIN enrolment en ON en.id = ch.enrolment_id
      JOIN person owner ON owner.id = en.person_id
      JOIN edition ed ON ed.id = en.edition_id
     WHERE cm.author_person_id = $1
     ORDER BY cm.created_at, cm.id`),

  measurementAnswers: jsonList(`
    SELECT ed.name AS "editionName", i.name AS "instrumentName", v.number AS "versionNumber", r.moment, r.occurrence, resp.role,
           about.name AS "aboutParticipant",
           (SELECT coalesce(json_agg(json_build_object('dimension', d.name, 'statement', it.statement, 'value', a.value, 'remark', a.remark,
                                                       'answeredAt', ${jsonInstant('a.answered_at')}) ORDER BY d.position, it.position), '[]'::json)
              FROM measurement_answer a JOIN instrument_item it ON it.id = a.item_id JOIN instrument_dimension d ON d.id = it.dimension_id
             WHERE a.response_id = resp.id) AS answers
      FROM measurement_response resp
      JOIN measurement_round r ON r.id = resp.round_id
      JOIN edition ed ON ed.id = r.edition_id
      JOIN instrument_version v ON v.id = resp.instrument_version_id
      JOIN instrument i ON i.id = v.instrument_id
      JOIN enrolment pe ON pe.id = resp.participant_enrolment_id
      JOIN person about ON about.id = pe.person_id
     WHERE resp.person_id = $1
     ORDER BY r.opens_at, resp.id`),

  measurementActions: jsonList(`
    SELECT ed.name AS "editionName", a.text, a.phase, ${jsonInstant('a.created_at')} AS "createdAt"
      FROM measurement_action a
      JOIN implementation_challenge ch ON ch.id = a.challenge_id
      JOIN enrolment en ON en.id = ch.enrolment_id
      JOIN edition ed ON ed.id = en.edition_id
     WHERE en.person_id = $1
     ORDER BY a.created_at, a.id`),

  discussionReports: jsonList(`
    SELECT d.title AS "discussionTitle", r.reason, ${jsonInstant('r.created_at')} AS "createdAt"
      FROM discussion_report r
      JOIN discussion_post dp ON dp.id = r.post_id
      JOIN discussion d ON d.id = dp.discussion_id
     WHERE r.person_id = $1
     ORDER BY r.created_at`),

  loginSessions: jsonList(`
    SELECT ${jsonInstant('l.created_at')} AS "createdAt", ${jsonInstant('l.last_seen_at')} AS "lastSeenAt"
      FROM login_session l
     WHERE l.person_id = $1
     ORDER BY l.created_at`),

  regionalRoles: jsonList(`
    SELECT r.name AS "regionName", ${jsonInstant('m.assigned_at')} AS "assignedAt"
      FROM regional_programme_manager m JOIN region r ON r.id = m.region_id
     WHERE m.person_id = $1
     ORDER BY r.name`),

  // Found by address, as erasure finds them: an application belongs to no account until it is accepted.
  applications: jsonList(`
    SELECT e.name AS "editionName", a.status, a.name, a.email, a.organisation, a.job_title AS "jobTitle", a.region, a.challenge,
           a.director_name AS "directorName", a.director_email AS "directorEmail", a.director_commitment AS "directorCommitment",
           ${jsonInstant('a.created_at')} AS "createdAt", ${jsonInstant('a.confirmed_at')} AS "confirmedAt", a.decline_message AS "declineMessage"
      FROM application a JOIN edition e ON e.id = a.edition_id
     WHERE a.email = (SELECT email FROM person WHERE id = $1)
     ORDER BY a.created_at`),

  directorCommitments: jsonList(`
    SELECT e.name AS "editionName", a.name AS "applicantName", a.director_commitment AS "commitment", a.director_reason AS "reason",
           ${jsonInstant('a.director_answered_at')} AS "answeredAt"
      FROM application a JOIN edition e ON e.id = a.edition_id
     WHERE a.director_email = (SELECT email FROM person WHERE id = $1)
     ORDER BY a.created_at`),

  // What identifies a token (its hash) stays out, like a session's.
  apiTokens: jsonList(`
    SELECT t.name, t.scope, ${jsonInstant('t.created_at')} AS "createdAt", ${jsonInstant('t.last_used_at')} AS "lastUsedAt", ${jsonInstant('t.expires_at')} AS "expiresAt"
      FROM api_token t
     WHERE t.person_id = $1
     ORDER BY t.created_at`),
};

const EXPORT_SQL = `
  SELECT json_build_object(
           'person', json_build_object('id', p.id, 'name', p.name, 'email', p.email, 'locale', p.locale, 'isAdmin', p.is_admin,
                                       'remindersEnabled', p.reminders_enabled, 'createdAt', ${jsonInstant('p.created_at')}),
           'organisation', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name, 'region', o.region) END,
           ${Object.entries(EXPORT_SECTIONS)
             .map(([key, sql]) => `'${key}', ${sql}`)
             .join(',\n           ')},
           'calendarFeed', json_build_object('exists', p.calendar_feed_nonce IS NOT NULL, 'lastFetchedAt', ${jsonInstant('p.calendar_feed_fetched_at')},
                                             'previousFetchedAt', ${jsonInstant('p.calendar_feed_previous_fetch_at')}),
           'directoryProfile', (SELECT json_build_object('introduction', dir.introduction, 'hidden', dir.hidden, 'alumni', dir.alumni, 'updatedAt', ${jsonInstant('dir.updated_at')},
                                                         'photo', CASE WHEN dir.photo_storage_key IS NOT NULL
                                                                       THEN json_build_object('contentType', dir.photo_content_type) END)
                                  FROM directory_profile dir WHERE dir.person_id = p.id)
         ) AS data,
         (SELECT coalesce(json_agg(stored), '[]'::json) FROM (
            SELECT f.id::text AS id, f.storage_key AS "storageKey"
              FROM submission_file f JOIN submission sub ON sub.id = f.submission_id WHERE sub.person_id = $1
            UNION ALL
            SELECT da.id::text, da.storage_key
              FROM discussion_attachment da JOIN discussion_post dp ON dp.id = da.post_id WHERE dp.author_person_id = $1
            UNION ALL
            SELECT '${PHOTO_FILE_ID}', dir.photo_storage_key FROM directory_profile dir WHERE dir.person_id = $1 AND dir.photo_storage_key IS NOT NULL
          ) stored) AS "storedFiles"
    FROM person p
    LEFT JOIN organisation o ON o.id = p.organisation_id
   WHERE p.id = $1 AND p.erased_at IS NULL`;

/**
 * The PostgreSQL regular expression of the text in `parameter` (a name or an address) as it stands in a payload's
 * JSON: escaped as JSON, every character but a letter, digit or space escaped for the expression, and with no letter
 * or digit on either side, so "Jan" is found in "Jan nodigt je uit" but not in "Jansen".
 */
const wholeInJson = (parameter: string) => {
  const json = `substr(to_jsonb(${parameter}::text)::text, 2, length(to_jsonb(${parameter}::text)::text) - 2)`;
  return `('(?<![[:alnum:]])' || regexp_replace(${json}, '([^[:alnum:][:space:]])', '\\\\\\1', 'g') || '(?![[:alnum:]])')`;
};

@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Everything about the person in one statement, plus where their uploaded files are stored; null when there is no such person. */
  async exportOf(personId: string): Promise<{ data: ExportedData; storedFiles: StoredExportFile[] } | null> {
    const rows = await this.db.query(EXPORT_SQL, [personId]);
    return rows[0] ?? null;
  }

  /** One page of the people who were not erased, whose name or email contains `search`, with their enrolments; one query. */
  /** Matching people by name or email, or the one person `personId` (with `search` empty). */
  async findPeoplePage(search: string, limit: number, offset: number, personId: string | null = null): Promise<{ items: PersonSummary[]; total: number }> {
    const rows = await this.db.query(
      `SELECT p.id, p.name, p.email, p.is_admin AS "isAdmin", o.name AS "organisationName",
              CASE WHEN p.last_login_at IS NOT NULL
                   THEN json_build_object('at', ${jsonInstant('p.last_login_at')}, 'provider', substring(p.last_login_method FROM '^oidc:(.*)$')) END AS "lastLogin",
              (SELECT coalesce(json_agg(json_build_object('editionId', ed.id, 'editionName', ed.name, 'role', en.role)
                                        ORDER BY ed.start_date DESC, ed.name, en.role), '[]'::json)
                 FROM enrolment en JOIN edition ed ON ed.id = en.edition_id
                WHERE en.person_id = p.id AND en.status = 'active') AS enrolments,
              count(*) OVER ()::int AS total
         FROM person p
         LEFT JOIN organisation o ON o.id = p.organisation_id
        WHERE p.erased_at IS NULL
          AND ($1 = '' OR ${matchesSearch('p.name', '$1')} OR ${matchesSearch('p.email', '$1')})
          AND ($4::uuid IS NULL OR p.id = $4)
        ORDER BY p.name, p.email
        LIMIT $2 OFFSET $3`,
      [search, limit, offset, personId],
    );
    return { items: rows.map(({ total: _, ...person }: PersonSummary & { total: number }) => person), total: rows[0]?.total ?? 0 };
  }

  /** Writes the person's name, as the programme office corrected it, on every certificate they were issued. */
  async nameOnCertificates(personId: string, name: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE certificate c SET statement = jsonb_set(c.statement, '{participantName}', to_jsonb($2::text))
         FROM enrolment en WHERE en.id = c.enrolment_id AND en.person_id = $1 AND c.statement->>'participantName' IS DISTINCT FROM $2`,
      [personId, name],
    );
  }

  /**
   * Erases a person in one transaction: every statement below runs or none does. What happens, table by table:
   *
   * - person: the row stays as an anonymous placeholder (it carries the kept attendance and enrolments):
   *   name "Verwijderde persoon", email `erased-<id>@koers.invalid`, no password, no last login, no calendar token, no admin flag,
   *   no organisation (a small organisation would otherwise identify them), reminders off, `erased_at` set.
   * - login_session, password_reset_token, api_token: deleted, so no login survives (rate-limit counters hold only hashes and
   *   expire within the hour).
   * - implementation_challenge with its challenge_log_entry rows: deleted (their own texts), and with them every
   *   comment others wrote on those entries.
   * - challenge_log_comment: their comments on others' log entries stay (the conversation keeps its order) with the
   *   text emptied, so they show as written by "Verwijderde persoon", like their discussion posts.
   * - submission: the rows stay (versions, lateness and the feedback outcome keep completion figures right) with
   *   their text emptied; submission_file rows are deleted and their storage keys returned, so the caller removes
   *   the files from disk after the commit; feedback on their work keeps its outcome but loses its comment.
   * - certificate: deleted (a personal document; its verification code then no longer verifies).
   * - discussion_post: their posts stay in the threads (replies to them keep their place) with the text emptied and
   *   their attachments deleted (storage keys returned with the files), so
   *   they show as written by "Verwijderde persoon"; the titles of threads they opened are emptied as well. Their
   *   directory_profile (its photo's storage key is returned with the files), read marks, mentions of them and reports they made are deleted; where others mentioned
   *   them (`@name`), the mention becomes `@Verwijderde persoon`.
   * - attendance and attendance_change: KEPT, with notes emptied. The rows now belong to the anonymous placeholder,
   *   so the counts stay as they were (a rate in an edition under way goes, as for anyone withdrawn).
   * - enrolment: in editions not completed, withdrawn first (the caller's `alongside`, which also queues the
   *   `person.erased` webhook), as the programme office withdraws someone: their place to the waiting list, their
   *   coming sessions out of everyone's planning; every
   *   enrolment is kept as an anonymous record (completed editions' counts stay as they were), without
   *   role_in_organisation and without its director, who with their organisation would name them again.
   * - session_rsvp: their own answers are kept (attending, declined, delegate): the delegate's name and email are the
   *   delegate's data and that person is still expected at the meeting. Where they themselves were someone's
   *   delegate, the delegate name and email become the placeholders.
   * - invitation: every invitation they sent or received, or that names their email, is deleted (the typed name and
   *   email are personal data; accepted ones already did their work in enrolment and session_rsvp).
   * - application: those made under any address they had are deleted; where one named them as director, their name,
   *   address and reason become the placeholders or go, and so does their commitment link.
   * - person_change: the history of their corrected name, email and organisation is deleted (after it named every
   *   name and address they went by, for the payloads and mails below).
   * - regional_programme_manager: deleted (an anonymous placeholder manages no region).
   * - notification_delivery: theirs are deleted; in other people's pending and sent notifications, their name and
   *   email (every one they had) in the payload are replaced by the placeholders. The outbox copies of both
   *   (`deliveryIds`) are for the caller to remove: theirs, the mails of their applications (to them and to the
   *   director they named), the mails to them as an application's director, and others'
   *   mails that quoted or named them (a mention in their post, their comment, a digest of a day they posted, a payload
   *   with any of their names or addresses).
   * - session_staff of sessions still to come and network_group_facilitator: deleted (nobody runs a session as the
   *   placeholder; the edition page then shows who is missing).
   * - Kept untouched because it is not about them but refers to them by id only (now anonymous): session_staff of
   *   sessions held, attendance they recorded, feedback they gave, log entries they wrote on someone else's challenge,
   *   session changes and materials, board meeting minutes they published, assignment_extension. Free text others wrote
   *   (session notes, minutes) is not rewritten. Mail copies in the outbox directory (no SMTP configured) are files,
   *   not rows: see notification_delivery.
   */
  async erase(personId: string, alongside: (manager: EntityManager) => Promise<void>): Promise<EraseOutcome> {
    return this.db.transaction(async (manager) => {
      // One erasure at a time: rewriting the mentions of one person touches the posts of another, whose erasure would
      // wait for those posts while this one waited for that person (the WritesOfErasedPeople triggers check the author).
      await lockKey(manager, 'erasure');
      // Someone erased before leaves nothing (their editions were left then): the answer is all that changes.
      const [before] = await manager.query(`SELECT erased_at AS "erasedAt" FROM person WHERE id = $1`, [personId]);
      if (!before) return { kind: 'not_found' };
      if (before.erasedAt) return { kind: 'already_erased' };
      // Before the person's row is locked: a workshop choice they are making holds the workshops and then that row, and
      // an enrolment the edition and then the people it enrols.
      await alongside(manager);
      const [person] = await manager.query(`SELECT name, email, erased_at AS "erasedAt" FROM person WHERE id = $1 FOR UPDATE`, [personId]);
      if (!person) return { kind: 'not_found' };
      if (person.erasedAt) return { kind: 'already_erased' };
      const placeholderEmail = erasedPersonEmail(personId);
      // Every name and address they went by (the history of corrections and renames is deleted below): mails and
      // payloads from before a correction name them under the earlier one. Longest first, so that a name that begins
      // another ("Zoë Ødegård" in "Zoë Ødegård 李小龍") does not leave the rest of the longer one behind.
      const [{ names, emails }] = await manager.query(
        `SELECT ARRAY(SELECT v FROM (SELECT $2::text UNION SELECT c.v FROM person_change pc, LATERAL (VALUES (pc.old_value), (pc.new_value)) c(v)
                                      WHERE pc.person_id = $1 AND pc.field = 'name' AND c.v IS NOT NULL AND c.v <> '') x(v) ORDER BY length(v) DESC, v) AS names,
                ARRAY(SELECT v FROM (SELECT $3::text UNION SELECT c.v FROM person_change pc, LATERAL (VALUES (pc.old_value), (pc.new_value)) c(v)
                                      WHERE pc.person_id = $1 AND pc.field = 'email' AND c.v IS NOT NULL AND c.v <> '') x(v) ORDER BY length(v) DESC, v) AS emails`,
        [personId, person.name, person.email],
      );

      // Data-modifying statements wrapped in a SELECT: TypeORM hands back plain rows only for those.
      const files: { storageKey: string }[] = await manager.query(
        `WITH removed AS (
           DELETE FROM submission_file f USING submission sub WHERE f.submission_id = sub.id AND sub.person_id = $1 RETURNING f.storage_key
         ) SELECT storage_key AS "storageKey" FROM removed`,
        [personId],
      );
      await manager.query(`UPDATE submission SET text = '' WHERE person_id = $1`, [personId]);
      await manager.query(
        `UPDATE feedback fb SET comment = '' FROM submission sub WHERE fb.submission_id = sub.id AND sub.person_id = $1`,
        [personId],
      );
      await manager.query(
        `DELETE FROM implementation_challenge ch USING enrolment en WHERE ch.enrolment_id = en.id AND en.person_id = $1`,
        [personId],
      );
      await manager.query(`DELETE FROM certificate c USING enrolment en WHERE c.enrolment_id = en.id AND en.person_id = $1`, [personId]);
      await manager.query(`UPDATE challenge_log_comment SET body = '' WHERE author_person_id = $1`, [personId]);
      // Their answers stay in the measurements' aggregates, without the remarks in their own words; the results
      // leave erased respondents out of every individual view.
      await manager.query(
        `UPDATE measurement_answer a SET remark = NULL FROM measurement_response resp WHERE a.response_id = resp.id AND resp.person_id = $1 AND a.remark IS NOT NULL`,
        [personId],
      );
      // Everyone's answers about them (their own, their director's, their team's) keep counting for their organisation,
      // which their person row no longer names below.
      await manager.query(
        `UPDATE measurement_response resp SET organisation_id = p.organisation_id
           FROM enrolment pe JOIN person p ON p.id = pe.person_id
          WHERE resp.participant_enrolment_id = pe.id AND pe.person_id = $1 AND resp.organisation_id IS NULL`,
        [personId],
      );
      await manager.query(`UPDATE discussion_post SET body = '' WHERE author_person_id = $1`, [personId]);
      const attachments: { storageKey: string }[] = await manager.query(
        `WITH deleted AS (DELETE FROM discussion_attachment da USING discussion_post dp WHERE da.post_id = dp.id AND dp.author_person_id = $1 RETURNING da.storage_key)
         SELECT storage_key AS "storageKey" FROM deleted`,
        [personId],
      );
      await manager.query(`UPDATE discussion SET title = '' WHERE author_person_id = $1`, [personId]);
      // Mentions written under a name they had before a correction name them too (the history is deleted below).
      await manager.query(
        `UPDATE discussion_post dp
            SET body = regexp_replace(dp.body, ${mentionPattern(
              `ARRAY(SELECT name FROM person WHERE id = $1 UNION SELECT old_value FROM person_change WHERE person_id = $1 AND field = 'name' AND old_value IS NOT NULL)`,
            )}, $2, 'gi')
           FROM discussion_mention m WHERE m.post_id = dp.id AND m.person_id = $1`,
        [personId, `@${ERASED_PERSON_NAME}`],
      );
      const photos: { storageKey: string }[] = await manager.query(
        `WITH deleted AS (DELETE FROM directory_profile WHERE person_id = $1 RETURNING photo_storage_key)
         SELECT photo_storage_key AS "storageKey" FROM deleted WHERE photo_storage_key IS NOT NULL`,
        [personId],
      );
      for (const table of ['discussion_read', 'discussion_mention', 'discussion_report']) {
        await manager.query(`DELETE FROM ${table} WHERE person_id = $1`, [personId]);
      }
      // Who sponsored them would name them again, through the director and the director's organisation. And the
      // participants they sponsored have no director any more: a new one is named without replacing a placeholder.
      await manager.query(
        `UPDATE enrolment SET role_in_organisation = CASE WHEN person_id = $1 THEN NULL ELSE role_in_organisation END,
                              director_person_id = NULL
          WHERE person_id = $1 OR director_person_id = $1`,
        [personId],
      );
      const [{ kept }] = await manager.query(
        `WITH kept AS (UPDATE attendance SET note = '' WHERE person_id = $1 RETURNING 1) SELECT count(*)::int AS kept FROM kept`,
        [personId],
      );
      await manager.query(`UPDATE attendance_change SET note = '' WHERE person_id = $1`, [personId]);
      await manager.query(
        `UPDATE session_rsvp SET delegate_name = $3, delegate_email = $4 WHERE delegate_person_id = $1 OR delegate_email = $2`,
        [personId, person.email, ERASED_PERSON_NAME, placeholderEmail],
      );
      await manager.query(`DELETE FROM invitation WHERE person_id = $1 OR invited_by_person_id = $1 OR email = ANY($2::text[])`, [personId, emails]);
      // The mails to them as an application's director: rows with nobody's name, whose copies name them (read before
      // the applications lose their address below).
      const asDirector: { id: string }[] = await manager.query(
        `SELECT d.id FROM notification_delivery d JOIN application a ON a.id = d.application_id
          WHERE d.kind = ANY($2::text[]) AND a.director_email = ANY($1::text[])`,
        [emails, DIRECTOR_MAIL_KINDS],
      );
      // Their applications go, and with them their mails (to them, and the one asking their director, which names
      // them): the rows cascade, their outbox copies are the caller's to remove. Where they were named as director,
      // their name, address and reason go, and so does their link: whoever reads their old mailbox can no longer answer for them.
      const ofTheirApplications = await deleteApplicationsWithMails(manager, `DELETE FROM application a WHERE a.email = ANY($1::text[])`, [emails]);
      await manager.query(
        `UPDATE application SET director_name = $2, director_email = $3, director_reason = NULL, director_token_hash = NULL WHERE director_email = ANY($1::text[])`,
        [emails, ERASED_PERSON_NAME, placeholderEmail],
      );
      // Earlier names and addresses are their data too.
      await manager.query(`DELETE FROM person_change WHERE person_id = $1`, [personId]);
      await manager.query(`DELETE FROM regional_programme_manager WHERE person_id = $1`, [personId]);
      const deliveries: { id: string }[] = await manager.query(
        `WITH deleted AS (DELETE FROM notification_delivery WHERE person_id = $1 RETURNING id) SELECT id FROM deleted`,
        [personId],
      );
      // Mails to others that quoted or named them: a mention in their post, their comment, a digest of a day they
      // posted, or a payload with their name or address. The rows stay (they were sent to others); their outbox copies go.
      const aboutThem: { id: string }[] = await manager.query(
        `SELECT d.id FROM notification_delivery d
          WHERE (d.kind = 'discussion_mention' AND EXISTS (SELECT 1 FROM discussion_post dp WHERE dp.id::text = d.payload->>'postId' AND dp.author_person_id = $1))
             OR (d.kind = 'challenge_comment' AND EXISTS (SELECT 1 FROM challenge_log_comment c WHERE c.id::text = d.payload->>'commentId' AND c.author_person_id = $1))
             OR (d.kind = 'discussion_digest' AND EXISTS (SELECT 1 FROM discussion_post dp JOIN discussion dd ON dd.id = dp.discussion_id
                                                            JOIN enrolment en ON en.edition_id = dd.edition_id AND en.person_id = d.person_id
                                                           WHERE dp.author_person_id = $1
                                                             AND (dp.created_at AT TIME ZONE 'Europe/Amsterdam')::date::text = d.payload->>'day'))
             OR EXISTS (SELECT 1 FROM unnest($2::text[]) v WHERE d.payload::text ~ ${wholeInJson('v')})`,
        [personId, [...emails, ...names]],
      );
      // A mail not sent yet that would only pass on what they wrote (a mention in their post, their comment) would
      // arrive with nothing to read. One mail a thread (a log entry) an hour stands for every mention (comment) in it
      // since: where someone else's came after it, the mail passes on the latest of those instead; else it is not sent.
      await manager.query(
        `UPDATE notification_delivery d
            SET payload = later.payload
           FROM (SELECT d2.id,
                        COALESCE(
                          (SELECT jsonb_build_object('postId', op.id::text, 'writerId', op.author_person_id::text)
                             FROM discussion_post dp
                             JOIN discussion_post op ON op.discussion_id = dp.discussion_id AND op.author_person_id <> $1 AND op.created_at >= d2.created_at
                             JOIN discussion_mention m ON m.post_id = op.id AND m.person_id = d2.person_id
                            WHERE d2.kind = 'discussion_mention' AND dp.id::text = d2.payload->>'postId' AND dp.author_person_id = $1
                            ORDER BY op.created_at DESC LIMIT 1),
                          (SELECT jsonb_build_object('commentId', oc.id::text, 'writerId', oc.author_person_id::text)
                             FROM challenge_log_comment c
                             JOIN challenge_log_comment oc ON oc.log_entry_id = c.log_entry_id AND oc.author_person_id <> $1 AND oc.created_at >= d2.created_at
                            WHERE d2.kind = 'challenge_comment' AND c.id::text = d2.payload->>'commentId' AND c.author_person_id = $1
                            ORDER BY oc.created_at DESC LIMIT 1)) AS payload
                   FROM notification_delivery d2
                  WHERE d2.status = 'pending' AND d2.kind IN ('discussion_mention', 'challenge_comment')) later
          WHERE later.id = d.id AND later.payload IS NOT NULL`,
        [personId],
      );
      await manager.query(
        `DELETE FROM notification_delivery d
          WHERE d.status = 'pending'
            AND ((d.kind = 'discussion_mention' AND EXISTS (SELECT 1 FROM discussion_post dp WHERE dp.id::text = d.payload->>'postId' AND dp.author_person_id = $1))
              OR (d.kind = 'challenge_comment' AND EXISTS (SELECT 1 FROM challenge_log_comment c WHERE c.id::text = d.payload->>'commentId' AND c.author_person_id = $1)))`,
        [personId],
      );
      // Wherever a payload names them (a whole value, or in a sentence such as an invitation's reason), and only them:
      // "Jansen" stays when "Jan" is erased. The placeholders need no escaping in JSON or in a replacement. Addresses
      // first (a name may be part of one), each list longest first.
      for (const [value, placeholder] of [...emails.map((email: string) => [email, placeholderEmail]), ...names.map((name: string) => [name, ERASED_PERSON_NAME])]) {
        await manager.query(
          `UPDATE notification_delivery n SET payload = regexp_replace(n.payload::text, ${wholeInJson('$1')}, $2, 'g')::jsonb WHERE n.payload::text ~ ${wholeInJson('$1')}`,
          [value, placeholder],
        );
      }
      // Nobody runs a session as "Verwijderde persoon": they leave the staff of sessions still to come and the network
      // groups they led, so the edition page shows those sessions without them (held ones keep who ran them).
      await manager.query(`DELETE FROM session_staff st USING session s WHERE s.id = st.session_id AND st.person_id = $1 AND s.starts_at > now()`, [personId]);
      await manager.query(`DELETE FROM network_group_facilitator WHERE person_id = $1`, [personId]);
      await manager.query(`DELETE FROM login_session WHERE person_id = $1`, [personId]);
      await manager.query(`DELETE FROM password_reset_token WHERE person_id = $1`, [personId]);
      await manager.query(`DELETE FROM api_token WHERE person_id = $1`, [personId]);
      const [{ erasedAt }] = await manager.query(
        `WITH erased AS (
           UPDATE person
              SET name = $2, email = $3, password_hash = NULL, last_login_method = NULL, last_login_at = NULL, calendar_feed_nonce = NULL, calendar_feed_fetched_at = NULL, calendar_feed_previous_fetch_at = NULL, is_admin = false,
                  organisation_id = NULL, reminders_enabled = false, locale = 'nl', erased_at = now()
            WHERE id = $1
           RETURNING erased_at
         ) SELECT erased_at AS "erasedAt" FROM erased`,
        [personId, ERASED_PERSON_NAME, placeholderEmail],
      );
      return {
        kind: 'erased',
        erasedAt,
        storageKeys: [...files, ...photos, ...attachments].map((file) => file.storageKey),
        deliveryIds: [...[...deliveries, ...aboutThem, ...asDirector].map((delivery) => delivery.id), ...ofTheirApplications.deliveryIds],
        attendanceKept: kept,
      };
    });
  }
}
