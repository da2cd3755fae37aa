import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import { expectOneFrozenHeaderRow, readXlsxDownload, rowCells, wallClock } from '../../test/xlsx';
import { ValueType as ExcelValueType } from 'exceljs';

/** An edition whose people all enrolled on 1 January 2026, with `sessions` programme days in the past. */
async function editionWithHistory(t: TestApp, people: number, sessions: number, name?: string) {
  const g = given(t.db);
  const edition = await g.edition({ name });
  const trainer = await g.person();
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const personIds: string[] = (
    await t.db.query(
      `INSERT INTO person (name, email) SELECT 'Deelnemer ' || lpad(i::text, 2, '0'), 'report-' || gen_random_uuid() || '@example.nl'
         FROM generate_series(1, $1) i RETURNING id`,
      [people],
    )
  ).map((row: { id: string }) => row.id);
  await t.db.query(
    `INSERT INTO enrolment (edition_id, person_id, role, enrolled_at) SELECT $1, id, 'participant', '2026-01-01' FROM unnest($2::uuid[]) id`,
    [edition.id, personIds],
  );
  const sessionIds: string[] = [];
  for (let i = 0; i < sessions; i++) {
    sessionIds.push((await g.session(edition.id, { title: `Lesdag ${i + 1}`, startsAt: new Date(Date.UTC(2026, 1, 3 + 7 * i, 8, 30)) })).id);
  }
  // Everyone present everywhere, except that person i missed the first i % 4 days.
  await t.db.query(
    `INSERT INTO attendance (session_id, person_id, status)
     SELECT s.id, p.id, CASE WHEN s.n <= (p.n - 1) % 4 THEN 'absent' ELSE 'present' END::attendance_status
       FROM unnest($1::uuid[]) WITH ORDINALITY s(id, n), unnest($2::uuid[]) WITH ORDINALITY p(id, n)`,
    [sessionIds, personIds],
  );
  return { edition, trainer, personIds, sessionIds };
}

