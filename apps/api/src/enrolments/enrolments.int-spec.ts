import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';
import { readOutbox } from '../../test/mail-outbox';
import { whileLocked } from '../../test/while-locked';
import { NotificationWorker } from '../notifications/notification-worker';
import { NotificationsService } from '../notifications/notifications.service';

const CSV = { 'content-type': 'text/csv' };

/** As Excel (Dutch settings) saves "CSV UTF-8": BOM, semicolons, CRLF, quotes where needed. */
function excelCsv(rows: string[][]): string {
  const quote = (field: string) => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return '\uFEFF' + rows.map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n';
}

function fortyRows(tag: string): string[][] {
  const rows = Array.from({ length: 40 }, (_, i) => [
    `Rebel ${i + 1}`,
    `rebel${i + 1}.${tag}@zorg.example`,
    i % 2 === 0 ? 'Zorggroep De Linde' : 'Thuiszorg "Het Groene Hart"; Utrecht',
    'Utrecht',
    i % 2 === 0 ? `directeur.${tag}@linde.example` : '',
    `Vraagstuk ${i + 1}`,
  ]);
  rows[6][1] = 'rebel7-zonder-domein';
  rows[19][1] = rows[3][1];
  rows[32][2] = '';
  return [['Naam', 'E-mail', 'Organisatie', 'Regio', 'Directeur e-mail', 'Implementatievraagstuk'], ...rows];
}

