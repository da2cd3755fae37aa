import { Logger } from '@nestjs/common';
import ICAL from 'ical.js';
import { given } from '../../test/builders';
import { parseMail, readOutbox, readRawOutbox, type ReadMail } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AccountInvitations } from '../invitations/account-invitations.service';
import { workingDayFromNow, workingDaysFromNow } from '../../test/working-day';
import { DiscussionsService } from '../discussions/discussions.service';
import { Mailer } from '../mail/mailer';
import { Outbox } from '../mail/outbox';
import { NotificationRenderer } from './notification-renderer';
import { NotificationWorker } from './notification-worker';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { MAX_DELIVERY_ATTEMPTS } from './retry-policy';
import { amsterdamToInstant } from '../calendar/amsterdam-time';
import { mailTimeRange } from '../mail/mail-dates';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

/** The VEVENTs of the .ics attachments, read with ical.js rather than our own writer. */
function calendarEvents(mail: ReadMail) {
  return mail.attachments
    .filter((attachment) => attachment.contentType.startsWith('text/calendar'))
    .flatMap((ics) => new ICAL.Component(ICAL.parse(ics.content)).getAllSubcomponents('vevent'))
    .map((component) => ({
      uid: component.getFirstPropertyValue('uid'),
      sequence: component.getFirstPropertyValue('sequence'),
      status: component.getFirstPropertyValue('status'),
    }));
}

/** The one VEVENT of a mail's .ics: when it was stamped, what it is called and where. */
function eventOf(mail: ReadMail) {
  const [ics] = mail.attachments.filter((attachment) => attachment.contentType.startsWith('text/calendar'));
  const vevent = new ICAL.Component(ICAL.parse(ics.content)).getFirstSubcomponent('vevent')!;
  return {
    stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    summary: vevent.getFirstPropertyValue('summary'),
    location: vevent.getFirstPropertyValue('location'),
  };
}

/** Each .ics attachment as an iTIP message: its method (in the file and in the MIME type), zone, organiser and attendee. */
function invitations(mail: ReadMail) {
  return mail.attachments
    .filter((attachment) => attachment.contentType.startsWith('text/calendar'))
    .map((ics) => {
      const calendar = new ICAL.Component(ICAL.parse(ics.content));
      const events = calendar.getAllSubcomponents('vevent');
      return {
        method: calendar.getFirstPropertyValue('method'),
        mimeMethod: /method=(\w+)/.exec(ics.contentType)?.[1],
        zone: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
        events: events.length,
        organizer: events[0].getFirstPropertyValue('organizer'),
        attendee: events[0].getFirstPropertyValue('attendee'),
      };
    });
}

