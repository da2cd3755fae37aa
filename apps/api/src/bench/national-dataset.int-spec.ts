import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '../../test/test-app';
import { dataSourceOptions } from '../database/data-source-options';
import { benchPeople, blockShape, generateNationalDataset } from './national-dataset';

describe('the national data set of the benchmark', () => {
  let url: string;
  let db: DataSource;
  beforeAll(async () => {
    url = await createTestDatabase();
    db = await new DataSource(dataSourceOptions(url)).initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await dropTestDatabase(url);
  });

  const shape = blockShape(0.05);
  const people = benchPeople(shape);
  const counts = async () =>
    (
      await db.query(
        `SELECT (SELECT count(*) FROM edition)::int AS editions, (SELECT count(*) FROM enrolment WHERE role = 'participant')::int AS participants,
                (SELECT count(*) FROM enrolment WHERE role = 'trainer')::int AS trainers, (SELECT count(*) FROM organisation)::int AS organisations,
                (SELECT count(*) FROM session)::int AS sessions, (SELECT count(*) FROM attendance)::int AS attendance`,
      )
    )[0];
  /** What the scenarios' people see of the data: it must not change when the country joins. */
  const ownShare = async () =>
    db.query(
      `SELECT p.email, e.name, en.role, (SELECT count(*) FROM attendance a JOIN session s ON s.id = a.session_id WHERE s.edition_id = e.id)::int AS attendance
         FROM person p JOIN enrolment en ON en.person_id = p.id JOIN edition e ON e.id = en.edition_id
        WHERE p.email IN ($1, $2) ORDER BY p.email, e.name`,
      [people.participant, people.trainer],
    );

  it('grows from one block to five by adding blocks beside the first, leaving the share of the scenarios\' people as it was', async () => {
    await generateNationalDataset(db, { shape, blocks: 1 });
    const small = await counts();
    const share = await ownShare();
    expect(small).toMatchObject({ editions: 10, participants: 400, trainers: 10, organisations: 15, sessions: 150 });
    // 12 or 13 participant sessions per participant.
    expect(small.attendance).toBeGreaterThanOrEqual(12 * 400);
    expect(small.attendance).toBeLessThanOrEqual(13 * 400);
    expect(share.map((row: { role: string }) => row.role).sort()).toEqual(['participant', 'trainer', 'trainer']);

    await generateNationalDataset(db, { shape, blocks: 5 });
    const large = await counts();
    expect(large).toMatchObject({ editions: 50, participants: 2000, trainers: 50, organisations: 75, sessions: 750 });
    expect(large.attendance).toBeGreaterThanOrEqual(12 * 2000);
    expect(await ownShare()).toEqual(share);

    // Asking again for five blocks adds nothing.
    await generateNationalDataset(db, { shape, blocks: 5 });
    expect(await counts()).toEqual(large);
  });
});
