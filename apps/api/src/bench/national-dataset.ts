import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';

/**
 * One block of the national data set: a programme with 200 editions, 8,000 participants, 100 trainers,
 * 300 organisations, 3,000 sessions, 100,000 attendance rows and 20,000 submissions. The national data set is one
 * block (1×); the country joining is more blocks beside it (5× = five blocks: 1,000 editions, 40,000 participants,
 * 500,000 attendance rows), each with its own trainers and organisations and its editions in the same four years,
 * so nobody's own share of the data grows, only the database around them.
 */
export const NATIONAL_BLOCK = {
  editions: 200,
  participantsPerEdition: 40,
  sessionsPerEdition: 15,
  organisations: 300,
  trainers: 100,
};

export const BENCH_PASSWORD = 'bench-koers';

/** Editions, trainers and organisations per block at a scale (KOERS_BENCH_SCALE); an edition always has 40 participants. */
export function blockShape(scale: number) {
  // Ten editions at least: the scenarios use the participants of editions 2 to 5 and of the middle one.
  const editions = Math.max(10, Math.round(NATIONAL_BLOCK.editions * scale));
  const ratio = editions / NATIONAL_BLOCK.editions;
  return {
    editions,
    participantsPerEdition: NATIONAL_BLOCK.participantsPerEdition,
    sessionsPerEdition: NATIONAL_BLOCK.sessionsPerEdition,
    organisations: Math.max(1, Math.round(NATIONAL_BLOCK.organisations * ratio)),
    trainers: Math.max(1, Math.round(NATIONAL_BLOCK.trainers * ratio)),
  };
}

export type BlockShape = ReturnType<typeof blockShape>;

/** Participant n of edition e (both from 1) is `bench-p<(e - 1) * 40 + n>@koers.bench`. */
export const participantEmail = (edition: number, n: number) => `bench-p${(edition - 1) * NATIONAL_BLOCK.participantsPerEdition + n}@koers.bench`;

/**
 * The people the scenarios act as: a participant in the middle edition of the first block, and trainer 1, who runs
 * editions 1 and 1 + trainers (two editions, at every size).
 */
export const benchPeople = (shape: BlockShape) => ({
  participant: participantEmail(Math.floor(shape.editions / 2) + 1, 1),
  trainer: 'bench-t1@koers.bench',
});

/**
 * Grows the data set to `blocks` blocks (adding only the blocks it does not have yet), generated set-based inside
 * PostgreSQL so that even 5× takes seconds, not minutes. Every participant is `bench-p<n>@koers.bench`, every
 * trainer `bench-t<n>@koers.bench`; editions are `Editie <n>`, numbered across blocks.
 */
export async function generateNationalDataset(db: DataSource, { shape = blockShape(1), blocks = 1 }: { shape?: BlockShape; blocks?: number } = {}): Promise<void> {
  const [{ existing }] = await db.query(`SELECT count(*)::int AS existing FROM programme WHERE code LIKE 'BENCH%'`);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (let block = existing + 1; block <= blocks; block++) {
    await db.transaction((manager) => generateBlock(manager, block, shape, passwordHash));
  }
  // As a database in use would be: statistics fresh and the new rows vacuumed and on disk, so neither autovacuum
  // (which hundreds of thousands of inserted rows set off) nor a checkpoint runs in the middle of a measurement.
  await db.query('VACUUM ANALYZE');
  await db.query('CHECKPOINT');
}