describe('notifications', () => {
  let t: TestApp;
  let notifications: NotificationsService;
  let worker: NotificationWorker;
  const mailsTo = async (...emails: string[]) => (await readOutbox(t.config.dataDir)).filter((mail) => emails.includes(mail.to));
  const deliveriesOf = (personId: string) =>
    t.db.query(`SELECT kind, event_key AS "eventKey", status, attempts FROM notification_delivery WHERE person_id = $1 ORDER BY kind, event_key`, [personId]);

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
    notifications = t.app.get(NotificationsService);
    worker = t.app.get(NotificationWorker);
  });
  afterAll(() => t.close());

  it('forgets sent mail after KOERS_SENT_MAIL_RETENTION_DAYS, but never mail still to send', async () => {
    const person = await given(t.db).person();
    const insert = (key: string, status: string, sentDaysAgo: number | null) =>
      t.db.query(
        `INSERT INTO notification_delivery (person_id, event_key, kind, status, sent_at) VALUES ($1, $2, 'feedback_given', $3, now() - make_interval(days => $4))`,
        [person.id, key, status, sentDaysAgo],
      );
    await insert('old-sent', 'sent', t.config.sentMailRetentionDays + 1);
    await insert('recent-sent', 'sent', t.config.sentMailRetentionDays - 1);
    await insert('old-failed', 'failed', null);
    // A fresh worker (the shared one may have purged in an earlier test): purging is due on its first tick.
    const fresh = new NotificationWorker(t.db, t.app.get(NotificationsRepository), t.app.get(NotificationRenderer), t.app.get(DiscussionsService), t.app.get(Mailer), t.config);
    await fresh.runOnce();
    expect((await deliveriesOf(person.id)).map((row: { eventKey: string }) => row.eventKey)).toEqual(['old-failed', 'recent-sent']);
  });

  it('looks for due reminders on its own at most once a minute, and whenever a run is asked for', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'running' });
    const person = await g.person();
    await g.enrolment(edition.id, person.id, 'participant');
    const fresh = new NotificationWorker(t.db, t.app.get(NotificationsRepository), t.app.get(NotificationRenderer), t.app.get(DiscussionsService), t.app.get(Mailer), t.config);
    await fresh.runOnce();
    const session = await g.session(edition.id, { title: 'Lesdag 9', startsAt: hoursFromNow(24) });
    // Ticks of its own, every 0.2 s: they send what waits, but the last look for reminders was just now.
    fresh.start(0.2);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await fresh.onModuleDestroy();
    expect(await deliveriesOf(person.id)).toEqual([]);
    expect(await fresh.runOnce()).toMatchObject({ scheduled: 1 });
    expect(await deliveriesOf(person.id)).toEqual([expect.objectContaining({ kind: 'session_reminder' })]);
    // Out of the way of the tests below, which count what the shared worker sends.
    await t.db.query(`UPDATE notification_delivery SET status = 'sent', sent_at = now() WHERE payload->>'sessionId' = $1`, [session.id]);
  });

  it('queues account invitations with the enrolment and sends each once, in the person’s language', async () => {
    const g = given(t.db);
    const [anna, john] = [await g.person({ name: 'Anna' }), await g.person({ name: 'John' })];
    await t.db.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [john.id]);

    // Rolled back with the business write: nothing queued, nothing sent.
    await expect(
      t.db.transaction(async (manager) => {
        await t.app.get(AccountInvitations).invite([anna], { nl: 'Je bent ingeschreven.', en: 'You are enrolled.' }, manager);
        throw new Error('enrolment failed');
      }),
    ).rejects.toThrow('enrolment failed');
    expect(await deliveriesOf(anna.id)).toEqual([]);

    await t.app.get(AccountInvitations).invite([anna, john], { nl: 'Je bent ingeschreven voor HIS-I 3.0.', en: 'You are enrolled in HIS-I 3.0.' });
    expect(await mailsTo(anna.email, john.email)).toEqual([]);
    expect(await deliveriesOf(anna.id)).toEqual([{ kind: 'invitation', eventKey: expect.stringMatching(/^invitation:/), status: 'pending', attempts: 0 }]);

    expect(await worker.runOnce()).toMatchObject({ sent: 2, failed: 0 });
    expect(await worker.runOnce()).toMatchObject({ sent: 0 });
    const [toAnna] = await mailsTo(anna.email);
    const [toJohn] = await mailsTo(john.email);
    expect(toAnna.subject).toBe('Je Koers-account staat klaar');
    expect(toAnna.text).toContain('Beste Anna,\n\nJe bent ingeschreven voor HIS-I 3.0.');
    expect(toAnna.html).toContain('<a href="https://koers.example.nl/wachtwoord-kiezen?token=');
    expect(toJohn.subject).toBe('Your Koers account is ready');
    expect(toJohn.text).toContain('You are enrolled in HIS-I 3.0.');
    // The link opens the page in the mail's language, whatever the browser chose before; a Dutch one needs no word.
    expect(toJohn.text).toMatch(/\/wachtwoord-kiezen\?token=[^\s&]+&lang=en\s/);
    expect(toAnna.text).not.toContain('lang=');

    // The link sets a password; the queue never held it, and once sent not even its reference stays.
    const token = decodeURIComponent(/token=([^\s]+)/.exec(toAnna.text)![1]);
    expect((await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(204);
    const [row] = await t.db.query(`SELECT payload, sent_at FROM notification_delivery WHERE person_id = $1 AND kind = 'invitation'`, [anna.id]);
    expect(row.payload).not.toHaveProperty('linkRef');
    expect(JSON.stringify(row.payload)).not.toContain(token);
    expect(row.sent_at).not.toBeNull();
    // Setting the password queued a mail saying so (the test's people already have one).
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
  });

  it('reminds people once: two days before a session, three before a deadline, seven before an unanswered board meeting', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'running' });
    const draft = await g.edition({ status: 'draft' });
    const [keen, quiet, done, trainer, director, answered, unsent, sentLongAgo] = await Promise.all(
      Array.from({ length: 8 }, () => g.person()),
    );
    await t.db.query(`UPDATE person SET reminders_enabled = false WHERE id = $1`, [quiet.id]);
    for (const person of [keen, quiet, done]) await g.enrolment(edition.id, person.id, 'participant');
    await g.enrolment(draft.id, keen.id, 'participant');
    for (const person of [director, answered, unsent, sentLongAgo]) await g.enrolment(edition.id, person.id, 'director');

    const tomorrow = await g.session(edition.id, { title: 'Lesdag 3', startsAt: hoursFromNow(24) });
    await g.sessionStaff(tomorrow.id, trainer.id);
    await g.session(edition.id, { title: 'Lesdag 4', startsAt: hoursFromNow(60) });
    await g.session(edition.id, { title: 'Vervallen', startsAt: hoursFromNow(20), status: 'cancelled' });
    await g.session(draft.id, { title: 'Concept', startsAt: hoursFromNow(24) });
    const board = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst', startsAt: hoursFromNow(5 * 24) });
    await g.rsvp(board.id, answered.id, 'attending');
    // A director whose delegate declined has nobody going: reminded as if they had not answered.
    // A delegate named with no invitation left (erased since, or named before invitations existed) still counts.
    await g.rsvp(board.id, sentLongAgo.id, 'delegate', { name: 'Wim', email: 'wim.oud@zorg.example' });
    const vera = await g.person({ name: 'Vera' });
    await g.rsvp(board.id, unsent.id, 'delegate', { name: 'Vera', email: vera.email });
    await t.db.query(
      `INSERT INTO invitation (kind, invited_by_person_id, person_id, name, email, edition_id, session_id, status)
       VALUES ('delegate', $1, $2, 'Vera', $3, $4, $5, 'declined')`,
      [unsent.id, vera.id, vera.email, edition.id, board.id],
    );
    const plan = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: hoursFromNow(48) });
    await g.assignment(edition.id, { title: 'Reflectie', dueAt: hoursFromNow(5 * 24) });
    await g.submission(plan.id, done.id);

    const first = await worker.runOnce();
    expect(first).toMatchObject({ scheduled: 6, sent: 6, failed: 0 });
    expect(await worker.runOnce()).toMatchObject({ scheduled: 0, sent: 0 });

    const mails = await mailsTo(keen.email, quiet.email, done.email, trainer.email, director.email, answered.email, unsent.email, sentLongAgo.email);
    const names = new Map([[keen.email, 'keen'], [done.email, 'done'], [trainer.email, 'trainer'], [director.email, 'director'], [unsent.email, 'unsent']]);
    const summary = mails.map((mail) => `${names.get(mail.to) ?? 'other'}: ${mail.subject}`);
    expect(summary.sort()).toEqual([
      expect.stringMatching(/^director: Kom je naar Bestuurlijke bijeenkomst\?/),
      expect.stringMatching(/^done: Herinnering: Lesdag 3, /),
      expect.stringMatching(/^keen: Herinnering: Lesdag 3, /),
      expect.stringMatching(/^keen: Inleveren vóór .*: Plan van aanpak$/),
      expect.stringMatching(/^trainer: Herinnering: Lesdag 3, /),
      expect.stringMatching(/^unsent: Kom je naar Bestuurlijke bijeenkomst\?/),
    ]);
    expect(await deliveriesOf(keen.id)).toEqual([
      { kind: 'assignment_due', eventKey: expect.stringMatching(new RegExp(`^assignment:${plan.id}:due:`)), status: 'sent', attempts: 1 },
      { kind: 'session_reminder', eventKey: expect.stringMatching(new RegExp(`^session:${tomorrow.id}:starts:`)), status: 'sent', attempts: 1 },
    ]);
  });

  it('sends one change mail per expected person with an .ics whose SEQUENCE went up, and re-keys the reminder', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'running', name: `HIS-I ${Date.now()}` });
    const [lotte, quiet, trainer, outsider] = await Promise.all([g.person({ name: 'Lotte' }), g.person(), g.person(), g.person()]);
    await t.db.query(`UPDATE person SET reminders_enabled = false WHERE id = $1`, [quiet.id]);
    for (const person of [lotte, quiet]) await g.enrolment(edition.id, person.id, 'participant');
    const session = await g.session(edition.id, { title: 'Lesdag 5', startsAt: hoursFromNow(30) });
    await g.sessionStaff(session.id, trainer.id);
    const board = await g.session(edition.id, { kind: 'board_meeting', startsAt: hoursFromNow(24 * 20) });
    // Cancelled before the schedule goes out: listed in the mail, but no invitation (there is nothing to cancel yet).
    const called = await g.session(edition.id, { title: 'Lesdag 6', startsAt: hoursFromNow(24 * 30) });
    await t.db.query(`UPDATE session SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [called.id]);
    // Held before Lotte's schedule went out (she joined halfway): neither listed nor put in her calendar.
    await g.session(edition.id, { title: 'Lesdag 1', startsAt: hoursFromNow(-24 * 20) });
    const everyone = [lotte.email, quiet.email, trainer.email, outsider.email];

    // Publishing the schedule: each person gets their own sessions once, as .ics with the current SEQUENCE.
    await t.db.transaction((manager) => notifications.schedulePublished(manager, edition.id));
    await t.db.transaction((manager) => notifications.schedulePublished(manager, edition.id));
    await worker.runOnce();
    const published = await mailsTo(...everyone);
    expect(published.filter((mail) => mail.subject.startsWith('Je programma voor'))).toHaveLength(3);
    const scheduleOf = (email: string) => published.find((mail) => mail.to === email && mail.subject.startsWith('Je programma'))!;
    expect(scheduleOf(lotte.email).attachments.map((a) => a.fileName)).toEqual([expect.stringMatching(/^Lesdag 5 \d{4}-\d{2}-\d{2}\.ics$/)]);
    expect(scheduleOf(lotte.email).text).toContain('Lesdag 6 (geannuleerd)');
    expect(scheduleOf(lotte.email).text).not.toContain('Lesdag 1');
    for (const email of [lotte.email, trainer.email]) {
      expect(calendarEvents(scheduleOf(email))).toEqual([{ uid: `${session.id}@koers`, sequence: 0, status: 'CONFIRMED' }]);
      expect(invitations(scheduleOf(email))).toEqual([
        { method: 'REQUEST', mimeMethod: 'REQUEST', zone: 'Europe/Amsterdam', events: 1, organizer: `mailto:${t.config.programmeOffice.email}`, attendee: `mailto:${email}` },
      ]);
    }
    expect(published.filter((mail) => mail.subject.startsWith('Herinnering'))).toHaveLength(2);

    // The move as the editions service writes it: history row, new time, raised sequence; then the notification, in one transaction.
    const newStart = hoursFromNow(40);
    await t.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO session_change (session_id, status, previous, reason)
         SELECT id, 'moved', jsonb_build_object('startsAt', starts_at, 'endsAt', ends_at), 'Trainer ziek' FROM session WHERE id = $1`,
        [session.id],
      );
      await manager.query(`UPDATE session SET starts_at = $2, ends_at = $2::timestamptz + interval '6 hours', status = 'moved', sequence = sequence + 1 WHERE id = $1`, [
        session.id,
        newStart,
      ]);
      await notifications.sessionChanged(manager, session.id);
    });
    // Hearing about the same version twice is a no-op.
    await t.db.transaction((manager) => notifications.sessionChanged(manager, session.id));

    expect(await worker.runOnce()).toMatchObject({ sent: 5 });
    const changes = (await mailsTo(...everyone)).filter((mail) => mail.subject === 'Verplaatst: Lesdag 5');
    // Everyone expected (reminders switched off or not), nobody else, once.
    expect(changes.map((mail) => mail.to).sort()).toEqual([lotte.email, quiet.email, trainer.email].sort());
    for (const mail of changes) {
      expect(calendarEvents(mail)).toEqual([{ uid: `${session.id}@koers`, sequence: 1, status: 'CONFIRMED' }]);
      expect(invitations(mail)).toEqual([expect.objectContaining({ method: 'REQUEST', mimeMethod: 'REQUEST', attendee: `mailto:${mail.to}` })]);
      expect(mail.text).toContain('Reden: Trainer ziek');
      expect(mail.text).toContain(`https://koers.example.nl/sessies/${session.id}`);
    }
    // The moved session gets a new reminder for its new start (not for the person who switched reminders off).
    const reminders = (await mailsTo(...everyone)).filter((mail) => mail.subject.startsWith('Herinnering: Lesdag 5'));
    expect(reminders.map((mail) => mail.to).sort()).toEqual([lotte.email, lotte.email, trainer.email, trainer.email].sort());

    // Cancelled: a mail with STATUS:CANCELLED and a higher SEQUENCE again; the board meeting is untouched.
    await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE session SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [session.id]);
      await notifications.sessionChanged(manager, session.id);
    });
    await worker.runOnce();
    const cancelled = (await mailsTo(...everyone)).filter((mail) => mail.subject === 'Geannuleerd: Lesdag 5');
    expect(cancelled).toHaveLength(3);
    expect(calendarEvents(cancelled[0])).toEqual([{ uid: `${session.id}@koers`, sequence: 2, status: 'CANCELLED' }]);
    expect(invitations(cancelled[0])).toEqual([expect.objectContaining({ method: 'CANCEL', mimeMethod: 'CANCEL', zone: 'Europe/Amsterdam', events: 1 })]);
    expect(await t.db.query(`SELECT 1 FROM notification_delivery WHERE event_key LIKE $1`, [`session:${board.id}:%`])).toEqual([]);
  });

  it('hears it from the features themselves: opening an edition, moving and cancelling a session, giving feedback', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'draft' });
    const [nina, trainer] = [await g.person({ name: 'Nina' }), await g.person({ name: 'Sanne' })];
    await g.enrolment(edition.id, nina.id, 'participant');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const session = await g.session(edition.id, { title: 'Lesdag 7', startsAt: hoursFromNow(24 * 10) });
    // Planned a while ago; the schedule mail's invitation is stamped when the mail is written.
    await t.db.query(`UPDATE session SET updated_at = now() - interval '1 day' WHERE id = $1`, [session.id]);
    await g.sessionStaff(session.id, trainer.id);
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const mailsAbout = async (subject: string) => (await mailsTo(nina.email, trainer.email)).filter((mail) => mail.subject.startsWith(subject));

    expect((await admin.post(`/api/editions/${edition.id}/status`, { status: 'open' })).status).toBe(200);
    await worker.runOnce();
    const schedules = await mailsAbout('Je programma voor');
    expect(schedules.map((mail) => mail.to).sort()).toEqual([nina.email, trainer.email].sort());
    expect(calendarEvents(schedules[0])).toEqual([{ uid: `${session.id}@koers`, sequence: 0, status: 'CONFIRMED' }]);

    // Nina was placed in a workshop of the day: her calendar names it and its room, in the schedule and in every change.
    const [workshop] = await t.db.query(`INSERT INTO workshop (session_id, title, room, capacity, position) VALUES ($1, 'Leefstijl', 'Zaal Eiken', 10, 1) RETURNING id`, [session.id]);
    await t.db.query(`INSERT INTO workshop_choice (session_id, person_id, workshop_id, status) VALUES ($1, $2, $3, 'placed')`, [session.id, nina.id, workshop.id]);

    // A working day, so the move needs no confirmation whatever day the test runs.
    const date = workingDayFromNow(11);
    const moved = await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${session.id}`, { date, reason: 'Zaal bezet' });
    expect(moved.status).toBe(200);
    await worker.runOnce();
    const changes = await mailsAbout('Verplaatst: Lesdag 7');
    expect(changes.map((mail) => mail.to).sort()).toEqual([nina.email, trainer.email].sort());
    expect(changes[0].text).toContain('Reden: Zaal bezet');
    expect(calendarEvents(changes[0])).toEqual([{ uid: `${session.id}@koers`, sequence: 1, status: 'CONFIRMED' }]);
    // The change is no older a revision by its stamp either, which calendars compare after SEQUENCE (to the second:
    // the schedule mail was written moments before the move).
    const [ninasSchedule, ninasChange] = [schedules, changes].map((mails) => eventOf(mails.find((mail) => mail.to === nina.email)!));
    expect(ninasChange.stamp >= ninasSchedule.stamp).toBe(true);
    expect(ninasChange).toMatchObject({ summary: 'Lesdag 7 – Leefstijl', location: expect.stringMatching(/^Zaal Eiken/) });

    expect((await admin.post(`/api/editions/${edition.id}/sessions/${session.id}/cancel`, { reason: 'Trainer ziek' })).status).toBe(200);
    await worker.runOnce();
    const cancellations = await mailsAbout('Geannuleerd: Lesdag 7');
    expect(cancellations).toHaveLength(2);
    expect(calendarEvents(cancellations[0])).toEqual([{ uid: `${session.id}@koers`, sequence: 2, status: 'CANCELLED' }]);

    const assignment = await g.assignment(edition.id, { title: 'Plan van aanpak', dueAt: hoursFromNow(-1) });
    const submission = await g.submission(assignment.id, nina.id);
    const feedback = await (await t.loginAs(trainer.email)).post(`/api/submissions/${submission.id}/feedback`, { comment: 'Maak het doel concreter.', outcome: 'revise' });
    expect(feedback.status).toBe(201);
    await worker.runOnce();
    const [feedbackMail] = await mailsAbout('Graag aanpassen: Plan van aanpak');
    expect(feedbackMail.to).toBe(nina.email);
    expect(feedbackMail.text).toContain('Sanne heeft je werk voor Plan van aanpak');
    expect(feedbackMail.text).toContain('Maak het doel concreter.');
    expect(feedbackMail.text).toContain(`https://koers.example.nl/opdrachten/${assignment.id}`);
  });

  it('tells of changes made before their mail went out in one mail: where the session was, the latest reason; nothing of a session added and cancelled', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'draft' });
    const nina = await g.person({ name: 'Nina' });
    await g.enrolment(edition.id, nina.id, 'participant');
    const [first, second, third, fourth] = workingDaysFromNow(10, 4);
    const startsAt = amsterdamToInstant(first, '09:30');
    const session = await g.session(edition.id, { title: 'Lesdag 8', startsAt, durationMinutes: 180 });
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const ninasMails = async () => (await mailsTo(nina.email)).filter((mail) => mail.text.includes('Lesdag 8') || mail.text.includes('Extra dag'));
    const change = (body: object) => admin.request('PATCH', `/api/editions/${edition.id}/sessions/${session.id}`, body);

    // Moved before the schedule went out: the schedule shows it where it now is, and no change mail follows.
    expect((await admin.post(`/api/editions/${edition.id}/status`, { status: 'open' })).status).toBe(200);
    expect((await change({ startTime: '10:00', reason: 'Later begin' })).status).toBe(200);
    await worker.runOnce();
    expect((await ninasMails()).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Je programma voor/)]);
    const told = mailTimeRange(new Date(startsAt.getTime() + 30 * 60_000), new Date(startsAt.getTime() + 3.5 * 3_600_000), 'nl');

    // Moved, then moved again: one mail, from where she last knew it, with the latest change's reason.
    expect((await change({ date: second, reason: 'Zaal bezet' })).status).toBe(200);
    expect((await change({ startTime: '11:00', reason: 'Spreker later' })).status).toBe(200);
    await worker.runOnce();
    expect(await ninasMails()).toHaveLength(2);
    const [moved] = (await ninasMails()).filter((mail) => mail.subject === 'Verplaatst: Lesdag 8');
    expect(moved.text).toContain(`Eerst stond deze op ${told}.`);
    expect(moved.text).toContain('Reden: Spreker later');
    expect(moved.text).not.toContain('Zaal bezet');
    expect(calendarEvents(moved)).toEqual([{ uid: `${session.id}@koers`, sequence: 3, status: 'CONFIRMED' }]);

    // Moved and moved back before the mail went out: nothing to tell.
    expect((await change({ date: fourth, reason: 'Toch niet' })).status).toBe(200);
    expect((await change({ date: second, startTime: '11:00' })).status).toBe(200);
    await worker.runOnce();
    expect(await ninasMails()).toHaveLength(2);

    // Moved and then cancelled: one cancellation, with the cancellation's reason.
    expect((await change({ date: third, reason: 'Verzet naar woensdag' })).status).toBe(200);
    expect((await admin.post(`/api/editions/${edition.id}/sessions/${session.id}/cancel`, { reason: 'Gaat niet door' })).status).toBe(200);
    await worker.runOnce();
    expect(await ninasMails()).toHaveLength(3);
    const [cancelled] = (await ninasMails()).filter((mail) => mail.subject === 'Geannuleerd: Lesdag 8');
    expect(cancelled.text).toContain('Reden: Gaat niet door');
    expect(cancelled.text).not.toContain('Verzet naar woensdag');
    expect(calendarEvents(cancelled)).toEqual([{ uid: `${session.id}@koers`, sequence: 7, status: 'CANCELLED' }]);
    // It names the day she last heard of, in its text and its calendar file, not the one it was moved to unmailed.
    const lastTold = mailTimeRange(amsterdamToInstant(second, '11:00'), amsterdamToInstant(second, '14:00'), 'nl');
    expect(cancelled.text).toContain(`op ${lastTold} is geannuleerd`);
    expect(cancelled.attachments[0].content).toContain(`DTSTART;TZID=Europe/Amsterdam:${second.replaceAll('-', '')}T110000`);

    // A day added by mistake and cancelled at once never reached her calendar: no mail tells of it.
    const extra = await admin.post(`/api/editions/${edition.id}/sessions`, {
      kind: 'programme_day',
      title: 'Extra dag',
      date: fourth,
      startTime: '09:00',
      endTime: '12:00',
      mode: 'on_site',
      audience: { participants: true, internalTeams: false, directors: false },
    });
    expect(extra.status).toBe(201);
    expect((await admin.post(`/api/editions/${edition.id}/sessions/${extra.body.id}/cancel`, { reason: 'Per ongeluk' })).status).toBe(200);
    await worker.runOnce();
    expect(await ninasMails()).toHaveLength(3);
    expect(await t.db.query(`SELECT kind, status FROM notification_delivery WHERE person_id = $1 AND status = 'pending'`, [nina.id])).toEqual([]);
  });

  it('invites by mail with the UID and SEQUENCE of the feed, and not at all whose calendar follows the feed', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'running', name: `HIS-I ${Date.now()}` });
    const [mailed, subscriber] = await Promise.all([g.person({ name: 'Şükrü Yılmaz' }), g.person({ name: 'Abonnee' })]);
    for (const person of [mailed, subscriber]) await g.enrolment(edition.id, person.id, 'participant');
    const session = await g.session(edition.id, { title: 'Lesdag 9', startsAt: hoursFromNow(24 * 9) });
    const feedOf = async (email: string) => {
      const { feedUrl } = (await (await t.loginAs(email)).get('/api/me/calendar')).body as { feedUrl: string };
      const feed = await t.anonymous().get(new URL(feedUrl).pathname);
      return new ICAL.Component(ICAL.parse(feed.text)).getAllSubcomponents('vevent').map((component) => ({
        uid: component.getFirstPropertyValue('uid'),
        sequence: component.getFirstPropertyValue('sequence'),
        status: component.getFirstPropertyValue('status'),
      }));
    };
    // The subscriber's calendar fetches the feed, and again (calendars poll hourly to daily); the other person only
    // downloaded it once, which no later change reaches: they still need the invitations.
    await feedOf(subscriber.email);
    await t.db.query(`UPDATE person SET calendar_feed_fetched_at = now() - interval '3 hours' WHERE id = $1`, [subscriber.id]);
    await feedOf(subscriber.email);
    await feedOf(mailed.email);

    await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE session SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day', status = 'moved', sequence = sequence + 1 WHERE id = $1`, [
        session.id,
      ]);
      await notifications.sessionChanged(manager, session.id);
    });
    await worker.runOnce();
    const [toMailed] = (await mailsTo(mailed.email)).filter((mail) => mail.subject === 'Gewijzigd: Lesdag 9');
    const [toSubscriber] = (await mailsTo(subscriber.email)).filter((mail) => mail.subject === 'Gewijzigd: Lesdag 9');
    expect(calendarEvents(toMailed)).toEqual(await feedOf(subscriber.email));
    expect(calendarEvents(toMailed)).toEqual([{ uid: `${session.id}@koers`, sequence: 1, status: 'CONFIRMED' }]);
    expect(invitations(toMailed)).toEqual([expect.objectContaining({ method: 'REQUEST', attendee: `mailto:${mailed.email}` })]);
    expect(toSubscriber.attachments).toEqual([]);
    expect(toSubscriber.text).toContain('Je agenda-abonnement op Koers werkt de bijeenkomst vanzelf bij.');

    // A new feed address: no calendar follows it yet, so invitations come by mail again.
    await (await t.loginAs(subscriber.email)).post('/api/me/calendar/reset', {});
    await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE session SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [session.id]);
      await notifications.sessionChanged(manager, session.id);
    });
    await worker.runOnce();
    const [cancellation] = (await mailsTo(subscriber.email)).filter((mail) => mail.subject === 'Geannuleerd: Lesdag 9');
    expect(calendarEvents(cancellation)).toEqual([{ uid: `${session.id}@koers`, sequence: 2, status: 'CANCELLED' }]);
    expect(invitations(cancellation)).toEqual([expect.objectContaining({ method: 'CANCEL', attendee: `mailto:${subscriber.email}` })]);
  });

  it('marks in a mailed invitation a board meeting the director sends a delegate to, and leaves its time free', async () => {
    const g = given(t.db);
    const edition = await g.edition({ status: 'running', name: `HIS-I ${Date.now()}` });
    const director = await g.person();
    await g.enrolment(edition.id, director.id, 'director');
    const board = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: hoursFromNow(24 * 20) });
    const asDirector = await t.loginAs(director.email);
    await asDirector.put(`/api/sessions/${board.id}/rsvp`, { response: 'delegate', delegateName: 'Dana Visser', delegateEmail: `dana.${Date.now()}@zorg.example` });
    await t.db.transaction(async (manager) => {
      await manager.query(`UPDATE session SET location = 'Zaal 3', sequence = sequence + 1 WHERE id = $1`, [board.id]);
      await notifications.sessionChanged(manager, board.id);
    });
    await worker.runOnce();
    const [changed] = (await mailsTo(director.email)).filter((mail) => mail.subject.endsWith('Bestuurlijke bijeenkomst 2'));
    const attached = changed.attachments.filter((attachment) => attachment.contentType.startsWith('text/calendar'));
    const event = new ICAL.Component(ICAL.parse(attached[0].content)).getFirstSubcomponent('vevent')!;
    expect([event.getFirstPropertyValue('summary'), event.getFirstPropertyValue('transp')]).toEqual(['Vervanger gaat: Bestuurlijke bijeenkomst 2', 'TRANSPARENT']);
  });

  it('retries a failing send with back-off, then marks it failed for the programme office to retry', async () => {
    const g = given(t.db);
    const person = await g.person();
    const mailer = t.app.get(Mailer);
    const send = jest.spyOn(mailer, 'send').mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.5:587'));
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      await t.app.get(AccountInvitations).invite([person], { nl: 'Welkom.', en: 'Welcome.' });
      expect(await worker.runOnce()).toMatchObject({ sent: 0, failed: 1 });
      // The operator reads it in the log too, from the first failure on.
      expect(warned).toHaveBeenCalledWith(`Mail invitation to ${person.id} failed (attempt 1), tried again in 60 s: connect ECONNREFUSED 10.0.0.5:587`);
      const [afterOne] = await t.db.query(
        `SELECT status, attempts, last_error AS "lastError", extract(epoch FROM next_attempt_at - now())::int AS "waitSeconds"
           FROM notification_delivery WHERE person_id = $1`,
        [person.id],
      );
      expect(afterOne).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connect ECONNREFUSED 10.0.0.5:587' });
      expect(afterOne.waitSeconds).toBeGreaterThan(50);
      expect(afterOne.waitSeconds).toBeLessThanOrEqual(60);
      // Not due yet: the next tick leaves it alone.
      expect(await worker.runOnce()).toMatchObject({ failed: 0 });

      for (let attempt = 2; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
        await t.db.query(`UPDATE notification_delivery SET next_attempt_at = now() WHERE person_id = $1`, [person.id]);
        expect(await worker.runOnce()).toMatchObject({ failed: 1 });
      }
      expect(await deliveriesOf(person.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS })]);
      expect(send).toHaveBeenCalledTimes(MAX_DELIVERY_ATTEMPTS);
    } finally {
      send.mockRestore();
      warned.mockRestore();
    }

    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const failed = await admin.get('/api/notifications/deliveries?status=failed&kind=invitation');
    const row = failed.body.items.find((item: { recipient: { id: string } }) => item.recipient.id === person.id);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, lastError: 'connect ECONNREFUSED 10.0.0.5:587', outboxFile: null });

    expect((await admin.post(`/api/notifications/deliveries/${row.id}/retry`)).status).toBe(204);
    expect((await admin.post(`/api/notifications/deliveries/${row.id}/retry`)).status).toBe(404);
    expect((await admin.post('/api/notifications/deliveries/not-a-uuid/retry')).status).toBe(404);
    expect(await worker.runOnce()).toMatchObject({ sent: 1 });
    expect(await mailsTo(person.email)).toHaveLength(1);
  });

  describe('admin pages', () => {
    it('answers 401 without a login and 403 without the admin flag', async () => {
      expect((await t.anonymous().get('/api/notifications/deliveries')).status).toBe(401);
      expect((await t.anonymous().get('/api/notifications/outbox')).status).toBe(401);
      const trainer = await given(t.db).person();
      const edition = await given(t.db).edition();
      await given(t.db).enrolment(edition.id, trainer.id, 'trainer');
      const client = await t.loginAs(trainer.email);
      expect((await client.get('/api/notifications/deliveries')).status).toBe(403);
      expect((await client.get('/api/notifications/outbox')).status).toBe(403);
      expect((await client.post(`/api/notifications/deliveries/${trainer.id}/retry`)).status).toBe(403);
    });

    it('pages through deliveries with a fixed number of queries, filters them and links the outbox file', async () => {
      const g = given(t.db);
      const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
      const count = async () => {
        t.queries.reset();
        expect((await admin.get('/api/notifications/deliveries?pageSize=10')).status).toBe(200);
        // The AuthGuard's session lookup, then the page and the counts.
        return t.queries.count;
      };
      const few = await count();
      const people = await Promise.all(Array.from({ length: 30 }, () => g.person()));
      await t.app.get(AccountInvitations).invite(people, { nl: 'Welkom.', en: 'Welcome.' });
      expect(await count()).toBe(few);

      const pending = await admin.get('/api/notifications/deliveries?status=pending&pageSize=10&page=2');
      expect(pending.body).toMatchObject({ page: 2, pageSize: 10, total: 30, mailMode: 'outbox' });
      expect(pending.body.items).toHaveLength(10);
      expect(pending.body.counts.pending).toBe(30);

      // A mail that holds a password link is sent, but neither linked nor served nor listed on the admin's mail page.
      const listed = async () => (await admin.get('/api/notifications/outbox?pageSize=5')).body.total as number;
      const listedBefore = await listed();
      await worker.runOnce();
      const invitation = (await admin.get('/api/notifications/deliveries?status=sent&kind=invitation&pageSize=1')).body.items[0];
      expect(invitation).toMatchObject({ kind: 'invitation', status: 'sent', attempts: 1, outboxFile: null });
      expect((await admin.get(`/api/notifications/outbox/${invitation.id}.eml`)).status).toBe(404);
      expect(await listed()).toBe(listedBefore);

      await t.db.transaction((manager) =>
        notifications.notify(manager, [{ personId: people[0].id, kind: 'password_changed', eventKey: 'password_changed:listed', payload: {} }]),
      );
      await worker.runOnce();
      const sent = await admin.get('/api/notifications/deliveries?status=sent&kind=password_changed&pageSize=1');
      const [latest] = sent.body.items;
      expect(latest).toMatchObject({ kind: 'password_changed', status: 'sent', attempts: 1, outboxFile: `${latest.id}.eml` });
      const file = await admin.get(`/api/notifications/outbox/${latest.outboxFile}`);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('message/rfc822');
      expect(file.text).toContain(`Message-ID: <${latest.id}@koers.local>`);

      const outbox = await admin.get('/api/notifications/outbox?pageSize=5');
      expect(outbox.body.total).toBe(listedBefore + 1);
      expect(outbox.body.items[0]).toEqual({ name: `${latest.id}.eml`, sizeBytes: expect.any(Number), writtenAt: expect.any(String) });

      // A copy removed since (erasure removes the copies of mails about the erased person) is no longer linked.
      await t.app.get(Outbox).remove([latest.id]);
      expect((await admin.get('/api/notifications/deliveries?status=sent&kind=password_changed&pageSize=1')).body.items[0]).toMatchObject({
        id: latest.id,
        status: 'sent',
        outboxFile: null,
      });

      expect((await admin.get('/api/notifications/outbox/..%2F..%2Fsecret.eml')).status).toBe(404);
      expect((await admin.get('/api/notifications/outbox/nope.eml')).status).toBe(404);
      expect((await admin.get('/api/notifications/deliveries?status=lost')).status).toBe(400);
      expect((await admin.get('/api/notifications/deliveries?kind=spam')).status).toBe(400);
    });
  });

  describe('preferences', () => {
    it('lets a person switch reminders off (withdrawing the waiting ones) and choose the language of their mails', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'running' });
      const person = await g.person();
      await g.enrolment(edition.id, person.id, 'participant');
      const session = await g.session(edition.id, { startsAt: hoursFromNow(12) });
      await t.db.query(`INSERT INTO notification_delivery (person_id, event_key, kind) VALUES ($1, $2, 'session_reminder'), ($1, $3, 'session_changed')`, [
        person.id,
        `session:${session.id}:starts:x`,
        `session:${session.id}:seq:1`,
      ]);
      const client = await t.loginAs(person.email);

      expect((await client.get('/api/me/preferences')).body).toEqual({ remindersEnabled: true, locale: 'nl' });
      const saved = await client.put('/api/me/preferences', { remindersEnabled: false, locale: 'en' });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ remindersEnabled: false, locale: 'en' });
      expect((await client.get('/api/me/preferences')).body).toEqual({ remindersEnabled: false, locale: 'en' });
      // Changes to their sessions still come; reminders do not, now or later.
      expect((await deliveriesOf(person.id)).map((d: { kind: string }) => d.kind)).toEqual(['session_changed']);
      await t.db.query(`DELETE FROM notification_delivery WHERE person_id = $1`, [person.id]);
      await worker.runOnce();
      expect(await deliveriesOf(person.id)).toEqual([]);

      const invalid = await client.put('/api/me/preferences', { remindersEnabled: 'nee', locale: 'de', extra: 1 }, { 'accept-language': 'en' });
      expect(invalid.status).toBe(400);
      expect(invalid.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['extra', 'locale', 'remindersEnabled']);
      expect((await t.anonymous().get('/api/me/preferences')).status).toBe(401);
      expect((await t.anonymous().put('/api/me/preferences', { remindersEnabled: true, locale: 'nl' })).status).toBe(401);
    });

    it('switches reminders off from the one-click link every reminder carries, without logging in', async () => {
      const g = given(t.db);
      const edition = await g.edition({ status: 'running' });
      const [person, classmate] = [await g.person({ name: 'Anouk Jansen' }), await g.person()];
      for (const { id } of [person, classmate]) await g.enrolment(edition.id, id, 'participant');
      const session = await g.session(edition.id, { title: 'Lesdag 7', startsAt: hoursFromNow(24) });
      await worker.runOnce();
      // Headers unfolded (a long one continues on the next line, after a space).
      const reminder = (await readRawOutbox(t.config.dataDir)).map((raw) => raw.replace(/\r\n(?=[ \t])/g, '')).find((raw) => parseMail(raw).to === person.email && raw.includes('Lesdag 7'))!;
      const link = /^List-Unsubscribe: <(https:\/\/koers\.example\.nl\/herinneringen-uit\?token=[^>]+)>\r\n/m.exec(reminder)?.[1];
      expect(link).toBeDefined();
      expect(reminder).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n');
      const address = link!.slice('https://koers.example.nl'.length);
      const remindersOn = async (id: string) => (await t.db.query(`SELECT reminders_enabled AS on FROM person WHERE id = $1`, [id]))[0].on;

      // Opening the link (as a mail scanner does) changes nothing; its page asks.
      const page = await t.anonymous().get(address, { accept: 'text/html' });
      expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-store']);
      expect(page.text).toContain('Anouk Jansen, wil je geen herinneringen meer per e-mail?');
      expect(await remindersOn(person.id)).toBe(true);

      // What a mail program posts for one click (RFC 8058): the reminders go off, and so do the ones still waiting.
      await t.db.query(`INSERT INTO notification_delivery (person_id, event_key, kind) VALUES ($1, $2, 'session_reminder')`, [person.id, `session:${session.id}:starts:later`]);
      const clicked = await t.anonymous().request('POST', address, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' });
      expect([clicked.status, clicked.text]).toEqual([200, expect.stringContaining('je herinneringen staan nu uit')]);
      expect(await remindersOn(person.id)).toBe(false);
      expect((await deliveriesOf(person.id)).filter((delivery: { status: string }) => delivery.status === 'pending')).toEqual([]);
      expect(await remindersOn(classmate.id)).toBe(true);
      expect((await t.anonymous().get(address, { accept: 'text/html' })).text).toContain('je herinneringen staan al uit');
      const multipart = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
      expect((await t.anonymous().request('POST', address, multipart, { 'content-type': 'multipart/form-data; boundary=b' })).status).toBe(200);

      // A link this server did not sign, or of someone erased since, works no more.
      const forged = address.replace(/token=[^.]+/, `token=${classmate.id}`);
      expect((await t.anonymous().request('POST', forged, 'List-Unsubscribe=One-Click', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(404);
      expect(await remindersOn(classmate.id)).toBe(true);
      await t.db.query(`UPDATE person SET erased_at = now() WHERE id = $1`, [person.id]);
      const gone = await t.anonymous().get(address, { accept: 'text/html' });
      expect([gone.status, gone.text]).toEqual([404, expect.stringContaining('Deze link werkt niet (meer).')]);
    });
  });
});
