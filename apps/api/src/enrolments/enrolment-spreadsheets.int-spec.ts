import { ValueType as ExcelValueType, Workbook } from 'exceljs';
import { ZipFile } from 'yazl';
import { CSV_MAX_ROWS } from '@koers/shared/enrolments';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { expectOneFrozenHeaderRow, readXlsxDownload, rowCells, wallClock } from '../../test/xlsx';

const CSV = { 'content-type': 'text/csv' };
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** A workbook as Excel saves it, made with exceljs itself (not with Koers' writer): typed email addresses become links. */
async function excelWorkbook(rows: (string | null)[][], options: { emailsAsLinks?: boolean } = {}): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((value, column) => {
      if (value === null) return;
      row.getCell(column + 1).value = options.emailsAsLinks && index > 0 && value.includes('@') ? { text: value, hyperlink: `mailto:${value}` } : value;
    });
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What Excel on Windows writes for its default CSV: Windows-1252, one byte per letter. */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

/** A zip archive of the given entries, compressed. */
function zipOf(entries: Record<string, Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe('enrolments in spreadsheets', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });
  afterAll(() => t.close());

  const enrolled = async (editionId: string) =>
    (await t.db.query(`SELECT count(*)::int AS count FROM enrolment WHERE edition_id = $1`, [editionId]))[0].count as number;

  describe('importing an Excel workbook', () => {
    const ROWS = [
      ['Naam', 'E-mail', 'Organisatie', 'Regio'],
      ['José Müller', 'jose.muller@zorg.example', 'Café de Zorg', 'Zuid'],
      ['Anouk Öztürk', 'anouk@zorg.example', 'Zorggroep Noord', ''],
      ['Zonder Adres', 'geen-adres', 'Café de Zorg', ''],
    ];

    it('gives the same result as the same rows in a Windows-1252 CSV: same rows, problems and people', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const csv = windows1252(ROWS.map((row) => row.join(';')).join('\r\n') + '\r\n');
      const xlsx = await excelWorkbook(ROWS, { emailsAsLinks: true });
      const url = (dryRun: boolean) => `/api/editions/${edition.id}/enrolments/import?dryRun=${dryRun}`;

      const fromCsv = await admin.post(url(true), csv, CSV);
      const fromXlsx = await admin.post(url(true), xlsx, XLSX);
      expect([fromCsv.status, fromXlsx.status]).toEqual([200, 200]);
      expect([fromCsv.body.format, fromCsv.body.encoding]).toEqual(['csv', 'windows-1252']);
      expect([fromXlsx.body.format, fromXlsx.body.encoding]).toEqual(['xlsx', null]);
      expect(fromXlsx.body.rows).toEqual(fromCsv.body.rows);
      expect(fromXlsx.body.summary).toEqual(fromCsv.body.summary);
      expect(fromXlsx.body.rows.map((row: { row: number; name: string; outcome: string }) => [row.row, row.name, row.outcome])).toEqual([
        [2, 'José Müller', 'enrolled'],
        [3, 'Anouk Öztürk', 'enrolled'],
        [4, 'Zonder Adres', 'rejected'],
      ]);

      // The workbook enrols; the CSV afterwards finds the very same people (same names, addresses and organisations).
      expect((await admin.post(url(false), xlsx, XLSX)).body.summary).toMatchObject({ enrolled: 2, rejected: 1 });
      expect((await admin.post(url(false), csv, CSV)).body.summary).toMatchObject({ enrolled: 0, already_enrolled: 2, rejected: 1 });
      expect(
        await t.db.query(
          `SELECT p.name, o.name AS organisation FROM enrolment en JOIN person p ON p.id = en.person_id JOIN organisation o ON o.id = p.organisation_id
            WHERE en.edition_id = $1 ORDER BY p.name`,
          [edition.id],
        ),
      ).toEqual([
        { name: 'Anouk Öztürk', organisation: 'Zorggroep Noord' },
        { name: 'José Müller', organisation: 'Café de Zorg' },
      ]);
    });

    it('reads Excel’s "Unicode text" (UTF-16, tab-separated) sent as any of the types a computer gives a file', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const unicodeText = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ROWS.map((row) => row.join('\t')).join('\r\n') + '\r\n', 'utf16le')]);
      for (const contentType of ['application/octet-stream', 'application/vnd.ms-excel', 'text/csv']) {
        const read = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, unicodeText, { 'content-type': contentType });
        expect([read.status, read.body.format, read.body.encoding]).toEqual([200, 'csv', 'utf-16le']);
        expect(read.body.rows.map((row: { name: string; outcome: string }) => [row.name, row.outcome])).toEqual([
          ['José Müller', 'enrolled'],
          ['Anouk Öztürk', 'enrolled'],
          ['Zonder Adres', 'rejected'],
        ]);
      }
    });

    it('recognises a workbook by its content, whatever it is called, and numbers rows as Excel does', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      // Sent as text/csv (a workbook renamed to .csv), with a blank row 3 between the people.
      const xlsx = await excelWorkbook([ROWS[0], ROWS[1], [], ROWS[2]]);
      const report = await admin.post(`/api/editions/${edition.id}/enrolments/import`, xlsx, CSV);
      expect(report.status).toBe(200);
      expect(report.body.format).toBe('xlsx');
      expect(report.body.rows.map((row: { row: number; email: string }) => [row.row, row.email])).toEqual([
        [2, 'jose.muller@zorg.example'],
        [4, 'anouk@zorg.example'],
      ]);
    });

    it('refuses what is not a readable workbook with 422, enrolling nobody', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const url = `/api/editions/${edition.id}/enrolments/import?dryRun=false`;
      const oldXls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      const refusals = [
        await admin.post(url, Buffer.from('PK\u0003\u0004 not really a zip'), XLSX),
        await admin.post(url, Buffer.from('naam;e-mail;organisatie\r\n'), XLSX),
        await admin.post(url, oldXls, CSV),
        await admin.post(url, await zipOf({ 'readme.txt': Buffer.from('Geen werkmap.') }), XLSX),
      ];
      for (const refusal of refusals) {
        expect([refusal.status, refusal.body.error]).toEqual([422, 'xlsx_unreadable']);
        expect(refusal.body.message).toContain('Excel-werkmap (*.xlsx)');
      }
      const english = await admin.post(url, Buffer.from('PK\u0003\u0004'), { ...XLSX, 'accept-language': 'en' });
      expect([english.status, english.body.message]).toEqual([422, expect.stringContaining('not a readable Excel workbook')]);
      expect(await enrolled(edition.id)).toBe(0);
    });

    it('limits what a workbook may unpack to and how many rows it may hold, like the CSV', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const url = `/api/editions/${edition.id}/enrolments/import`;
      // 64 MB of one repeated byte packs into well under the 2 MB upload limit.
      const bomb = await zipOf({ '[Content_Types].xml': Buffer.from('<Types/>'), 'xl/worksheets/sheet1.xml': Buffer.alloc(64 * 1024 * 1024, 0x20) });
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const unpacked = await admin.post(url, bomb, XLSX);
      expect([unpacked.status, unpacked.body.error]).toEqual([422, 'xlsx_too_large']);

      const people = Array.from({ length: CSV_MAX_ROWS + 1 }, (_, index) => [`Rebel ${index}`, `rebel${index}@zorg.example`, 'De Linde']);
      const tooMany = await admin.post(url, await excelWorkbook([['Naam', 'E-mail', 'Organisatie'], ...people]), XLSX);
      expect([tooMany.status, tooMany.body.error, tooMany.body.message]).toEqual([400, 'csv_too_many_rows', 'Het bestand heeft meer dan 2.000 regels. Splits het in bestanden van hoogstens 2.000 regels.']);
      const allowed = await admin.post(url, await excelWorkbook([['Naam', 'E-mail', 'Organisatie'], ...people.slice(1)]), XLSX);
      expect([allowed.status, allowed.body.summary.rows]).toEqual([200, CSV_MAX_ROWS]);
      expect(await enrolled(edition.id)).toBe(0);
    });
  });

  describe('the enrolments export', () => {
    it('lists everyone enrolled for the programme office, as CSV and as a workbook with typed cells', async () => {
      const g = given(t.db);
      const edition = await g.edition({ name: 'HIS-I Export', capacity: 1, status: 'open' });
      const organisation = await g.organisation({ name: 'Café de Zorg Export' });
      const first = await g.person({ name: 'José Müller', organisationId: organisation.id });
      const second = await g.person({ name: 'Anouk Öztürk' });
      await g.enrolment(edition.id, first.id, 'participant');
      await t.db.query(
        `INSERT INTO enrolment (edition_id, person_id, role, status, waitlist_position, enrolled_at) VALUES ($1, $2, 'participant', 'waitlisted', 1, '2027-03-09T08:30:00Z')`,
        [edition.id, second.id],
      );

      const csv = await admin.get(`/api/editions/${edition.id}/enrolments.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-disposition']).toBe(`attachment; filename="inschrijvingen-his-i-export.csv"; filename*=UTF-8''inschrijvingen-his-i-export.csv`);
      const [header, ...lines] = csv.text.slice(1).trimEnd().split('\r\n');
      expect(header).toBe(
        'Naam;E-mailadres;Organisatie;Rol;Status;Plaats op de wachtlijst;Naam directeur;E-mailadres directeur;Intern team van;Functie;Implementatievraagstuk;Ingeschreven op',
      );
      expect(lines).toContain(`Anouk Öztürk;${second.email};;deelnemer;wachtlijst;1;;;;;;2027-03-09 09:30`);
      expect(lines).toHaveLength(2);

      const sheet = await readXlsxDownload(await admin.get(`/api/editions/${edition.id}/enrolments.xlsx?lang=en`));
      expectOneFrozenHeaderRow(sheet, [
        'Name',
        'Email address',
        'Organisation',
        'Role',
        'Status',
        'Waiting list position',
        'Director name',
        'Director email address',
        'Internal team of',
        'Position',
        'Implementation challenge',
        'Enrolled at',
      ]);
      expect(sheet.rowCount).toBe(3);
      const waitlisted = rowCells(sheet, 3);
      expect(waitlisted.slice(0, 5).map((cell) => cell.value)).toEqual(['Anouk Öztürk', second.email, null, 'participant', 'waiting list']);
      expect([waitlisted[5].type, waitlisted[5].value]).toEqual([ExcelValueType.Number, 1]);
      expect(wallClock(waitlisted[11].value)).toBe('2027-03-09 09:30');
      expect(waitlisted[11].numFmt).toBe('dd-mm-yyyy hh:mm');
      expect(rowCells(sheet, 2)[2].value).toBe('Café de Zorg Export');

      const trainer = await g.person();
      await g.enrolment(edition.id, trainer.id, 'trainer');
      expect((await (await t.loginAs(trainer.email)).get(`/api/editions/${edition.id}/enrolments.xlsx`)).status).toBe(403);
    });

    it("names the download after the edition in any script, with an ASCII copy of the name beside it", async () => {
      const edition = await given(t.db).edition();
      expect((await admin.patch(`/api/editions/${edition.id}`, { name: '日本 研修 2027' })).status).toBe(200);
      const csv = await admin.get(`/api/editions/${edition.id}/enrolments.csv`);
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="inschrijvingen-__-__-2027.csv"; filename*=UTF-8''inschrijvingen-%E6%97%A5%E6%9C%AC-%E7%A0%94%E4%BF%AE-2027.csv`,
      );
      const xlsx = await admin.get(`/api/editions/${edition.id}/enrolments.xlsx?lang=en`);
      expect(xlsx.headers['content-disposition']).toBe(
        `attachment; filename="enrolments-__-__-2027.xlsx"; filename*=UTF-8''enrolments-%E6%97%A5%E6%9C%AC-%E7%A0%94%E4%BF%AE-2027.xlsx`,
      );
    });
  });

  it('documents every export with its two formats in the OpenAPI description', async () => {
    const document = (await t.anonymous().get('/api/docs-json')).body;
    const exports = Object.keys(document.paths).filter((path) => path.endsWith('.{format}'));
    expect(exports.sort()).toEqual([
      '/api/editions/{editionId}/enrolments.{format}',
      '/api/editions/{id}/assignment-overview.{format}',
      '/api/editions/{id}/attendance.{format}',
      '/api/editions/{id}/measurements.{format}',
      '/api/regions/{id}/measurements.{format}',
      '/api/sessions/{id}/rsvps.{format}',
    ]);
    for (const path of exports) {
      const { parameters, responses } = document.paths[path].get;
      expect(parameters).toContainEqual(expect.objectContaining({ name: 'format', in: 'path', schema: expect.objectContaining({ enum: ['xlsx', 'csv'] }) }));
      expect(Object.keys(responses['200'].content).sort()).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv']);
    }
    const importBody = document.paths['/api/editions/{editionId}/enrolments/import'].post.requestBody.content;
    expect(Object.keys(importBody).sort()).toEqual([
      'application/octet-stream',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/csv',
    ]);
  });
});