describe('attendance report of an edition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 anonymously and 403 to participants and to trainers of another edition', async () => {
    const { edition } = await editionWithHistory(t, 2, 1);
    const g = given(t.db);
    const participant = await g.person();
    await g.enrolment(edition.id, participant.id, 'participant');
    const otherTrainer = await g.person();
    await g.enrolment((await g.edition()).id, otherTrainer.id, 'trainer');

    expect((await t.anonymous().get(`/api/editions/${edition.id}/attendance`)).status).toBe(401);
    for (const email of [participant.email, otherTrainer.email]) {
      const client = await t.loginAs(email);
      expect((await client.get(`/api/editions/${edition.id}/attendance`)).status).toBe(403);
      expect((await client.get(`/api/editions/${edition.id}/attendance.csv`)).status).toBe(403);
    }
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    expect((await admin.get(`/api/editions/00000000-0000-4000-8000-000000000000/attendance`)).status).toBe(404);
  });

  it('gives each participant’s rate on programme days from their enrolment on, flagging those under the threshold', async () => {
    const g = given(t.db);
    const { edition, trainer, personIds, sessionIds } = await editionWithHistory(t, 3, 5);
    const network = await g.session(edition.id, { kind: 'network_session', title: 'Netwerksessie', startsAt: '2026-03-20T12:00:00Z' });
    await g.session(edition.id, { title: 'Geannuleerd', status: 'cancelled', startsAt: '2026-03-27T08:30:00Z' });
    const lateJoiner = await g.person({ name: 'Zoë Laatkomer' });
    await g.enrolment(edition.id, lateJoiner.id, 'participant');
    await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-02-20' WHERE person_id = $1`, [lateJoiner.id]);
    await g.attendance(sessionIds[3], lateJoiner.id, 'present');
    await g.attendance(sessionIds[4], lateJoiner.id, 'late');
    await g.attendance(network.id, lateJoiner.id, 'absent');
    const director = await g.person({ name: 'Dirk Directeur' });
    await g.enrolment(edition.id, director.id, 'director');
    await t.db.query(`UPDATE programme SET attendance_threshold_percent = 70 WHERE id = (SELECT programme_id FROM edition WHERE id = $1)`, [edition.id]);

    const response = await (await t.loginAs(trainer.email)).get(`/api/editions/${edition.id}/attendance`);
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report).toMatchObject({ editionId: edition.id, editionName: expect.any(String), thresholdPercent: 70 });
    expect(report.sessions.map((s: any) => s.title)).toEqual(['Lesdag 1', 'Lesdag 2', 'Lesdag 3', 'Lesdag 4', 'Lesdag 5', 'Netwerksessie']);
    const byName = Object.fromEntries(report.people.map((p: any) => [p.name, p]));
    expect(report.people.map((p: any) => p.name)).toEqual(['Deelnemer 01', 'Deelnemer 02', 'Deelnemer 03', 'Zoë Laatkomer', 'Dirk Directeur']);
    expect(byName['Deelnemer 01']).toMatchObject({ rate: 1, counted: 5, attended: 5, belowThreshold: false });
    expect(byName['Deelnemer 03']).toMatchObject({ rate: 0.6, belowThreshold: true, marks: { [sessionIds[0]]: 'absent', [sessionIds[2]]: 'present' } });
    // Enrolled after Lesdag 3: the first three days do not count against her; the network session never counts.
    expect(byName['Zoë Laatkomer']).toMatchObject({ rate: 1, counted: 2, attended: 2, belowThreshold: false, marks: { [network.id]: 'absent' } });
    expect(byName['Dirk Directeur']).toMatchObject({ role: 'director', rate: null, belowThreshold: false, marks: {} });
    expect(personIds).toContain(byName['Deelnemer 02'].personId);
  });

  it('leaves out present, late and absent marks on a session whose marking has not opened (made before that rule), but shows excused', async () => {
    const g = given(t.db);
    const { edition, trainer, personIds } = await editionWithHistory(t, 2, 1);
    const upcoming = await g.session(edition.id, { title: 'Lesdag later', startsAt: '2099-03-09T08:30:00Z' });
    await g.attendance(upcoming.id, personIds[0], 'present');
    await g.attendance(upcoming.id, personIds[1], 'excused');

    const report = (await (await t.loginAs(trainer.email)).get(`/api/editions/${edition.id}/attendance`)).body;
    const marksOf = (personId: string) => report.people.find((p: any) => p.personId === personId).marks;
    expect(marksOf(personIds[0])[upcoming.id]).toBeUndefined();
    expect(marksOf(personIds[1])[upcoming.id]).toBe('excused');
  });

  it('runs the same few queries for 10 and for 40 people × 14 sessions', async () => {
    const small = await editionWithHistory(t, 10, 14);
    const large = await editionWithHistory(t, 40, 14);
    const counts = [];
    for (const { edition, trainer } of [small, large]) {
      const client = await t.loginAs(trainer.email);
      t.queries.reset();
      const response = await client.get(`/api/editions/${edition.id}/attendance`);
      counts.push(t.queries.count);
      expect(response.body.people).toHaveLength(edition === small.edition ? 10 : 40);
      expect(response.body.sessions).toHaveLength(14);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(6);
  });

  it('exports CSV for Excel: BOM, semicolons, Dutch characters, one header row naming each session with its Amsterdam date and time', async () => {
    const g = given(t.db);
    const { edition, trainer } = await editionWithHistory(t, 1, 2, 'HIS-I 1.0');
    const organisation = await g.organisation({ name: 'Zorggroep "De Eik"; Noord' });
    const person = await g.person({ name: 'Chloë Ünal', organisationId: organisation.id });
    await g.enrolment(edition.id, person.id, 'participant');
    await g.person({ name: '=HYPERLINK("x")' }).then((p) => g.enrolment(edition.id, p.id, 'participant'));
    await g.person({ name: 'Jan,=1+2' }).then((p) => g.enrolment(edition.id, p.id, 'participant'));
    const client = await t.loginAs(trainer.email);

    const response = await client.get(`/api/editions/${edition.id}/attendance.csv`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="aanwezigheid-his-i-1-0.csv"; filename*=UTF-8''aanwezigheid-his-i-1-0.csv`);
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = response.text.slice(1).split('\r\n');
    // Exactly one header row, so Excel sorts and filters the people (issue 16); the sessions are its last columns.
    expect(header).toBe(
      'Naam;Organisatie;Rol;Ingeschreven op;Aanwezigheid lesdagen (%);Lesdagen die tellen;Lesdagen aanwezig;Onder de drempel (80%);Lesdag 1 (03-02-2026 09:30);Lesdag 2 (10-02-2026 09:30)',
    );
    expect(rows.filter((row) => row !== '')).toHaveLength(4);
    expect(rows).toContain('Deelnemer 01;;deelnemer;2026-01-01;100;2;2;nee;aanwezig;aanwezig');
    expect(rows).toContainEqual(expect.stringMatching(/^Chloë Ünal;"Zorggroep ""De Eik""; Noord";deelnemer;\d{4}-\d{2}-\d{2};;0;0;;;$/));
    expect(rows).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""x""\)";;deelnemer;/));
    // A comma is a separator for Excel set to English: the cell is quoted (issue 14).
    expect(rows).toContainEqual(expect.stringMatching(/^"Jan,=1\+2";;deelnemer;/));

    const english = await client.get(`/api/editions/${edition.id}/attendance.csv?lang=en`);
    expect(english.text.slice(1).split('\r\n')[0]).toMatch(/^Name;Organisation;Role;Enrolled on;Attendance on programme days \(%\);/);
    expect(english.headers['content-disposition']).toBe(`attachment; filename="attendance-his-i-1-0.csv"; filename*=UTF-8''attendance-his-i-1-0.csv`);
    expect((await client.get(`/api/editions/${edition.id}/attendance.csv?lang=fr`)).status).toBe(400);
  });

  it('names the network group in the header of a group’s session, so two groups’ sessions of one title are told apart', async () => {
    const { edition, trainer } = await editionWithHistory(t, 1, 1, `HIS-I groepen ${Date.now()}`);
    const startsAt = new Date(Date.UTC(2026, 1, 5, 8, 30));
    for (const [position, name] of ['Groep Noord', 'Groep Zuid'].entries()) {
      const [group] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, $2, $3) RETURNING id`, [edition.id, name, position + 1]);
      const session = await given(t.db).session(edition.id, { kind: 'network_session', title: 'Netwerksessie 1', startsAt });
      await t.db.query(`UPDATE session SET network_group_id = $2 WHERE id = $1`, [session.id, group.id]);
    }
    const client = await t.loginAs(trainer.email);
    const header = (await client.get(`/api/editions/${edition.id}/attendance.csv`)).text.slice(1).split('\r\n')[0].split(';');
    expect(header.slice(-2)).toEqual(['Netwerksessie 1 – Groep Noord (05-02-2026 09:30)', 'Netwerksessie 1 – Groep Zuid (05-02-2026 09:30)']);
    expect((await client.get(`/api/editions/${edition.id}/attendance`)).body.sessions.map((s: { networkGroup: string | null }) => s.networkGroup)).toEqual([
      null,
      'Groep Noord',
      'Groep Zuid',
    ]);
  });

  it('exports the same table as an Excel workbook: typed cells under one frozen header row with a filter', async () => {
    const g = given(t.db);
    const { edition, trainer, sessionIds } = await editionWithHistory(t, 4, 2, 'HIS-I 1.0 Noord');
    const director = await g.person({ name: 'Dirk Directeur' });
    await g.enrolment(edition.id, director.id, 'director');
    await g.person({ name: '=HYPERLINK("x")' }).then((p) => g.enrolment(edition.id, p.id, 'participant'));
    const client = await t.loginAs(trainer.email);

    const response = await client.get(`/api/editions/${edition.id}/attendance.xlsx`);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="aanwezigheid-his-i-1-0-noord.xlsx"; filename*=UTF-8''aanwezigheid-his-i-1-0-noord.xlsx`);
    const sheet = await readXlsxDownload(response);
    expect(sheet.name).toBe('Aanwezigheid');
    expectOneFrozenHeaderRow(sheet, [
      'Naam',
      'Organisatie',
      'Rol',
      'Ingeschreven op',
      'Aanwezigheid lesdagen (%)',
      'Lesdagen die tellen',
      'Lesdagen aanwezig',
      'Onder de drempel (80%)',
      'Lesdag 1 (03-02-2026 09:30)',
      'Lesdag 2 (10-02-2026 09:30)',
    ]);
    // One row per person: four participants, the director and the one with a formula for a name.
    expect(sheet.rowCount).toBe(7);

    // Deelnemer 02 missed the first day: 1 of 2, a number shown as a percentage, not the text "50".
    const rowOf = (name: string) => rowCells(sheet, [...Array(sheet.rowCount).keys()].find((index) => sheet.getRow(index + 1).getCell(1).value === name)! + 1);
    const [, , role, enrolledOn, rate, counted, attended, below, day1, day2] = rowOf('Deelnemer 02');
    expect(role.value).toBe('deelnemer');
    expect(enrolledOn.value).toBeInstanceOf(Date);
    expect(wallClock(enrolledOn.value)).toBe('2026-01-01 00:00');
    expect(enrolledOn.numFmt).toBe('dd-mm-yyyy');
    expect(rate.type).toBe(ExcelValueType.Number);
    expect(rate.value).toBe(0.5);
    expect(rate.numFmt).toBe('0%');
    expect([counted.value, attended.value]).toEqual([2, 1]);
    expect([below.value, day1.value, day2.value]).toEqual(['ja', 'afwezig', 'aanwezig']);
    expect(sessionIds).toHaveLength(2);

    const directorRow = rowOf('Dirk Directeur');
    expect(directorRow.map((cell) => cell.value)).toEqual(['Dirk Directeur', null, 'directeur', expect.any(Date), null, null, null, null, null, null]);
    // A text cell is never a formula in a workbook: the name stays text.
    const formulaName = rowOf('=HYPERLINK("x")')[0];
    expect(formulaName.type).toBe(ExcelValueType.String);
    expect(formulaName.value).toBe('=HYPERLINK("x")');

    expect((await client.get(`/api/editions/${edition.id}/attendance.pdf`)).status).toBe(404);
  });
});
