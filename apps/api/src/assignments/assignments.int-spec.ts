import { amsterdamInstant, amsterdamWallClockMs } from '@koers/shared/amsterdam-clock';
import { given } from '../../test/builders';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { expectOneFrozenHeaderRow, readXlsxDownload, rowCells } from '../../test/xlsx';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';
import { AssignmentsRepository } from './assignments.repository';
import { DeadlineChangesService } from './deadline-changes.service';
import { whileLocked } from '../../test/while-locked';

describe('assignments of an edition', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function setup() {
    const g = given(t.db);
    const edition = await g.edition();
    const [trainer, participant, admin] = [await g.person(), await g.person({ name: 'Anna' }), await g.person({ isAdmin: true })];
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, participant.id, 'participant');
    const other = await g.edition();
    const [otherTrainer, otherParticipant] = [await g.person(), await g.person()];
    await g.enrolment(other.id, otherTrainer.id, 'trainer');
    await g.enrolment(other.id, otherParticipant.id, 'participant');
    const session = await g.session(edition.id, { title: 'Lesdag 5 – Plannen' });
    return { edition, trainer, participant, admin, other, otherTrainer, otherParticipant, session };
  }

  const request = (overrides: Record<string, unknown> = {}) => ({
    title: 'Plan van aanpak',
    instructions: 'Werk je **plan van aanpak** uit.',
    dueAt: '2027-04-10T21:59:00Z',
    cutoffAt: '2027-04-17T21:59:00Z',
    acceptsText: true,
    acceptsFiles: true,
    ...overrides,
  });

  it('lets trainers and admins create and edit assignments, and nobody else', async () => {
    const { edition, trainer, participant, admin, otherTrainer, session } = await setup();
    const trainerClient = await t.loginAs(trainer.email);

    const created = await trainerClient.post(`/api/editions/${edition.id}/assignments`, request({ sessionId: session.id }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Plan van aanpak',
      sessionTitle: 'Lesdag 5 – Plannen',
      dueAt: '2027-04-10T21:59:00.000Z',
      cutoffAt: '2027-04-17T21:59:00.000Z',
      fromTemplate: false,
    });

    const edited = await (await t.loginAs(admin.email)).put(`/api/assignments/${created.body.id}`, request({ title: 'Plan van aanpak (herzien)', cutoffAt: null, acceptsText: false }));
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Plan van aanpak (herzien)', cutoffAt: null, acceptsText: false, sessionId: null });

    for (const [email, status] of [
      [participant.email, 403],
      [otherTrainer.email, 403],
    ] as const) {
      const client = await t.loginAs(email);
      expect((await client.post(`/api/editions/${edition.id}/assignments`, request())).status).toBe(status);
      expect((await client.put(`/api/assignments/${created.body.id}`, request())).status).toBe(status);
    }
    expect((await t.anonymous().post(`/api/editions/${edition.id}/assignments`, request())).status).toBe(401);
    // An unknown assignment answers as another edition's does; the programme office learns it does not exist.
    expect((await trainerClient.put(`/api/assignments/00000000-0000-4000-8000-000000000000`, request())).status).toBe(403);
    expect((await (await t.loginAs(admin.email)).put(`/api/assignments/00000000-0000-4000-8000-000000000000`, request())).status).toBe(404);
    // A deadline of another century is a mistyped year, and told so.
    const mistyped = await trainerClient.post(`/api/editions/${edition.id}/assignments`, request({ dueAt: '2208-04-10T21:59:00.000Z' }));
    expect([mistyped.status, mistyped.body.fields]).toEqual([400, [{ field: 'dueAt', message: 'Kies een datum in deze eeuw: is het jaartal goed getypt?' }]]);
  });

  it('makes the same assignment sent twice at once (a double click, a second tab) once, and says so to the other', async () => {
    const { edition, trainer } = await setup();
    const client = await t.loginAs(trainer.email);
    const twice = await Promise.all([request(), request({ title: 'PLAN VAN AANPAK' })].map((body) => client.post(`/api/editions/${edition.id}/assignments`, body)));
    expect(twice.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(twice.find((response) => response.status === 409)!.body.error).toBe('assignment_already_exists');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM assignment WHERE edition_id = $1`, [edition.id])).toEqual([{ n: 1 }]);
    // The same title with another deadline is another assignment, which cannot then be given the first one's deadline.
    const later = await client.post(`/api/editions/${edition.id}/assignments`, request({ dueAt: '2027-05-10T21:59:00Z', cutoffAt: null }));
    expect(later.status).toBe(201);
    const same = await client.put(`/api/assignments/${later.body.id}`, request());
    expect([same.status, same.body.error]).toEqual([409, 'assignment_already_exists']);
    // Seconds apart is the same deadline to everyone who reads it (to the minute).
    const secondsLater = await client.post(`/api/editions/${edition.id}/assignments`, request({ dueAt: '2027-04-10T21:59:30Z' }));
    expect([secondsLater.status, secondsLater.body.error]).toEqual([409, 'assignment_already_exists']);
  });

  it('keeps titles and edition names to one line: a line break becomes a space, a control character is refused', async () => {
    const { edition, trainer, admin } = await setup();
    const client = await t.loginAs(trainer.email);
    const created = await client.post(`/api/editions/${edition.id}/assignments`, request({ title: 'Plan\r\nBcc: iemand@elders.example\r\n\r\nvan aanpak' }));
    expect([created.status, created.body.title]).toEqual([201, 'Plan Bcc: iemand@elders.example van aanpak']);
    const refused = await client.post(`/api/editions/${edition.id}/assignments`, request({ title: 'Plan\u0007 van aanpak' }));
    expect([refused.status, refused.body.fields]).toEqual([400, [{ field: 'title', message: expect.stringContaining('onzichtbaar stuurteken') }]]);

    const office = await t.loginAs(admin.email);
    expect((await office.patch(`/api/editions/${edition.id}`, { name: 'HIS-I 2.0\nBcc: iemand@elders.example' })).body.name).toBe('HIS-I 2.0 Bcc: iemand@elders.example');
  });

  it('validates: unknown fields, the cut-off after the due date, something to hand in, a session of this edition', async () => {
    const { edition, trainer, other } = await setup();
    const client = await t.loginAs(trainer.email);
    const post = (body: unknown) => client.post(`/api/editions/${edition.id}/assignments`, body);
    const foreignSession = await given(t.db).session(other.id);

    expect((await post(request({ points: 10 }))).body.fields).toEqual([{ field: 'points', message: 'Dit veld is onbekend.' }]);
    // A moment in another form is told the form wanted; `24:00`, which JavaScript reads as the next day's midnight, too.
    for (const dueAt of ['morgen', '2027-03-10T24:00+01:00', '2027-03-10T24:00:00Z', '2027-03-10T7:5Z', '2027-03-10T23:59:60Z', '２０２７-03-10T10:00:00Z']) {
      expect([dueAt, (await post(request({ dueAt }))).body.fields]).toEqual([
        dueAt,
        [{ field: 'dueAt', message: 'Vul een moment in met datum, tijd en tijdzone, zoals 2027-03-09T23:59:00+01:00 of 2027-03-09T22:59:00Z.' }],
      ]);
    }
    expect((await post(request({ dueAt: '2027-02-30T10:00:00Z' }))).body.fields).toEqual([{ field: 'dueAt', message: 'Vul een geldige datum in.' }]);
    expect((await post(request({ cutoffAt: '2027-04-01T00:00:00Z' }))).body.fields).toEqual([{ field: 'cutoffAt', message: expect.any(String) }]);
    expect((await post(request({ acceptsText: false, acceptsFiles: false }))).status).toBe(400);
    const wrongSession = await post(request({ sessionId: foreignSession.id }));
    expect(wrongSession.status).toBe(400);
    expect(wrongSession.body.fields).toEqual([{ field: 'sessionId', message: 'Deze bijeenkomst hoort niet bij deze editie.' }]);
    // A deadline that has passed (a mistyped year) would make everyone late at once.
    const passed = await post(request({ dueAt: '2020-03-09T22:59:00Z', cutoffAt: null }));
    expect([passed.body.error, passed.body.fields]).toEqual([
      'due_date_passed',
      [{ field: 'dueAt', message: 'Deze deadline is al voorbij: iedereen zou meteen te laat zijn. Controleer de datum en het jaar.' }],
    ]);
    // "Now", sent from a form opened a minute ago, is taken (confirmed, should today be a public holiday).
    const aMinuteAgo = new Date(Date.now() - 60_000);
    const justNow = await post(request({ dueAt: aMinuteAgo.toISOString(), cutoffAt: null, confirmedClosedDates: [instantToAmsterdam(aMinuteAgo).date] }));
    expect(justNow.status).toBe(201);
  });

  it('refuses a cut-off that has passed, which would close the assignment at once, and lets one already past be put right', async () => {
    const { edition, trainer } = await setup();
    const client = await t.loginAs(trainer.email);
    const [threeDaysAgo, yesterday, nextWeek] = [-3, -1, 7].map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
    const overdue = await given(t.db).assignment(edition.id, { title: 'Beschrijf je vraagstuk', dueAt: threeDaysAgo, cutoffAt: null });
    const save = (id: string, cutoffAt: string | null) =>
      client.put(`/api/assignments/${id}`, request({ title: 'Beschrijf je vraagstuk', dueAt: threeDaysAgo, cutoffAt, confirmedClosedDates: [threeDaysAgo.slice(0, 10)] }), { 'accept-language': 'en' });

    const closing = await save(overdue.id, yesterday);
    expect([closing.status, closing.body.error, closing.body.fields]).toEqual([
      400,
      'cutoff_passed',
      [{ field: 'cutoffAt', message: 'This cut-off has passed: whoever has not handed in could no longer hand in anything at once. Check the date and the year.' }],
    ]);
    expect((await save(overdue.id, nextWeek)).status).toBe(200);
    const closedEarlier = await given(t.db).assignment(edition.id, { title: 'Al gesloten', dueAt: threeDaysAgo, cutoffAt: yesterday });
    expect((await client.put(`/api/assignments/${closedEarlier.id}`, request({ title: 'Al gesloten', dueAt: threeDaysAgo, cutoffAt: yesterday, confirmedClosedDates: [threeDaysAgo.slice(0, 10)] }))).status).toBe(200);
  });

  it('asks to confirm a deadline set by hand on a public holiday, once: a weekend is a deadline trainers choose', async () => {
    const { edition, trainer } = await setup();
    const client = await t.loginAs(trainer.email);
    // Koningsdag 2027, 23:59 in Amsterdam.
    const kingsDay = request({ dueAt: '2027-04-27T21:59:00Z', cutoffAt: null });
    const asked = await client.post(`/api/editions/${edition.id}/assignments`, kingsDay, { 'accept-language': 'en' });
    expect([asked.status, asked.body.error, asked.body.details, asked.body.message]).toEqual([
      409,
      'closed_days_unconfirmed',
      { dates: ['2027-04-27'] },
      "This deadline falls on Tuesday 27 April 2027 (King's Day), a public holiday. Confirm the date if the deadline is to fall on that day after all.",
    ]);
    expect(await t.db.query(`SELECT 1 FROM assignment WHERE edition_id = $1`, [edition.id])).toEqual([]);
    const confirmed = await client.post(`/api/editions/${edition.id}/assignments`, { ...kingsDay, confirmedClosedDates: ['2027-04-27'] });
    expect(confirmed.status).toBe(201);
    // Saved again with the deadline it has, nothing is asked; moved to another holiday, it is.
    expect((await client.put(`/api/assignments/${confirmed.body.id}`, { ...kingsDay, title: 'Plan van aanpak, versie 2' })).status).toBe(200);
    expect((await client.put(`/api/assignments/${confirmed.body.id}`, { ...kingsDay, dueAt: '2027-04-27T15:00:00Z' })).status).toBe(200);
    expect((await client.put(`/api/assignments/${confirmed.body.id}`, { ...kingsDay, dueAt: '2027-12-26T22:59:00Z' })).body.details).toEqual({ dates: ['2027-12-26'] });
    // Saturday 10 April 2027, 23:59.
    expect((await client.post(`/api/editions/${edition.id}/assignments`, request({ dueAt: '2027-04-10T21:59:00Z' }))).status).toBe(201);
  });

  it('refuses deadlines that are ISO 8601 but no instant (week or ordinal dates, no time) with 400, storing nothing', async () => {
    const { edition, trainer, participant } = await setup();
    const client = await t.loginAs(trainer.email);
    const existing = await given(t.db).assignment(edition.id);
    for (const dueAt of ['2027-W14-6', '2027-100', '20270410', '2027-04-10', '2027-04-10T21:59']) {
      const created = await client.post(`/api/editions/${edition.id}/assignments`, request({ dueAt }));
      expect([dueAt, created.status, created.body.fields]).toEqual([dueAt, 400, [expect.objectContaining({ field: 'dueAt' })]]);
      expect((await client.put(`/api/assignments/${existing.id}`, request({ cutoffAt: dueAt }))).status).toBe(400);
      expect((await client.put(`/api/assignments/${existing.id}/extensions/${participant.id}`, { dueAt })).status).toBe(400);
    }
    const [{ count }] = await t.db.query(
      `SELECT (SELECT count(*) FROM assignment WHERE edition_id = $1) + (SELECT count(*) FROM assignment_extension WHERE assignment_id = $2) AS count`,
      [edition.id, existing.id],
    );
    expect(Number(count)).toBe(1);
  });

  it("shows participants their own deadline and status, and trainers everyone's extensions", async () => {
    const { edition, trainer, participant, otherParticipant, otherTrainer } = await setup();
    const g = given(t.db);
    const early = await g.assignment(edition.id, { title: 'Beschrijf je vraagstuk', dueAt: '2027-02-01T22:59:00Z' });
    const late = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: '2027-04-10T21:59:00Z' });
    const submission = await g.submission(early.id, participant.id);
    await g.feedback(submission.id, 'revise');
    const trainerClient = await t.loginAs(trainer.email);
    expect((await trainerClient.put(`/api/assignments/${late.id}/extensions/${participant.id}`, { dueAt: '2027-04-24T21:59:00Z' })).status).toBe(204);
    expect((await trainerClient.put(`/api/assignments/${late.id}/extensions/${otherParticipant.id}`, { dueAt: '2027-04-24T21:59:00Z' })).status).toBe(400);
    expect(
      (await trainerClient.put(`/api/assignments/${late.id}/extensions/${participant.id}`, { dueAt: '2027-04-24T21:59:00Z', cutoffAt: '2027-04-01T00:00:00Z' })).status,
    ).toBe(400);
    // An extension gives more time, never less: a deadline before the assignment's own (a year mistyped) is refused on its field.
    const sooner = await trainerClient.put(`/api/assignments/${late.id}/extensions/${participant.id}`, { dueAt: '2026-04-24T21:59:00Z' }, { 'accept-language': 'en' });
    expect(sooner.status).toBe(400);
    expect(sooner.body.fields).toEqual([
      { field: 'dueAt', message: "An extension gives more time: choose a moment at or after the assignment's own deadline, Saturday 10 April 2027, 23:59 (Amsterdam time)." },
    ]);
    const shorterCutoff = await g.assignment(edition.id, { title: 'Reflectie', dueAt: '2027-04-10T21:59:00Z', cutoffAt: '2027-04-20T21:59:00Z' });
    const cutoff = await trainerClient.put(`/api/assignments/${shorterCutoff.id}/extensions/${participant.id}`, { dueAt: '2027-04-12T21:59:00Z', cutoffAt: '2027-04-15T21:59:00Z' });
    expect(cutoff.body.fields).toEqual([{ field: 'cutoffAt', message: expect.stringContaining('Uitstel geeft meer tijd') }]);
    const cutoffInEnglish = await trainerClient.put(`/api/assignments/${shorterCutoff.id}/extensions/${participant.id}`, { dueAt: '2027-04-12T21:59:00Z', cutoffAt: '2027-04-15T21:59:00Z' }, { 'accept-language': 'en' });
    expect(cutoffInEnglish.body.fields[0].message).toContain("at or after the assignment's own cut-off, Tuesday 20 April 2027, 23:59 (Amsterdam time).");
    await t.db.query(`DELETE FROM assignment WHERE id = $1`, [shorterCutoff.id]);
    // Late's own deadline takes late work for ever: a cut-off of one's own would close it for this participant alone.
    const closing = await trainerClient.put(`/api/assignments/${late.id}/extensions/${participant.id}`, { dueAt: '2027-04-24T21:59:00Z', cutoffAt: '2027-04-30T21:59:00Z' });
    expect(closing.body.fields).toEqual([{ field: 'cutoffAt', message: expect.stringContaining('Laat de uiterste inleverdatum leeg') }]);

    const mine = await (await t.loginAs(participant.email)).get(`/api/editions/${edition.id}/assignments`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ editionName: edition.name, canManage: false });
    expect(mine.body.assignments).toEqual([
      expect.objectContaining({ title: 'Beschrijf je vraagstuk', mine: expect.objectContaining({ status: 'revise', lastSubmittedAt: expect.any(String) }), extensions: null }),
      expect.objectContaining({ title: 'Plan van aanpak', dueAt: '2027-04-10T21:59:00.000Z', mine: expect.objectContaining({ status: 'not_submitted', dueAt: '2027-04-24T21:59:00.000Z' }) }),
    ]);

    const staffView = await trainerClient.get(`/api/editions/${edition.id}/assignments`);
    expect(staffView.body.canManage).toBe(true);
    expect(staffView.body.assignments[0]).toMatchObject({ mine: null, extensions: [] });
    expect(staffView.body.assignments[1].extensions).toEqual([{ personId: participant.id, personName: 'Anna', dueAt: '2027-04-24T21:59:00.000Z', cutoffAt: null, reason: 'granted' }]);

    expect((await trainerClient.delete(`/api/assignments/${late.id}/extensions/${participant.id}`)).status).toBe(204);
    expect((await trainerClient.get(`/api/editions/${edition.id}/assignments`)).body.assignments[1].extensions).toEqual([]);

    expect((await (await t.loginAs(otherParticipant.email)).get(`/api/editions/${edition.id}/assignments`)).status).toBe(403);
    expect((await (await t.loginAs(otherTrainer.email)).get(`/api/editions/${edition.id}/assignments`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/editions/${edition.id}/assignments`)).status).toBe(401);
  });

  it('tells whoever still has to hand in when their own deadline moves: once for a burst of changes, none when it came back', async () => {
    const { edition, trainer, participant, otherParticipant } = await setup();
    const g = given(t.db);
    const [handedIn, sentBack] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, handedIn.id, 'participant');
    await g.enrolment(edition.id, sentBack.id, 'participant');
    const assignment = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: '2027-04-10T21:59:00Z' });
    await g.submission(assignment.id, handedIn.id);
    await g.feedback((await g.submission(assignment.id, sentBack.id)).id, 'revise');
    const trainerClient = await t.loginAs(trainer.email);
    const setDeadline = async (dueAt: string) =>
      expect((await trainerClient.put(`/api/assignments/${assignment.id}`, request({ dueAt, cutoffAt: '2027-05-30T21:59:00Z' }))).status).toBe(200);
    const seen = new Set<string>();
    /** The mails about the assignment that went out to `email` since the last look. */
    const mailed = async (email: string) => {
      await t.app.get(NotificationWorker).runOnce();
      const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === email && mail.subject.endsWith(': Plan van aanpak') && !seen.has(mail.file));
      for (const mail of mails) seen.add(mail.file);
      return mails;
    };

    await setDeadline('2027-04-17T21:59:00Z');
    const [later] = await mailed(participant.email);
    expect(later.subject).toBe('Nieuwe deadline: Plan van aanpak');
    expect(later.text).toContain(`De deadline van Plan van aanpak (${edition.name}) is verplaatst van zaterdag 10 april 2027, 23:59 naar zaterdag 17 april 2027, 23:59.`);
    expect(await mailed(handedIn.email)).toEqual([]);
    expect(await mailed(otherParticipant.email)).toEqual([]);
    // Work sent back is still to hand in: its maker hears of it too.
    expect((await mailed(sentBack.email)).map((mail) => mail.subject)).toEqual(['Nieuwe deadline: Plan van aanpak']);

    // Moved and moved back before the mail went out: nothing to tell. Two moves in a row: one mail, from what they knew.
    await setDeadline('2027-04-20T21:59:00Z');
    await setDeadline('2027-04-17T21:59:00Z');
    expect(await mailed(participant.email)).toEqual([]);
    await setDeadline('2027-04-20T21:59:00Z');
    await setDeadline('2027-04-22T21:59:00Z');
    const burst = await mailed(participant.email);
    expect(burst.map((mail) => mail.text.match(/verplaatst van .* naar .*\./)?.[0])).toEqual(['verplaatst van zaterdag 17 april 2027, 23:59 naar donderdag 22 april 2027, 23:59.']);

    // An extension granted and taken back before the mail went out is no news; each on its own is, to that participant alone.
    expect((await trainerClient.put(`/api/assignments/${assignment.id}/extensions/${participant.id}`, { dueAt: '2027-05-01T21:59:00Z' })).status).toBe(204);
    expect((await trainerClient.delete(`/api/assignments/${assignment.id}/extensions/${participant.id}`)).status).toBe(204);
    expect(await mailed(participant.email)).toEqual([]);
    expect((await trainerClient.put(`/api/assignments/${assignment.id}/extensions/${participant.id}`, { dueAt: '2027-05-01T21:59:00Z' })).status).toBe(204);
    const [granted] = await mailed(participant.email);
    expect((await trainerClient.delete(`/api/assignments/${assignment.id}/extensions/${participant.id}`)).status).toBe(204);
    const [withdrawn] = await mailed(participant.email);
    expect([granted.subject, withdrawn.subject]).toEqual(['Nieuwe deadline: Plan van aanpak', 'Eerdere deadline: Plan van aanpak']);
    expect(withdrawn.text).toContain('is vervroegd van zaterdag 1 mei 2027, 23:59 naar donderdag 22 april 2027, 23:59.');
    expect(await mailed(handedIn.email)).toEqual([]);
  });

  it('mails once, from the deadline the participant knew, when an extension is granted and taken back side by side', async () => {
    const { edition, trainer, participant } = await setup();
    const assignment = await given(t.db).assignment(edition.id, { title: 'Plan van aanpak', dueAt: '2027-04-10T21:59:00Z' });
    const trainerClient = await t.loginAs(trainer.email);
    const extension = `/api/assignments/${assignment.id}/extensions/${participant.id}`;
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) => (i % 4 === 0 ? trainerClient.put(extension, { dueAt: `2027-04-${11 + (i % 8)}T21:59:00Z` }) : trainerClient.delete(extension))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(24).fill(204));
    const queued: { payload: { previousDueAt: string } }[] = await t.db.query(
      `SELECT payload FROM notification_delivery WHERE person_id = $1 AND kind = 'deadline_changed' AND status = 'pending'`,
      [participant.id],
    );
    expect(queued.map((row) => row.payload.previousDueAt)).toEqual(['2027-04-10T21:59:00.000Z']);
    // Nothing to tell when the last word took the extension back; else one mail, from the deadline they knew.
    const extended = (await t.db.query(`SELECT 1 FROM assignment_extension WHERE assignment_id = $1`, [assignment.id])).length > 0;
    await t.app.get(NotificationWorker).runOnce();
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === participant.email);
    expect(mails.map((mail) => mail.text.match(/verplaatst van [^,]+,/)?.[0])).toEqual(extended ? ['verplaatst van zaterdag 10 april 2027,'] : []);
  });

  it('edits an assignment while its session is moved, without the two waiting for each other in a circle', async () => {
    const { edition, trainer } = await setup();
    const assignment = await given(t.db).assignment(edition.id, { title: 'Plan van aanpak', dueAt: '2027-04-10T21:59:00Z' });
    const trainerClient = await t.loginAs(trainer.email);
    // As a session move does: the edition first, then the deadlines of the assignments that move with it.
    const edited = await whileLocked(
      t.db,
      { table: 'edition', id: edition.id },
      () => trainerClient.put(`/api/assignments/${assignment.id}`, request({ dueAt: '2027-04-17T21:59:00Z', cutoffAt: null })),
      (transaction) => t.app.get(DeadlineChangesService).tellingWhoseDeadlineMoves(transaction.manager, [assignment.id], null, async () => undefined),
    );
    expect(edited.status).toBe(200);
  });

  it('deletes an assignment only while nothing was handed in for it', async () => {
    const { edition, trainer, participant } = await setup();
    const g = given(t.db);
    const [unused, used] = [await g.assignment(edition.id), await g.assignment(edition.id)];
    await g.submission(used.id, participant.id);
    const client = await t.loginAs(trainer.email);
    expect((await client.delete(`/api/assignments/${unused.id}`)).status).toBe(204);
    const refused = await client.delete(`/api/assignments/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('assignment_has_submissions');
    expect((await (await t.loginAs(participant.email)).delete(`/api/assignments/${used.id}`)).status).toBe(403);
  });

  it('gives trainers a people × assignments overview, also as CSV, in a fixed number of queries', async () => {
    const { edition, trainer, participant, otherTrainer } = await setup();
    const g = given(t.db);
    const organisation = await g.organisation({ name: 'Zorggroep De Linde' });
    const bram = await g.person({ name: '=Bram "de" Boer', organisationId: organisation.id });
    await g.enrolment(edition.id, bram.id, 'participant');
    const [first, second] = [
      await g.assignment(edition.id, { title: 'Vraagstuk', dueAt: '2027-02-01T22:59:00Z' }),
      await g.assignment(edition.id, { title: 'Plan', dueAt: '2027-04-01T21:59:00Z' }),
    ];
    const approved = await g.submission(first.id, participant.id);
    await g.feedback(approved.id, 'approved');
    await g.submission(second.id, participant.id);
    const client = await t.loginAs(trainer.email);

    const countQueries = async () => {
      t.queries.reset();
      const response = await client.get(`/api/editions/${edition.id}/assignment-overview`);
      expect(response.status).toBe(200);
      return { count: t.queries.count, body: response.body };
    };
    const small = await countQueries();
    expect(small.body.assignments.map((a: any) => a.title)).toEqual(['Vraagstuk', 'Plan']);
    expect(small.body.rows).toEqual([
      expect.objectContaining({
        name: '=Bram "de" Boer',
        organisationName: 'Zorggroep De Linde',
        statuses: [expect.objectContaining({ status: 'not_submitted', submissionId: null }), expect.objectContaining({ status: 'not_submitted' })],
        completed: false,
      }),
      expect.objectContaining({ name: 'Anna', statuses: [expect.objectContaining({ status: 'approved' }), expect.objectContaining({ status: 'submitted' })] }),
    ]);

    await g.submissionsFromNewParticipants(second.id, 40);
    const large = await countQueries();
    expect(large.body.rows).toHaveLength(42);
    expect(large.count).toBe(small.count);

    const csv = await client.get(`/api/editions/${edition.id}/assignment-overview.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('attachment;');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    // One CSV writer for every export (issue 14): cells are quoted only when they need it.
    expect(lines[0]).toBe('Naam;Organisatie;Vraagstuk;Plan;Afgerond');
    expect(lines).toContain(`"'=Bram ""de"" Boer";Zorggroep De Linde;niet ingeleverd;niet ingeleverd;nee`);
    expect(lines).toContain('Anna;;goedgekeurd;ingeleverd;nee');
    const english = await client.get(`/api/editions/${edition.id}/assignment-overview.csv`, { 'accept-language': 'en' });
    expect(english.text).toContain('Name;Organisation;Vraagstuk;Plan;Completed');
    const chosen = await client.get(`/api/editions/${edition.id}/assignment-overview.csv?lang=en`, { 'accept-language': 'nl' });
    expect(chosen.text).toContain('approved;handed in;no');

    // The same columns as a workbook: one frozen header row, one row per participant, a name starting with = stays text.
    const workbook = await client.get(`/api/editions/${edition.id}/assignment-overview.xlsx`);
    expect(workbook.headers['content-disposition']).toMatch(/^attachment; filename="opdrachten-[a-z0-9-]+\.xlsx"; filename\*=UTF-8''opdrachten-[a-z0-9-]+\.xlsx$/);
    const sheet = await readXlsxDownload(workbook);
    expectOneFrozenHeaderRow(sheet, ['Naam', 'Organisatie', 'Vraagstuk', 'Plan', 'Afgerond']);
    expect(sheet.rowCount).toBe(1 + large.body.rows.length);
    expect(rowCells(sheet, 2).map((cell) => cell.value)).toEqual(['=Bram "de" Boer', 'Zorggroep De Linde', 'niet ingeleverd', 'niet ingeleverd', 'nee']);
    expect(rowCells(sheet, 3).map((cell) => cell.value)).toEqual(['Anna', null, 'goedgekeurd', 'ingeleverd', 'nee']);

    expect((await (await t.loginAs(participant.email)).get(`/api/editions/${edition.id}/assignment-overview`)).status).toBe(403);
    expect((await (await t.loginAs(otherTrainer.email)).get(`/api/editions/${edition.id}/assignment-overview.csv`)).status).toBe(403);
    expect((await (await t.loginAs(otherTrainer.email)).get(`/api/editions/${edition.id}/assignment-overview.xlsx`)).status).toBe(403);
  });

  it('lists participants with nothing handed in for work due in a window, by their own deadline (for reminders)', async () => {
    const { edition, participant } = await setup();
    const g = given(t.db);
    const [bram, cem] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, bram.id, 'participant');
    await g.enrolment(edition.id, cem.id, 'participant');
    const assignment = await g.assignment(edition.id, { dueAt: '2027-03-10T22:59:00Z' });
    await g.submission(assignment.id, participant.id);
    await t.db.query(`INSERT INTO assignment_extension (assignment_id, person_id, due_at) VALUES ($1, $2, '2027-03-20T22:59:00Z')`, [assignment.id, cem.id]);

    const due = await t.app.get(AssignmentsRepository).notHandedInDueBetween(new Date('2027-03-10T00:00:00Z'), new Date('2027-03-11T00:00:00Z'));
    expect(due.filter((row) => row.editionId === edition.id).map((row) => row.personId)).toEqual([bram.id]);
  });

  it('fixes a completed edition\'s assignments: adding, editing or removing one would change who completed it', async () => {
    const { edition, trainer, participant, admin } = await setup();
    const existing = await given(t.db).assignment(edition.id, { title: 'Eindreflectie' });
    const late = await given(t.db).assignment(edition.id, { title: 'Nagekomen' });
    const approvedWork = await given(t.db).submission(existing.id, participant.id);
    await given(t.db).feedback(approvedWork.id, 'approved');
    const lateWork = await given(t.db).submission(late.id, participant.id);
    await t.db.query(`UPDATE edition SET status = 'completed' WHERE id = $1`, [edition.id]);

    // Work approved stays approved (sending it back would take completion away); late work may still be approved.
    const reviewer = await t.loginAs(trainer.email);
    const sentBack = await reviewer.post(`/api/submissions/${approvedWork.id}/feedback`, { comment: 'Toch niet.', outcome: 'revise' });
    expect([sentBack.status, sentBack.body.error]).toEqual([409, 'completion_fixed']);
    const approvedDetail = (await reviewer.get(`/api/submissions/${approvedWork.id}`)).body;
    expect(approvedDetail.verdictsOpen).toEqual(['approved']);
    expect((await reviewer.get(`/api/submissions/${lateWork.id}`)).body.verdictsOpen).toEqual(['approved', 'revise']);
    const remark = { comment: 'Nog een tip.', outcome: 'approved', replacesFeedbackId: approvedDetail.versions[0].feedback.at(-1).id };
    expect((await reviewer.post(`/api/submissions/${approvedWork.id}/feedback`, remark)).status).toBe(201);
    expect((await reviewer.post(`/api/submissions/${lateWork.id}/feedback`, { comment: 'Prima.', outcome: 'approved' })).status).toBe(201);

    for (const client of [await t.loginAs(trainer.email), await t.loginAs(admin.email)]) {
      const added = await client.post(`/api/editions/${edition.id}/assignments`, request());
      expect([added.status, added.body.error]).toEqual([409, 'completion_fixed']);
      expect((await client.put(`/api/assignments/${existing.id}`, request())).body.error).toBe('completion_fixed');
      expect((await client.delete(`/api/assignments/${existing.id}`)).body.error).toBe('completion_fixed');
      const page = await client.get(`/api/editions/${edition.id}/assignments`);
      expect([page.body.canManage, page.body.canChange, page.body.assignments.map((a: { title: string }) => a.title)]).toEqual([true, false, ['Eindreflectie', 'Nagekomen']]);
    }
    const english = await (await t.loginAs(trainer.email)).post(`/api/editions/${edition.id}/assignments`, request(), { 'accept-language': 'en' });
    expect(english.body.message).toMatch(/^This edition is completed and what completing it asks is fixed/);
    // Work can still be given more time, as it can still be reviewed.
    expect((await (await t.loginAs(trainer.email)).put(`/api/assignments/${existing.id}/extensions/${participant.id}`, { dueAt: '2027-12-01T22:59:00Z' })).status).toBe(204);
  });

  describe('joining an edition late', () => {
    const DAY = 24 * 60 * 60_000;
    /** The instant Amsterdam clocks show `hours:minutes` on the day `days` after today. */
    const amsterdamDaysAhead = (days: number, hours: number, minutes: number) => {
      const day = new Date(amsterdamWallClockMs(Date.now()) + days * DAY);
      return new Date(amsterdamInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hours, minutes)).toISOString();
    };

    async function runningEdition() {
      const g = given(t.db);
      const edition = await g.edition({ startDate: '2026-09-01', endDate: '2099-06-30', capacity: 2 });
      const [admin, trainer, first] = [await g.person({ isAdmin: true }), await g.person(), await g.person()];
      await g.enrolment(edition.id, trainer.id, 'trainer');
      // There from the start, before the first day.
      await t.db.query(`UPDATE enrolment SET enrolled_at = '2026-08-15T10:00:00Z' WHERE id = $1`, [(await g.enrolment(edition.id, first.id, 'participant')).id]);
      const gone = await g.assignment(edition.id, { title: 'Al voorbij', dueAt: '2026-10-01T21:59:00Z', cutoffAt: '2026-10-08T21:59:00Z' });
      const soon = await g.assignment(edition.id, { title: 'Bijna', dueAt: amsterdamDaysAhead(3, 17, 0) });
      const later = await g.assignment(edition.id, { title: 'Later', dueAt: '2099-03-01T10:00:00Z' });
      return { edition, admin: await t.loginAs(admin.email), trainer: await t.loginAs(trainer.email), first, gone, soon, later };
    }

    const mine = async (email: string, editionId: string) => {
      const answer = await (await t.loginAs(email)).get(`/api/editions/${editionId}/assignments`);
      return Object.fromEntries(answer.body.assignments.map((a: { title: string; mine: unknown }) => [a.title, a.mine]));
    };

    it('gives someone enrolled after the first day two weeks for the work due before then, and tells trainers why', async () => {
      const { edition, admin, trainer, first, gone, later } = await runningEdition();
      await given(t.db).person({ name: 'Renée Laat', email: 'renee.laat@zorg.example' });
      const enrolled = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Renée Laat', email: 'renee.laat@zorg.example', organisation: 'Zorggroep Laat' });
      expect(enrolled.status).toBe(201);

      expect(await mine('renee.laat@zorg.example', edition.id)).toEqual({
        'Al voorbij': { status: 'not_submitted', dueAt: amsterdamDaysAhead(14, 23, 59), cutoffAt: amsterdamDaysAhead(21, 23, 59), lastSubmittedAt: null, extension: 'late_enrolment' },
        Bijna: { status: 'not_submitted', dueAt: amsterdamDaysAhead(14, 17, 0), cutoffAt: null, lastSubmittedAt: null, extension: 'late_enrolment' },
        Later: { status: 'not_submitted', dueAt: '2099-03-01T10:00:00.000Z', cutoffAt: null, lastSubmittedAt: null, extension: null },
      });
      // Those who were there from the start keep the edition's deadlines.
      expect(Object.values(await mine(first.email, edition.id)).map((m) => (m as { extension: unknown }).extension)).toEqual([null, null, null]);
      const staffView = (await trainer.get(`/api/editions/${edition.id}/assignments`)).body.assignments;
      expect(staffView.map((a: { extensions: { personName: string; reason: string }[] }) => a.extensions.map((x) => [x.personName, x.reason]))).toEqual([
        [['Renée Laat', 'late_enrolment']],
        [['Renée Laat', 'late_enrolment']],
        [],
      ]);
      // The cohort's deadline moved past hers: hers moves along; moved back, hers stays where it was, never earlier.
      const moved = await trainer.put(`/api/assignments/${gone.id}`, { title: 'Al voorbij', dueAt: '2099-05-01T10:00:00Z', cutoffAt: null, acceptsText: true, acceptsFiles: true });
      expect(moved.status).toBe(200);
      const now = await mine('renee.laat@zorg.example', edition.id);
      expect([now['Al voorbij'], now.Bijna.extension]).toEqual([{ status: 'not_submitted', dueAt: '2099-05-01T10:00:00.000Z', cutoffAt: null, lastSubmittedAt: null, extension: 'late_enrolment' }, 'late_enrolment']);
      // Moved back past the present would make everyone late at once: refused on its field. Moved back to a later date, hers stays.
      const intoThePast = await trainer.put(`/api/assignments/${gone.id}`, { title: 'Al voorbij', dueAt: '2026-10-01T21:59:00Z', cutoffAt: null, acceptsText: true, acceptsFiles: true });
      expect([intoThePast.status, intoThePast.body.fields?.[0]?.field]).toEqual([400, 'dueAt']);
      expect((await trainer.put(`/api/assignments/${gone.id}`, { title: 'Al voorbij', dueAt: '2098-10-01T21:59:00Z', cutoffAt: null, acceptsText: true, acceptsFiles: true })).status).toBe(200);
      expect((await mine('renee.laat@zorg.example', edition.id))['Al voorbij']).toMatchObject({ status: 'not_submitted', dueAt: '2099-05-01T10:00:00.000Z', extension: 'late_enrolment' });
      // Work due far ahead needed no extension when she joined; brought forward to within her two weeks, it gets one.
      const sooner = await trainer.put(`/api/assignments/${later.id}`, { title: 'Later', dueAt: amsterdamDaysAhead(5, 17, 0), cutoffAt: null, acceptsText: true, acceptsFiles: true });
      expect(sooner.status).toBe(200);
      expect((await mine('renee.laat@zorg.example', edition.id)).Later).toMatchObject({ dueAt: amsterdamDaysAhead(14, 17, 0), extension: 'late_enrolment' });
      expect((await mine(first.email, edition.id)).Later).toMatchObject({ dueAt: amsterdamDaysAhead(5, 17, 0), extension: null });
      // An extension the trainer took back stays taken back when the assignment is saved for another reason.
      const [{ id: renee }] = await t.db.query(`SELECT id FROM person WHERE email = 'renee.laat@zorg.example'`);
      expect((await trainer.delete(`/api/assignments/${later.id}/extensions/${renee}`)).status).toBe(204);
      const retitled = await trainer.put(`/api/assignments/${later.id}`, { title: 'Later (nieuw)', dueAt: amsterdamDaysAhead(5, 17, 0), cutoffAt: null, acceptsText: true, acceptsFiles: true });
      expect(retitled.status).toBe(200);
      expect((await mine('renee.laat@zorg.example', edition.id))['Later (nieuw)']).toMatchObject({ dueAt: amsterdamDaysAhead(5, 17, 0), extension: null });
    });

    it('gives the same to whoever moves up from the waiting list, and keeps an extension a trainer granted when someone enrols again', async () => {
      const { edition, admin, trainer, gone } = await runningEdition();
      for (const [name, email] of [['Bas Tweede', 'bas.tweede@zorg.example'], ['Wim Wacht', 'wim.wacht@zorg.example']]) await given(t.db).person({ name, email });
      const second = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Bas Tweede', email: 'bas.tweede@zorg.example', organisation: 'Zorggroep Laat' });
      const waiting = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Wim Wacht', email: 'wim.wacht@zorg.example', organisation: 'Zorggroep Laat' });
      expect([second.status, waiting.body.status]).toEqual([201, 'waitlisted']);
      // Waiting is not joining: no deadline of one's own yet.
      expect(await t.db.query(`SELECT x.id FROM assignment_extension x JOIN person p ON p.id = x.person_id WHERE p.email = 'wim.wacht@zorg.example'`)).toEqual([]);

      const [{ id: bas }] = await t.db.query(`SELECT id FROM person WHERE email = 'bas.tweede@zorg.example'`);
      expect((await trainer.put(`/api/assignments/${gone.id}/extensions/${bas}`, { dueAt: '2099-01-31T22:59:00Z' })).status).toBe(204);
      expect((await admin.post(`/api/editions/${edition.id}/enrolments/${second.body.enrolmentId}/withdraw`, {})).status).toBe(200);
      expect((await mine('wim.wacht@zorg.example', edition.id))['Al voorbij']).toMatchObject({ dueAt: amsterdamDaysAhead(14, 23, 59), extension: 'late_enrolment' });

      // Enrolled again, on the waiting list, and moving up as the office makes room.
      const again = await admin.post(`/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'Bas Tweede', email: 'bas.tweede@zorg.example', organisation: 'Zorggroep Laat' });
      expect([again.status, again.body.status]).toEqual([201, 'waitlisted']);
      expect((await admin.patch(`/api/editions/${edition.id}`, { capacity: 3 })).status).toBe(200);
      expect((await mine('bas.tweede@zorg.example', edition.id))['Al voorbij']).toMatchObject({ dueAt: '2099-01-31T22:59:00.000Z', extension: 'granted' });
    });
  });
});