describe('enrolment', () => {
  let t: TestApp;
  let admin: HttpClient;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => Number((await t.db.query(sql, params))[0].count);
  const participants = (editionId: string) => count(`SELECT count(*) FROM enrolment WHERE edition_id = $1 AND role = 'participant'`, [editionId]);

  describe('CSV import', () => {
    it('imports 40 rows with 3 bad ones: the dry run names the 3 rows, the import adds 37, a second import adds none', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const csv = excelCsv(fortyRows('a'));

      const dryRun = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, csv, CSV);
      expect(dryRun.status).toBe(200);
      expect(dryRun.body.dryRun).toBe(true);
      expect(dryRun.body.summary).toEqual({ rows: 40, enrolled: 37, waitlisted: 0, already_enrolled: 0, rejected: 3 });
      expect(dryRun.body.rows.filter((r: any) => r.outcome === 'rejected')).toEqual([
        { row: 8, name: 'Rebel 7', email: 'rebel7-zonder-domein', outcome: 'rejected', problems: [{ code: 'invalid_email', message: 'Het e-mailadres is ongeldig.' }] },
        {
          row: 21,
          name: 'Rebel 20',
          email: 'rebel4.a@zorg.example',
          outcome: 'rejected',
          problems: [{ code: 'duplicate_in_file', message: 'Dit e-mailadres staat al in rij 5.' }],
        },
        { row: 34, name: 'Rebel 33', email: 'rebel33.a@zorg.example', outcome: 'rejected', problems: [{ code: 'missing_organisation', message: 'De organisatie ontbreekt.' }] },
      ]);
      expect(await participants(edition.id)).toBe(0);

      const imported = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, csv, CSV);
      expect(imported.status).toBe(200);
      expect(imported.body.summary).toEqual({ rows: 40, enrolled: 37, waitlisted: 0, already_enrolled: 0, rejected: 3 });
      expect(await participants(edition.id)).toBe(37);

      const again = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, csv, CSV);
      expect(again.body.summary).toEqual({ rows: 40, enrolled: 0, waitlisted: 0, already_enrolled: 37, rejected: 3 });
      expect(again.body.rows[0].problems).toEqual([{ code: 'already_enrolled', message: 'Al ingeschreven voor deze editie; wordt overgeslagen.' }]);
      expect(await participants(edition.id)).toBe(37);

      // Someone withdrawn since stays withdrawn when the file is imported once more; enrolling them one by one still can.
      const [first] = await t.db.query(
        `SELECT en.id FROM enrolment en JOIN person p ON p.id = en.person_id WHERE en.edition_id = $1 AND p.email = $2`,
        [edition.id, again.body.rows[0].email],
      );
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${first.id}/withdraw`, {})).status).toBe(200);
      for (const dryRun of [true, false]) {
        const afterWithdrawal = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=${dryRun}`, csv, CSV);
        expect(afterWithdrawal.body.summary).toEqual({ rows: 40, enrolled: 0, waitlisted: 0, already_enrolled: 36, rejected: 4 });
        expect(afterWithdrawal.body.rows[0]).toMatchObject({ outcome: 'rejected', problems: [{ code: 'withdrawn_from_edition', message: expect.stringContaining('Eerder uitgeschreven uit deze editie') }] });
      }
      expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [first.id])).toEqual([{ status: 'withdrawn' }]);
    });

    it('says so when a file imported again names another director for an enrolled participant, and keeps the current one', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const file = (director: string) =>
        excelCsv([
          ['Naam', 'E-mail', 'Organisatie', 'Directeur e-mail'],
          ['Noor Smit', 'noor.smit@zorg.example', 'Zorggroep Noord', director],
          ['Daan Bos', 'daan.bos@zorg.example', 'Zorggroep Noord', ''],
        ]);
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, file('ria.dekker@zorg.example'), CSV)).body.summary).toMatchObject({ enrolled: 2 });
      const directorOf = async (email: string) =>
        (
          await t.db.query(
            `SELECT d.email FROM enrolment en JOIN person p ON p.id = en.person_id LEFT JOIN person d ON d.id = en.director_person_id WHERE en.edition_id = $1 AND p.email = $2`,
            [edition.id, email],
          )
        )[0].email;

      for (const dryRun of [true, false]) {
        const again = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=${dryRun}`, file('kees.vos@zorg.example'), CSV);
        expect(again.body.summary).toMatchObject({ enrolled: 0, already_enrolled: 2 });
        expect(again.body.rows[0].problems).toEqual([
          {
            code: 'already_enrolled_other_director',
            message:
              'Al ingeschreven voor deze editie, met ria.dekker@zorg.example als directeur; de directeur in deze rij wordt niet overgenomen. Moet die de directeur worden, schrijf diegene dan in met Iemand inschrijven (rol directeur, met het e-mailadres van de deelnemer).',
          },
        ]);
      }
      expect(await directorOf('noor.smit@zorg.example')).toBe('ria.dekker@zorg.example');
      expect(await count(`SELECT count(*) FROM enrolment en JOIN person p ON p.id = en.person_id WHERE en.edition_id = $1 AND p.email = 'kees.vos@zorg.example'`, [edition.id])).toBe(0);

      // A director named for a participant who has none is not taken over either; the same director is no news.
      const withDirectors = excelCsv([
        ['Naam', 'E-mail', 'Organisatie', 'Directeur e-mail'],
        ['Noor Smit', 'noor.smit@zorg.example', 'Zorggroep Noord', 'RIA.DEKKER@zorg.example'],
        ['Daan Bos', 'daan.bos@zorg.example', 'Zorggroep Noord', 'kees.vos@zorg.example'],
      ]);
      const english = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, withDirectors, { ...CSV, 'accept-language': 'en' });
      expect(english.body.rows.map((row: any) => row.problems)).toEqual([
        [{ code: 'already_enrolled', message: 'Already enrolled in this edition; skipped.' }],
        [
          {
            code: 'already_enrolled_other_director',
            message:
              'Already enrolled in this edition, without a director; the director in this row is not taken over. If they are to be the director, enrol them with Enrol someone (role director, with the participant’s email address).',
          },
        ],
      ]);
      expect(await directorOf('daan.bos@zorg.example')).toBeNull();
    });

    it('reads a CSV that Excel on Windows saved in Windows-1252 with its letters, and says so in the dry run', async () => {
      const edition = await given(t.db).edition({ capacity: 40, status: 'open' });
      const text = 'naam;e-mail;organisatie\r\nJosé Müller;jose.muller@zorg.example;Café de Zorg\r\nŽaneta Dvořák;zaneta@zorg.example;Zorggroep Noord\r\n';
      // What Excel writes: é, ü and Ž are single bytes (Ž is 0x8E in Windows-1252); ř has no byte and becomes "?".
      const windows1252 = Buffer.from(
        [...text.replace('ř', '?')].map((char) => ({ Ž: 0x8e }[char] ?? char.charCodeAt(0))),
      );
      const dryRun = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, windows1252, CSV);
      expect([dryRun.body.encoding, dryRun.body.rows.map((row: { name: string }) => row.name)]).toEqual(['windows-1252', ['José Müller', 'Žaneta Dvo?ák']]);
      // The ? is a letter lost for good: that row waits for the file saved again as CSV UTF-8, and says so.
      expect(dryRun.body.rows.map((row: { outcome: string; problems: { code: string; message: string }[] }) => [row.outcome, row.problems])).toEqual([
        ['enrolled', []],
        ['rejected', [{ code: 'lost_characters', message: expect.stringMatching(/^De kolom "naam" bevat een \? waar een letter hoort: .*Sla het op als "CSV UTF-8/) }]],
      ]);
      await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, windows1252, CSV);
      expect(
        await t.db.query(`SELECT p.name, o.name AS organisation FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.email IN ('jose.muller@zorg.example', 'zaneta@zorg.example')`),
      ).toEqual([{ name: 'José Müller', organisation: 'Café de Zorg' }]);

      const utf8 = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, Buffer.from(`\uFEFF${text}`, 'utf8'), CSV);
      expect([utf8.body.encoding, utf8.body.rows[1].name, utf8.body.rows[1].outcome]).toEqual(['utf-8', 'Žaneta Dvořák', 'enrolled']);
    });

    it('creates the people, their organisations, challenges and directors (enrolled and linked), and invites the new people', async () => {
      const edition = await given(t.db).edition({ capacity: 40 });
      await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, excelCsv(fortyRows('b')), CSV);

      const [rebel] = await t.db.query(
        `SELECT p.name, o.name AS organisation, o.region, d.email AS director, c.title AS challenge
           FROM enrolment e JOIN person p ON p.id = e.person_id JOIN organisation o ON o.id = p.organisation_id
           LEFT JOIN person d ON d.id = e.director_person_id LEFT JOIN implementation_challenge c ON c.enrolment_id = e.id
          WHERE e.edition_id = $1 AND p.email = 'rebel2.b@zorg.example'`,
        [edition.id],
      );
      expect(rebel).toEqual({ name: 'Rebel 2', organisation: 'Thuiszorg "Het Groene Hart"; Utrecht', region: 'Utrecht', director: null, challenge: 'Vraagstuk 2' });
      const linked = await count(`SELECT count(*) FROM enrolment e JOIN person d ON d.id = e.director_person_id WHERE e.edition_id = $1 AND d.email = 'directeur.b@linde.example'`, [edition.id]);
      // The even rows name the director; two of those rows are bad.
      expect(linked).toBe(18);
      expect(await count(`SELECT count(*) FROM enrolment WHERE edition_id = $1 AND role = 'director'`, [edition.id])).toBe(1);
      expect(await count(`SELECT count(*) FROM implementation_challenge c JOIN enrolment e ON e.id = c.enrolment_id WHERE e.edition_id = $1`, [edition.id])).toBe(37);
      // 37 Rebels and their one director are new: each gets an invitation to choose a password.
      expect(
        await count(
          `SELECT count(*) FROM password_reset_token r JOIN person p ON p.id = r.person_id WHERE p.email LIKE '%.b@zorg.example' OR p.email = 'directeur.b@linde.example'`,
        ),
      ).toBe(38);
    });

    it('names a new person after their own row, not after a row that names them as director, whatever the order', async () => {
      const edition = await given(t.db).edition({ capacity: 40 });
      const tag = Date.now();
      const csv = excelCsv([
        ['Naam', 'E-mail', 'Organisatie', 'Directeur e-mail', 'Naam directeur'],
        ['Karin Vos', `karin.${tag}@zorg.example`, 'De Linde', '', ''],
        ['Leo Smit', `leo.${tag}@zorg.example`, 'De Linde', `karin.${tag}@zorg.example`, 'Karin als directeur'],
        ['Mo Haddad', `mo.${tag}@zorg.example`, 'De Linde', `dir.${tag}@zorg.example`, ''],
        ['Noor Bakker', `noor.${tag}@zorg.example`, 'De Linde', `dir.${tag}@zorg.example`, 'Dirk Directeur'],
        ['Piet Jansen', `piet.${tag}@zorg.example`, 'De Linde', `late.${tag}@zorg.example`, 'Naam uit rij 6'],
        ['Late Eigen Rij', `late.${tag}@zorg.example`, 'De Linde', '', ''],
      ]);
      const imported = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, csv, CSV);
      expect(imported.status).toBe(200);
      const names = await t.db.query(`SELECT email, name FROM person WHERE email LIKE $1 ORDER BY email`, [`%.${tag}@zorg.example`]);
      expect(Object.fromEntries(names.map((row: { email: string; name: string }) => [row.email.split('.')[0], row.name]))).toEqual({
        karin: 'Karin Vos',
        leo: 'Leo Smit',
        mo: 'Mo Haddad',
        noor: 'Noor Bakker',
        piet: 'Piet Jansen',
        // Named as director without a name in one row and with one in another: the name.
        dir: 'Dirk Directeur',
        late: 'Late Eigen Rij',
      });
    });

    it('imports a row with cells beyond the last column, or naming a director otherwise than a row above, and says what was not read', async () => {
      const edition = await given(t.db).edition({ capacity: 40 });
      const tag = Date.now();
      const csv = [
        'Naam;E-mail;Organisatie;Directeur e-mail;Naam directeur;Functie',
        `Ans Kok;ans.${tag}@zorg.example;De Linde;piet.${tag}@zorg.example;Piet Directeur`,
        `Bas Dekker;bas.${tag}@zorg.example;De Linde;;;;extra;kolommen`,
        `Cor Wit;cor.${tag}@zorg.example;De Linde;piet.${tag}@zorg.example;Pieter Anders`,
        `Dewi Lim;dewi.${tag}@zorg.example;De Linde;piet.${tag}@zorg.example;piet directeur`,
      ].join('\r\n');
      // Without dryRun=false the import only checks (a script that leaves it out enrols nobody).
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import`, csv, CSV)).body).toMatchObject({ dryRun: true, summary: { enrolled: 4 } });
      expect(await t.db.query(`SELECT 1 FROM enrolment WHERE edition_id = $1`, [edition.id])).toEqual([]);
      const report = (await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, csv, CSV)).body;
      // A heading Koers does not read is named, so a director under an unknown heading is not lost unseen.
      expect(report.ignoredColumns).toEqual(['Functie']);
      // So is a second column for the same field: the first is read.
      const twoAddresses = `Naam;E-mail;Organisatie;Directeur e-mail;Mailadres directeur\r\nEva;eva.${tag}@zorg.example;De Linde;dir1.${tag}@zorg.example;dir2.${tag}@zorg.example`;
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import`, twoAddresses, CSV)).body.ignoredColumns).toEqual(['Mailadres directeur']);
      expect(report.rows.map((row: { row: number; outcome: string; problems: { code: string; message: string }[] }) => [row.row, row.outcome, row.problems])).toEqual([
        [2, 'enrolled', []],
        [3, 'enrolled', [{ code: 'extra_cells', message: 'Deze rij heeft 2 gevulde cellen zonder kolomnaam erboven; die zijn niet gelezen. Staat er een scheidingsteken in een naam, zet de naam dan tussen aanhalingstekens.' }]],
        [4, 'enrolled', [{ code: 'director_named_differently', message: 'Rij 2 noemt deze directeur anders: Piet Directeur. Iemand heeft één naam in Koers; controleer welke klopt.' }]],
        // The same name in other capitals is no other name.
        [5, 'enrolled', []],
      ]);
      expect(await t.db.query(`SELECT name FROM person WHERE email = $1`, [`piet.${tag}@zorg.example`])).toEqual([{ name: 'Piet Directeur' }]);
    });

    it('puts rows beyond the capacity on the waiting list, in file order', async () => {
      const edition = await given(t.db).edition({ capacity: 35 });
      const csv = excelCsv(fortyRows('c'));
      const dryRun = await admin.post(`/api/editions/${edition.id}/enrolments/import`, csv, CSV);
      expect(dryRun.body.summary).toMatchObject({ enrolled: 35, waitlisted: 2 });
      expect(dryRun.body.rows.at(-1)).toEqual({
        row: 41,
        name: 'Rebel 40',
        email: 'rebel40.c@zorg.example',
        outcome: 'waitlisted',
        problems: [{ code: 'over_capacity', message: 'De editie is vol: komt op de wachtlijst (plaats 2).' }],
      });
      await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, csv, CSV);
      const waiting = await t.db.query(
        `SELECT p.email, e.waitlist_position FROM enrolment e JOIN person p ON p.id = e.person_id WHERE e.edition_id = $1 AND e.status = 'waitlisted' ORDER BY 2`,
        [edition.id],
      );
      expect(waiting).toEqual([
        { email: 'rebel39.c@zorg.example', waitlist_position: 1 },
        { email: 'rebel40.c@zorg.example', waitlist_position: 2 },
      ]);
    });

    it('reads commas, English headers and LF line ends, and answers in English when asked', async () => {
      const edition = await given(t.db).edition();
      const csv = 'name,email,organisation,director email,challenge\nAnna,anna.d@zorg.example,"Careyn, Zuidwest",,Beeldbellen\nBram,bram.d@,Careyn,,\n';
      const report = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=true`, csv, { 'content-type': 'text/csv; charset=utf-8', 'accept-language': 'en' });
      expect(report.body.rows).toEqual([
        { row: 2, name: 'Anna', email: 'anna.d@zorg.example', outcome: 'enrolled', problems: [] },
        { row: 3, name: 'Bram', email: 'bram.d@', outcome: 'rejected', problems: [{ code: 'invalid_email', message: 'The email address is not valid.' }] },
      ]);
    });

    it("takes an edition's enrolments export back as it was: its participants with their names and directors, not the directors' own rows", async () => {
      const [from, into] = [await given(t.db).edition({ status: 'open' }), await given(t.db).edition({ status: 'open' })];
      const csv = 'naam;e-mail;organisatie;directeur e-mail;directeur naam\r\n=Anna Formule;anna.r@zorg.example;+31 Zorg;dir.r@zorg.example;Dirk Directeur\r\n';
      expect((await admin.post(`/api/editions/${from.id}/enrolments/import?dryRun=false`, csv, CSV)).body.summary.enrolled).toBe(1);
      const exported = await admin.get(`/api/editions/${from.id}/enrolments.csv`);
      expect(exported.text).toContain("'=Anna Formule");

      const report = await admin.post(`/api/editions/${into.id}/enrolments/import?dryRun=false`, Buffer.from(exported.text, 'utf8'), CSV);
      expect(report.body.rows.map(({ name, outcome, problems }: { name: string; outcome: string; problems: { code: string }[] }) => [name, outcome, problems.map((p) => p.code)])).toEqual([
        ['=Anna Formule', 'enrolled', []],
        ['Dirk Directeur', 'rejected', ['other_role']],
      ]);
      // The director comes along through the participant's row (the export names their address), linked as before.
      expect(
        await t.db.query(
          `SELECT p.name, en.role, director.email AS "directorEmail" FROM enrolment en JOIN person p ON p.id = en.person_id
             LEFT JOIN person director ON director.id = en.director_person_id
            WHERE en.edition_id = $1 ORDER BY en.role`,
          [into.id],
        ),
      ).toEqual([
        { name: '=Anna Formule', role: 'participant', directorEmail: 'dir.r@zorg.example' },
        { name: 'Dirk Directeur', role: 'director', directorEmail: null },
      ]);
    });

    it('refuses a file with NUL characters (UTF-16 or binary) with 400 instead of a database error, enrolling nobody', async () => {
      const edition = await given(t.db).edition();
      const imported = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, 'naam;e-mail;organisatie\r\nAn\u0000na;anna@zorg.nl;De Linde\r\n', CSV);
      expect(imported.status).toBe(400);
      expect(imported.body.error).toBe('csv_not_text');
      expect((await admin.get(`/api/editions/${edition.id}/enrolments`)).body.total).toBe(0);
    });

    it('refuses a file without the required columns, an empty file and a body that is not CSV', async () => {
      const edition = await given(t.db).edition();
      const missing = await admin.post(`/api/editions/${edition.id}/enrolments/import`, 'naam;telefoon\r\nAnna;06\r\n', CSV);
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({
        error: 'csv_missing_columns',
        fields: [
          { field: 'email', message: 'De kolom "e-mail" ontbreekt.' },
          { field: 'organisation', message: 'De kolom "organisatie" ontbreekt.' },
        ],
      });
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import`, '\uFEFF', CSV)).body.error).toBe('csv_empty');
      const json = await admin.post(`/api/editions/${edition.id}/enrolments/import`, { csv: 'naam' });
      expect(json.status).toBe(415);
      expect(json.body).toMatchObject({ error: 'unsupported_media_type', message: expect.stringContaining('text/csv') });
      const empty = await admin.post(`/api/editions/${edition.id}/enrolments/import`);
      expect(empty.body.error).toBe('csv_expected');
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=maybe`, 'naam', CSV)).status).toBe(400);
      const tooBig = await admin.post(`/api/editions/${edition.id}/enrolments/import`, 'naam;e-mail;organisatie\r\n' + 'x'.repeat(3 * 1024 * 1024), CSV);
      expect([tooBig.status, tooBig.body.error]).toEqual([413, 'import_file_too_large']);
      expect(tooBig.body.message).toContain('hoogstens 2 MB');
      // Sent in chunks without a length, the bytes past the limit are what is noticed.
      const streamed = await admin.post(`/api/editions/${edition.id}/enrolments/import`, Readable.from([Buffer.from('naam;e-mail;organisatie\r\n'), Buffer.alloc(2 * 1024 * 1024, 'x')]), CSV);
      expect([streamed.status, streamed.body.error]).toEqual([413, 'import_file_too_large']);
    });

    it('runs a fixed number of SQL statements for 5 rows or 37', async () => {
      const statementsToImport = async (rows: string[][]) => {
        const edition = await given(t.db).edition({ capacity: 40 });
        t.queries.reset();
        const response = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, excelCsv(rows), CSV);
        expect(response.body.summary.enrolled).toBe(rows.length === 6 ? 5 : 37);
        return t.queries.count;
      };
      expect(await statementsToImport(fortyRows('e'))).toBe(await statementsToImport(fortyRows('f').slice(0, 6)));
    });
  });

  describe('one by one', () => {
    it('keeps names to one line, as every name form does: a line break is a space, a control character refused', async () => {
      const edition = await given(t.db).edition();
      const enrolled = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'participant',
        name: 'Fatima\r\nBcc: iemand@elders.example',
        email: 'fatima.lines@wijkteam.example',
        organisation: 'Wijkteam\nDelfland',
        directorEmail: 'dekker.lines@wijkteam.example',
        directorName: 'Joost\tDekker',
      });
      expect(enrolled.status).toBe(201);
      expect(await t.db.query(`SELECT name FROM person WHERE email IN ('fatima.lines@wijkteam.example', 'dekker.lines@wijkteam.example') ORDER BY email`)).toEqual([
        { name: 'Joost Dekker' },
        { name: 'Fatima Bcc: iemand@elders.example' },
      ]);
      expect(await t.db.query(`SELECT name FROM organisation WHERE name LIKE 'Wijkteam%Delfland'`)).toEqual([{ name: 'Wijkteam Delfland' }]);
      const refused = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: 'Sanne\u0007', email: 'sanne.lines@zorg.example' });
      expect([refused.status, refused.body.fields.map((field: { field: string }) => field.field)]).toEqual([400, ['name']]);
    });

    it('keeps the organisation of a name with a Turkish İ or a Greek final Σ, for the participant and their director', async () => {
      const edition = await given(t.db).edition();
      for (const [email, organisation] of [
        ['aylin.bakim@zorg.example', 'Bakım Evi İstanbul'],
        ['eleni.oikos@zorg.example', 'ΟΙΚΟΣ ΦΡΟΝΤΙΔΑΣ'],
      ]) {
        const enrolled = await admin.post(`/api/editions/${edition.id}/enrolments`, {
          role: 'participant',
          name: 'Deelnemer',
          email,
          organisation,
          directorEmail: `directeur.${email}`,
          directorName: 'Directeur',
        });
        expect(enrolled.status).toBe(201);
        const stored = await t.db.query(
          `SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.email IN ($1, $2)`,
          [email, `directeur.${email}`],
        );
        expect(stored).toEqual([{ name: organisation }, { name: organisation }]);
      }
      // Typed in small letters, with the final ς Greek writes at a word's end, it is the same organisation.
      const colleague = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Collega', email: 'nikos.oikos@zorg.example', organisation: 'οικος φροντιδας' });
      expect(colleague.status).toBe(201);
      expect(await t.db.query(`SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.email = 'nikos.oikos@zorg.example'`)).toEqual([
        { name: 'ΟΙΚΟΣ ΦΡΟΝΤΙΔΑΣ' },
      ]);
    });

    it('names a new organisation as the first row that names it spells it, not a later row typed in other capitals, with the first region given', async () => {
      const edition = await given(t.db).edition();
      const csv = [
        'naam;e-mailadres;organisatie;regio',
        'Zoë de Bruïne;zoe@eendracht.example;Zorggroep Ééndracht;',
        'Bram Eend;bram@eendracht.example;zorggroep ééndracht;Midden-Holland',
        'Carla Eend;carla@eendracht.example;ZORGGROEP ÉÉNDRACHT;',
        'Dirk Eend;dirk@eendracht.example;zorggroep ééndracht;',
      ].join('\r\n');
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, Buffer.from(csv), { 'content-type': 'text/csv' })).status).toBe(200);
      expect(
        await t.db.query(`SELECT DISTINCT o.name, o.region FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.email LIKE '%@eendracht.example'`),
      ).toEqual([{ name: 'Zorggroep Ééndracht', region: 'Midden-Holland' }]);
    });

    it('enrols a participant with organisation, region, director and challenge, and invites both new people', async () => {
      const edition = await given(t.db).edition({ capacity: 2 });
      const response = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'participant',
        name: 'Fatima El Amrani',
        email: ' Fatima@Wijkteam.example ',
        organisation: 'Wijkteam Haaglanden',
        region: 'Den Haag',
        directorEmail: 'bestuurder@wijkteam.example',
        directorName: 'Joost Dekker',
        challengeTitle: 'Digitale sociale kaart',
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        enrolmentId: expect.any(String),
        personId: expect.any(String),
        role: 'participant',
        status: 'active',
        waitlistPosition: null,
        invited: true,
      });
      const [row] = await t.db.query(
        `SELECT p.email, o.name AS organisation, o.region, d.name AS director, c.title AS challenge,
                (SELECT role FROM enrolment WHERE edition_id = e.edition_id AND person_id = d.id) AS "directorRole"
           FROM enrolment e JOIN person p ON p.id = e.person_id JOIN organisation o ON o.id = p.organisation_id
           JOIN person d ON d.id = e.director_person_id JOIN implementation_challenge c ON c.enrolment_id = e.id
          WHERE e.id = $1`,
        [response.body.enrolmentId],
      );
      expect(row).toEqual({
        email: 'fatima@wijkteam.example',
        organisation: 'Wijkteam Haaglanden',
        region: 'Den Haag',
        director: 'Joost Dekker',
        challenge: 'Digitale sociale kaart',
        directorRole: 'director',
      });
      expect(await count(`SELECT count(*) FROM password_reset_token r JOIN person p ON p.id = r.person_id WHERE p.email IN ('fatima@wijkteam.example', 'bestuurder@wijkteam.example')`)).toBe(2);

      const again = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Fatima', email: 'fatima@wijkteam.example', organisation: 'X' });
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('already_enrolled');
    });

    it('refuses a trainer or facilitator of the edition as its participant, one by one and in a file', async () => {
      const edition = await given(t.db).edition({ capacity: 40 });
      const [trainer, facilitator, elsewhere] = [await given(t.db).person(), await given(t.db).person(), await given(t.db).person()];
      await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
      await given(t.db).enrolment(edition.id, facilitator.id, 'facilitator');
      // A trainer of another edition may well follow this one.
      await given(t.db).enrolment((await given(t.db).edition()).id, elsewhere.id, 'trainer');

      const refused = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Sanne', email: trainer.email, organisation: 'Hogeschool' });
      expect([refused.status, refused.body.error, refused.body.message]).toEqual([409, 'staff_in_edition', expect.stringContaining('trainer of begeleider in deze editie')]);
      const csv = excelCsv([
        ['Naam', 'E-mail', 'Organisatie'],
        ['Sanne', trainer.email, 'Hogeschool'],
        ['Jeroen', facilitator.email.toUpperCase(), 'Avans'],
        ['Ineke', elsewhere.email, 'Fontys'],
      ]);
      for (const dryRun of [true, false]) {
        const report = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=${dryRun}`, csv, CSV);
        expect(report.body.rows.map((row: { outcome: string; problems: { code: string }[] }) => [row.outcome, row.problems.map((p) => p.code)])).toEqual([
          ['rejected', ['staff_in_edition']],
          ['rejected', ['staff_in_edition']],
          ['enrolled', []],
        ]);
      }
      expect(await participants(edition.id)).toBe(1);
      // The other way round too: a participant of the edition does not run its sessions, nor is enrolled to.
      const participant = await given(t.db).person();
      await given(t.db).enrolment(edition.id, participant.id, 'participant');
      const session = await given(t.db).session(edition.id, { startsAt: '2099-03-09T08:30:00Z' });
      for (const refusal of [
        await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [{ personId: participant.id, role: 'trainer' }] }),
        await admin.post(`/api/editions/${edition.id}/staff`, { personId: participant.id, role: 'facilitator', kinds: ['programme_day'] }),
        await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: 'Deelnemer', email: participant.email }),
      ]) {
        expect([refusal.status, refusal.body.error]).toEqual([409, 'participant_in_edition']);
      }
      // A guest speaker may be anyone.
      expect((await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [{ personId: participant.id, role: 'speaker' }] })).status).toBe(200);
      // The trainer of another edition had no organisation: as a participant they have the one in their row.
      const [ineke] = await t.db.query(`SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = $1`, [elsewhere.id]);
      expect(ineke).toEqual({ name: 'Fontys' });
    });

    it('keeps a participant’s internal team to people without another part in the edition, both ways, one by one and in a file', async () => {
      const edition = await given(t.db).edition({ capacity: 40 });
      const [lotte, rebel, trainer, director, member] = [await given(t.db).person(), await given(t.db).person(), await given(t.db).person(), await given(t.db).person(), await given(t.db).person()];
      await given(t.db).enrolment(edition.id, lotte.id, 'participant');
      await given(t.db).enrolment(edition.id, rebel.id, 'participant');
      await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'director', name: 'Directeur', email: director.email, participantEmail: rebel.email })).status).toBe(201);
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'internal_team_member', name: 'Teamlid', email: member.email, participantEmail: lotte.email })).status).toBe(201);

      // A participant, a trainer or a director of the edition does not join another participant's team...
      for (const someone of [lotte, trainer, director]) {
        const refused = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'internal_team_member', name: 'X', email: someone.email, participantEmail: rebel.email }, { 'accept-language': 'en' });
        expect([refused.status, refused.body.error, refused.body.message]).toEqual([409, 'internal_team_in_edition', expect.stringContaining('count twice')]);
      }
      // ...and a team member is not made participant, director or trainer of it, nor a participant in a file.
      for (const role of ['participant', 'director', 'trainer'] as const) {
        const refused = await admin.post(`/api/editions/${edition.id}/enrolments`, { role, name: 'Teamlid', email: member.email, organisation: 'De Linde', ...(role === 'director' ? { participantEmail: rebel.email } : {}) });
        expect([role, refused.status, refused.body.error]).toEqual([role, 409, 'internal_team_in_edition']);
      }
      const report = await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, excelCsv([['Naam', 'E-mail', 'Organisatie'], ['Teamlid', member.email, 'De Linde']]), CSV);
      expect(report.body.rows.map((row: { outcome: string; problems: { code: string }[] }) => [row.outcome, row.problems.map((p) => p.code)])).toEqual([['rejected', ['internal_team_in_edition']]]);
      expect(await t.db.query(`SELECT p.email, e.role FROM enrolment e JOIN person p ON p.id = e.person_id WHERE p.id = ANY($1::uuid[]) ORDER BY p.email, e.role`, [[lotte.id, trainer.id, director.id, member.id]])).toEqual(
        [
          { email: lotte.email, role: 'participant' },
          { email: trainer.email, role: 'trainer' },
          { email: director.email, role: 'director' },
          { email: member.email, role: 'internal_team_member' },
        ].sort((a, b) => a.email.localeCompare(b.email)),
      );

      // Nor does a team member run the edition's sessions, or sponsor one of its participants.
      const session = await given(t.db).session(edition.id, { startsAt: '2099-03-09T08:30:00Z' });
      for (const refusal of [
        await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [{ personId: member.id, role: 'trainer' }] }),
        await admin.post(`/api/editions/${edition.id}/staff`, { personId: member.id, role: 'facilitator', kinds: ['programme_day'] }),
      ]) {
        expect([refusal.status, refusal.body.error]).toEqual([409, 'internal_team_in_edition']);
      }
      const sponsored = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Nieuw', email: `nieuw.${Date.now()}@zorg.example`, organisation: 'De Linde', directorEmail: member.email });
      expect([sponsored.status, sponsored.body.error]).toEqual([409, 'director_in_internal_team']);
      const namedInFile = await admin.post(
        `/api/editions/${edition.id}/enrolments/import?dryRun=true`,
        excelCsv([['Naam', 'E-mail', 'Organisatie', 'E-mail directeur'], ['Nieuw', `nieuw2.${Date.now()}@zorg.example`, 'De Linde', member.email]]),
        CSV,
      );
      expect(namedInFile.body.rows.map((row: { problems: { code: string }[] }) => row.problems.map((p) => p.code))).toEqual([['director_in_internal_team']]);

      // Nobody supports or sponsors themselves: said on the field, as for a participant's own director.
      for (const role of ['director', 'internal_team_member'] as const) {
        const own = await admin.post(`/api/editions/${edition.id}/enrolments`, { role, name: 'Zelf', email: rebel.email.toUpperCase(), participantEmail: rebel.email });
        expect([role, own.status, own.body.fields]).toEqual([role, 400, [{ field: 'participantEmail', message: expect.stringContaining('eigen e-mailadres') }]]);
      }
    });

    it('replaces a participant’s director only when asked to, naming the current one', async () => {
      const edition = await given(t.db).edition();
      const participant = await given(t.db).person();
      const bram = await given(t.db).person({ name: 'Bram de Groot' });
      await given(t.db).enrolment(edition.id, bram.id, 'director');
      const enrolment = await given(t.db).enrolment(edition.id, participant.id, 'participant', { directorPersonId: bram.id });
      const kim = { role: 'director', name: 'Kim Jansen', email: `kim.${Date.now()}@twente.example`, participantEmail: participant.email };

      const refused = await admin.post(`/api/editions/${edition.id}/enrolments`, kim);
      expect([refused.status, refused.body.error, refused.body.message]).toEqual([409, 'participant_has_director', expect.stringContaining('al een directeur: Bram de Groot')]);
      const directorOf = async () => (await t.db.query(`SELECT d.name FROM enrolment e JOIN person d ON d.id = e.director_person_id WHERE e.id = $1`, [enrolment.id]))[0].name;
      expect(await directorOf()).toBe('Bram de Groot');
      expect(await count(`SELECT count(*) FROM person WHERE email = '${kim.email}'`)).toBe(0);

      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { ...kim, replaceDirector: true })).status).toBe(201);
      expect(await directorOf()).toBe('Kim Jansen');
      // Bram sponsors nobody in the edition any more: he leaves it, as withdrawn.
      expect(await t.db.query(`SELECT status FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [edition.id, bram.id])).toEqual([{ status: 'withdrawn' }]);
    });

    it('gives a participant a director the edition has already, the other director of their organisation, when asked to', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const [hans, femke, renee, lotte] = [await g.person({ name: 'Hans Visser' }), await g.person({ name: 'Femke de Boer' }), await g.person(), await g.person()];
      const hansEnrolment = await g.enrolment(edition.id, hans.id, 'director');
      const femkeEnrolment = await g.enrolment(edition.id, femke.id, 'director');
      const reneeEnrolment = await g.enrolment(edition.id, renee.id, 'participant', { directorPersonId: hans.id });
      await g.enrolment(edition.id, lotte.id, 'participant', { directorPersonId: femke.id });
      const femkeFor = (extra = {}) =>
        admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'director', name: femke.name, email: femke.email, participantEmail: renee.email, ...extra });

      const refused = await femkeFor();
      expect([refused.status, refused.body.error]).toEqual([409, 'participant_has_director']);
      const linked = await femkeFor({ replaceDirector: true });
      expect([linked.status, linked.body.enrolmentId, linked.body.invited]).toEqual([201, femkeEnrolment.id, false]);
      expect(await t.db.query(`SELECT director_person_id AS director FROM enrolment WHERE id = $1`, [reneeEnrolment.id])).toEqual([{ director: femke.id }]);
      // Hans hears that he no longer follows Renée.
      expect(await t.db.query(`SELECT payload->>'reason' AS reason FROM notification_delivery WHERE person_id = $1 AND kind = 'sponsorship_ended'`, [hans.id])).toEqual([
        { reason: 'other_director' },
      ]);
      // Hans sponsors nobody in the edition any more; Femke keeps her one enrolment, now for both.
      expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [hansEnrolment.id])).toEqual([{ status: 'withdrawn' }]);
      expect(await count(`SELECT count(*) FROM enrolment WHERE edition_id = '${edition.id}' AND person_id = '${femke.id}'`)).toBe(1);
      // Named again for the participant she already has: nothing to do.
      expect((await femkeFor({ replaceDirector: true })).body.error).toBe('already_enrolled');
    });

    it('withdraws a director with the last participant they sponsor in the edition: the board meetings leave their calendar and their delegate’s', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const boardMeeting = { kind: 'board_meeting', audienceParticipants: false, audienceDirectors: true } as const;
      const held = await g.session(edition.id, { ...boardMeeting, title: 'Bestuurlijke bijeenkomst 1', startsAt: new Date(Date.now() - 7 * 86_400_000) });
      const coming = await g.session(edition.id, { ...boardMeeting, title: 'Bestuurlijke bijeenkomst 2', startsAt: '2099-04-13T12:00:00Z' });
      const [wang, ada, bo, li] = [await g.person({ name: 'Wang Xiaoming' }), await g.person(), await g.person(), await g.person({ name: 'Li Na' })];
      // Wang went to the first meeting himself and sends Li, who accepted, to the second.
      await g.rsvp(held.id, wang.id, 'attending');
      await g.rsvp(coming.id, wang.id, 'delegate', { name: li.name, email: li.email, personId: li.id });
      const wangEnrolment = await g.enrolment(edition.id, wang.id, 'director');
      const adaEnrolment = await g.enrolment(edition.id, ada.id, 'participant', { directorPersonId: wang.id });
      const boEnrolment = await g.enrolment(edition.id, bo.id, 'participant', { directorPersonId: wang.id });

      // Still sponsoring Bo, Wang stays.
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${adaEnrolment.id}/withdraw`, {})).status).toBe(200);
      expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [wangEnrolment.id])).toEqual([{ status: 'active' }]);

      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${boEnrolment.id}/withdraw`, {})).status).toBe(200);
      expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [wangEnrolment.id])).toEqual([{ status: 'withdrawn' }]);
      expect(await t.db.query(`SELECT kind, payload->>'why' AS why FROM notification_delivery WHERE person_id = $1 ORDER BY kind, created_at`, [wang.id])).toEqual([
        { kind: 'calendar_updated', why: 'withdrawn' },
        { kind: 'sponsorship_ended', why: null },
        { kind: 'sponsorship_ended', why: null },
      ]);
      // Li no longer goes in his place, and hears why; what Wang answered for the meeting held stays on record.
      expect(await t.db.query(`SELECT session_id AS "sessionId" FROM session_rsvp WHERE person_id = $1`, [wang.id])).toEqual([{ sessionId: held.id }]);
      expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [coming.id, li.id])).toEqual([]);
      expect(await t.db.query(`SELECT kind, payload->>'why' AS why FROM notification_delivery WHERE person_id = $1`, [li.id])).toEqual([{ kind: 'calendar_updated', why: 'director_withdrawn' }]);
    });

    it('ends the invitation of someone withdrawn before they chose a password, unless something else still waits for them', async () => {
      const g = given(t.db);
      const [edition, other] = [await g.edition({ status: 'open' }), await g.edition({ status: 'open' })];
      const enrol = (editionId: string, name: string, email: string) => admin.post(`/api/editions/${editionId}/enrolments`, { role: 'participant', name, email, organisation: 'Zorg Oost' });
      const li = await enrol(edition.id, 'Li Wei', 'li.wei.withdrawn@zorg.example');
      const sam = await enrol(edition.id, 'Sam Twee', 'sam.twee.withdrawn@zorg.example');
      expect((await enrol(other.id, 'Sam Twee', 'sam.twee.withdrawn@zorg.example')).status).toBe(201);
      await t.app.get(NotificationWorker).runOnce();
      const linksTo = async (address: string) =>
        (await readOutbox(t.config.dataDir))
          .filter((sent) => sent.to === address && /wachtwoord-kiezen/.test(sent.text))
          .map((sent) => decodeURIComponent(/wachtwoord-kiezen\?token=([^\s]+)/.exec(sent.text)![1]));
      const [[liLink], [samLink]] = [await linksTo('li.wei.withdrawn@zorg.example'), await linksTo('sam.twee.withdrawn@zorg.example')];

      for (const { body } of [li, sam]) expect((await admin.post(`/api/editions/${edition.id}/enrolments/${body.enrolmentId}/withdraw`, {})).status).toBe(200);
      const empty = await t.anonymous().post('/api/auth/first-password', { token: liLink, password: 'een-heel-nieuw-wachtwoord' });
      expect([empty.status, empty.body.error]).toEqual([400, 'invitation_link_invalid']);
      // Still enrolled in another edition: the account is theirs to take into use.
      expect((await t.anonymous().post('/api/auth/first-password', { token: samLink, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(200);
      // Enrolled again, Li is invited again, with a link that works.
      const again = await enrol(edition.id, 'Li Wei', 'li.wei.withdrawn@zorg.example');
      expect([again.status, again.body.invited]).toEqual([201, true]);
      await t.app.get(NotificationWorker).runOnce();
      const [newLink] = (await linksTo('li.wei.withdrawn@zorg.example')).filter((link) => link !== liLink);
      expect((await t.anonymous().post('/api/auth/first-password', { token: newLink, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(200);
    });

    it('enrols an existing person without changing who they are or inviting them again', async () => {
      const edition = await given(t.db).edition();
      const known = await given(t.db).person({ name: 'Lotte Bakker' });
      const response = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: 'L. Bakker', email: known.email });
      expect(response.body).toMatchObject({ personId: known.id, role: 'trainer', invited: false });
      expect((await t.db.query(`SELECT name FROM person WHERE id = $1`, [known.id]))[0].name).toBe('Lotte Bakker');
      // Their own organisation stays, and the one typed makes no organisation of nobody.
      const organised = await given(t.db).person({ organisationId: (await given(t.db).organisation()).id });
      const typed = `Org Alfa ${Date.now()}`;
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'X', email: organised.email, organisation: typed })).status).toBe(201);
      expect(await t.db.query(`SELECT 1 FROM organisation WHERE name = $1`, [typed])).toEqual([]);
    });

    it('gives a new account the language chosen when enrolling, for its invitation and what follows; an existing one keeps its own', async () => {
      const edition = await given(t.db).edition({ status: 'open' });
      const directorEmail = `dir.${Date.now()}@zorg.example`;
      const english = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'participant',
        name: 'Grace Hopper',
        email: `grace.${Date.now()}@zorg.example`,
        organisation: 'De Linde',
        locale: 'en',
        directorEmail,
        directorName: 'Dirk Bestuurder',
      });
      expect(english.status).toBe(201);
      // The language was chosen for the participant: the director new to Koers their row names gets Koers' own.
      expect(await t.db.query(`SELECT locale FROM person WHERE email = $1`, [directorEmail])).toEqual([{ locale: 'nl' }]);
      const known = await given(t.db).person();
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: 'Bekend', email: known.email, locale: 'en' })).status).toBe(201);
      const locales = await t.db.query(`SELECT id, locale FROM person WHERE id = ANY($1::uuid[]) ORDER BY id`, [[english.body.personId, known.id]]);
      expect(Object.fromEntries(locales.map((row: { id: string; locale: string }) => [row.id, row.locale]))).toEqual({ [english.body.personId]: 'en', [known.id]: 'nl' });
      await t.app.get(NotificationWorker).runOnce();
      const [invitation] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Your Koers account is ready');
      expect(invitation).toBeDefined();
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'trainer', name: 'X', email: 'x@zorg.example', locale: 'de' })).status).toBe(400);
    });

    it('links internal-team members and directors to their participant', async () => {
      const edition = await given(t.db).edition();
      const rebel = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Anna', email: 'anna.team@zorg.example', organisation: 'De Linde' });
      const member = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'internal_team_member',
        name: 'Kim de Wit',
        email: 'kim@zorg.example',
        participantEmail: 'anna.team@zorg.example',
        roleInOrganisation: 'teamleider nachtdienst',
      });
      expect(member.status).toBe(201);
      const director = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'director',
        name: 'Hans Visser',
        email: 'hans@zorg.example',
        participantEmail: 'anna.team@zorg.example',
      });
      expect(director.status).toBe(201);

      const list = await admin.get(`/api/editions/${edition.id}/enrolments`);
      expect(list.body.items.map((e: any) => [e.name, e.role, e.directorName, e.supportsName, e.roleInOrganisation])).toEqual([
        ['Anna', 'participant', 'Hans Visser', null, null],
        ['Hans Visser', 'director', null, null, null],
        ['Kim de Wit', 'internal_team_member', null, 'Anna', 'teamleider nachtdienst'],
      ]);
      expect(rebel.body.enrolmentId).toBe(list.body.items[0].id);
      // Their invitations say whose director and whose team they are: a stranger's invitation is easily taken for spam.
      const reasons = await t.db.query(
        `SELECT p.email, d.payload->'reason' AS reason FROM notification_delivery d JOIN person p ON p.id = d.person_id
          WHERE d.kind = 'invitation' AND p.email IN ('hans@zorg.example', 'kim@zorg.example') ORDER BY p.email`,
      );
      expect(reasons).toEqual([
        {
          email: 'hans@zorg.example',
          reason: { nl: `Je bent ingeschreven voor ${edition.name} als directeur van Anna.`, en: `You have been enrolled in ${edition.name} as the director of Anna.` },
        },
        {
          email: 'kim@zorg.example',
          reason: {
            nl: `Je bent ingeschreven voor ${edition.name} als lid van het intern team van Anna.`,
            en: `You have been enrolled in ${edition.name} as a member of the internal team of Anna.`,
          },
        },
      ]);

      const orphan = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'internal_team_member',
        name: 'Iris',
        email: 'iris@zorg.example',
        participantEmail: 'niemand@zorg.example',
      });
      expect(orphan.status).toBe(409);
      expect(orphan.body.error).toBe('participant_not_enrolled');
    });

    it('checks the fields: a participant needs an organisation, an internal-team member their participant', async () => {
      const edition = await given(t.db).edition();
      const participant = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Anna', email: 'anna@', organisation: '' });
      expect(participant.status).toBe(400);
      expect(participant.body.fields.map((f: any) => f.field).sort()).toEqual(['email', 'organisation']);
      const member = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'internal_team_member', name: 'Kim', email: 'kim2@zorg.example' });
      expect(member.body.fields).toEqual([{ field: 'participantEmail', message: 'Dit veld is verplicht.' }]);
      expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'admin', name: 'X', email: 'x@zorg.example' })).status).toBe(400);
      // Nobody is their own director, whatever the capitals.
      const ownDirector = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Zelf', email: 'zelf@zorg.example', organisation: 'Zorg', directorEmail: ' Zelf@Zorg.example' });
      expect([ownDirector.status, ownDirector.body.fields]).toEqual([400, [{ field: 'directorEmail', message: expect.stringContaining('het e-mailadres van de deelnemer zelf') }]]);
      expect(await t.db.query(`SELECT 1 FROM person WHERE email = 'zelf@zorg.example'`)).toEqual([]);
      expect((await admin.post(`/api/editions/00000000-0000-4000-8000-000000000000/enrolments`, { role: 'trainer', name: 'X', email: 'x@zorg.example' })).status).toBe(404);
    });
  });

  describe('the waiting list', () => {
    it('gives a withdrawn participant’s place to the first on the waiting list, keeping the withdrawn record', async () => {
      const edition = await given(t.db).edition({ capacity: 1 });
      const enrol = (name: string) =>
        admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name, email: `${name}.wl@zorg.example`, organisation: 'De Linde' });
      const first = (await enrol('anna')).body;
      const second = (await enrol('bram')).body;
      const third = (await enrol('cas')).body;
      expect([second.status, second.waitlistPosition, third.waitlistPosition]).toEqual(['waitlisted', 1, 2]);

      await given(t.db).session(edition.id, { startsAt: new Date(Date.now() + 14 * 24 * 3600_000) });
      const withdrawn = await admin.post(`/api/editions/${edition.id}/enrolments/${first.enrolmentId}/withdraw`);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toEqual({ promoted: [{ enrolmentId: second.enrolmentId, name: 'bram' }] });
      // Each is told what happened to them: the one withdrawn, the one who moved up.
      const told = await t.db.query(
        `SELECT p.name, d.payload->>'why' AS why FROM notification_delivery d JOIN person p ON p.id = d.person_id
          WHERE d.kind = 'calendar_updated' AND d.payload->>'editionId' = $1 ORDER BY p.name`,
        [edition.id],
      );
      expect(told).toEqual([
        { name: 'anna', why: 'withdrawn' },
        { name: 'bram', why: 'waitlist_promoted' },
      ]);
      const statuses = await t.db.query(`SELECT id, status, waitlist_position FROM enrolment WHERE edition_id = $1 ORDER BY enrolled_at, id`, [edition.id]);
      expect(new Map(statuses.map((s: any) => [s.id, [s.status, s.waitlist_position]]))).toEqual(
        new Map([
          [first.enrolmentId, ['withdrawn', null]],
          [second.enrolmentId, ['active', null]],
          [third.enrolmentId, ['waitlisted', 1]],
        ]),
      );
      const list = await admin.get(`/api/editions/${edition.id}/enrolments?status=waitlisted`);
      expect(list.body).toMatchObject({ total: 1, items: [{ name: 'cas', waitlistPosition: 1 }] });

      // Enrolling a withdrawn participant again takes a place again (or the waiting list).
      expect((await enrol('anna')).body).toMatchObject({ enrolmentId: first.enrolmentId, status: 'waitlisted', waitlistPosition: 2 });
      const other = await given(t.db).edition();
      expect((await admin.post(`/api/editions/${other.id}/enrolments/${first.enrolmentId}/withdraw`)).status).toBe(404);
    });

    it('lets the director of a participant on the waiting list wait too, and brings the board meetings once the participant moves up', async () => {
      const edition = await given(t.db).edition({ capacity: 1 });
      const boardMeeting = await given(t.db).session(edition.id, { kind: 'board_meeting', startsAt: new Date(Date.now() + 21 * 24 * 3600_000) });
      const enrol = (name: string, director?: string) =>
        admin.post(`/api/editions/${edition.id}/enrolments`, {
          role: 'participant',
          name,
          email: `${name}.dw@zorg.example`,
          organisation: 'De Linde',
          ...(director && { directorName: director, directorEmail: `${director}.dw@zorg.example` }),
        });
      const first = (await enrol('anna')).body;
      expect((await enrol('bram', 'dirk')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      const [dirk] = await t.db.query(`SELECT id FROM person WHERE email = 'dirk.dw@zorg.example'`);
      const expected = async () => (await t.db.query(`SELECT person_id AS "personId" FROM expected_attendee WHERE session_id = $1`, [boardMeeting.id])).map((row: { personId: string }) => row.personId);
      expect(await expected()).toEqual([]);
      // Nor once a meeting has begun: he had no place at its start.
      const started = await given(t.db).session(edition.id, { kind: 'board_meeting', startsAt: new Date(Date.now() - 10 * 60_000) });
      expect(await t.db.query(`SELECT person_id FROM expected_attendee WHERE session_id = $1`, [started.id])).toEqual([]);

      await t.app.get(NotificationWorker).runOnce();
      const toDirk = async () => (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === 'dirk.dw@zorg.example');
      // Invited to choose a password, told why he waits; no schedule: nothing in it yet.
      const waiting = await toDirk();
      expect(waiting).toHaveLength(1);
      expect(waiting[0].text).toContain(`als directeur van bram, die nog op de wachtlijst staat. Zodra er een plaats is, krijg je de bestuurlijke bijeenkomsten in je agenda.`);

      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${first.enrolmentId}/withdraw`)).status).toBe(200);
      expect(await expected()).toEqual([dirk.id]);
      expect(
        await t.db.query(`SELECT payload->>'why' AS why, payload->'added' AS added FROM notification_delivery WHERE kind = 'calendar_updated' AND person_id = $1`, [dirk.id]),
      ).toEqual([{ why: 'sponsored_promoted', added: [boardMeeting.id] }]);
      await t.app.get(NotificationWorker).runOnce();
      expect((await toDirk()).map((mail) => mail.text).join('\n')).toContain('staat niet meer op de wachtlijst en heeft nu een plaats');
    });

    it('takes the coming board meetings from a director left with only waiting participants, and from their delegate, with a plain mail; the meeting where they were marked stays theirs', async () => {
      const g = given(t.db);
      const edition = await g.edition({ capacity: 1 });
      const held = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuur 1', startsAt: new Date(Date.now() - 7 * 24 * 3600_000) });
      const coming = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuur 2', startsAt: new Date(Date.now() + 21 * 24 * 3600_000) });
      const enrol = (name: string, director: string) =>
        admin.post(`/api/editions/${edition.id}/enrolments`, {
          role: 'participant',
          name,
          email: `${name}.dl@zorg.example`,
          organisation: 'De Linde',
          directorName: director,
          directorEmail: `${director}.dl@zorg.example`,
        });
      const anna = (await enrol('anna', 'dirk')).body;
      expect((await enrol('carl', 'eva')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect((await enrol('bram', 'dirk')).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
      const [dirk, eva, delegate] = await Promise.all(['dirk.dl@zorg.example', 'eva.dl@zorg.example', null].map(async (email) => (email ? (await t.db.query(`SELECT id FROM person WHERE email = $1`, [email]))[0] : await g.person())));
      await g.rsvp(coming.id, dirk.id, 'delegate', { name: 'Vera Vervanger', email: 'vera.dl@zorg.example', personId: delegate.id });
      const expected = async (sessionId: string) =>
        (await t.db.query(`SELECT person_id AS "personId" FROM expected_attendee WHERE session_id = $1 ORDER BY person_id`, [sessionId])).map((row: { personId: string }) => row.personId);
      expect(await expected(coming.id)).toEqual([dirk.id, delegate.id].sort());
      // Dirk was at the meeting held last week.
      await t.db.query(`INSERT INTO attendance (session_id, person_id, status) VALUES ($1, $2, 'present')`, [held.id, dirk.id]);
      await t.app.get(NotificationWorker).runOnce();

      // Anna leaves: Carl moves up, and Dirk has only Bram, who waits.
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${anna.enrolmentId}/withdraw`)).status).toBe(200);
      expect(await expected(coming.id)).toEqual([eva.id]);
      expect(await expected(held.id)).toEqual([dirk.id, eva.id].sort());
      const told = await t.db.query(
        `SELECT person_id AS "personId", payload->>'why' AS why, payload->'added' AS added, payload->'removed' AS removed
           FROM notification_delivery WHERE kind = 'calendar_updated' AND payload->>'editionId' = $1 AND person_id = ANY($2::uuid[])`,
        [edition.id, [dirk.id, eva.id, delegate.id]],
      );
      expect(new Map(told.map((row: { personId: string }) => [row.personId, row]))).toEqual(
        new Map([
          [dirk.id, { personId: dirk.id, why: null, added: [], removed: [coming.id] }],
          [delegate.id, { personId: delegate.id, why: null, added: [], removed: [coming.id] }],
          [eva.id, { personId: eva.id, why: 'sponsored_promoted', added: [coming.id], removed: [] }],
        ]),
      );
    });

    it('brings the board meetings to a waiting director when a participant of theirs is enrolled with a place, and tells a waiting participant’s team it waits', async () => {
      const g = given(t.db);
      const edition = await g.edition({ capacity: 1 });
      const meeting = await g.session(edition.id, { kind: 'board_meeting', startsAt: new Date(Date.now() + 21 * 24 * 3600_000) });
      const teamDay = await g.session(edition.id, { kind: 'programme_day', audienceInternalTeams: true, startsAt: new Date(Date.now() + 28 * 24 * 3600_000) });
      const enrol = (body: Record<string, unknown>) => admin.post(`/api/editions/${edition.id}/enrolments`, { organisation: 'De Linde', ...body });
      await enrol({ role: 'participant', name: 'anna', email: 'anna.wd@zorg.example' });
      expect((await enrol({ role: 'participant', name: 'bram', email: 'bram.wd@zorg.example', directorName: 'dirk', directorEmail: 'dirk.wd@zorg.example' })).body).toMatchObject({
        status: 'waitlisted',
      });
      expect((await enrol({ role: 'internal_team_member', name: 'tess', email: 'tess.wd@zorg.example', participantEmail: 'bram.wd@zorg.example' })).status).toBe(201);
      const [tess] = await t.db.query(`SELECT id FROM person WHERE email = 'tess.wd@zorg.example'`);
      expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [teamDay.id, tess.id])).toEqual([]);
      await t.app.get(NotificationWorker).runOnce();
      const toTess = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === 'tess.wd@zorg.example');
      expect(toTess.map((mail) => mail.text).join('\n')).toContain('als lid van het intern team van bram, die nog op de wachtlijst staat. Zodra er een plaats is, krijg je de teamdagen in je agenda.');

      // A second place, and a participant of Dirk's enrolled into it: his board meeting comes, with a mail saying which.
      await t.db.query(`UPDATE edition SET capacity = 2 WHERE id = $1`, [edition.id]);
      expect((await enrol({ role: 'participant', name: 'carl', email: 'carl.wd@zorg.example', directorName: 'dirk', directorEmail: 'dirk.wd@zorg.example' })).body).toMatchObject({
        status: 'active',
      });
      const [dirk] = await t.db.query(`SELECT id FROM person WHERE email = 'dirk.wd@zorg.example'`);
      expect(
        await t.db.query(`SELECT payload->'added' AS added, payload->'removed' AS removed FROM notification_delivery WHERE kind = 'calendar_updated' AND person_id = $1`, [dirk.id]),
      ).toEqual([{ added: [meeting.id], removed: [] }]);
    });

    it('sends someone given a second role no second schedule, only the sessions the role adds', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const day = await g.session(edition.id, { startsAt: new Date(Date.now() + 14 * 24 * 3600_000) });
      const meeting = await g.session(edition.id, { kind: 'board_meeting', startsAt: new Date(Date.now() + 21 * 24 * 3600_000) });
      const trainer = await g.person({ name: 'Tess Trainer' });
      await g.enrolment(edition.id, trainer.id, 'trainer');
      await t.db.query(`INSERT INTO session_staff (session_id, person_id, role) VALUES ($1, $2, 'trainer')`, [day.id, trainer.id]);
      // Enrolled as trainer a minute ago, with her schedule; now she is named the director of a participant.
      await t.db.query(`UPDATE enrolment SET enrolled_at = enrolled_at - interval '1 minute' WHERE person_id = $1`, [trainer.id]);
      await t.app.get(NotificationsService).schedulePublished(t.db.manager, edition.id, [trainer.id]);
      await t.app.get(NotificationWorker).runOnce();
      const enrolled = await admin.post(`/api/editions/${edition.id}/enrolments`, {
        role: 'participant',
        name: 'anna',
        email: 'anna.sr@zorg.example',
        organisation: 'De Linde',
        directorName: 'Tess Trainer',
        directorEmail: trainer.email,
      });
      expect(enrolled.status).toBe(201);
      const mails = await t.db.query(`SELECT kind, payload->'added' AS added FROM notification_delivery WHERE person_id = $1 ORDER BY created_at`, [trainer.id]);
      expect(mails).toEqual([
        { kind: 'schedule_published', added: null },
        { kind: 'calendar_updated', added: [meeting.id] },
      ]);
    });

    it('takes a withdrawn participant’s internal team out with them: out of the team day, told why, invitations to the team withdrawn', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'open' });
      const teamDay = await g.session(edition.id, { title: 'Lesdag met intern team', startsAt: new Date(Date.now() + 14 * 24 * 3600_000), audienceInternalTeams: true });
      const participant = (await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Thijs Mulder', email: 'thijs.team@zorg.example', organisation: 'De Linde' })).body;
      const [member, other] = [await g.person({ name: 'Esther Brouwer' }), await g.person({ name: 'Invited Niemand' })];
      const membership = await g.enrolment(edition.id, member.id, 'internal_team_member', { supportsEnrolmentId: participant.enrolmentId });
      const [invitation] = await t.db.query(
        `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation)
         VALUES ('internal_team', $1, $2, 'Invited Niemand', $3, $4, $5, 'Verpleegkundige') RETURNING id`,
        [participant.personId, other.id, other.email, edition.id, participant.enrolmentId],
      );
      const roster = async () => (await admin.get(`/api/sessions/${teamDay.id}/roster`)).body.map((entry: { name: string }) => entry.name);
      expect(await roster()).toEqual(expect.arrayContaining(['Thijs Mulder', 'Esther Brouwer']));

      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${participant.enrolmentId}/withdraw`)).status).toBe(200);
      expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [membership.id])).toEqual([{ status: 'withdrawn' }]);
      expect(await roster()).toEqual([]);
      expect(await t.db.query(`SELECT status FROM invitation WHERE id = $1`, [invitation.id])).toEqual([{ status: 'withdrawn' }]);
      // Thijs's own schedule mail had not gone out yet, so he hears nothing of a session he never heard of.
      const told = await t.db.query(
        `SELECT p.name, d.payload->>'why' AS why, d.payload->'removed' AS removed FROM notification_delivery d JOIN person p ON p.id = d.person_id
          WHERE d.kind = 'calendar_updated' AND d.payload->>'editionId' = $1 ORDER BY p.name`,
        [edition.id],
      );
      expect(told).toEqual([{ name: 'Esther Brouwer', why: 'team_ended', removed: [teamDay.id] }]);
    });

    it('never leaves a team member behind who accepts their invitation while the participant is withdrawn', async () => {
      const g = given(t.db);
      for (let round = 0; round < 3; round++) {
        const edition = await g.edition({ status: 'open' });
        const participant = (
          await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Thijs Race', email: `thijs.race${round}@zorg.example`, organisation: 'De Linde' })
        ).body;
        const joining = await g.person({ name: 'Esther Race' });
        const [invitation] = await t.db.query(
          `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, supports_enrolment_id, role_in_organisation)
           VALUES ('internal_team', $1, $2, 'Esther Race', $3, $4, $5, 'Verpleegkundige') RETURNING id`,
          [participant.personId, joining.id, joining.email, edition.id, participant.enrolmentId],
        );
        const invitee = await t.loginAs(joining.email);
        // Both come in while the edition is held, and go on together once it is free.
        const [accepted, withdrawn] = await whileLocked(
          t.db,
          (transaction) => transaction.query(`SELECT 1 FROM edition WHERE id = $1 FOR UPDATE`, [edition.id]),
          () => Promise.all([invitee.post(`/api/me/invitations/${invitation.id}/accept`), admin.post(`/api/editions/${edition.id}/enrolments/${participant.enrolmentId}/withdraw`)]),
        );
        expect(withdrawn.status).toBe(200);
        expect([204, 404, 409]).toContain(accepted.status);
        expect(await t.db.query(`SELECT status FROM enrolment WHERE edition_id = $1 AND person_id = $2 AND status = 'active'`, [edition.id, joining.id])).toEqual([]);
      }
    });

    it('tells the director of a withdrawn participant, in their language, that they no longer follow them', async () => {
      const g = given(t.db);
      const edition = await g.edition({ name: 'HIS-I Mail', status: 'open' });
      const director = await g.person({ name: 'Hans Visser' });
      await t.db.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [director.id]);
      await g.enrolment(edition.id, director.id, 'director');
      const participant = await g.person({ name: 'Zeynep Jacobs' });
      const enrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });

      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${enrolment.id}/withdraw`)).status).toBe(200);
      await t.app.get(NotificationWorker).runOnce();
      const [told] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === director.email && /Zeynep/.test(mail.subject));
      expect(told.subject).toBe('Zeynep Jacobs is no longer yours to follow in HIS-I Mail');
      expect(told.text).toContain('Zeynep Jacobs no longer takes part in HIS-I Mail.');
    });

    it('finds enrolments by part of a name or address, whatever its accents, with role and status', async () => {
      const edition = await given(t.db).edition({ capacity: 1 });
      for (const [name, email] of [['Cécile de Wit', 'cecile.search@zorg.example'], ['Bram Jansen', 'bram.search@zorg.example']]) {
        expect((await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name, email, organisation: 'De Linde' })).status).toBe(201);
      }
      const names = async (query: string) => (await admin.get(`/api/editions/${edition.id}/enrolments?${query}`)).body.items.map((item: { name: string }) => item.name);
      expect(await names('search=cecile')).toEqual(['Cécile de Wit']);
      expect(await names('search=%20cecile%20')).toEqual(['Cécile de Wit']);
      expect(await names('search=BRAM.SEARCH')).toEqual(['Bram Jansen']);
      expect(await names('search=de%20wit&status=waitlisted')).toEqual([]);
      expect(await names('status=waitlisted')).toEqual(['Bram Jansen']);
      expect((await admin.get(`/api/editions/${edition.id}/enrolments?search=a%00`)).status).toBe(400);
    });

    it('closes the gap when someone leaves the waiting list itself', async () => {
      const edition = await given(t.db).edition({ capacity: 1 });
      const enrol = async (name: string) =>
        (await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name, email: `${name}.gap@zorg.example`, organisation: 'De Linde' })).body;
      const [, second, , fourth] = [await enrol('anna'), await enrol('bram'), await enrol('cas'), await enrol('daan')];
      expect(fourth.waitlistPosition).toBe(3);

      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${second.enrolmentId}/withdraw`)).body).toEqual({ promoted: [] });
      const list = await admin.get(`/api/editions/${edition.id}/enrolments?status=waitlisted`);
      expect(list.body.items.map((item: { name: string; waitlistPosition: number }) => [item.name, item.waitlistPosition])).toEqual([
        ['cas', 1],
        ['daan', 2],
      ]);
    });
  });

  describe('the list', () => {
    it('lists people by name as people read names: accents sort with their letter, not after the alphabet', async () => {
      const edition = await given(t.db).edition();
      for (const name of ['Chantal Bakker', 'Çelik Öztürk', 'Cécile Lefèvre', 'Bram Smit', 'Ümit Yılmaz', 'Zoë Jansen']) {
        await given(t.db).enrolment(edition.id, (await given(t.db).person({ name })).id, 'trainer');
      }
      const listed = await admin.get(`/api/editions/${edition.id}/enrolments?role=trainer`);
      expect(listed.body.items.map((item: { name: string }) => item.name)).toEqual(['Bram Smit', 'Cécile Lefèvre', 'Çelik Öztürk', 'Chantal Bakker', 'Ümit Yılmaz', 'Zoë Jansen']);
    });

    it('shows everyone once across the pages, also people with the same name', async () => {
      const edition = await given(t.db).edition();
      const jans: string[] = [];
      for (let i = 0; i < 30; i++) {
        const jan = await given(t.db).person({ name: 'Jan Jansen' });
        await given(t.db).enrolment(edition.id, jan.id, 'trainer');
        jans.push(jan.id);
      }
      for (const pageSize of [3, 4, 7]) {
        const seen: string[] = [];
        for (let page = 1; page <= Math.ceil(jans.length / pageSize); page++) {
          const listed = await admin.get(`/api/editions/${edition.id}/enrolments?search=jan%20jansen&pageSize=${pageSize}&page=${page}`);
          seen.push(...listed.body.items.map((item: { personId: string }) => item.personId));
        }
        expect(seen.sort()).toEqual([...jans].sort());
      }
    });

    it('pages through the enrolments in a fixed number of queries', async () => {
      const edition = await given(t.db).edition();
      const statementsToList = async () => {
        t.queries.reset();
        const page = await admin.get(`/api/editions/${edition.id}/enrolments?role=participant&pageSize=5`);
        expect(page.status).toBe(200);
        return { statements: t.queries.count, page: page.body };
      };
      await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, excelCsv(fortyRows('g').slice(0, 3)), CSV);
      const few = await statementsToList();
      await admin.post(`/api/editions/${edition.id}/enrolments/import?dryRun=false`, excelCsv(fortyRows('g')), CSV);
      const many = await statementsToList();
      expect(few.page).toMatchObject({ total: 2, page: 1, pageSize: 5 });
      expect(many.page.total).toBe(37);
      expect(many.page.items).toHaveLength(5);
      expect(many.statements).toBe(few.statements);
    });
  });

  describe('access', () => {
    it('is for the programme office only', async () => {
      const edition = await given(t.db).edition();
      const trainer = await given(t.db).person();
      await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
      const client = await t.loginAs(trainer.email);
      const body = { role: 'participant', name: 'Anna', email: 'anna.x@zorg.example', organisation: 'De Linde' };
      expect((await client.post(`/api/editions/${edition.id}/enrolments`, body)).status).toBe(403);
      expect((await client.get(`/api/editions/${edition.id}/enrolments`)).status).toBe(403);
      expect((await client.post(`/api/editions/${edition.id}/enrolments/import`, 'naam;e-mail;organisatie\r\n', CSV)).status).toBe(403);
      expect((await client.get('/api/staff')).status).toBe(403);
      expect((await t.anonymous().post(`/api/editions/${edition.id}/enrolments`, body)).status).toBe(401);
    });
  });

  describe('staffing sessions', () => {
    it('assigns trainers, facilitators and guest speakers, enrols the trainers, and warns when someone is busy elsewhere that day', async () => {
      const edition = await given(t.db).edition({ name: 'HIS-I 3.0' });
      const session = await given(t.db).session(edition.id, { title: 'Lesdag 1', startsAt: '2027-03-09T08:30:00Z' });
      const trainer = await given(t.db).person({ name: 'Sanne de Vries' });
      const facilitator = await given(t.db).person({ name: 'Ahmed Bouzid' });
      const elsewhere = await given(t.db).edition({ name: 'HIS-I 2.0' });
      const busy = await given(t.db).session(elsewhere.id, { title: 'Netwerksessie 3', startsAt: '2027-03-09T13:00:00Z' });
      await given(t.db).sessionStaff(busy.id, facilitator.id, 'facilitator');

      const response = await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, {
        staff: [
          { personId: trainer.id, role: 'trainer' },
          { personId: facilitator.id, role: 'facilitator' },
          { guestName: 'Prof. dr. Anne Hoekstra', guestOrganisation: 'Zorg aan Zet', role: 'speaker' },
        ],
      });
      expect(response.status).toBe(200);
      expect(response.body.staff.map((m: any) => [m.name, m.role, m.organisation])).toEqual([
        ['Sanne de Vries', 'trainer', null],
        ['Ahmed Bouzid', 'facilitator', null],
        ['Prof. dr. Anne Hoekstra', 'speaker', 'Zorg aan Zet'],
      ]);
      expect(response.body.warnings).toEqual([
        {
          code: 'trainer_busy',
          personId: facilitator.id,
          personName: 'Ahmed Bouzid',
          editionName: 'HIS-I 2.0',
          sessionTitle: 'Netwerksessie 3',
          message: 'Ahmed Bouzid verzorgt die dag al “Netwerksessie 3” in HIS-I 2.0.',
        },
      ]);
      const roles = await t.db.query(`SELECT person_id, role FROM enrolment WHERE edition_id = $1 ORDER BY role`, [edition.id]);
      expect(roles).toEqual([
        { person_id: trainer.id, role: 'trainer' },
        { person_id: facilitator.id, role: 'facilitator' },
      ]);

      const cleared = await admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [] });
      expect(cleared.body.staff).toEqual([]);
      // Off their one session, both stay enrolled: the answer says so.
      expect(cleared.body.warnings.map((w: { code: string; personName: string; role: string }) => [w.code, w.personName, w.role])).toEqual([
        ['staff_without_sessions', 'Ahmed Bouzid', 'facilitator'],
        ['staff_without_sessions', 'Sanne de Vries', 'trainer'],
      ]);
    });

    it('warns when someone taken off a session runs none of the edition any more but stays its trainer, and not while they run another', async () => {
      const g = given(t.db);
      const edition = await g.edition({ name: 'HIS-I 5.0' });
      const [day1, day2] = [await g.session(edition.id, { title: 'Lesdag 1' }), await g.session(edition.id, { title: 'Lesdag 2', startsAt: '2027-04-20T08:30:00Z' })];
      const guest = await g.person({ name: 'Frits Gast' });
      const staff = (sessionId: string, ...people: string[]) =>
        admin.put(`/api/editions/${edition.id}/sessions/${sessionId}/staff`, { staff: people.map((personId) => ({ personId, role: 'trainer' })) });
      await staff(day1.id, guest.id);
      await staff(day2.id, guest.id);
      // Off one of their two sessions: nothing to say.
      expect((await staff(day2.id)).body.warnings).toEqual([]);
      // A facilitator who leads one of the edition's network groups still runs its sessions to come.
      const leader = await g.person({ name: 'Ahmed Bouzid' });
      const [group] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Netwerkgroep Avans', 1) RETURNING id`, [edition.id]);
      await t.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) VALUES ($1, $2)`, [group.id, leader.id]);
      await admin.put(`/api/editions/${edition.id}/sessions/${day1.id}/staff`, { staff: [guest.id, leader.id].map((personId, i) => ({ personId, role: i === 0 ? 'trainer' : 'facilitator' })) });
      const offTheLast = await staff(day1.id);
      expect(offTheLast.body.warnings).toEqual([
        {
          code: 'staff_without_sessions',
          personId: guest.id,
          personName: 'Frits Gast',
          role: 'trainer',
          editionName: 'HIS-I 5.0',
          message: 'Frits Gast leidt geen bijeenkomst van HIS-I 5.0 meer, maar blijft er trainer en ziet het werk van alle deelnemers. Haal Frits Gast onder Inschrijvingen uit de editie als dat niet de bedoeling is.',
        },
      ]);
    });

    it('puts a trainer on every programme day still to come at once, beside who runs each, and enrols and warns as one session does', async () => {
      const g = given(t.db);
      const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
      const edition = await g.edition({ name: 'HIS-I 4.0' });
      const day = (title: string, days: number, extra = {}) => g.session(edition.id, { title, startsAt: daysFromNow(days), ...extra });
      const [first, second] = [await day('Lesdag 1', 14), await day('Lesdag 2', 35)];
      await day('Lesdag 0', -7);
      await day('Lesdag 3', 56, { status: 'cancelled' });
      const network = await day('Netwerksessie 1', 21, { kind: 'network_session' });
      const [trainer, colleague] = [await g.person({ name: 'Sanne de Vries' }), await g.person({ name: 'Jeroen Bakker' })];
      await g.sessionStaff(second.id, colleague.id);
      await g.sessionStaff(second.id, trainer.id);
      const busy = await g.session((await g.edition({ name: 'HIS-I 1.9' })).id, { title: 'Lesdag 8', startsAt: daysFromNow(14) });
      await g.sessionStaff(busy.id, trainer.id);

      const response = await admin.post(`/api/editions/${edition.id}/staff`, { personId: trainer.id, role: 'trainer', kinds: ['programme_day'] });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        added: 1,
        warnings: [expect.objectContaining({ code: 'trainer_busy', personName: 'Sanne de Vries', sessionTitle: 'Lesdag 8', editionName: 'HIS-I 1.9' })],
      });
      const staffOf = async (sessionId: string) =>
        (await t.db.query(`SELECT p.name FROM session_staff st JOIN person p ON p.id = st.person_id WHERE st.session_id = $1 ORDER BY p.name`, [sessionId])).map(
          (row: { name: string }) => row.name,
        );
      expect([await staffOf(first.id), await staffOf(second.id), await staffOf(network.id)]).toEqual([['Sanne de Vries'], ['Jeroen Bakker', 'Sanne de Vries'], []]);
      expect(await t.db.query(`SELECT role FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [edition.id, trainer.id])).toEqual([{ role: 'trainer' }]);

      // No board meeting to come: nothing to run, so the facilitator is not made staff of the edition for it.
      const idle = await admin.post(`/api/editions/${edition.id}/staff`, { personId: colleague.id, role: 'facilitator', kinds: ['board_meeting'] });
      expect([idle.status, idle.body]).toEqual([201, { added: 0, warnings: [] }]);
      expect(await t.db.query(`SELECT role FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [edition.id, colleague.id])).toEqual([]);

      const refused = await admin.post(`/api/editions/${edition.id}/staff`, { personId: trainer.id, role: 'speaker', kinds: [] });
      expect([refused.status, refused.body.fields.map((f: { field: string }) => f.field).sort()]).toEqual([400, ['kinds', 'role']]);
      const unknown = await admin.post(`/api/editions/${edition.id}/staff`, { personId: randomUUID(), role: 'facilitator', kinds: ['network_session'] });
      expect(unknown.status).toBe(400);
      const trainerClient = await t.loginAs(trainer.email);
      expect((await trainerClient.post(`/api/editions/${edition.id}/staff`, { personId: trainer.id, role: 'trainer', kinds: ['network_session'] })).status).toBe(403);
    });

    it('warns when someone runs two of the edition’s sessions at the same time, such as two groups’ network sessions', async () => {
      const edition = await given(t.db).edition();
      const groups = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Avans', 1), ($1, 'Zuyd', 2) RETURNING id`, [edition.id]);
      for (const group of groups) {
        const session = await given(t.db).session(edition.id, { kind: 'network_session', title: 'Netwerksessie 1', startsAt: '2099-03-16T08:30:00Z', durationMinutes: 120 });
        await t.db.query(`UPDATE session SET network_group_id = $2 WHERE id = $1`, [session.id, group.id]);
      }
      const jeroen = await given(t.db).person({ name: 'Jeroen Smit' });
      const planned = await admin.post(`/api/editions/${edition.id}/staff`, { personId: jeroen.id, role: 'facilitator', kinds: ['network_session'] });
      expect(planned.body).toEqual({
        added: 2,
        warnings: [
          expect.objectContaining({
            code: 'staff_double_booked',
            date: '2099-03-16',
            message: 'Jeroen Smit verzorgt op maandag 16 maart 2099 twee bijeenkomsten tegelijk: “Netwerksessie 1 (Avans)” en “Netwerksessie 1 (Zuyd)”.',
          }),
        ],
      });
    });

    it('staffs an edition at once and a session on its own at the same moment without a deadlock', async () => {
      const g = given(t.db);
      const edition = await g.edition();
      const sessions = await Promise.all([1, 2, 3, 4].map((week) => g.session(edition.id, { startsAt: new Date(Date.now() + week * 7 * 86_400_000) })));
      const people = await Promise.all(Array.from({ length: 6 }, () => g.person()));
      const answers = await Promise.all(
        people.flatMap((person, index) => [
          admin.post(`/api/editions/${edition.id}/staff`, { personId: person.id, role: 'trainer', kinds: ['programme_day'] }),
          admin.put(`/api/editions/${edition.id}/sessions/${sessions[index % sessions.length].id}/staff`, { staff: [{ personId: person.id, role: 'facilitator' }] }),
        ]),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(6).fill(200), ...Array(6).fill(201)]);
    });

    it('locks the edition before any of its sessions, as every change to its sessions and its division into groups do', async () => {
      // Locking the session first, a staff edit that enrolled a new trainer waited for the edition while a division
      // held the edition and waited for the session: a deadlock.
      const g = given(t.db);
      const edition = await g.edition();
      const session = await g.session(edition.id, { startsAt: new Date(Date.now() + 7 * 86_400_000) });
      const trainer = await g.person();
      await g.enrolment(edition.id, trainer.id, 'trainer');
      const staffed = await whileLocked(t.db, { table: 'edition', id: edition.id }, () =>
        admin.put(`/api/editions/${edition.id}/sessions/${session.id}/staff`, { staff: [{ personId: trainer.id, role: 'trainer' }] }),
      );
      expect(staffed.status).toBe(200);
      const planned = await whileLocked(t.db, { table: 'edition', id: edition.id }, () =>
        admin.post(`/api/editions/${edition.id}/staff`, { personId: trainer.id, role: 'trainer', kinds: ['programme_day'] }),
      );
      expect(planned.status).toBe(201);
    });

    it('refuses unknown people, sessions of another edition and incomplete guests', async () => {
      const edition = await given(t.db).edition();
      const session = await given(t.db).session(edition.id);
      const other = await given(t.db).edition();
      const url = `/api/editions/${edition.id}/sessions/${session.id}/staff`;
      const unknown = await admin.put(url, { staff: [{ personId: '00000000-0000-4000-8000-000000000000', role: 'trainer' }] });
      expect([unknown.status, unknown.body.error]).toEqual([400, 'unknown_staff_member']);
      expect((await admin.put(`/api/editions/${other.id}/sessions/${session.id}/staff`, { staff: [] })).status).toBe(404);
      const guest = await admin.put(url, { staff: [{ role: 'speaker' }] });
      expect(guest.status).toBe(400);
      // A guest with a personId that is no id was stored unchecked and failed in the database.
      const guestWithBadId = await admin.put(url, { staff: [{ guestName: 'Gast', personId: 0, role: 'speaker' }] });
      expect([guestWithBadId.status, guestWithBadId.body.fields]).toEqual([400, [expect.objectContaining({ field: 'staff.0.personId' })]]);
      const trainer = await given(t.db).person();
      const personWithBadGuestName = await admin.put(url, { staff: [{ personId: trainer.id, guestName: 7, role: 'trainer' }] });
      expect(personWithBadGuestName.status).toBe(400);
    });

    it('finds people who ran sessions before, by name or address', async () => {
      const edition = await given(t.db).edition();
      const karin = await given(t.db).person({ name: 'Karin Smeets', email: 'karin.smeets@avans.example' });
      await given(t.db).enrolment(edition.id, karin.id, 'facilitator');
      await given(t.db).person({ name: 'Karin Zonder Rol' });
      const found = await admin.get('/api/staff?search=karin');
      expect(found.body).toMatchObject({ total: 1, items: [{ id: karin.id, name: 'Karin Smeets', email: 'karin.smeets@avans.example', organisation: null }] });
    });
  });
});
