import type { EditionRole } from '@koers/shared/roles';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password-hasher';
import { TEST_PASSWORD } from './test-app';

let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

/** Small builders for integration specs: each inserts exactly what a test needs, with sensible defaults. */
export function given(db: DataSource) {
  return {
    async organisation(overrides: { name?: string; region?: string; regionId?: string } = {}) {
      const [row] = await db.query(`INSERT INTO organisation (name, region, region_id) VALUES ($1, $2, $3) RETURNING id, name`, [
        overrides.name ?? `Zorggroep ${unique()}`,
        overrides.region ?? 'midden',
        overrides.regionId ?? null,
      ]);
      return row as { id: string; name: string };
    },

    /** A regional network of its own (the seeded ones are shared by every test of the file). */
    async region(name = `Regio ${unique()}`) {
      const [row] = await db.query(`INSERT INTO region (name) VALUES ($1) RETURNING id, name`, [name]);
      return row as { id: string; name: string };
    },

    async regionalManager(regionId: string, personId: string) {
      await db.query(`INSERT INTO regional_programme_manager (region_id, person_id) VALUES ($1, $2)`, [regionId, personId]);
    },

    async person(overrides: { name?: string; email?: string; isAdmin?: boolean; organisationId?: string | null } = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const email = overrides.email ?? `person-${unique()}@example.nl`;
      const [row] = await db.query(
        `INSERT INTO person (name, email, password_hash, is_admin, organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id, name, email`,
        [overrides.name ?? `Persoon ${unique()}`, email, await passwordHash, overrides.isAdmin ?? false, overrides.organisationId ?? null],
      );
      return row as { id: string; name: string; email: string };
    },

    async programme(overrides: { code?: string; name?: string } = {}) {
      const [row] = await db.query(`INSERT INTO programme (code, name) VALUES ($1, $2) RETURNING id`, [
        overrides.code ?? `P-${unique()}`,
        overrides.name ?? 'Health Innovation School – Implementation',
      ]);
      return row as { id: string };
    },

    async edition(overrides: { name?: string; programmeId?: string; status?: string; startDate?: string; endDate?: string; capacity?: number } = {}) {
      const programmeId = overrides.programmeId ?? (await this.programme()).id;
      const [row] = await db.query(
        `INSERT INTO edition (programme_id, name, start_date, end_date, capacity, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, name`,
        [
          programmeId,
          overrides.name ?? `HIS-I ${unique()}`,
          overrides.startDate ?? '2027-01-12',
          overrides.endDate ?? '2027-09-12',
          overrides.capacity ?? 36,
          overrides.status ?? 'running',
        ],
      );
      return row as { id: string; name: string };
    },

    async session(
      editionId: string,
      overrides: {
        kind?: 'programme_day' | 'network_session' | 'board_meeting';
        title?: string;
        startsAt?: Date | string;
        durationMinutes?: number;
        mode?: 'on_site' | 'online' | 'hybrid';
        status?: 'scheduled' | 'moved' | 'cancelled';
        audienceParticipants?: boolean;
        audienceInternalTeams?: boolean;
        audienceDirectors?: boolean;
      } = {},
    ) {
      const kind = overrides.kind ?? 'programme_day';
      const startsAt = new Date(overrides.startsAt ?? '2027-03-09T08:30:00Z');
      const endsAt = new Date(startsAt.getTime() + (overrides.durationMinutes ?? 390) * 60_000);
      const [row] = await db.query(
        `INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode, location, online_url, status,
                              audience_participants, audience_internal_teams, audience_directors)
         VALUES ($1, $2, $3, $4, $5, $6, 'Utrechtseweg 10, Amersfoort', 'https://meet.example.nl/his', $7, $8, $9, $10) RETURNING id, title`,
        [
          editionId,
          kind,
          overrides.title ?? `Sessie ${unique()}`,
          startsAt,
          endsAt,
          overrides.mode ?? 'hybrid',
          overrides.status ?? 'scheduled',
          overrides.audienceParticipants ?? kind !== 'board_meeting',
          overrides.audienceInternalTeams ?? false,
          overrides.audienceDirectors ?? kind === 'board_meeting',
        ],
      );
      return row as { id: string; title: string };
    },

    async sessionStaff(sessionId: string, personId: string, role: 'trainer' | 'facilitator' | 'speaker' = 'trainer') {
      await db.query(`INSERT INTO session_staff (session_id, person_id, role) VALUES ($1, $2, $3)`, [sessionId, personId, role]);
    },

    async attendance(sessionId: string, personId: string, status: 'present' | 'late' | 'excused' | 'absent' = 'present') {
      await db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, $3)`, [sessionId, personId, status]);
    },

    async assignment(editionId: string, overrides: { title?: string; dueAt?: Date | string; cutoffAt?: Date | string | null; sessionId?: string } = {}) {
      const [row] = await db.query(
        `INSERT INTO assignment (edition_id, title, instructions, due_at, cutoff_at, session_id) VALUES ($1, $2, 'Lever in.', $3, $4, $5) RETURNING id, title`,
        [editionId, overrides.title ?? `Opdracht ${unique()}`, new Date(overrides.dueAt ?? '2027-03-06T22:59:00Z'), overrides.cutoffAt ? new Date(overrides.cutoffAt) : null, overrides.sessionId ?? null],
      );
      return row as { id: string; title: string };
    },

    async enrolment(editionId: string, personId: string, role: EditionRole, extra: { directorPersonId?: string; supportsEnrolmentId?: string } = {}) {
      const [row] = await db.query(
        `INSERT INTO enrolment (edition_id, person_id, role, director_person_id, supports_enrolment_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [editionId, personId, role, extra.directorPersonId ?? null, extra.supportsEnrolmentId ?? null],
      );
      return row as { id: string };
    },

    async rsvp(sessionId: string, personId: string, response: 'attending' | 'declined' | 'delegate' = 'attending', delegate: { name: string; email: string; personId?: string } | null = null) {
      await db.query(
        `INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email, delegate_person_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [sessionId, personId, response, delegate?.name ?? null, delegate?.email ?? null, delegate?.personId ?? null],
      );
    },

    /** A round of the example instrument of this kind (its first version), open from `opensAt` until `closesAt`. */
    async measurementRound(
      editionId: string,
      overrides: {
        kind?: 'innovation_scan' | 'collaboration_thermometer';
        versionId?: string;
        moment?: 'before_first_programme_day' | 'after_last_programme_day' | 'internal_team_days';
        respondents?: ('participant' | 'director' | 'internal_team_member')[];
        opensAt?: Date;
        closesAt?: Date;
      } = {},
    ) {
      const [row] = await db.query(
        `INSERT INTO measurement_round (edition_id, instrument_version_id, moment, respondents, subject, opens_at, closes_at)
         SELECT $1, COALESCE($2::uuid, (SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.kind = $3 ORDER BY v.number LIMIT 1)),
                $4, $5::measurement_respondent_role[], CASE WHEN $3 = 'collaboration_thermometer' THEN 'team' ELSE 'organisation' END::measurement_subject, $6, $7
         RETURNING id, instrument_version_id AS "versionId"`,
        [
          editionId,
          overrides.versionId ?? null,
          overrides.kind ?? 'innovation_scan',
          overrides.moment ?? 'before_first_programme_day',
          overrides.respondents ?? ['participant', 'director'],
          overrides.opensAt ?? new Date(Date.now() - 24 * 3_600_000),
          overrides.closesAt ?? new Date(Date.now() + 14 * 24 * 3_600_000),
        ],
      );
      return row as { id: string; versionId: string };
    },

    async challenge(enrolmentId: string, overrides: { title?: string; description?: string; phase?: 'explore' | 'direct' | 'plan' | 'do' } = {}) {
      const [row] = await db.query(
        `INSERT INTO implementation_challenge (enrolment_id, title, description, phase) VALUES ($1, $2, $3, $4) RETURNING id, title`,
        [enrolmentId, overrides.title ?? `Vraagstuk ${unique()}`, overrides.description ?? '', overrides.phase ?? 'explore'],
      );
      return row as { id: string; title: string };
    },

    async challengeLogEntry(challengeId: string, entryDate: string, text = `Logboek ${unique()}`) {
      const [row] = await db.query(`INSERT INTO challenge_log_entry (challenge_id, entry_date, text) VALUES ($1, $2, $3) RETURNING id`, [
        challengeId,
        entryDate,
        text,
      ]);
      return row.id as string;
    },

    async submission(assignmentId: string, personId: string, version = 1) {
      const [row] = await db.query(`INSERT INTO submission (assignment_id, person_id, version, text) VALUES ($1, $2, $3, 'Mijn werk.') RETURNING id`, [
        assignmentId,
        personId,
        version,
      ]);
      return row as { id: string };
    },

    async feedback(submissionId: string, outcome: 'approved' | 'revise', createdAt: Date | string = new Date()) {
      await db.query(`INSERT INTO feedback (submission_id, outcome, comment, created_at) VALUES ($1, $2, 'Feedback.', $3)`, [submissionId, outcome, new Date(createdAt)]);
    },

    /** `count` new participants of the assignment's edition, each with one version handed in during the last month: set-based, for large-data tests. */
    async submissionsFromNewParticipants(assignmentId: string, count: number) {
      await db.query(
        `WITH a AS (SELECT edition_id FROM assignment WHERE id = $1),
              people AS (INSERT INTO person (name, email) SELECT 'Deelnemer ' || i, 'work-' || $3 || '-' || i || '@example.nl' FROM generate_series(1, $2) i RETURNING id),
              enrolled AS (INSERT INTO enrolment (edition_id, person_id, role) SELECT a.edition_id, people.id, 'participant' FROM people, a RETURNING person_id)
         INSERT INTO submission (assignment_id, person_id, version, text, submitted_at)
         SELECT $1, person_id, 1, 'Mijn werk.', now() - random() * interval '30 days' FROM enrolled`,
        [assignmentId, count, unique()],
      );
    },

    /**
     * A curriculum template in notation, one letter per slot in order: P programme day, T programme day with the
     * internal teams, N network session, B board meeting (directors only). Assignment templates hang off slot indexes.
     */
    async curriculum(programmeId: string, notation: string, assignments: { slotIndex: number; offsetDays: number; title?: string }[] = []) {
      const kinds: Record<string, string> = { P: 'programme_day', T: 'programme_day', N: 'network_session', B: 'board_meeting' };
      const letters = [...notation];
      const slots: { id: string }[] = await db.query(
        `INSERT INTO curriculum_slot (programme_id, position, kind, title, duration_minutes, mode, audience_participants, audience_internal_teams, audience_directors)
         SELECT $1, n, kind::curriculum_slot_kind, kind || ' ' || n, CASE WHEN kind = 'programme_day' THEN 390 ELSE 120 END, 'hybrid', letter <> 'B', letter = 'T', letter = 'B'
           FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(letter, kind, n)
          ORDER BY n
         RETURNING id`,
        [programmeId, letters, letters.map((letter) => kinds[letter])],
      );
      const templates: { id: string }[] = await db.query(
        `INSERT INTO assignment_template (programme_id, title, instructions, relative_to_slot_id, offset_days)
         SELECT $1, title, 'Lever in.', slot, offset_days FROM unnest($2::text[], $3::uuid[], $4::int[]) AS a(title, slot, offset_days)
         RETURNING id`,
        [programmeId, assignments.map((a, i) => a.title ?? `Opdracht ${i + 1}`), assignments.map((a) => slots[a.slotIndex].id), assignments.map((a) => a.offsetDays)],
      );
      return { slotIds: slots.map((slot) => slot.id), templateIds: templates.map((template) => template.id) };
    },
  };
}
