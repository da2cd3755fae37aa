import type { CreatedEdition } from '@koers/shared/editions';
import type { EnrolmentImportReport } from '@koers/shared/enrolments';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { participantsCsv, seedHisProgramme } from './his-programme';
import { BENCH_PASSWORD } from './national-dataset';
import { type BenchSession, login } from './scenarios';

const ADMIN = 'bench-admin@koers.bench';
const IMPORT_ROWS = 2000;
const EDITION_PARTICIPANTS = 200;

/**
 * The programme office's heavy moments, each timed once as a single request: opening an edition of HIS-I (14 sessions,
 * 5 assignments) and enrolling 200 participants from a CSV file, then publishing it (which queues everyone's
 * invitation and schedule); and a CSV file of 2,000 rows (the most a file may hold), checked (dry run) and imported
 * into an edition with room for 1,000 (the rest go on the waiting list).
 */
export async function measureEditionOpening(db: DataSource, koersUrl: string) {
  await db.query(`INSERT INTO person (name, email, password_hash, is_admin) VALUES ('Programmabureau', $1, $2, true)`, [ADMIN, await hashPassword(BENCH_PASSWORD)]);
  const { programmeId } = await seedHisProgramme(db, 'HIS-I-BENCH');
  const admin = await login(koersUrl, ADMIN);
  const call = async <T>(session: BenchSession, method: string, path: string, body: string, contentType = 'application/json') => {
    const started = performance.now();
    const response = await fetch(koersUrl + path, { method, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': contentType }, body });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const answer = (await response.json()) as T;
    return { ms: Math.round(performance.now() - started), answer };
  };
  const open = (name: string, capacity: number) =>
    call<CreatedEdition>(
      admin,
      'POST',
      `/api/programmes/${programmeId}/editions`,
      JSON.stringify({ name, startDate: '2027-09-07', cadenceWeeks: 3, weekday: 2, startTime: '09:30', capacity }),
    );
  const enrol = (editionId: string, tag: string, rows: number, dryRun: boolean) =>
    call<EnrolmentImportReport>(admin, 'POST', `/api/editions/${editionId}/enrolments/import?dryRun=${dryRun}`, participantsCsv(tag, rows), 'text/csv');

  // Once unmeasured, so the measured requests do not pay for a fresh process compiling their code.
  const warmUp = await open('HIS-I warming up', 40);
  await enrol(warmUp.answer.id, 'warm-up', 10, false);

  const opened = await open('HIS-I 200', EDITION_PARTICIPANTS);
  const enrolled = await enrol(opened.answer.id, 'edition-200', EDITION_PARTICIPANTS, false);
  const published = await call(admin, 'POST', `/api/editions/${opened.answer.id}/status`, JSON.stringify({ status: 'open' }));
  if (enrolled.answer.summary.enrolled !== EDITION_PARTICIPANTS) throw new Error(`enrolled ${enrolled.answer.summary.enrolled} of ${EDITION_PARTICIPANTS}`);

  const large = await open('HIS-I import', 1000);
  const checked = await enrol(large.answer.id, 'import-2000', IMPORT_ROWS, true);
  const imported = await enrol(large.answer.id, 'import-2000', IMPORT_ROWS, false);
  if (imported.answer.summary.enrolled + imported.answer.summary.waitlisted !== IMPORT_ROWS) throw new Error(`imported ${JSON.stringify(imported.answer.summary)}`);
  return {
    openEdition: {
      participants: EDITION_PARTICIPANTS,
      openMs: opened.ms,
      enrolMs: enrolled.ms,
      publishMs: published.ms,
      totalMs: opened.ms + enrolled.ms + published.ms,
    },
    csvImport: { rows: IMPORT_ROWS, dryRunMs: checked.ms, importMs: imported.ms, enrolled: imported.answer.summary.enrolled, waitlisted: imported.answer.summary.waitlisted },
  };
}
