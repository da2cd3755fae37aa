import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { AuthService } from '../auth/auth.service';
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

  it('refuses an organisation name holding a control or direction character, as the enrolment form does', async () => {
    const person = await given(t.db).person();
    for (const organisation of ['Zorg\u0007\u001b[31mOost', '\u202Eevil\u202C']) {
      const refused = await admin.patch(`/api/admin/people/${person.id}`, { organisation });
      expect([refused.status, refused.body.fields?.map((field: { field: string }) => field.field)]).toEqual([400, ['organisation']]);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE '%evil%' OR name LIKE 'Zorg%Oost'`)).toEqual([{ n: 0 }]);
    const tidied = await admin.patch(`/api/admin/people/${person.id}`, { organisation: '  Zorg\r\nOost ' });
    expect([tidied.status, tidied.body.organisationName]).toEqual([200, 'Zorg Oost']);
  });

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

  it('ends the links mailed to a wrong address: someone who never chose a password is invited again at the corrected one', async () => {
    const edition = await given(t.db).edition({ status: 'open' });
    const enrolled = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: '王小明', email: 'wang.wait@zorg.example', organisation: 'Zorg Oost' });
    expect(enrolled.status).toBe(201);
    const [{ id: personId }] = await t.db.query(`SELECT id FROM person WHERE email = 'wang.wait@zorg.example'`);
    const worker = t.app.get(NotificationWorker);
    await worker.runOnce();
    const linkIn = (mail: { text: string }) => decodeURIComponent(/wachtwoord-kiezen\?token=([^\s]+)/.exec(mail.text)![1]);
    const mailsTo = async (address: string) => (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === address);
    const [mistyped] = await mailsTo('wang.wait@zorg.example');
    const strangersLink = linkIn(mistyped);

    expect((await admin.patch(`/api/admin/people/${personId}`, { email: 'wang.xiaoming@zorg.example' })).status).toBe(200);
    const taken = await t.anonymous().post('/api/auth/first-password', { token: strangersLink, password: 'een-heel-nieuw-wachtwoord' });
    expect([taken.status, taken.body.error]).toEqual([400, 'invitation_link_invalid']);

    await worker.runOnce();
    const [invited] = (await mailsTo('wang.xiaoming@zorg.example')).filter((mail) => mail.subject === 'Je Koers-account staat klaar');
    expect(invited.text).toContain('Het programmabureau heeft je e-mailadres in Koers gewijzigd in wang.xiaoming@zorg.example');
    const chosen = await t.anonymous().post('/api/auth/first-password', { token: linkIn(invited), password: 'een-heel-nieuw-wachtwoord' });
    expect(chosen.status).toBe(200);
    // The old address hears of the change, without a password it never had; the new one only of its invitation.
    const told = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Je e-mailadres in Koers is gewijzigd' && /wang/.test(mail.to));
    expect(told.map((mail) => mail.to)).toEqual(['wang.wait@zorg.example']);
    expect(told[0].text).not.toContain('wachtwoord');
  });

  it('ends a reset link mailed before the correction, and keeps the password of an account in use', async () => {
    const person = await given(t.db).person({ email: 'iris.old@zorg.example' });
    expect((await t.anonymous().post('/api/auth/password-reset/request', { email: person.email })).status).toBe(202);
    await t.app.get(AuthService).resetsQueued();
    await t.app.get(NotificationWorker).runOnce();
    const [resetMail] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === person.email && /wachtwoord-herstellen/.test(mail.text));
    const resetLink = decodeURIComponent(/wachtwoord-herstellen\?token=([^\s]+)/.exec(resetMail.text)![1]);

    expect((await admin.patch(`/api/admin/people/${person.id}`, { email: 'iris.new@zorg.example' })).status).toBe(200);
    const reset = await t.anonymous().post('/api/auth/password-reset/confirm', { token: resetLink, password: 'een-heel-nieuw-wachtwoord' });
    expect(reset.status).toBe(400);
    expect((await t.anonymous().post('/api/auth/login', { email: 'iris.new@zorg.example', password: TEST_PASSWORD })).status).toBe(200);
    await t.app.get(NotificationWorker).runOnce();
    const told = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Je e-mailadres in Koers is gewijzigd' && /iris/.test(mail.to));
    expect(told.map((mail) => mail.to).sort()).toEqual(['iris.new@zorg.example', 'iris.old@zorg.example']);
    expect(told[0].text).toContain('je wachtwoord blijft hetzelfde');
    expect((await readOutbox(t.config.dataDir)).filter((mail) => mail.to === 'iris.new@zorg.example' && mail.subject === 'Je Koers-account staat klaar')).toEqual([]);
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
    expect(taken.body).toMatchObject({
      error: 'email_taken',
      message: expect.stringContaining('already is an account with this email address'),
      fields: [{ field: 'email', message: expect.stringContaining('already is an account') }],
    });
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
