import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { serverSecret } from '../app/config';
import { NotificationWorker } from '../notifications/notification-worker';
import { issueFormStamp } from './application-form-stamp';

/** Applying without an account: the 202 that tells nothing, the spam defences, the double opt-in and the director's commitment. */
describe('applications', () => {
  let t: TestApp;
  let editionId: string;
  let closedEditionId: string;
  let ip = 0;
  /** A client from an address of its own, so the per-address limit only counts where a test means it to. */
  const visitor = () => t.anonymous(`10.19.${++ip >> 8}.${ip & 255}`);
  const stamp = (secondsAgo: number) => issueFormStamp(serverSecret(t.config), Date.now() - secondsAgo * 1000);
  let emails = 0;
  const form = (overrides: Record<string, unknown> = {}) => ({
    name: 'Fatima el Amrani',
    email: `aanmelder-${++emails}@example.nl`,
    organisation: 'Zorggroep De Linde',
    jobTitle: 'Teamleider wijkverpleging',
    region: 'Utrecht',
    challenge: 'Nachtelijke valincidenten verminderen met sensoren.',
    directorName: 'Dirk Directeur',
    directorEmail: `directeur-${emails}@example.nl`,
    formIssuedAt: stamp(30),
    website: '',
    ...overrides,
  });
  const applicationsOf = (email: string) =>
    t.db.query(`SELECT id, status, locale, director_commitment AS "directorCommitment", director_reason AS "directorReason" FROM application WHERE email = $1`, [email]);
  /** Sends what is queued and answers the mails to this address so far. */
  const mailsTo = async (email: string) => {
    await t.app.get(NotificationWorker).runOnce();
    return (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === email);
  };
  const tokenIn = (text: string, path: string) => {
    const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(text);
    if (!match) throw new Error(`no ${path} link in: ${text}`);
    return match[1];
  };
  /** Applies and confirms; answers the confirmation token and the address. */
  const confirmedApplication = async (overrides: Record<string, unknown> = {}) => {
    const body = form(overrides);
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, body)).status).toBe(202);
    const [mail] = await mailsTo(body.email as string);
    const token = tokenIn(mail.text, '/aanmelding-bevestigen');
    expect((await visitor().post('/api/public/applications/confirm', { token })).status).toBe(200);
    return { token, body };
  };

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
    const g = given(t.db);
    const programme = await g.programme({ code: 'HIS-I', name: 'Health Innovation School' });
    await t.db.query(`UPDATE programme SET slug = 'his-i' WHERE id = $1`, [programme.id]);
    const edition = await g.edition({ programmeId: programme.id, name: 'HIS-I 3.0', status: 'open', startDate: '2099-09-14', endDate: '2100-05-10' });
    editionId = edition.id;
    await t.db.query(`UPDATE edition SET open_for_applications = true WHERE id = $1`, [editionId]);
    await g.session(editionId, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2099-10-05T13:00:00Z', durationMinutes: 120 });
    await g.session(editionId, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: '2100-03-08T13:00:00Z', durationMinutes: 120 });
    await g.session(editionId, { kind: 'board_meeting', title: 'Geschrapt overleg', startsAt: '2100-01-11T13:00:00Z', status: 'cancelled' });
    closedEditionId = (await g.edition({ programmeId: programme.id, status: 'open', startDate: '2099-09-14', endDate: '2100-05-10' })).id;
  });
  afterAll(() => t?.close());

  it('answers 202 with the same empty body for a new address, an address with an account and a repeat, and mails the confirmation link', async () => {
    const person = await given(t.db).person();
    const fresh = form();
    const answers = [
      await visitor().post(`/api/public/editions/${editionId}/applications`, fresh),
      await visitor().post(`/api/public/editions/${editionId}/applications`, form({ email: person.email.toUpperCase() })),
      await visitor().post(`/api/public/editions/${editionId}/applications`, { ...fresh, name: 'Iemand Anders' }),
    ];
    expect(answers.map((answer) => [answer.status, answer.text])).toEqual([
      [202, ''],
      [202, ''],
      [202, ''],
    ]);
    // Applying again while unconfirmed replaces the application: a lost confirmation mail, or someone else's use of
    // the address, does not hold it for a week. The first link's mail had not gone out yet, so it never will.
    expect(await applicationsOf(fresh.email)).toEqual([expect.objectContaining({ status: 'unconfirmed', locale: 'nl' })]);
    expect(await t.db.query(`SELECT name FROM application WHERE email = $1`, [fresh.email])).toEqual([{ name: 'Iemand Anders' }]);
    expect(await applicationsOf(person.email.toLowerCase())).toHaveLength(1);
    // The token is kept only as its SHA-256.
    const [stored] = await t.db.query(`SELECT confirm_token_hash AS hash FROM application WHERE email = $1`, [fresh.email]);
    const mails = await mailsTo(fresh.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Bevestig je aanmelding voor HIS-I 3.0']);
    const token = tokenIn(mails[0].text, '/aanmelding-bevestigen');
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.hash).not.toContain(token);
    expect(mails[0].text).toContain('https://koers.example.nl/aanmelding-bevestigen?token=');

    // Once confirmed, a repeat is refused kindly, telling nothing new, at most once a day.
    expect((await visitor().post('/api/public/applications/confirm', { token })).status).toBe(200);
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, fresh)).status).toBe(202);
    // (Three forms an hour per address: the next hour's repeat.)
    await t.db.query(`DELETE FROM rate_limit_counter`);
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, fresh)).status).toBe(202);
    const afterConfirming = await mailsTo(fresh.email);
    expect(afterConfirming.map((mail) => mail.subject).sort()).toEqual(['Bevestig je aanmelding voor HIS-I 3.0', 'Je bent al aangemeld voor HIS-I 3.0']);
    const repeatMail = afterConfirming.find((mail) => mail.subject.startsWith('Je bent al'))!;
    expect(repeatMail.text).toContain('we houden je eerste aanmelding aan');
    expect(repeatMail.text).not.toContain('aanmelding-bevestigen?token=');
    expect(await applicationsOf(fresh.email)).toEqual([expect.objectContaining({ status: 'confirmed' })]);
  });

  it('writes the mails in English for an applicant whose browser prefers English', async () => {
    const body = form();
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, body, { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' })).status).toBe(202);
    expect(await applicationsOf(body.email)).toEqual([expect.objectContaining({ locale: 'en' })]);
    expect((await mailsTo(body.email)).map((mail) => mail.subject)).toEqual(['Confirm your application for HIS-I 3.0']);
  });

  it('stores nothing for a filled honeypot, a forged stamp or a form sent too fast, with the same 202; a day-old form asks for a reload', async () => {
    const cases = [form({ website: 'https://spam.example' }), form({ formIssuedAt: stamp(1) }), form({ formIssuedAt: `${Date.now() - 60_000}.${'x'.repeat(43)}` }), form({ formIssuedAt: 'gisteren' })];
    for (const body of cases) {
      const answer = await visitor().post(`/api/public/editions/${editionId}/applications`, body);
      expect([answer.status, answer.text]).toEqual([202, '']);
      expect(await applicationsOf(body.email as string)).toEqual([]);
    }
    const stale = await visitor().post(`/api/public/editions/${editionId}/applications`, form({ formIssuedAt: stamp(25 * 3600) }));
    expect([stale.status, stale.body.error]).toEqual([400, 'application_form_expired']);
    await t.app.get(NotificationWorker).runOnce();
    const outbox = await readOutbox(t.config.dataDir);
    expect(outbox.filter((mail) => cases.some((body) => body.email === mail.to))).toEqual([]);
  });

  it('refuses editions that take no applications with 404', async () => {
    for (const id of [closedEditionId, '00000000-0000-4000-8000-000000000000']) {
      const answer = await visitor().post(`/api/public/editions/${id}/applications`, form());
      expect([answer.status, answer.body.error]).toEqual([404, 'edition_not_taking_applications']);
    }
  });

  it('limits applications per email address and per client address, counted in PostgreSQL', async () => {
    const body = form();
    // Refused forms cost no try: three mistakes, then the corrected form is taken.
    for (let i = 0; i < 3; i++) expect((await visitor().post(`/api/public/editions/${editionId}/applications`, { ...body, directorEmail: 'geen-adres' })).status).toBe(400);
    // The same form sent three times at once (a double click and an impatient third) counts once.
    const doubleClick = await Promise.all([0, 1, 2].map(() => visitor().post(`/api/public/editions/${editionId}/applications`, body)));
    expect(doubleClick.map((answer) => answer.status)).toEqual([202, 202, 202]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM application WHERE edition_id = $1 AND email = $2`, [editionId, body.email])).toEqual([{ n: 1 }]);
    // Corrections are new applications, each counted: two more, then the limit of three.
    const perEmail = [];
    for (let i = 0; i < 3; i++) perEmail.push((await visitor().post(`/api/public/editions/${editionId}/applications`, { ...body, challenge: `${body.challenge} (versie ${i + 2})` })).status);
    expect(perEmail).toEqual([202, 202, 429]);

    const client = visitor();
    const perAddress = [];
    for (let i = 0; i < 21; i++) perAddress.push((await client.post(`/api/public/editions/${editionId}/applications`, form())).status);
    expect(perAddress.slice(19)).toEqual([202, 429]);
    expect(perAddress.filter((status) => status === 202)).toHaveLength(20);
  });

  it('confirms only by the button: the link’s page changes nothing, its form post and the API confirm, and the director is asked once', async () => {
    const body = form();
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, body)).status).toBe(202);
    const token = tokenIn((await mailsTo(body.email))[0].text, '/aanmelding-bevestigen');

    const page = await visitor().get(`/aanmelding-bevestigen?token=${token}`, { accept: 'text/html' });
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(page.text).toContain('<form method="post" action="/aanmelding-bevestigen?lang=nl">');
    expect(page.text).not.toMatch(/<script/i);
    // Whoever confirms sees whom for: a stranger's application with their address shows it is not theirs.
    expect(page.text).toContain(`Organisatie: ${body.organisation}<br>Directeur: ${body.directorName}`);
    expect(await applicationsOf(body.email)).toEqual([expect.objectContaining({ status: 'unconfirmed' })]);

    const posted = await visitor().post('/aanmelding-bevestigen', `token=${token}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([posted.status, String(posted.headers['content-type'])]).toEqual([200, 'text/html; charset=utf-8']);
    expect(posted.text).toContain('Aanmelding bevestigd');
    expect(await applicationsOf(body.email)).toEqual([expect.objectContaining({ status: 'confirmed', directorCommitment: 'pending' })]);

    // Confirming again (the JSON route, as the web app would) answers the same and asks the director no second time.
    const again = await visitor().post('/api/public/applications/confirm', { token });
    expect([again.status, again.body]).toEqual([200, { editionName: 'HIS-I 3.0', status: 'confirmed' }]);
    const directorMails = await mailsTo(body.directorEmail);
    expect(directorMails.map((mail) => mail.subject)).toEqual(['Fatima el Amrani heeft zich aangemeld voor HIS-I 3.0: zeg je toe?']);
    expect(directorMails[0].text).toContain('Bestuurlijke bijeenkomst 1: maandag 5 oktober 2099, 15:00 – 17:00');
    expect(directorMails[0].text).toContain('Bestuurlijke bijeenkomst 2: maandag 8 maart 2100, 14:00 – 16:00');
    expect(directorMails[0].text).not.toContain('Bestuurlijke bijeenkomst 3');
    expect(directorMails[0].text).toContain('https://koers.example.nl/directeur-toezegging?token=');

    // Opened again later, the link says what holds now, not that it was confirmed.
    const withdrawToken = /aanmelding-intrekken\?token=([^"&]+)/.exec(posted.text)![1];
    expect((await visitor().post('/api/public/applications/withdraw', { token: decodeURIComponent(withdrawToken) })).status).toBe(200);
    const later = await visitor().get(`/aanmelding-bevestigen?token=${token}`, { accept: 'text/html' });
    expect(later.text).toContain('je hebt je aanmelding voor HIS-I 3.0 ingetrokken; er is niets meer te bevestigen.');
    expect(later.text).not.toContain('Aanmelding bevestigd');
    expect(later.text).not.toContain('aanmelding-intrekken');
  });

  it('greets a director who has an account by their own name, and once accepted tells them in their schedule whose director they are', async () => {
    const director = await given(t.db).person({ name: 'Hans Visser' });
    const { body } = await confirmedApplication({ directorName: 'Hans de Nep', directorEmail: director.email });
    const [asked] = await mailsTo(director.email);
    expect(asked.text).toMatch(/^Beste Hans Visser,/m);
    expect(asked.text).not.toContain('Hans de Nep');

    const [application] = await applicationsOf(body.email);
    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await admin.post(`/api/applications/${application.id}/accept`, {})).status).toBe(200);
    // An account of their own gets no invitation saying why they are in the edition: the schedule says it.
    const [schedule] = (await mailsTo(director.email)).filter((mail) => mail.subject === 'Je programma voor HIS-I 3.0');
    expect(schedule.text).toContain('Je doet mee als directeur van Fatima el Amrani.');
    expect(schedule.text).toContain('Bestuurlijke bijeenkomst 1');
  });

  it('takes the public page’s form without JavaScript, answering with a page that tells as little as the API', async () => {
    const pageForm = (await visitor().get('/programmas/his-i', { accept: 'text/html' })).text;
    const issued = /name="formIssuedAt" value="([^"]+)"/.exec(pageForm)![1];
    expect(pageForm).toContain('action="/programmas/his-i/aanmelden?lang=nl"');
    const urlencoded = (fields: Record<string, unknown>) => new URLSearchParams(Object.entries(fields).map(([key, value]): [string, string] => [key, String(value)])).toString();
    const post = (fields: Record<string, unknown>) =>
      visitor().post('/programmas/his-i/aanmelden', urlencoded({ editionId, ...fields }), { 'content-type': 'application/x-www-form-urlencoded' });

    // Sent straight after loading the page: too fast for a person, dropped with the same page.
    const tooFast = form({ formIssuedAt: issued });
    const tooFastAnswer = await post(tooFast);
    const honeypot = form({ website: 'https://spam.example' });
    const honeypotAnswer = await post(honeypot);
    const genuine = form();
    const genuineAnswer = await post(genuine);
    for (const answer of [tooFastAnswer, honeypotAnswer, genuineAnswer]) {
      expect([answer.status, String(answer.headers['content-type']), answer.text]).toEqual([202, 'text/html; charset=utf-8', genuineAnswer.text]);
    }
    expect(genuineAnswer.text).toContain('Kijk in je e-mail');
    expect(await applicationsOf(tooFast.email)).toEqual([]);
    expect(await applicationsOf(honeypot.email)).toEqual([]);
    expect(await applicationsOf(genuine.email)).toEqual([expect.objectContaining({ status: 'unconfirmed' })]);

    const closed = await visitor().post('/programmas/his-i/aanmelden', urlencoded({ ...form(), editionId: closedEditionId }), { 'content-type': 'application/x-www-form-urlencoded' });
    expect([closed.status, closed.text]).toEqual([404, expect.stringContaining('Voor deze editie kun je je niet (meer) aanmelden.')]);
    expect(closed.text).toContain('<a href="/programmas/his-i?lang=nl">Terug naar het programma</a>');

    // What a browser lets through its own checks (an address without a dot, a field of spaces) is refused with a page
    // that names the fields as the form labels them, not with the API's JSON.
    const unchecked = form({ email: 'jan@zorggroep', organisation: '   ' });
    const refused = await post(unchecked);
    expect([refused.status, String(refused.headers['content-type'])]).toEqual([400, 'text/html; charset=utf-8']);
    expect(refused.text).toContain('<li>E-mailadres: Vul een geldig e-mailadres in.</li><li>Organisatie: Dit veld is verplicht.</li>');
    // Its link opens the form anew; the browser's Back keeps what was typed (up to 4,000 characters of challenge).
    expect(refused.text).toContain('Ga met de terugknop van je browser terug om dit te verbeteren: wat je invulde staat er dan nog.');
    expect(refused.text).toContain('<a href="/programmas/his-i?lang=nl">Terug naar het programma</a>');
    expect(await applicationsOf(unchecked.email as string)).toEqual([]);

    // A form that is no UTF-8 (a script posting Windows-1252, a broken %-escape) is refused, not stored as "Jos�".
    const { name: _, ...withoutName } = form({ email: 'jose@zorggroep.nl' });
    const body = Buffer.concat([Buffer.from(`${urlencoded({ editionId, ...withoutName })}&name=`), Buffer.from('Jos\xe9', 'latin1')]);
    const notUtf8 = await visitor().post('/programmas/his-i/aanmelden', body, { 'content-type': 'application/x-www-form-urlencoded' });
    const brokenEscape = await visitor().post('/programmas/his-i/aanmelden', `${urlencoded({ editionId, ...withoutName })}&name=Eva%C3%28`, { 'content-type': 'application/x-www-form-urlencoded' });
    for (const answer of [notUtf8, brokenEscape]) {
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('niet als UTF-8');
    }
    // A lone % is no encoding at all, and said so.
    const lonePercent = await visitor().post('/programmas/his-i/aanmelden', `${urlencoded({ editionId, ...withoutName })}&name=100%`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([lonePercent.status, lonePercent.text]).toEqual([400, expect.stringContaining('een % hoort gevolgd te worden')]);
    expect(await applicationsOf('jose@zorggroep.nl')).toEqual([]);
  });

  it('keeps to the language of the page the form was on: its answer, its refusals and the application’s mails', async () => {
    // A Dutch browser that chose the English page: the address's language wins over the browser's.
    const dutchBrowser = { accept: 'text/html', 'accept-language': 'nl-NL,nl;q=0.9' };
    const english = (await visitor().get('/programmas/his-i?lang=en', dutchBrowser)).text;
    expect(english).toContain('<form method="post" action="/programmas/his-i/aanmelden?lang=en">');
    const urlencoded = (fields: Record<string, unknown>) => new URLSearchParams(Object.entries(fields).map(([key, value]): [string, string] => [key, String(value)])).toString();
    const post = (fields: Record<string, unknown>) =>
      visitor().post('/programmas/his-i/aanmelden?lang=en', urlencoded({ editionId, ...fields }), { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'nl-NL' });

    const refused = await post(form({ email: 'jan@zorggroep', directorName: '  ' }));
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<html lang="en">');
    expect(refused.text).toContain('<h1>Application not sent</h1>');
    expect(refused.text).toMatch(/<li>Email address: [^<]+<\/li><li>Your director&#39;s name: [^<]+<\/li>/);
    expect(refused.text).toContain('<a href="/programmas/his-i?lang=en">Back to the programme</a>');

    const genuine = form();
    const received = await post(genuine);
    expect([received.status, received.text]).toEqual([202, expect.stringContaining('<h1>Check your email</h1>')]);
    expect(await t.db.query(`SELECT locale FROM application WHERE email = $1`, [genuine.email])).toEqual([{ locale: 'en' }]);
    expect((await mailsTo(genuine.email as string)).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Confirm your application/)]);
  });

  it('keeps organisation, job title and region to one line without control or direction characters, as when enrolling', async () => {
    const pasted = form({ organisation: 'Zorggroep\r\n  De Linde', jobTitle: 'Verpleeg-\tkundige', region: ' Utrecht ' });
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, pasted)).status).toBe(202);
    expect(await t.db.query(`SELECT organisation, job_title AS "jobTitle", region FROM application WHERE email = $1`, [pasted.email])).toEqual([
      { organisation: 'Zorggroep De Linde', jobTitle: 'Verpleeg- kundige', region: 'Utrecht' },
    ]);
    const hostile = form({ organisation: 'Zorg \u202eNoord', jobTitle: 'Verpleegkundige\u0007' });
    const refused = await visitor().post(`/api/public/editions/${editionId}/applications`, hostile);
    expect([refused.status, refused.body.fields.map(({ field }: { field: string }) => field)]).toEqual([400, ['organisation', 'jobTitle']]);
    expect(await applicationsOf(hostile.email as string)).toEqual([]);
  });

  it('asks for the director’s own address: an applicant cannot give their commitment themselves', async () => {
    const own = form();
    const refused = await visitor().post(`/api/public/editions/${editionId}/applications`, { ...own, directorEmail: (own.email as string).toUpperCase() });
    expect([refused.status, refused.body.fields]).toEqual([400, [{ field: 'directorEmail', message: expect.stringContaining('vul het e-mailadres van de directeur in') }]]);
    expect(await applicationsOf(own.email as string)).toEqual([]);
  });

  it('answers a link that names no application with 404, as JSON and as a page', async () => {
    const json = await visitor().post('/api/public/applications/confirm', { token: 'bestaat-niet' });
    expect([json.status, json.body.error]).toEqual([404, 'application_link_invalid']);
    const page = await visitor().get('/aanmelding-bevestigen?token=bestaat-niet', { accept: 'text/html' });
    expect([page.status, page.text]).toEqual([404, expect.stringContaining('Deze link werkt niet (meer).')]);
    const noToken = await visitor().get('/directeur-toezegging', { accept: 'text/html' });
    expect(noToken.status).toBe(404);
  });

  it('lets an unconfirmed application expire after 7 days: its link stops working and the address may apply again', async () => {
    const body = form();
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, body)).status).toBe(202);
    const token = tokenIn((await mailsTo(body.email))[0].text, '/aanmelding-bevestigen');
    await t.db.query(`UPDATE application SET created_at = now() - interval '6 days 23 hours' WHERE email = $1`, [body.email]);
    expect((await visitor().get(`/aanmelding-bevestigen?token=${token}`, { accept: 'text/html' })).status).toBe(200);
    await t.db.query(`UPDATE application SET created_at = now() - interval '7 days 1 minute' WHERE email = $1`, [body.email]);
    expect((await visitor().post('/api/public/applications/confirm', { token })).status).toBe(404);
    expect((await visitor().get(`/aanmelding-bevestigen?token=${token}`, { accept: 'text/html' })).status).toBe(404);

    // Applying again deletes what expired and starts afresh, with a new link.
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, body)).status).toBe(202);
    expect(await applicationsOf(body.email)).toEqual([expect.objectContaining({ status: 'unconfirmed' })]);
    const mails = await mailsTo(body.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Bevestig je aanmelding voor HIS-I 3.0', 'Bevestig je aanmelding voor HIS-I 3.0']);
    expect(new Set(mails.map((mail) => tokenIn(mail.text, '/aanmelding-bevestigen'))).size).toBe(2);
    // A confirmed application never expires.
    const { body: confirmed } = await confirmedApplication();
    await t.db.query(`UPDATE application SET created_at = now() - interval '30 days' WHERE email = $1`, [confirmed.email]);
    expect((await visitor().post(`/api/public/editions/${editionId}/applications`, form())).status).toBe(202);
    expect(await applicationsOf(confirmed.email as string)).toEqual([expect.objectContaining({ status: 'confirmed' })]);
  });

  it('records the director’s commitment from their page or the API, and a decline with its reason', async () => {
    const { body } = await confirmedApplication();
    const directorToken = tokenIn((await mailsTo(body.directorEmail as string))[0].text, '/directeur-toezegging');

    const page = await visitor().get(`/directeur-toezegging?token=${directorToken}`, { accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('maandag 5 oktober 2099, 15:00 – 17:00: Bestuurlijke bijeenkomst 1');
    expect(page.text).toContain('<button type="submit" name="commit" value="true">Ik zeg toe</button>');
    expect(page.text).not.toContain('Geschrapt overleg');
    expect(await applicationsOf(body.email as string)).toEqual([expect.objectContaining({ directorCommitment: 'pending' })]);

    const committed = await visitor().post('/api/public/director-commitments', { token: directorToken, commit: true });
    expect([committed.status, committed.body]).toEqual([
      200,
      { editionName: 'HIS-I 3.0', applicantName: 'Fatima el Amrani', directorCommitment: 'committed', applicationWithdrawn: false, applicationDeclined: false },
    ]);
    expect(await applicationsOf(body.email as string)).toEqual([expect.objectContaining({ directorCommitment: 'committed', directorReason: null })]);

    // They change their mind on the page: declining, with a reason.
    const declined = await visitor().post('/directeur-toezegging', `token=${directorToken}&commit=false&reason=${encodeURIComponent('Geen tijd in maart.')}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([declined.status, declined.text]).toEqual([200, expect.stringContaining('Je hebt aangegeven niet toe te zeggen.')]);
    expect(await applicationsOf(body.email as string)).toEqual([expect.objectContaining({ directorCommitment: 'declined', directorReason: 'Geen tijd in maart.' })]);
    expect(page.text).toContain('<form method="post" action="/directeur-toezegging?lang=nl">');

    // A reason longer than the form allows (a mail program that ignores maxlength) is a page in the page's language
    // naming the field, with the way back to the link's page; nothing is recorded.
    const tooLong = await visitor().post('/directeur-toezegging?lang=en', `token=${directorToken}&commit=true&reason=${'a'.repeat(2001)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([tooLong.status, String(tooLong.headers['content-type'])]).toEqual([400, 'text/html; charset=utf-8']);
    expect(tooLong.text).toContain('<li>Reason: ');
    expect(tooLong.text).toContain(`href="/directeur-toezegging?token=${directorToken}&amp;lang=en"`);
    expect((await visitor().get(`/directeur-toezegging?token=${directorToken}&lang=en`, { accept: 'text/html' })).status).toBe(200);
    expect(await applicationsOf(body.email as string)).toEqual([expect.objectContaining({ directorCommitment: 'declined' })]);

    // The applicant's confirmation link is not the director's.
    const wrong = await visitor().post('/api/public/director-commitments', { token: tokenIn((await mailsTo(body.email as string))[0].text, '/aanmelding-bevestigen'), commit: true });
    expect([wrong.status, wrong.body.error]).toEqual([404, 'application_link_invalid']);
    // A director is not told to apply again, as the applicant whose confirmation link expired is.
    const invalidLinkPage = await t.anonymous().get('/directeur-toezegging?token=bestaat-niet', { accept: 'text/html' });
    expect([invalidLinkPage.status, invalidLinkPage.text]).toEqual([404, expect.stringContaining('de aanmelding bestaat niet meer')]);
    expect(invalidLinkPage.text).not.toContain('meld je dan opnieuw aan');

    // Once the programme office declined it, the director is asked for nothing more, and nothing is recorded.
    await t.db.query(`UPDATE application SET status = 'declined' WHERE email = $1`, [body.email]);
    const afterDecline = await visitor().get(`/directeur-toezegging?token=${directorToken}`, { accept: 'text/html' });
    expect(afterDecline.text).toContain('De aanmelding van Fatima el Amrani voor HIS-I 3.0 is niet meer in behandeling. Er is niets meer van je nodig.');
    expect(afterDecline.text).not.toContain('Ik zeg toe');
    const afterDeclineAnswer = await visitor().post('/api/public/director-commitments', { token: directorToken, commit: true });
    expect(afterDeclineAnswer.body).toMatchObject({ directorCommitment: 'declined', applicationDeclined: true });

    // Once the applicant withdrew, the director's link says so and records nothing more.
    await t.db.query(`UPDATE application SET status = 'withdrawn' WHERE email = $1`, [body.email]);
    const afterWithdrawal = await visitor().get(`/directeur-toezegging?token=${directorToken}`, { accept: 'text/html' });
    expect(afterWithdrawal.text).toContain('Fatima el Amrani heeft de aanmelding voor HIS-I 3.0 ingetrokken. Er valt niets meer toe te zeggen.');
    expect(afterWithdrawal.text).not.toContain('Ik zeg toe');
    const late = await visitor().post('/api/public/director-commitments', { token: directorToken, commit: true });
    expect(late.body).toMatchObject({ directorCommitment: 'declined', applicationWithdrawn: true });
    expect(await applicationsOf(body.email as string)).toEqual([expect.objectContaining({ directorCommitment: 'declined' })]);
  });

  it('stops the director’s link once the director is erased, with their name, address and reason', async () => {
    const { body } = await confirmedApplication();
    const directorToken = tokenIn((await mailsTo(body.directorEmail as string))[0].text, '/directeur-toezegging');
    const declined = await visitor().post('/api/public/director-commitments', { token: directorToken, commit: false, reason: 'Geen budget.' });
    expect(declined.status).toBe(200);
    // The director has an account (they sponsor someone else, say), which the programme office erases.
    const director = await given(t.db).person({ email: body.directorEmail as string });
    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await admin.delete(`/api/admin/people/${director.id}`)).status).toBe(200);

    const late = await visitor().post('/api/public/director-commitments', { token: directorToken, commit: true });
    expect([late.status, late.body.error]).toEqual([404, 'application_link_invalid']);
    expect((await visitor().get(`/directeur-toezegging?token=${directorToken}`, { accept: 'text/html' })).status).toBe(404);
    expect(await t.db.query(`SELECT director_name AS name, director_reason AS reason, director_commitment AS commitment FROM application WHERE email = $1`, [body.email])).toEqual([
      { name: 'Verwijderde persoon', reason: null, commitment: 'declined' },
    ]);
    // The copy of the mail that asked them, with their name, address and link, is gone from the outbox too.
    expect(await mailsTo(body.directorEmail as string)).toEqual([]);
  });

  it('lists mails to applicants and directors in the programme office’s mail list, with their addresses', async () => {
    const { body } = await confirmedApplication();
    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    const page = await admin.get('/api/notifications/deliveries?kind=director_commitment_request&pageSize=100');
    expect(page.status).toBe(200);
    expect(page.body.items.map((item: { recipient: { email: string } }) => item.recipient.email)).toContain(body.directorEmail);
  });
});