async function generateBlock(m: EntityManager, block: number, s: BlockShape, passwordHash: string): Promise<void> {
  const offset = { editions: (block - 1) * s.editions, trainers: (block - 1) * s.trainers, organisations: (block - 1) * s.organisations };
  const participants = { first: offset.editions * s.participantsPerEdition + 1, count: s.editions * s.participantsPerEdition };
  await m.query(
    `INSERT INTO organisation (name, region) SELECT 'Zorgorganisatie ' || n, (ARRAY['noord','midden','zuid'])[1 + n % 3] FROM generate_series($1::int + 1, $1::int + $2) n`,
    [offset.organisations, s.organisations],
  );
  const [programme] = await m.query(`INSERT INTO programme (code, name) VALUES ($1, 'Health Innovation School – Implementation (benchmark)') RETURNING id`, [
    block === 1 ? 'BENCH' : `BENCH-${block}`,
  ]);
  await m.query(`INSERT INTO person (name, email, password_hash) SELECT 'Trainer ' || n, 'bench-t' || n || '@koers.bench', $3 FROM generate_series($1::int + 1, $1::int + $2) n`, [
    offset.trainers,
    s.trainers,
    passwordHash,
  ]);
  // Participants spread over the block's organisations, joined by name (a hash join, not a lookup per person).
  await m.query(
    `INSERT INTO person (name, email, password_hash, organisation_id)
     SELECT 'Deelnemer ' || n, 'bench-p' || n || '@koers.bench', $3, o.id
       FROM generate_series($1::int, $1::int + $2 - 1) n
       JOIN organisation o ON o.name = 'Zorgorganisatie ' || ($4::int + 1 + n % $5::int)`,
    [participants.first, participants.count, passwordHash, offset.organisations, s.organisations],
  );
  // Editions start every week over four years (every block in the same four years), so some are completed, some running, some ahead.
  await m.query(
    `INSERT INTO edition (programme_id, name, start_date, end_date, capacity, status)
     SELECT $1, 'Editie ' || ($2::int + j), d, d + 245, 40,
            (CASE WHEN d + 245 < current_date THEN 'completed' WHEN d <= current_date THEN 'running' ELSE 'open' END)::edition_status
       FROM generate_series(1, $3::int) j, LATERAL (SELECT (current_date - 1000 + round(j * 1400.0 / $3)::int)::date AS d) start`,
    [programme.id, offset.editions, s.editions],
  );
  await m.query(
    `INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode, location, audience_participants, audience_internal_teams, audience_directors, agenda)
     SELECT e.id,
            (CASE WHEN k IN (4, 11) THEN 'board_meeting' WHEN k % 4 = 3 THEN 'network_session' ELSE 'programme_day' END)::session_kind,
            'Sessie ' || k, e.start_date + k * 16 + time '08:30', e.start_date + k * 16 + time '15:00', 'on_site', 'Amersfoort',
            k NOT IN (4, 11), k IN (5, 12), k IN (4, 11), 'Programma van de dag'
       FROM edition e CROSS JOIN generate_series(1, $2) k WHERE e.programme_id = $1`,
    [programme.id, s.sessionsPerEdition],
  );
  // Within a block trainer n runs editions n, n + trainers, ...; participants 1-40 are in edition 1, 41-80 in edition 2, ...
  await m.query(
    `WITH e AS (SELECT id, substring(name from 8)::int - 1 - $3::int AS i FROM edition WHERE programme_id = $1)
     INSERT INTO enrolment (edition_id, person_id, role, enrolled_at)
     SELECT e.id, p.id, 'trainer', '2000-01-01' FROM e JOIN person p ON p.email = 'bench-t' || ($4::int + 1 + e.i % $2) || '@koers.bench'`,
    [programme.id, s.trainers, offset.editions, offset.trainers],
  );
  await m.query(
    `WITH e AS (SELECT id, substring(name from 8)::int AS i FROM edition WHERE programme_id = $1)
     INSERT INTO enrolment (edition_id, person_id, role, enrolled_at)
     SELECT e.id, p.id, 'participant', '2000-01-01'
       FROM e JOIN generate_series(1, $2) k ON true
       JOIN person p ON p.email = 'bench-p' || ((e.i - 1) * $2 + k) || '@koers.bench'`,
    [programme.id, s.participantsPerEdition],
  );
  await m.query(
    `INSERT INTO session_staff (session_id, person_id, role)
     SELECT s.id, en.person_id, 'trainer' FROM session s JOIN enrolment en ON en.edition_id = s.edition_id AND en.role = 'trainer'
      WHERE s.edition_id IN (SELECT id FROM edition WHERE programme_id = $1)`,
    [programme.id],
  );
  // Attendance: each participant's first 12 or 13 participant sessions (alternating), 100,000 rows per block.
  await m.query(
    `WITH ps AS (
       SELECT s.id, s.edition_id, row_number() OVER (PARTITION BY s.edition_id ORDER BY s.starts_at) AS k
         FROM session s JOIN edition e ON e.id = s.edition_id WHERE e.programme_id = $1 AND s.audience_participants
     )
     INSERT INTO attendance (session_id, person_id, status)
     SELECT ps.id, en.person_id, (CASE WHEN random() < 0.85 THEN 'present' WHEN random() < 0.5 THEN 'late' ELSE 'excused' END)::attendance_status
       FROM enrolment en JOIN ps ON ps.edition_id = en.edition_id
      WHERE en.role = 'participant' AND ps.k <= 12 + (hashtext(en.person_id::text) & 1)`,
    [programme.id],
  );
  await m.query(
    `INSERT INTO assignment (edition_id, title, instructions, due_at)
     SELECT e.id, 'Opdracht ' || k, 'Lever je werk in.', e.start_date + k * 45 + time '22:59' FROM edition e CROSS JOIN generate_series(1, 5) k
      WHERE e.programme_id = $1`,
    [programme.id],
  );
  // Submissions: 2 or 3 assignments per participant, half of them reviewed.
  await m.query(
    `WITH a AS (SELECT id, edition_id, due_at, row_number() OVER (PARTITION BY edition_id ORDER BY due_at) AS k FROM assignment
                 WHERE edition_id IN (SELECT id FROM edition WHERE programme_id = $1))
     INSERT INTO submission (assignment_id, person_id, version, text, submitted_at, late)
     SELECT a.id, en.person_id, 1, 'Mijn uitwerking.', a.due_at - interval '1 day' + (hashtext(en.person_id::text || a.id) % 72) * interval '1 hour',
            (hashtext(en.person_id::text || a.id) % 72) > 24
       FROM enrolment en JOIN a ON a.edition_id = en.edition_id
      WHERE en.role = 'participant' AND a.k <= 2 + (hashtext(en.person_id::text) & 1)`,
    [programme.id],
  );
  await m.query(
    `INSERT INTO feedback (submission_id, reviewer_person_id, comment, outcome)
     SELECT s.id, NULL, 'Goed gedaan.', 'approved' FROM submission s
      WHERE s.assignment_id IN (SELECT a.id FROM assignment a JOIN edition e ON e.id = a.edition_id WHERE e.programme_id = $1)
        AND hashtext(s.id::text) & 1 = 0`,
    [programme.id],
  );
}
