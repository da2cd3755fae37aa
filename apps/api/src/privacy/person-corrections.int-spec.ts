import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';

describe('correcting people', () => {
  let t: TestApp;
  let admin: HttpClient;
  let adminName: string;

  beforeAll(async () => {
    t = await createTestApp();
    const office = await given(t.db).person({ isAdmin: true, name: 'Merel Programmabureau' });
    adminName = office.name;
    admin = await t.loginAs(office.email);
  });
  afterAll(() => t.close());

  it('corrects a garbled name, the email and the organisation, keeps each change, and mails the old and the new address', async () => {
    const garbled = await given(t.db).person({ name: 'Jos\uFFFD M\uFFFDller', email: 'jose.muller@zorg.example' });
    const before = await t.loginAs(garbled.email);

    // "é" typed as e + combining accent is stored as the one letter "é" (NFC); spaces are tidied.
    const response = await admin.patch(`/api/admin/people/${garbled.id}`, {
      name: '  Jose\u0301   Müller ',
      email: ' Jose.Muller@Linde.example ',
      organisation: 'Café de Zorg',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: garbled.id, name: 'José Müller', email: 'jose.muller@linde.example', organisationName: 'Café de Zorg' });

    const history = await admin.get(`/api/admin/people/${garbled.id}/changes`);
    expect(history.status).toBe(200);
    expect(history.body.items.map(({ field, oldValue, newValue, changedByName }: any) => ({ field, oldValue, newValue, changedByName }))).toEqual(
      expect.arrayContaining([
        { field: 'name', oldValue: 'Jos\uFFFD M\uFFFDller', newValue: 'José Müller', changedByName: adminName },
        { field: 'email', oldValue: 'jose.muller@zorg.example', newValue: 'jose.muller@linde.example', changedByName: adminName },
        { field: 'organisation', oldValue: null, newValue: 'Café de Zorg', changedByName: adminName },
      ]),
    );
    expect(history.body.total).toBe(3);

    // Their session stays and shows the new details; both addresses are told.
    expect((await before.get('/api/me')).body).toMatchObject({ name: 'José Müller', email: 'jose.muller@linde.example' });
    await t.app.get(NotificationWorker).runOnce();
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Je e-mailadres in Koers is gewijzigd');
    expect(mails.map((mail) => mail.to).sort()).toEqual(['jose.muller@linde.example', 'jose.muller@zorg.example']);
    expect(mails[0].text).toContain('Beste José Müller,');
    expect(mails[0].html).toContain('<html lang="nl">');

    // Nothing changed: nothing recorded, nothing mailed.
    expect((await admin.patch(`/api/admin/people/${garbled.id}`, { name: 'José Müller' })).status).toBe(200);
    expect((await admin.get(`/api/admin/people/${garbled.id}/changes`)).body.total).toBe(3);
  });

  it("writes the programme office's name correction on the person's certificates, and not their own rename", async () => {
    const g = given(t.db);
    const person = await g.person({ name: 'Anouk de Jnog' });
    const [edition, other] = [await g.edition(), await g.edition()];
    const codes = ['KAER-SNAM-AAA2', 'KAER-SNAM-BBB3'];
    for (const [index, { id }] of [edition, other].entries()) {
      const enrolment = await g.enrolment(id, person.id, 'participant');
      await t.db.query(`INSERT INTO certificate (enrolment_id, verification_code, statement) VALUES ($1, $2, $3)`, [
        enrolment.id,
        codes[index],
        JSON.stringify({
          participantName: person.name,
          programmeName: 'HIS-I',
          editionName: 'HIS-I 1.0',
          editionStartDate: '2027-01-12',
          editionEndDate: '2027-09-14',
          programmeDaysAttended: 9,
          programmeDaysCounted: 10,
          issuedAt: '2027-09-15T10:00:00.000Z',
        }),
      ]);
    }
    const someoneElse = await g.person({ name: 'Bram Blijft' });
    const theirs = await g.enrolment(edition.id, someoneElse.id, 'participant');
    await t.db.query(`INSERT INTO certificate (enrolment_id, verification_code, statement) VALUES ($1, 'KAER-SNAM-CCC4', $2)`, [
      theirs.id,
      JSON.stringify({ participantName: someoneElse.name }),
    ]);
    const namesOnCertificates = async () =>
      (await t.db.query(`SELECT statement->>'participantName' AS name FROM certificate WHERE verification_code LIKE 'KAER-SNAM-%' ORDER BY verification_code`)).map(
        (row: { name: string }) => row.name,
      );

    // Their own rename stays off the certificates the programme office issued.
    expect((await (await t.loginAs(person.email)).patch('/api/me', { name: 'Iemand Anders' })).status).toBe(200);
    expect(await namesOnCertificates()).toEqual(['Anouk de Jnog', 'Anouk de Jnog', 'Bram Blijft']);

    expect((await admin.patch(`/api/admin/people/${person.id}`, { name: 'Anouk de Jong' })).status).toBe(200);
    expect(await namesOnCertificates()).toEqual(['Anouk de Jong', 'Anouk de Jong', 'Bram Blijft']);
    const verified = await t.anonymous().request('GET', `/verify/${codes[0]}`, undefined, { accept: 'text/html' });
    expect(verified.text).toContain('Anouk de Jong');
    expect(verified.text).not.toContain('Jnog');
    // Their own rename later, then an email correction by the office, which sends the name with it as its dialog
    // does: the name was not corrected, so the certificates keep the one the office vouched for.
    expect((await (await t.loginAs(person.email)).patch('/api/me', { name: 'Nog Iemand Anders' })).status).toBe(200);
    expect((await admin.patch(`/api/admin/people/${person.id}`, { name: 'Nog Iemand Anders', email: 'anouk.dejong@zorg.example' })).status).toBe(200);
    expect(await namesOnCertificates()).toEqual(['Anouk de Jong', 'Anouk de Jong', 'Bram Blijft']);
  });

  it('refuses an address another account has with 409, and bad names with 400', async () => {
    const [first, second] = [await given(t.db).person(), await given(t.db).person()];
    const taken = await admin.patch(`/api/admin/people/${first.id}`, { email: second.email.toUpperCase() }, { 'accept-language': 'en' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: 'email_taken', message: expect.stringContaining('already is an account with this email address') });
    expect((await t.db.query(`SELECT email FROM person WHERE id = $1`, [first.id]))[0].email).toBe(first.email);

    for (const name of ['   ', 'a'.repeat(201), 'Evil\u202Egnp.exe', 'Tab\u0007Bell']) {
      expect((await admin.patch(`/api/admin/people/${first.id}`, { name })).status).toBe(400);
    }
    expect((await admin.patch(`/api/admin/people/${first.id}`, { email: 'geen-adres' })).status).toBe(400);
    expect((await admin.patch('/api/admin/people/00000000-0000-4000-8000-000000000000', { name: 'Niemand' })).status).toBe(404);
    expect((await (await t.loginAs(first.email)).patch(`/api/admin/people/${second.id}`, { name: 'Overgenomen' })).status).toBe(403);
  });

  it('lets everyone correct their own name, in any script, and keeps it in the history', async () => {
    const person = await given(t.db).person({ name: 'Ahmed' });
    const client = await t.loginAs(person.email);
    const renamed = await client.patch('/api/me', { name: ' أحمد   الفاسي ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: person.id, name: 'أحمد الفاسي' });
    expect((await client.patch('/api/me', { name: '李小龍' })).body.name).toBe('李小龍');
    expect((await client.patch('/api/me', { name: '' })).status).toBe(400);
    expect((await client.patch('/api/me', { name: 'Ander', email: 'ander@example.nl' })).status).toBe(400);
    const history = (await admin.get(`/api/admin/people/${person.id}/changes`)).body.items;
    expect(history.map((entry: any) => [entry.oldValue, entry.newValue, entry.changedByName])).toEqual([
      ['أحمد الفاسي', '李小龍', '李小龍'],
      ['Ahmed', 'أحمد الفاسي', '李小龍'],
    ]);
    // Their earlier names are their data: in their export, gone when they are erased.
    expect((await client.get('/api/me/export')).body.corrections).toEqual([
      { field: 'name', oldValue: 'Ahmed', newValue: 'أحمد الفاسي', changedAt: expect.any(String) },
      { field: 'name', oldValue: 'أحمد الفاسي', newValue: '李小龍', changedAt: expect.any(String) },
    ]);
    expect((await admin.delete(`/api/admin/people/${person.id}`)).status).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM person_change WHERE person_id = $1`, [person.id])).toEqual([]);
  });
});
