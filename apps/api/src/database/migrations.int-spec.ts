import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './migrate';
import { MIGRATIONS } from './migrations';
import { schemaDrift } from './schema-drift';

describe('migrations', () => {
  let url: string;
  let db: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase('template0');
    db = new DataSource(dataSourceOptions(url));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  it('build the whole schema on an empty database, matching the entities exactly', async () => {
    expect(await db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`)).toEqual([{ n: 0 }]);
    await db.runMigrations();
    const tables = (await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
      (row: { table_name: string }) => row.table_name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['person', 'organisation', 'programme', 'curriculum_slot', 'edition', 'session', 'enrolment', 'attendance', 'assignment', 'submission', 'feedback', 'implementation_challenge', 'challenge_log_entry', 'login_session']),
    );
    // What `migration:generate` would write: nothing, or entities and migrations have drifted apart.
    expect(await schemaDrift(db)).toEqual({ up: [], down: [] });
  });

  it('make bad states impossible: one attendance row per session and person, one enrolment per person, edition and role', async () => {
    const [org] = await db.query(`INSERT INTO organisation (name) VALUES ('Org') RETURNING id`);
    const [person] = await db.query(`INSERT INTO person (name, email, organisation_id) VALUES ('P', 'p@example.nl', $1) RETURNING id`, [org.id]);
    const [programme] = await db.query(`INSERT INTO programme (code, name) VALUES ('X', 'X') RETURNING id`);
    const [edition] = await db.query(
      `INSERT INTO edition (programme_id, name, start_date, end_date, capacity) VALUES ($1, 'E', '2027-01-01', '2027-08-01', 10) RETURNING id`,
      [programme.id],
    );
    const [session] = await db.query(
      `INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode) VALUES ($1, 'programme_day', 'L1', '2027-01-12T08:30Z', '2027-01-12T15:00Z', 'on_site') RETURNING id`,
      [edition.id],
    );
    await db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'present')`, [session.id, person.id]);
    await expect(db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'late')`, [session.id, person.id])).rejects.toThrow(/unique/i);
    await db.query(`INSERT INTO enrolment (edition_id, person_id, role) VALUES ($1, $2, 'participant')`, [edition.id, person.id]);
    await expect(db.query(`INSERT INTO enrolment (edition_id, person_id, role) VALUES ($1, $2, 'participant')`, [edition.id, person.id])).rejects.toThrow(/unique/i);
    await expect(
      db.query(`INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode) VALUES ($1, 'programme_day', 'L2', '2027-01-12T15:00Z', '2027-01-12T08:30Z', 'online')`, [edition.id]),
    ).rejects.toThrow(/session_ends_after_start/);
    await expect(db.query(`INSERT INTO person (name, email) VALUES ('Q', 'Q@Example.nl')`)).rejects.toThrow(/person_email_lowercase/);
  });

  it("give an internal-team day's existing rounds the day they were made from, though it moved or was cancelled since", async () => {
    const executed = async () => (await db.query(`SELECT name FROM migrations`)).map((row: { name: string }) => row.name);
    while ((await executed()).includes('MeasurementRoundSession1796493019077')) await db.undoLastMigration();
    const [programme] = await db.query(`INSERT INTO programme (code, name) VALUES ('T', 'T') RETURNING id`);
    const [edition] = await db.query(
      `INSERT INTO edition (programme_id, name, start_date, end_date, capacity) VALUES ($1, 'Met teamdagen', '2027-01-01', '2027-08-01', 10) RETURNING id`,
      [programme.id],
    );
    const teamDay = async (startsAt: string, status = 'scheduled') =>
      (
        await db.query(
          `INSERT INTO session (edition_id, kind, title, starts_at, ends_at, mode, status, audience_internal_teams)
           VALUES ($1, 'programme_day', 'Teamdag', $2, $2::timestamptz + interval '6 hours', 'on_site', $3, true) RETURNING id`,
          [edition.id, startsAt, status],
        )
      )[0].id as string;
    // Planned for 2 March, moved to 20 April (after the next one); planned and cancelled on 6 April; held as planned on 1 June.
    const moved = await teamDay('2027-04-20T07:30:00Z', 'moved');
    await db.query(`INSERT INTO session_change (session_id, status, previous) VALUES ($1, 'moved', $2)`, [moved, { startsAt: '2027-03-02T09:30:00+01:00' }]);
    const cancelled = await teamDay('2027-04-06T07:30:00Z', 'cancelled');
    const held = await teamDay('2027-06-01T07:30:00Z');
    // A change record in another form is passed over, not a reason to stop.
    await db.query(`INSERT INTO session_change (session_id, status, previous) VALUES ($1, 'moved', $2)`, [held, { startsAt: 'dinsdag 1 juni' }]);
    const [instrument] = await db.query(`INSERT INTO instrument (kind, name) VALUES ('collaboration_thermometer', 'T') RETURNING id`);
    const [version] = await db.query(`INSERT INTO instrument_version (instrument_id, number) VALUES ($1, 1) RETURNING id`, [instrument.id]);
    for (const [occurrence, opensAt] of [[1, '2027-03-02T08:30:00Z'], [2, '2027-04-06T07:30:00Z'], [3, '2027-06-01T07:30:00Z']] as const) {
      await db.query(
        `INSERT INTO measurement_round (edition_id, instrument_version_id, moment, occurrence, respondents, subject, opens_at, closes_at)
         VALUES ($1, $2, 'internal_team_days', $3, '{internal_team_member}', 'team', $4, $4::timestamptz + interval '7 days')`,
        [edition.id, version.id, occurrence, opensAt],
      );
    }

    await db.runMigrations();
    const rounds = await db.query(`SELECT occurrence, session_id AS "sessionId" FROM measurement_round WHERE edition_id = $1 ORDER BY occurrence`, [edition.id]);
    expect(rounds).toEqual([
      { occurrence: 1, sessionId: moved },
      { occurrence: 2, sessionId: cancelled },
      { occurrence: 3, sessionId: held },
    ]);
  });

  it('number editions whose names differ only in capitals, skipping a number taken, before names are unique in any capitals', async () => {
    const executed = async () => (await db.query(`SELECT name FROM migrations`)).map((row: { name: string }) => row.name);
    while ((await executed()).includes('EditionNameAnyCase1796613000000')) await db.undoLastMigration();
    const [programme] = await db.query(`INSERT INTO programme (code, name) VALUES ('NAMEN', 'Namen') RETURNING id`);
    const edition = (name: string, createdAt: string) =>
      db.query(`INSERT INTO edition (programme_id, name, start_date, end_date, capacity, created_at) VALUES ($1, $2, '2027-01-01', '2027-08-01', 10, $3)`, [
        programme.id,
        name,
        createdAt,
      ]);
    await edition('HIS-I 9.0', '2026-01-01');
    await edition('his-i 9.0', '2026-02-01');
    await edition('His-I 9.0', '2026-03-01');
    await edition('HIS-I 9.0 (2)', '2026-04-01');

    await db.runMigrations();
    const names = (await db.query(`SELECT name FROM edition WHERE programme_id = $1 ORDER BY created_at`, [programme.id])).map((row: { name: string }) => row.name);
    expect(names).toEqual(['HIS-I 9.0', 'his-i 9.0 (3)', 'His-I 9.0 (4)', 'HIS-I 9.0 (2)']);
    await expect(edition('HIS-i 9.0', '2026-05-01')).rejects.toThrow(/edition_name_any_case/);
  });

  it('can be undone to an empty schema', async () => {
    while ((await db.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) await db.undoLastMigration();
    const remaining = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(remaining).toEqual([]);
  });

  it('run exactly once when three instances start on one empty database at the same moment', async () => {
    const emptyUrl = await createTestDatabase('template0');
    const instances = [1, 2, 3].map(() => new DataSource(dataSourceOptions(emptyUrl)));
    try {
      await Promise.all(instances.map((instance) => instance.initialize()));
      const ran = await Promise.all(instances.map((instance) => runMigrationsLocked(instance)));
      expect(ran.sort()).toEqual([0, 0, MIGRATIONS.length]);
      const [{ count }] = await instances[0].query(`SELECT count(*)::int AS count FROM migrations`);
      expect(count).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.isInitialized && instance.destroy()));
      await dropTestDatabase(emptyUrl);
    }
  });
});
