import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { readOutbox } from '../../test/mail-outbox';
import { Outbox } from '../mail/outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { serverSecret } from '../app/config';
import { applicationWithdrawToken, sha256 } from '../app/tokens';
import { NotificationWorker } from '../notifications/notification-worker';
import { issueFormStamp } from './application-form-stamp';
import { ApplicationsSweep } from './applications-sweep';

/**
 * Selection by the programme office: the list, accepting (enrolments and invitations in one transaction), capacity and
 * its confirmation, the waiting list under parallel requests, moving up when an acceptance is withdrawn, the
 * applicant's withdrawal through their link, and the sweep that erases what the retention period allows.
 */
describe('application selection', () => {
  let t: TestApp;
  let admin: HttpClient;
  let programmeId: string;
  let n = 0;

  /** An edition of HIS-I that takes applications, with `capacity` places. */
  const edition = async (capacity: number) => {
    const created = await given(t.db).edition({ programmeId, name: `HIS-I ${++n}.0`, status: 'open', startDate: '2099-09-14', endDate: '2100-05-10', capacity });
    await t.db.query(`UPDATE edition SET open_for_applications = true WHERE id = $1`, [created.id]);
    return created.id;
  };
  /** A confirmed application stored directly (applying and confirming are tested in applications.int-spec). */
  const application = async (editionId: string, fields: { status?: string; region?: string; organisation?: string; commitment?: string; locale?: string } = {}) => {
    const key = randomUUID().slice(0, 8);
    const [row] = await t.db.query(
      `INSERT INTO application (edition_id, name, email, organisation, job_title, region, challenge, director_name, director_email, status, confirm_token_hash,
                                director_commitment, confirmed_at, locale)
       VALUES ($1, $2, $3, $4, 'Teamleider', $5, 'Valincidenten in de nacht verminderen.', $6, $7, $8, $9, $10, now(), $11) RETURNING id, email, director_email AS "directorEmail"`,
      [
        editionId,
        `Aanmelder ${key}`,
        `aanmelder-${key}@example.nl`,
        fields.organisation ?? 'Zorggroep De Linde',
        fields.region ?? 'Utrecht',
        `Directeur ${key}`,
        `directeur-${key}@example.nl`,
        fields.status ?? 'confirmed',
        sha256(key),
        fields.commitment ?? 'committed',
        fields.locale ?? 'nl',
      ],
    );
    return { ...(row as { id: string; email: string; directorEmail: string }), confirmToken: key };
  };
  const mailsTo = async (email: string) => {
    await t.app.get(NotificationWorker).runOnce();
    return (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === email);
  };
  const statusOf = async (id: string) => (await t.db.query(`SELECT status FROM application WHERE id = $1`, [id]))[0]?.status;
  const activeParticipants = async (editionId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM enrolment WHERE edition_id = $1 AND role = 'participant' AND status = 'active'`, [editionId]))[0].n;
  const withdrawToken = (id: string) => applicationWithdrawToken(serverSecret(t.config), id);
  /** A mail with a link that acts without logging in sits in the outbox's private folder, out of the admin's sight. */
  const keptPrivate = (mail: { file: string }) => existsSync(path.join(t.config.dataDir, 'outbox', 'private', mail.file));

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
    const programme = await given(t.db).programme({ code: 'HIS-I', name: 'Health Innovation School' });
    programmeId = programme.id;
    await t.db.query(`UPDATE programme SET slug = 'his-i' WHERE id = $1`, [programmeId]);
    const office = await given(t.db).person({ isAdmin: true });
    admin = await t.loginAs(office.email);
  });
  afterAll(() => t?.close());

  it('lists an edition’s applications with filters and pages in a fixed number of statements, and shows one in full', async () => {
    const editionId = await edition(10);
    const utrecht = await application(editionId, { region: 'Utrecht', organisation: 'Zorggroep De Linde', commitment: 'committed' });
    await application(editionId, { region: 'Limburg', organisation: 'Thuiszorg Zuid', commitment: 'pending' });
    await application(editionId, { region: 'Limburg', organisation: 'Zorggroep Maas', commitment: 'declined' });
    await application(editionId, { status: 'unconfirmed', region: 'utrecht' });

    t.queries.reset();
    const all = await admin.get(`/api/editions/${editionId}/applications?pageSize=2`);
    const statements = t.queries.count;
    expect(all.status).toBe(200);
    expect([all.body.total, all.body.items.length, all.body.places]).toEqual([4, 2, { editionId, editionName: expect.any(String), capacity: 10, placesTaken: 0, waitlisted: 0, enrolmentsWaitlisted: 0 }]);
    // Unconfirmed last: they wait for the applicant, not the programme office.
    const page2 = await admin.get(`/api/editions/${editionId}/applications?pageSize=2&page=2`);
    expect(page2.body.items.map((item: { status: string }) => item.status)).toEqual(['confirmed', 'unconfirmed']);
    for (let i = 0; i < 6; i++) await application(editionId);
    t.queries.reset();
    await admin.get(`/api/editions/${editionId}/applications?pageSize=50`);
    expect(t.queries.count).toBe(statements);

    const filter = async (query: string) => (await admin.get(`/api/editions/${editionId}/applications?${query}`)).body.items.map((item: { organisation: string }) => item.organisation);
    expect((await filter('region=utrecht&status=confirmed&pageSize=100')).length).toBe(7);
    expect(await filter('region=Limburg&directorCommitment=declined')).toEqual(['Zorggroep Maas']);
    expect(await filter('organisation=zuid')).toEqual(['Thuiszorg Zuid']);
    expect((await admin.get(`/api/editions/${editionId}/applications?status=maybe`)).status).toBe(400);

    const detail = await admin.get(`/api/applications/${utrecht.id}`);
    expect(detail.body).toEqual(
      expect.objectContaining({ id: utrecht.id, editionId, email: utrecht.email, directorEmail: utrecht.directorEmail, challenge: 'Valincidenten in de nacht verminderen.' }),
    );
    expect((await admin.get(`/api/applications/${randomUUID()}`)).status).toBe(404);
    // To anyone else, an existing application and an unknown id answer alike: nothing tells whether an applicant exists.
    const outsider = await t.loginAs((await given(t.db).person()).email);
    const [existing, unknown] = [await outsider.get(`/api/applications/${utrecht.id}`), await outsider.get(`/api/applications/${randomUUID()}`)];
    expect([unknown.status, unknown.body.error, unknown.body.message]).toEqual([existing.status, existing.body.error, existing.body.message]);
    expect(existing.status).toBe(403);
  });

  it('refuses to accept an application stored with the applicant as their own director, enrolling nobody', async () => {
    const editionId = await edition(5);
    const applied = await application(editionId);
    await t.db.query(`UPDATE application SET director_email = email WHERE id = $1`, [applied.id]);
    const refused = await admin.post(`/api/applications/${applied.id}/accept`, {});
    expect([refused.status, refused.body.error]).toEqual([409, 'own_director']);
    expect([await statusOf(applied.id), await activeParticipants(editionId)]).toEqual(['confirmed', 0]);
  });

  it('accepts in one transaction: the applicant and their director enrolled and invited, the applicant told with a link to withdraw', async () => {
    const editionId = await edition(5);
    const applied = await application(editionId);
    const accepted = await admin.post(`/api/applications/${applied.id}/accept`, {});
    expect([accepted.status, accepted.body.status, accepted.body.places.placesTaken]).toEqual([200, 'accepted', 1]);

    const enrolments = await t.db.query(
      `SELECT p.email, en.role, en.status, director.email AS "directorEmail", c.description AS challenge
         FROM enrolment en JOIN person p ON p.id = en.person_id
         LEFT JOIN person director ON director.id = en.director_person_id
         LEFT JOIN implementation_challenge c ON c.enrolment_id = en.id
        WHERE en.edition_id = $1 ORDER BY en.role`,
      [editionId],
    );
    expect(enrolments).toEqual([
      { email: applied.email, role: 'participant', status: 'active', directorEmail: applied.directorEmail, challenge: 'Valincidenten in de nacht verminderen.' },
      { email: applied.directorEmail, role: 'director', status: 'active', directorEmail: null, challenge: null },
    ]);
    const applicantMails = await mailsTo(applied.email);
    expect(applicantMails.map((mail) => mail.subject).sort()).toEqual([`Je Koers-account staat klaar`, `Je bent aangenomen voor ${accepted.body.places.editionName}`].sort());
    const acceptedMail = applicantMails.find((mail) => mail.subject.startsWith('Je bent aangenomen'))!;
    expect(acceptedMail.text).toContain(`https://koers.example.nl/aanmelding-intrekken?token=${encodeURIComponent(withdrawToken(applied.id))}`);
    expect(keptPrivate(acceptedMail)).toBe(true);
    expect((await mailsTo(applied.directorEmail)).map((mail) => mail.subject)).toContain('Je Koers-account staat klaar');

    // Accepting again changes nothing; the applicant already enrolled another way is refused, and nothing is half-written.
    expect((await admin.post(`/api/applications/${applied.id}/accept`, {})).status).toBe(200);
    const twice = await application(editionId);
    await t.db.query(`UPDATE application SET email = $2 WHERE id = $1`, [twice.id, `x-${applied.email}`]);
    await admin.post(`/api/editions/${editionId}/enrolments`, { role: 'participant', name: 'Al ingeschreven', email: `x-${applied.email}`, organisation: 'Zorggroep' });
    const refused = await admin.post(`/api/applications/${twice.id}/accept`, {});
    expect([refused.status, refused.body.error]).toEqual([409, 'already_enrolled']);
    expect(await statusOf(twice.id)).toBe('confirmed');
    expect((await t.db.query(`SELECT 1 FROM person WHERE email = $1`, [twice.directorEmail])).length).toBe(0);
  });

  it('gives the accounts of an applicant who applied in English, and of their director, English: their mails from then on are', async () => {
    const editionId = await edition(5);
    const applied = await application(editionId, { locale: 'en' });
    const known = await given(t.db).person();
    await t.db.query(`UPDATE application SET director_email = $2 WHERE id = $1`, [applied.id, known.email]);
    expect((await admin.post(`/api/applications/${applied.id}/accept`, {})).status).toBe(200);

    expect(await t.db.query(`SELECT email, locale FROM person WHERE email = ANY($1) ORDER BY email = $2`, [[applied.email, known.email], known.email])).toEqual([
      { email: applied.email, locale: 'en' },
      // An account that was there before keeps its own language.
      { email: known.email, locale: 'nl' },
    ]);
    expect((await mailsTo(applied.email)).map((mail) => mail.subject)).toEqual(expect.arrayContaining(['Your Koers account is ready']));
  });

  it('respects the capacity: a full edition answers 409 edition_full, unless the programme office confirms', async () => {
    const editionId = await edition(1);
    const [first, second] = [await application(editionId), await application(editionId)];
    expect((await admin.post(`/api/applications/${first.id}/accept`, {})).status).toBe(200);
    const full = await admin.post(`/api/applications/${second.id}/accept`, {}, { 'accept-language': 'en' });
    expect([full.status, full.body.error, full.body.details]).toEqual([409, 'edition_full', { capacity: 1, placesTaken: 1 }]);
    expect(full.body.message).toContain('1 of 1 places are taken');
    expect(await statusOf(second.id)).toBe('confirmed');
    const confirmed = await admin.post(`/api/applications/${second.id}/accept`, { confirmOverCapacity: true });
    expect([confirmed.status, confirmed.body.places.placesTaken]).toEqual([200, 2]);
    expect(await activeParticipants(editionId)).toBe(2);
  });

  it('tells an applicant put on the waiting list their place in line after those on the enrolments’ own waiting list, who go first', async () => {
    const editionId = await edition(1);
    const g = given(t.db);
    await g.enrolment(editionId, (await g.person()).id, 'participant');
    for (let i = 0; i < 2; i++) {
      const waiting = await g.person();
      await t.db.query(`INSERT INTO enrolment (edition_id, person_id, role, status, waitlist_position) VALUES ($1, $2, 'participant', 'waitlisted', $3)`, [editionId, waiting.id, i + 1]);
    }
    const applicant = await application(editionId);
    const answer = await admin.post(`/api/applications/${applicant.id}/waitlist`);
    expect([answer.status, answer.body.places]).toEqual([200, expect.objectContaining({ placesTaken: 1, waitlisted: 1, enrolmentsWaitlisted: 2 })]);
    expect((await admin.get(`/api/applications/${applicant.id}`)).body.waitlistPosition).toBe(3);
    const mail = (await mailsTo(applicant.email)).find((m) => m.subject.startsWith('Je staat op de wachtlijst'))!;
    expect(mail.text).toContain('je bent nummer 3.');
  });

  it('keeps the waiting list for a full edition: while places are free, waitlisting is refused and nobody is mailed', async () => {
    const editionId = await edition(3);
    const [accepted, undecided] = [await application(editionId), await application(editionId)];
    await admin.post(`/api/applications/${accepted.id}/accept`, {});
    const refused = await admin.post(`/api/applications/${undecided.id}/waitlist`);
    expect([refused.status, refused.body.error, refused.body.message]).toEqual([409, 'places_still_free', expect.stringContaining('Er zijn nog 2 plaatsen vrij')]);
    expect(await statusOf(undecided.id)).toBe('confirmed');
    expect((await t.app.get(ApplicationsSweep).runOnce()).movedUp).toBe(0);
    expect(await statusOf(undecided.id)).toBe('confirmed');
    expect(await mailsTo(undecided.email)).toEqual([]);
  });

  it('never exceeds the capacity nor repeats a waiting-list position, whatever runs in parallel', async () => {
    const editionId = await edition(1);
    const racers = await Promise.all([1, 2, 3, 4].map(() => application(editionId)));
    const accepts = await Promise.all(racers.map((racer) => admin.post(`/api/applications/${racer.id}/accept`, {})));
    expect(accepts.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await activeParticipants(editionId)).toBe(1);

    const waiting = [...racers.filter((_, index) => accepts[index].status === 409), await application(editionId), await application(editionId)];
    const answers = await Promise.all(waiting.map((w) => admin.post(`/api/applications/${w.id}/waitlist`)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const positions = (await admin.get(`/api/editions/${editionId}/applications?status=waitlisted`)).body.items.map((item: { waitlistPosition: number }) => item.waitlistPosition);
    expect(positions).toEqual([1, 2, 3, 4, 5]);
    const stored = await t.db.query(`SELECT count(DISTINCT waitlist_position)::int AS n FROM application WHERE edition_id = $1 AND status = 'waitlisted'`, [editionId]);
    expect(stored[0].n).toBe(5);
    const mail = (await mailsTo(waiting[0].email)).find((m) => m.subject.startsWith('Je staat op de wachtlijst'))!;
    expect(mail.text).toMatch(/je bent nummer [1-5]\./);
    expect(keptPrivate(mail)).toBe(true);
  });

  it('gives a withdrawn acceptance’s place to the first on the waiting list: declined by the office, or the enrolment withdrawn elsewhere', async () => {
    const editionId = await edition(1);
    const [accepted, firstWaiting, secondWaiting] = [await application(editionId), await application(editionId), await application(editionId)];
    await admin.post(`/api/applications/${accepted.id}/accept`, {});
    await admin.post(`/api/applications/${firstWaiting.id}/waitlist`);
    await admin.post(`/api/applications/${secondWaiting.id}/waitlist`);

    const declined = await admin.post(`/api/applications/${accepted.id}/decline`, { message: 'Je organisatie doet al mee met een andere deelnemer.' });
    expect([declined.status, declined.body.status, declined.body.declineMessage]).toEqual([200, 'declined', 'Je organisatie doet al mee met een andere deelnemer.']);
    expect([await statusOf(firstWaiting.id), await statusOf(secondWaiting.id)]).toEqual(['accepted', 'waitlisted']);
    expect(await activeParticipants(editionId)).toBe(1);
    expect((await admin.get(`/api/applications/${secondWaiting.id}`)).body.waitlistPosition).toBe(1);
    const declinedMail = (await mailsTo(accepted.email)).find((mail) => mail.subject.includes('ingetrokken'))!;
    expect(declinedMail.text).toContain('Je organisatie doet al mee met een andere deelnemer.');
    expect(keptPrivate(declinedMail)).toBe(false);
    expect((await mailsTo(firstWaiting.email)).map((mail) => mail.subject)).toContain(`Er is een plaats vrijgekomen: je bent aangenomen voor ${declined.body.places.editionName}`);

    // The enrolment withdrawn under Inschrijvingen: the sweep declines the acceptance and moves the next one up.
    const [enrolment] = await t.db.query(`SELECT enrolment_id AS id FROM application WHERE id = $1`, [firstWaiting.id]);
    expect((await admin.post(`/api/editions/${editionId}/enrolments/${enrolment.id}/withdraw`)).status).toBe(200);
    const run = await t.app.get(ApplicationsSweep).runOnce();
    expect([run.acceptancesLost, run.movedUp]).toEqual([1, 1]);
    expect([await statusOf(firstWaiting.id), await statusOf(secondWaiting.id)]).toEqual(['declined', 'accepted']);
    expect(await activeParticipants(editionId)).toBe(1);
  });

  it('moves up a first in line the programme office enrolled meanwhile: accepted with that enrolment, no second one, and the place goes on', async () => {
    const editionId = await edition(1);
    const [accepted, enrolledMeanwhile, next] = [await application(editionId), await application(editionId), await application(editionId)];
    await admin.post(`/api/applications/${accepted.id}/accept`, {});
    await admin.post(`/api/applications/${enrolledMeanwhile.id}/waitlist`);
    await admin.post(`/api/applications/${next.id}/waitlist`);
    // Two more places (the sweep, which would move the waiting list up at once, does not run here).
    await t.db.query(`UPDATE edition SET capacity = 3 WHERE id = $1`, [editionId]);
    const enrolled = await admin.post(`/api/editions/${editionId}/enrolments`, { role: 'participant', name: 'Via import', email: enrolledMeanwhile.email, organisation: 'Zorggroep' });
    expect(enrolled.status).toBe(201);

    const withdrawn = await t.anonymous().post('/api/public/applications/withdraw', { token: withdrawToken(accepted.id) });
    expect([withdrawn.status, withdrawn.body.status]).toEqual([200, 'withdrawn']);
    expect([await statusOf(enrolledMeanwhile.id), await statusOf(next.id)]).toEqual(['accepted', 'accepted']);
    const linked = await t.db.query(
      `SELECT en.id FROM application a JOIN enrolment en ON en.id = a.enrolment_id JOIN person p ON p.id = en.person_id WHERE a.id = $1 AND p.email = $2`,
      [enrolledMeanwhile.id, enrolledMeanwhile.email],
    );
    expect(linked.length).toBe(1);
    const theirs = await t.db.query(`SELECT en.id FROM enrolment en JOIN person p ON p.id = en.person_id WHERE en.edition_id = $1 AND p.email = $2`, [editionId, enrolledMeanwhile.email]);
    expect(theirs).toEqual(linked);
    expect(await activeParticipants(editionId)).toBe(2);
    expect((await mailsTo(enrolledMeanwhile.email)).map((mail) => mail.subject).filter((subject) => subject.includes('aangenomen'))).toEqual([]);
  });

  it('passes a freed place over a waiting applicant who has become staff of the edition or joined an internal team in it, declining them; staff is not waitlisted', async () => {
    const editionId = await edition(1);
    const [accepted, becameStaff, joinedTeam, next] = [await application(editionId), await application(editionId), await application(editionId), await application(editionId)];
    await admin.post(`/api/applications/${accepted.id}/accept`, {});
    for (const waiting of [becameStaff, joinedTeam, next]) await admin.post(`/api/applications/${waiting.id}/waitlist`);
    const facilitator = await given(t.db).person({ email: becameStaff.email });
    await given(t.db).enrolment(editionId, facilitator.id, 'facilitator');
    const participant = await given(t.db).enrolment(editionId, (await given(t.db).person()).id, 'participant');
    await given(t.db).enrolment(editionId, (await given(t.db).person({ email: joinedTeam.email })).id, 'internal_team_member', { supportsEnrolmentId: participant.id });
    await t.db.query(`UPDATE edition SET capacity = 2 WHERE id = $1`, [editionId]);

    const withdrawn = await t.anonymous().post('/api/public/applications/withdraw', { token: withdrawToken(accepted.id) });
    expect([withdrawn.status, withdrawn.body.status]).toEqual([200, 'withdrawn']);
    expect([await statusOf(becameStaff.id), await statusOf(joinedTeam.id), await statusOf(next.id)]).toEqual(['declined', 'declined', 'accepted']);
    expect(await activeParticipants(editionId)).toBe(2);

    const another = await application(editionId);
    await given(t.db).enrolment(editionId, (await given(t.db).person({ email: another.email })).id, 'trainer');
    const refused = await admin.post(`/api/applications/${another.id}/waitlist`);
    expect([refused.status, refused.body.error]).toEqual([409, 'staff_in_edition']);
    const inTeam = await application(editionId);
    await given(t.db).enrolment(editionId, (await given(t.db).person({ email: inTeam.email })).id, 'internal_team_member', { supportsEnrolmentId: participant.id });
    expect((await admin.post(`/api/applications/${inTeam.id}/waitlist`)).body.error).toBe('internal_team_in_edition');
    expect((await admin.get(`/api/applications/${inTeam.id}`)).body.applicantHasOtherRole).toBe(true);
    // The page knows, so it offers only declining.
    expect((await admin.get(`/api/applications/${another.id}`)).body.applicantHasOtherRole).toBe(true);
    expect((await admin.get(`/api/applications/${next.id}`)).body.applicantHasOtherRole).toBe(false);
  });

  it('lets one edition whose waiting list cannot move up not keep the sweep from the others', async () => {
    const [broken, healthy] = [await edition(1), await edition(1)];
    for (const full of [broken, healthy]) await admin.post(`/api/applications/${(await application(full)).id}/accept`, {});
    const [stuck, movesUp] = [await application(broken), await application(healthy)];
    for (const waiting of [stuck, movesUp]) expect((await admin.post(`/api/applications/${waiting.id}/waitlist`)).status).toBe(200);
    // A place more in each: the sweep moves both waiting lists up.
    await t.db.query(`UPDATE edition SET capacity = 2 WHERE id = ANY($1::uuid[])`, [[broken, healthy]]);
    // A real failure inside the database for the one edition: enrolling in it is refused.
    await t.db.query(`CREATE FUNCTION refuse_enrolment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for this test'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_enrolment BEFORE INSERT ON enrolment FOR EACH ROW WHEN (NEW.edition_id = '${broken}') EXECUTE FUNCTION refuse_enrolment()`);
    try {
      const run = await t.app.get(ApplicationsSweep).runOnce();
      expect(run.movedUp).toBe(1);
      expect([await statusOf(stuck.id), await statusOf(movesUp.id)]).toEqual(['waitlisted', 'accepted']);
    } finally {
      await t.db.query(`DROP TRIGGER refuse_enrolment ON enrolment; DROP FUNCTION refuse_enrolment()`);
    }
  });

  it('lets the applicant withdraw through the link in their mails: the page changes nothing, its button does, and an acceptance frees its place', async () => {
    const editionId = await edition(1);
    const [accepted, waiting] = [await application(editionId), await application(editionId)];
    await admin.post(`/api/applications/${accepted.id}/accept`, {});
    await admin.post(`/api/applications/${waiting.id}/waitlist`);
    const token = withdrawToken(accepted.id);

    const page = await t.anonymous().get(`/aanmelding-intrekken?token=${encodeURIComponent(token)}`, { accept: 'text/html' });
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-store']);
    expect(page.text).toContain('<form method="post" action="/aanmelding-intrekken?lang=nl">');
    expect(await statusOf(accepted.id)).toBe('accepted');

    const posted = await t.anonymous().post('/aanmelding-intrekken', `token=${encodeURIComponent(token)}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([posted.status, posted.text]).toEqual([200, expect.stringContaining('Aanmelding ingetrokken')]);
    expect([await statusOf(accepted.id), await statusOf(waiting.id)]).toEqual(['withdrawn', 'accepted']);
    expect((await mailsTo(accepted.email)).map((mail) => mail.subject)).toContain(`Je aanmelding voor ${(await admin.get(`/api/applications/${accepted.id}`)).body.places.editionName} is ingetrokken`);

    // Again through the API: nothing new. A forged or mangled token: 404.
    const again = await t.anonymous().post('/api/public/applications/withdraw', { token });
    expect([again.status, again.body.status]).toEqual([200, 'withdrawn']);
    for (const forged of [`${accepted.id}.${'x'.repeat(43)}`, 'niets', withdrawToken(randomUUID())]) {
      expect((await t.anonymous().post('/api/public/applications/withdraw', { token: forged })).status).toBe(404);
    }
    // The programme office cannot decide on a withdrawn application.
    const decide = await admin.post(`/api/applications/${accepted.id}/accept`, {});
    expect([decide.status, decide.body.error]).toEqual([409, 'application_not_selectable']);
  });

  it('withdraws nothing through the link once the edition has started: running, or its first day come; the page says to contact the programme office', async () => {
    const running = await edition(5);
    const today = await edition(5);
    const [inRunning, inToday] = [await application(running), await application(today)];
    for (const applied of [inRunning, inToday]) expect((await admin.post(`/api/applications/${applied.id}/accept`, {})).status).toBe(200);
    await t.db.query(`UPDATE edition SET status = 'running' WHERE id = $1`, [running]);
    await t.db.query(`UPDATE edition SET start_date = (now() AT TIME ZONE 'Europe/Amsterdam')::date WHERE id = $1`, [today]);

    const refused = await t.anonymous().post('/api/public/applications/withdraw', { token: withdrawToken(inRunning.id) }, { 'accept-language': 'en' });
    expect([refused.status, refused.body.error]).toEqual([409, 'application_withdrawal_closed']);
    expect(refused.body.message).toContain('Contact the programme office');
    const token = encodeURIComponent(withdrawToken(inToday.id));
    const page = await t.anonymous().get(`/aanmelding-intrekken?token=${token}`, { accept: 'text/html' });
    expect([page.status, page.text]).toEqual([200, expect.stringContaining('Neem contact op met het programmabureau')]);
    expect(page.text).not.toContain('<form');
    const posted = await t.anonymous().post('/aanmelding-intrekken', `token=${token}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([posted.status, posted.text]).toEqual([409, expect.stringContaining('Intrekken kan niet meer')]);
    expect([await statusOf(inRunning.id), await statusOf(inToday.id)]).toEqual(['accepted', 'accepted']);
    expect(await activeParticipants(running)).toBe(1);
    expect(await activeParticipants(today)).toBe(1);
  });

  it('erases unconfirmed applications once expired, and declined, withdrawn and never-accepted ones after the retention period', async () => {
    const editionId = await edition(5);
    const started = await edition(5);
    await t.db.query(`UPDATE edition SET start_date = (now() - interval '7 months')::date WHERE id = $1`, [started]);
    const at = async (id: string, sql: string) => t.db.query(`UPDATE application SET ${sql} WHERE id = $1`, [id]);
    const expired = await application(editionId, { status: 'unconfirmed' });
    await at(expired.id, `created_at = now() - interval '8 days'`);
    const fresh = await application(editionId, { status: 'unconfirmed' });
    const oldDeclined = await application(editionId, { status: 'declined' });
    await at(oldDeclined.id, `status_changed_at = now() - interval '6 months 1 day'`);
    const recentDeclined = await application(editionId, { status: 'declined' });
    await at(recentDeclined.id, `status_changed_at = now() - interval '5 months'`);
    const oldWithdrawn = await application(editionId, { status: 'withdrawn' });
    await at(oldWithdrawn.id, `status_changed_at = now() - interval '7 months'`);
    const lapsed = await application(started);
    const open = await application(editionId);
    const [declinedMail] = await t.db.query(
      `INSERT INTO notification_delivery (application_id, event_key, kind, payload) VALUES ($1, 'x', 'application_declined', '{}') RETURNING id`,
      [oldDeclined.id],
    );
    // Sent without SMTP, the mail has a copy in the outbox, which goes with the application.
    await t.app.get(Outbox).write(declinedMail.id, Buffer.from(`To: ${oldDeclined.email}`));

    const run = await t.app.get(ApplicationsSweep).runOnce();
    expect(run.erased).toEqual({ expired: 1, closed: 2, lapsed: 1 });
    const left = (await t.db.query(`SELECT id FROM application WHERE id = ANY($1::uuid[])`, [[expired, fresh, oldDeclined, recentDeclined, oldWithdrawn, lapsed, open].map((a) => a.id)])).map(
      (row: { id: string }) => row.id,
    );
    expect(left.sort()).toEqual([fresh.id, recentDeclined.id, open.id].sort());
    expect(await t.db.query(`SELECT 1 FROM notification_delivery WHERE application_id = $1`, [oldDeclined.id])).toEqual([]);
    expect(await t.app.get(Outbox).read(`${declinedMail.id}.eml`)).toBeNull();
  });

  it('erases one application at the applicant’s request, with its mails and their outbox copies, whatever its status', async () => {
    const editionId = await edition(5);
    const applied = await application(editionId);
    const [mail] = await t.db.query(
      `INSERT INTO notification_delivery (application_id, event_key, kind, payload) VALUES ($1, 'w', 'application_waitlisted', '{}') RETURNING id`,
      [applied.id],
    );
    await t.app.get(Outbox).write(mail.id, Buffer.from(`To: ${applied.email}`));
    expect((await admin.delete(`/api/applications/${applied.id}`)).status).toBe(204);
    expect(await t.db.query(`SELECT 1 FROM application WHERE id = $1`, [applied.id])).toEqual([]);
    expect(await t.app.get(Outbox).read(`${mail.id}.eml`)).toBeNull();
    expect((await admin.delete(`/api/applications/${applied.id}`)).status).toBe(404);
    // Also of an archived edition: erasure is owed whatever became of it.
    const archived = await edition(5);
    const old = await application(archived, { status: 'declined' });
    await t.db.query(`UPDATE edition SET status = 'archived' WHERE id = $1`, [archived]);
    expect((await admin.delete(`/api/applications/${old.id}`)).status).toBe(204);
  });

  it('applying deletes only the same address’s expired application for the edition; the sweep takes the rest', async () => {
    const editionId = await edition(5);
    const someoneElse = await application(editionId, { status: 'unconfirmed' });
    const mine = await application(editionId, { status: 'unconfirmed' });
    await t.db.query(`UPDATE application SET created_at = now() - interval '8 days' WHERE id = ANY($1::uuid[])`, [[someoneElse.id, mine.id]]);
    const body = {
      name: 'Aanmelder',
      email: mine.email,
      organisation: 'Zorggroep',
      jobTitle: 'Teamleider',
      region: 'Utrecht',
      challenge: 'Vraagstuk',
      directorName: 'Directeur',
      directorEmail: 'directeur@example.nl',
      formIssuedAt: issueFormStamp(serverSecret(t.config), Date.now() - 60_000),
    };
    expect((await t.anonymous('10.77.0.1').post(`/api/public/editions/${editionId}/applications`, body)).status).toBe(202);
    expect(await statusOf(someoneElse.id)).toBe('unconfirmed');
    expect(await statusOf(mine.id)).toBeUndefined();
    expect((await t.db.query(`SELECT status FROM application WHERE email = $1`, [mine.email])).map((r: { status: string }) => r.status)).toEqual(['unconfirmed']);
  });

  it('says on the public page what is kept and for how long, and the confirmation page links to withdrawing', async () => {
    await edition(5);
    const page = await t.anonymous().get('/programmas/his-i', { accept: 'text/html' });
    expect(page.text).toContain('<h3 id="privacy">Wat we bewaren</h3>');
    expect(page.text).toContain('Bevestig je je aanmelding niet binnen 7 dagen, dan wissen we haar.');
    expect(page.text).toContain('wissen we na 6 maanden');
    expect(page.text.indexOf('Wat we bewaren')).toBeLessThan(page.text.indexOf('<form method="post"'));

    const applied = await application(await edition(5));
    const confirmed = await t.anonymous().get(`/aanmelding-bevestigen?token=${applied.confirmToken}`, { accept: 'text/html' });
    expect(confirmed.text).toContain(`<a href="/aanmelding-intrekken?token=${encodeURIComponent(withdrawToken(applied.id))}">Mijn aanmelding intrekken</a>`);
  });

  it('erases a person’s applications with the person, and their name and address where they were named as director', async () => {
    const editionId = await edition(5);
    const applied = await application(editionId);
    await admin.post(`/api/applications/${applied.id}/accept`, {});
    const another = await application(editionId);
    await t.db.query(`UPDATE application SET director_email = $2 WHERE id = $1`, [another.id, applied.directorEmail]);
    const [director] = await t.db.query(`SELECT id FROM person WHERE email = $1`, [applied.directorEmail]);
    const [applicant] = await t.db.query(`SELECT id FROM person WHERE email = $1`, [applied.email]);
    for (const person of [applicant, director]) expect((await admin.delete(`/api/admin/people/${person.id}`)).status).toBe(200);
    expect(await statusOf(applied.id)).toBeUndefined();
    const [named] = await t.db.query(`SELECT director_email AS email FROM application WHERE id = $1`, [another.id]);
    expect(named.email).not.toBe(applied.directorEmail);
    // Accepted afterwards, the applicant is enrolled without the erased director, whose record stays erased.
    expect((await admin.post(`/api/applications/${another.id}/accept`, {})).status).toBe(200);
    expect(await t.db.query(`SELECT role, status FROM enrolment WHERE person_id = $1 AND edition_id = $2`, [director.id, editionId])).toEqual([{ role: 'director', status: 'withdrawn' }]);
    expect(await t.db.query(`SELECT e.director_person_id AS director FROM enrolment e JOIN person p ON p.id = e.person_id WHERE p.email = $1`, [another.email])).toEqual([{ director: null }]);
  });

  it('takes the public form only for an edition of the programme whose page it is posted under', async () => {
    const other = await given(t.db).programme({ code: 'ANDER', name: 'Ander programma' });
    await t.db.query(`UPDATE programme SET slug = 'ander' WHERE id = $1`, [other.id]);
    const editionId = await edition(5);
    const fields = new URLSearchParams({
      editionId,
      name: 'Aanmelder',
      email: `vorm-${randomUUID().slice(0, 8)}@example.nl`,
      organisation: 'Zorggroep',
      jobTitle: 'Teamleider',
      region: 'Utrecht',
      challenge: 'Vraagstuk',
      directorName: 'Directeur',
      directorEmail: 'directeur@example.nl',
      formIssuedAt: issueFormStamp(serverSecret(t.config), Date.now() - 60_000),
    }).toString();
    const wrong = await t.anonymous('10.77.0.2').post('/programmas/ander/aanmelden', fields, { 'content-type': 'application/x-www-form-urlencoded' });
    expect([wrong.status, wrong.text]).toEqual([404, expect.stringContaining('Voor deze editie kun je je niet (meer) aanmelden.')]);
    const right = await t.anonymous('10.77.0.3').post('/programmas/his-i/aanmelden', fields, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(right.status).toBe(202);
  });
});
