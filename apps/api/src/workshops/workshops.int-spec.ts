import { amsterdamInstant } from '@koers/shared/amsterdam-clock';
import { given } from '../../test/builders';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';
import { readOutbox } from '../../test/mail-outbox';
import { NotificationWorker } from '../notifications/notification-worker';

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

describe('parallel workshops', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A coming programme day of an edition with 25 participants, and an outsider of another edition. */
  async function world() {
    const g = given(t.db);
    const admin = await g.person({ isAdmin: true });
    const edition = await g.edition();
    const participants = [];
    for (let i = 0; i < 25; i++) {
      const person = await g.person({ name: `Deelnemer ${String(i + 1).padStart(2, '0')}` });
      await g.enrolment(edition.id, person.id, 'participant');
      participants.push(person);
    }
    const trainer = await g.person();
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const outsider = await g.person();
    await g.enrolment((await g.edition()).id, outsider.id, 'participant');
    const day = await g.session(edition.id, { title: 'Lesdag 5', startsAt: hoursFromNow(72) });
    await g.sessionStaff(day.id, trainer.id, 'trainer');
    const admin$ = await t.loginAs(admin.email);
    const saved = await admin$.put(`/api/sessions/${day.id}/workshops`, {
      choiceClosesAt: hoursFromNow(24).toISOString(),
      workshops: [
        { title: 'Leefstijlcoaching', speaker: 'Prof. Hoekstra', room: 'Zaal 1', capacity: 5 },
        // Pasted with a line break: kept as one line, as the schedule and the calendar show it.
        { title: 'Slimme sensoren', speaker: 'Ir. Jansen', room: ' Zaal\r\n2', capacity: 10 },
      ],
    });
    expect(saved.status).toBe(200);
    const reversed = await admin$.put(`/api/sessions/${day.id}/workshops`, {
      choiceClosesAt: hoursFromNow(24).toISOString(),
      workshops: [{ title: 'Leefstijlcoaching', speaker: 'Dr. \u202Eakkas', room: 'Zaal 1', capacity: 5 }],
    });
    expect([reversed.status, reversed.body.fields]).toEqual([400, [{ field: 'workshops.0.speaker', message: expect.stringContaining('onzichtbaar stuurteken') }]]);
    const [small, large] = saved.body.workshops.map((w: { id: string }) => w.id);
    return { admin: admin$, edition, participants, trainer, outsider, day, small, large };
  }

  it('moves an open choice deadline along with its session, so a session moved earlier is not chosen for after it began', async () => {
    const w = await world();
    const before = (await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body;
    const [{ startsAt }] = await t.db.query(`SELECT starts_at AS "startsAt" FROM session WHERE id = $1`, [w.day.id]);
    // About two days earlier, to 09:00 on the day 23 hours from now (a morning, whatever the hour the test runs, so it
    // ends the same day): the old deadline (24 hours from now) would fall after the new start.
    const day = instantToAmsterdam(new Date(Date.now() + 23 * 3600_000)).date;
    const moved = await w.admin.request('PATCH', `/api/editions/${w.edition.id}/sessions/${w.day.id}`, {
      date: day,
      startTime: '09:00',
      endTime: '12:00',
      confirmedClosedDates: [day],
      reason: 'Zaal eerder vrij',
    });
    expect(moved.status).toBe(200);
    const [{ startsAt: newStart }] = await t.db.query(`SELECT starts_at AS "startsAt" FROM session WHERE id = $1`, [w.day.id]);
    const after = (await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body;
    expect(new Date(after.choiceClosesAt).getTime()).toBe(new Date(before.choiceClosesAt).getTime() + (newStart.getTime() - startsAt.getTime()));
    expect(new Date(after.choiceClosesAt).getTime()).toBeLessThan(newStart.getTime());
    expect(after.version).not.toBe(before.version);
    // "Until the day before" has passed for a session tomorrow: choosing is closed.
    expect((await (await t.loginAs(w.participants[0].email)).get(`/api/sessions/${w.day.id}/workshops`)).body.canChoose).toBe(false);
  });

  it('keeps a moved choice deadline at its hour on the clock when the clocks change in between', async () => {
    // Around next year's clock change (the last Sunday of March), so the deadline is still ahead whenever this runs.
    const year = new Date().getUTCFullYear() + 1;
    const lastSundayOfMarch = 31 - new Date(Date.UTC(year, 2, 31)).getUTCDay();
    const day = (march: number) => new Date(Date.UTC(year, 2, march)).toISOString().slice(0, 10);
    const g = given(t.db);
    const edition = await g.edition({ startDate: `${year}-01-12`, endDate: `${year}-09-12` });
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    // The Tuesday after it, 09:30 summer time; choosing until the Saturday before, 17:00 winter time.
    const session = await g.session(edition.id, { title: 'Lesdag 6', startsAt: new Date(amsterdamInstant(year, 3, lastSundayOfMarch + 2, 9, 30)) });
    const saved = await admin.put(`/api/sessions/${session.id}/workshops`, {
      choiceClosesAt: new Date(amsterdamInstant(year, 3, lastSundayOfMarch - 1, 17, 0)).toISOString(),
      workshops: [{ title: 'Leefstijlcoaching', speaker: 'Prof. Hoekstra', room: 'Zaal 1', capacity: 5 }],
    });
    expect(saved.status).toBe(200);
    const moved = await admin.request('PATCH', `/api/editions/${edition.id}/sessions/${session.id}`, { date: day(lastSundayOfMarch + 9), startTime: '09:30', endTime: '12:00' });
    expect(moved.status).toBe(200);
    // A week later, Saturday 17:00 again (summer time now), not 18:00 by counting the hours.
    const closesAt = new Date((await admin.get(`/api/sessions/${session.id}/workshops`)).body.choiceClosesAt).getTime();
    expect(closesAt).toBe(amsterdamInstant(year, 3, lastSundayOfMarch + 6, 17, 0));
  });

  it('places 20 parallel choices of a workshop of 5 first come, first served: 5 places, 15 on the waiting list in order', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 20).map((p) => t.loginAs(p.email)));
    const answers = await Promise.all(clients.map((client) => client.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const placed = answers.filter((a) => a.body.status === 'placed');
    expect(placed).toHaveLength(5);
    expect(answers.filter((a) => a.body.status === 'waitlisted').map((a) => a.body.waitlistPosition).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
    const [{ placed: stored }] = await t.db.query(`SELECT count(*)::int AS placed FROM workshop_choice WHERE workshop_id = $1 AND status = 'placed'`, [w.small]);
    expect(stored).toBe(5);

    // One of the five moves to the other workshop: the first on the waiting list gets the place.
    const leaver = clients[answers.indexOf(placed[0])];
    expect((await leaver.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large })).body).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    const firstIndex = answers.findIndex((a) => a.body.waitlistPosition === 1);
    const first = clients[firstIndex];
    expect((await first.get(`/api/sessions/${w.day.id}/workshops`)).body).toMatchObject({
      myChoice: { workshopId: w.small, status: 'placed', waitlistPosition: null },
      canChoose: true,
      workshops: [
        { title: 'Leefstijlcoaching', placed: 5, waitlisted: 14 },
        { title: 'Slimme sensoren', placed: 1, waitlisted: 0 },
      ],
    });

    // The one who moved up hears so, with the session's invitation now naming the workshop and its room; nobody else does.
    await t.app.get(NotificationWorker).runOnce();
    const placedMails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject.startsWith('Je hebt een plek in de workshop'));
    expect(placedMails.map((mail) => [mail.to, mail.subject])).toEqual([[w.participants[firstIndex].email, 'Je hebt een plek in de workshop Leefstijlcoaching']]);
    expect(placedMails[0].text).toContain('Workshop: Leefstijlcoaching, Zaal 1');
    expect(placedMails[0].attachments.map((ics) => ics.content)).toEqual([expect.stringMatching(/SUMMARY:Lesdag 5 – Leefstijlcoaching[\s\S]*LOCATION:Zaal 1/)]);

    // The programme office places the rest where there is room: 9 places left for the 19 without one.
    expect((await w.admin.post(`/api/sessions/${w.day.id}/workshops/assign-rest`)).body).toEqual({ assigned: 9, withoutRoom: 10 });
    const [{ count }] = await t.db.query(`SELECT count(*)::int FROM workshop_choice WHERE workshop_id = $1 AND status = 'placed'`, [w.large]);
    expect(count).toBe(10);
    // Each of the nine hears where the office placed them, with the invitation naming the workshop; the rest hear nothing yet.
    const assigned: { email: string }[] = await t.db.query(
      `SELECT p.email FROM workshop_choice c JOIN person p ON p.id = c.person_id WHERE c.session_id = $1 AND c.assigned_by_person_id IS NOT NULL ORDER BY p.email`,
      [w.day.id],
    );
    await t.app.get(NotificationWorker).runOnce();
    const assignedMails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject.startsWith('Je bent ingedeeld in de workshop'));
    expect(assignedMails.map((mail) => mail.to).sort()).toEqual(assigned.map((person) => person.email));
    expect(new Set(assignedMails.map((mail) => mail.subject))).toEqual(new Set(['Je bent ingedeeld in de workshop Slimme sensoren']));
    expect(assignedMails[0].text).toContain('Het programmabureau heeft je ingedeeld in de workshop "Slimme sensoren" van Lesdag 5');
    expect(assignedMails[0].attachments.map((ics) => ics.content)).toEqual([expect.stringMatching(/SUMMARY:Lesdag 5 – Slimme sensoren[\s\S]*LOCATION:Zaal 2/)]);
  });

  it('keeps the place of someone switching to a full workshop until it has room for them, then passes that place on', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 9).map((p) => t.loginAs(p.email)));
    const choose = (index: number, workshopId: string) => clients[index].put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId });
    for (let i = 0; i < 7; i++) expect((await choose(i, w.small)).status).toBe(200);
    expect((await choose(7, w.large)).body).toMatchObject({ status: 'placed' });

    // Leefstijlcoaching is full with two waiting: the eighth keeps Slimme sensoren and waits third, also when asking again.
    const waiting = { workshopId: w.large, status: 'placed', wantsWorkshopId: w.small, waitlistPosition: 3 };
    expect((await choose(7, w.small)).body).toEqual(waiting);
    expect((await choose(7, w.small)).body).toEqual(waiting);
    expect((await clients[7].get(`/api/sessions/${w.day.id}/workshops`)).body.workshops).toMatchObject([
      { id: w.small, placed: 5, waitlisted: 3 },
      { id: w.large, placed: 1, waitlisted: 0 },
    ]);
    const overview = (await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`)).body;
    expect(overview.workshops[0].waitlisted.map((one: { name: string }) => one.name)).toEqual(['Deelnemer 06', 'Deelnemer 07', 'Deelnemer 08']);
    // Someone else who asks and thinks better of it stays where they are.
    expect((await choose(8, w.large)).body).toMatchObject({ status: 'placed' });
    expect((await choose(8, w.small)).body).toMatchObject({ wantsWorkshopId: w.small, waitlistPosition: 4 });
    expect((await choose(8, w.large)).body).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });

    // Three of the five leave Leefstijlcoaching: the two waiting move up, then the eighth moves over.
    for (const index of [0, 1, 2]) expect((await choose(index, w.large)).body).toMatchObject({ workshopId: w.large, status: 'placed' });
    expect((await clients[7].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toEqual({ workshopId: w.small, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    const placedIn = async (workshopId: string) =>
      (await t.db.query(`SELECT count(*)::int AS n FROM workshop_choice WHERE workshop_id = $1 AND status = 'placed'`, [workshopId]))[0].n;
    expect([await placedIn(w.small), await placedIn(w.large)]).toEqual([5, 4]);
    await t.app.get(NotificationWorker).runOnce();
    const moved = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === 'Je hebt een plek in de workshop Leefstijlcoaching').map((mail) => mail.to);
    expect(moved).toEqual(expect.arrayContaining([5, 6, 7].map((index) => w.participants[index].email)));

    // Everyone switching back and forth at once: no workshop overfills, and nobody placed ends up without a place.
    const all = [...clients, ...(await Promise.all(w.participants.slice(9).map((p) => t.loginAs(p.email))))];
    const placedBefore = await t.db.query(`SELECT person_id FROM workshop_choice WHERE session_id = $1 AND status = 'placed'`, [w.day.id]);
    const answers = await Promise.all(all.flatMap((client, index) => [w.small, w.large, index % 2 ? w.small : w.large].map((workshopId) => client.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId }))));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect((await placedIn(w.small)) <= 5 && (await placedIn(w.large)) <= 10).toBe(true);
    const stillPlaced = await t.db.query(`SELECT person_id FROM workshop_choice WHERE session_id = $1 AND status = 'placed' AND person_id = ANY($2::uuid[])`, [
      w.day.id,
      placedBefore.map((row: { person_id: string }) => row.person_id),
    ]);
    expect(stillPlaced).toHaveLength(placedBefore.length);
  });

  it('keeps a waiting switcher in line when the programme office removes the workshop they hold, and ends a wish for one removed', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 8).map((p) => t.loginAs(p.email)));
    const choose = (index: number, workshopId: string) => clients[index].put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId });
    for (let i = 0; i < 6; i++) await choose(i, w.small);
    await choose(6, w.large);
    await choose(7, w.large);
    expect((await choose(6, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small, waitlistPosition: 2 });
    const third = await w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
      choiceClosesAt: hoursFromNow(24).toISOString(),
      workshops: [
        { id: w.small, title: 'Leefstijlcoaching', speaker: '', room: 'Zaal 1', capacity: 5 },
        { id: w.large, title: 'Slimme sensoren', speaker: '', room: 'Zaal 2', capacity: 10 },
        { title: 'Zorgtechnologie', speaker: '', room: 'Zaal 3', capacity: 10 },
      ],
    });
    const thirdId = third.body.workshops[2].id;
    expect((await choose(7, thirdId)).body).toMatchObject({ workshopId: thirdId, status: 'placed' });
    await choose(7, w.small);

    // Slimme sensoren goes: the one waiting to leave it keeps their place in Leefstijlcoaching's line; Zorgtechnologie
    // stays, and so does the one who held it while waiting.
    expect(
      (
        await w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
          choiceClosesAt: hoursFromNow(24).toISOString(),
          workshops: [
            { id: w.small, title: 'Leefstijlcoaching', speaker: '', room: 'Zaal 1', capacity: 5 },
            { id: thirdId, title: 'Zorgtechnologie', speaker: '', room: 'Zaal 3', capacity: 10 },
          ],
        })
      ).status,
    ).toBe(200);
    expect((await clients[6].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toEqual({ workshopId: w.small, status: 'waitlisted', wantsWorkshopId: null, waitlistPosition: 2 });
    // They are told the workshop they held goes, and that they keep their place in the line they joined.
    await t.app.get(NotificationWorker).runOnce();
    const [told] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === w.participants[6].email && mail.subject === 'De workshop Slimme sensoren gaat niet door');
    expect(told.text).toContain('Je houdt je plaats op de wachtlijst van de workshop "Leefstijlcoaching".');
    expect((await clients[7].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toMatchObject({ workshopId: thirdId, status: 'placed', wantsWorkshopId: w.small });

    // Zorgtechnologie's holder waits for Leefstijlcoaching, which goes: the wish ends, the place stays.
    await w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
      choiceClosesAt: hoursFromNow(24).toISOString(),
      workshops: [{ id: thirdId, title: 'Zorgtechnologie', speaker: '', room: 'Zaal 3', capacity: 10 }],
    });
    expect((await clients[7].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toEqual({ workshopId: thirdId, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    await t.app.get(NotificationWorker).runOnce();
    const [wishEnded] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === w.participants[7].email && mail.subject === 'De workshop Leefstijlcoaching gaat niet door');
    expect(wishEnded.text).toContain('Je hebt een plaats in de workshop "Zorgtechnologie".');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM workshop_choice WHERE session_id = $1 AND wants_since IS NOT NULL AND wants_workshop_id IS NULL`, [w.day.id])).toEqual([{ n: 0 }]);
  });

  it('keeps the line of those De rest indelen places elsewhere, says which place a switcher left, mails a burst once, and honours wishes only until the deadline', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 8).map((p) => t.loginAs(p.email)));
    const choose = (index: number, workshopId: string) => clients[index].put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId });
    const myChoice = async (index: number) => (await clients[index].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice;
    const save = (smallCapacity: number, choiceClosesAt: Date) =>
      w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
        choiceClosesAt: choiceClosesAt.toISOString(),
        workshops: [
          { id: w.small, title: 'Leefstijlcoaching', speaker: '', room: 'Zaal 1', capacity: smallCapacity },
          { id: w.large, title: 'Slimme sensoren', speaker: '', room: 'Zaal 2', capacity: 10 },
        ],
      });
    for (let i = 0; i < 7; i++) await choose(i, w.small);

    // Leefstijlcoaching is full with Deelnemer 06 and 07 waiting: placed in Slimme sensoren, they keep their places in its line.
    expect((await w.admin.post(`/api/sessions/${w.day.id}/workshops/assign-rest`)).body).toEqual({ assigned: 10, withoutRoom: 10 });
    expect(await myChoice(5)).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: w.small, waitlistPosition: 1 });
    expect(await myChoice(6)).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: w.small, waitlistPosition: 2 });
    const overview = (await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`)).body;
    // Placed by the programme office in Slimme sensoren; in Leefstijlcoaching's line by their own choice.
    expect(overview.workshops[0].waitlisted).toEqual([
      { personId: w.participants[5].id, name: 'Deelnemer 06', assignedByProgrammeOffice: false },
      { personId: w.participants[6].id, name: 'Deelnemer 07', assignedByProgrammeOffice: false },
    ]);
    expect(overview.workshops[1].placed).toContainEqual({ personId: w.participants[5].id, name: 'Deelnemer 06', assignedByProgrammeOffice: true });

    // A sixth place: Deelnemer 06 moves over. They go back and forth: Deelnemer 07 takes the place, then 06 has it
    // again when someone leaves, in one burst within the hour.
    expect((await save(6, hoursFromNow(24))).status).toBe(200);
    expect(await myChoice(5)).toEqual({ workshopId: w.small, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    await choose(5, w.large);
    expect(await myChoice(6)).toMatchObject({ workshopId: w.small, status: 'placed' });
    expect((await choose(5, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small, waitlistPosition: 1 });
    await choose(0, w.large);
    expect(await myChoice(5)).toMatchObject({ workshopId: w.small, status: 'placed' });
    await t.app.get(NotificationWorker).runOnce();
    const mailsTo = async (index: number) => (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === w.participants[index].email && mail.subject.startsWith('Je hebt een plek'));
    // The office's placement in Slimme sensoren had not been mailed yet: one mail tells the place they have now.
    for (const index of [5, 6]) {
      const mails = await mailsTo(index);
      expect(mails.map((mail) => mail.subject)).toEqual(['Je hebt een plek in de workshop Leefstijlcoaching']);
      expect(mails[0].text).toContain('Er kwam een plek vrij op de wachtlijst');
      expect(mails[0].text).not.toContain('vrijgekomen voor een ander');
    }
    expect((await readOutbox(t.config.dataDir)).filter((mail) => [5, 6].some((index) => mail.to === w.participants[index].email) && mail.subject.startsWith('Je bent ingedeeld'))).toEqual([]);
    // Once that mail went out, a later move is told again: Deelnemer 06 leaves for Slimme sensoren, someone takes
    // the place, 06 waits for it again and moves back when it comes free.
    await choose(5, w.large);
    await choose(0, w.small);
    expect((await choose(5, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small });
    await choose(1, w.large);
    expect(await myChoice(5)).toMatchObject({ workshopId: w.small, status: 'placed' });
    // Deelnemer 07 is moved back where they were before a mail still waiting: nothing changed for them, so no mail.
    await choose(6, w.large);
    await choose(1, w.small);
    expect((await choose(6, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small });
    await choose(2, w.large);
    expect(await myChoice(6)).toMatchObject({ workshopId: w.small, status: 'placed' });
    await choose(6, w.large);
    await t.app.get(NotificationWorker).runOnce();
    expect((await mailsTo(5)).map((mail) => mail.subject)).toEqual(Array(2).fill('Je hebt een plek in de workshop Leefstijlcoaching'));
    expect((await mailsTo(5)).filter((mail) => mail.text.includes('Je plaats in de workshop "Slimme sensoren" is daarmee vrijgekomen voor een ander.'))).toHaveLength(1);
    expect(await mailsTo(6)).toHaveLength(1);

    // Deelnemer 08 waits for Leefstijlcoaching too, until the deadline: from then on everyone keeps the place they
    // have, also when the programme office sets a later deadline and adds a place.
    await choose(2, w.small);
    expect((await choose(7, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small, waitlistPosition: 1 });
    await t.db.query(`UPDATE session SET workshop_choice_closes_at = now() - interval '1 minute' WHERE id = $1`, [w.day.id]);
    expect(await myChoice(7)).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    expect((await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`)).body.workshops[0].waitlisted).toEqual([]);
    const placedBefore = (await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body.workshops.map((workshop: { placed: number }) => workshop.placed);
    expect((await save(7, hoursFromNow(24))).body.workshops).toMatchObject([
      { id: w.small, placed: placedBefore[0], waitlisted: 0 },
      { id: w.large, placed: placedBefore[1], waitlisted: 0 },
    ]);
    expect(await myChoice(7)).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM workshop_choice WHERE session_id = $1 AND wants_workshop_id IS NOT NULL`, [w.day.id])).toEqual([{ n: 0 }]);
  });

  it('gives the last places De rest indelen fills to those who waited, in order of arrival, before those who never chose', async () => {
    const w = await world();
    const choose = async (index: number, workshopId: string) => (await t.loginAs(w.participants[index].email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId });
    for (let i = 0; i < 5; i++) await choose(i, w.small);
    for (let i = 5; i < 13; i++) await choose(i, w.large);
    // Deelnemer 25, then 24 wait for Leefstijlcoaching; two places are left in Slimme sensoren, ten people never chose.
    expect((await choose(24, w.small)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await choose(23, w.small)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    expect((await w.admin.post(`/api/sessions/${w.day.id}/workshops/assign-rest`)).body).toEqual({ assigned: 2, withoutRoom: 10 });
    const overview = (await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`)).body;
    expect(overview.workshops[1].placed.filter((one: { assignedByProgrammeOffice: boolean }) => one.assignedByProgrammeOffice).map((one: { name: string }) => one.name)).toEqual([
      'Deelnemer 25',
      'Deelnemer 24',
    ]);
    expect(overview.notChosen).toHaveLength(10);
  });

  it('refuses a save from a form read before another save, or with a workshop twice, and mails whoever loses a place when a workshop goes', async () => {
    const w = await world();
    for (let i = 0; i < 7; i++) await (await t.loginAs(w.participants[i].email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small });
    const read = (await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body;
    const small = { id: w.small, title: 'Leefstijlcoaching', speaker: '', room: 'Zaal 1', capacity: 5 };
    const large = { id: w.large, title: 'Slimme sensoren', speaker: '', room: 'Zaal 2', capacity: 10 };
    const save = (body: object) => w.admin.put(`/api/sessions/${w.day.id}/workshops`, { choiceClosesAt: read.choiceClosesAt, ...body });

    // Workshops without a deadline could never be chosen.
    const noDeadline = await save({ choiceClosesAt: null, workshops: [small, large], version: read.version });
    expect([noDeadline.status, noDeadline.body.fields]).toEqual([400, [{ field: 'choiceClosesAt', message: 'Geef aan tot wanneer deelnemers kunnen kiezen.' }]]);
    // A slip that lists one workshop twice would take the others along.
    const twice = await save({ workshops: [large, large], version: read.version });
    expect([twice.status, twice.body.error, twice.body.fields]).toEqual([400, 'workshop_twice', [{ field: 'workshops.1.id', message: expect.stringContaining('twee keer') }]]);
    // Two workshops under one title (in other capitals) would be two identical choices.
    const sameTitle = await save({ workshops: [small, { ...large, title: 'LEEFSTIJLCOACHING' }], version: read.version });
    expect([sameTitle.status, sameTitle.body.error, sameTitle.body.fields]).toEqual([
      400,
      'duplicate_workshop_title',
      [{ field: 'workshops.1.title', message: expect.stringContaining('Een andere workshop heeft al deze titel') }],
    ]);

    // Another tab adds a workshop, which two people choose; the first tab's form, read before, is refused.
    const other = await save({ workshops: [small, large, { title: 'Zorgtechnologie', speaker: '', room: 'Zaal 3', capacity: 10 }], version: read.version });
    expect(other.status).toBe(200);
    expect(other.body.version).not.toBe(read.version);
    const third = other.body.workshops[2].id;
    for (const index of [10, 11]) await (await t.loginAs(w.participants[index].email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: third });
    const stale = await save({ workshops: [small, { ...large, capacity: 12 }], version: read.version });
    expect([stale.status, stale.body.error]).toEqual([409, 'workshops_changed']);
    expect((await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body.workshops).toHaveLength(3);
    // Choosing changes no version: the form read after the other tab's save still saves.
    expect((await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body.version).toBe(other.body.version);

    // Leefstijlcoaching goes: its five placed and two waiting hear so, with the session's invitation without it.
    const removed = await save({ workshops: [{ ...large }, other.body.workshops[2]].map(({ id, title, speaker, room, capacity }) => ({ id, title, speaker, room, capacity })), version: other.body.version });
    expect(removed.status).toBe(200);
    await t.app.get(NotificationWorker).runOnce();
    const ours = new Set(w.participants.map((p) => p.email));
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => ours.has(mail.to) && mail.subject === 'De workshop Leefstijlcoaching gaat niet door');
    expect(mails.map((mail) => mail.to).sort()).toEqual(w.participants.slice(0, 7).map((p) => p.email).sort());
    expect(mails[0].text).toContain('Het programmabureau heeft de workshop "Leefstijlcoaching" van Lesdag 5 geschrapt');
    expect(mails[0].attachments.map((ics) => ics.content)).toEqual([expect.not.stringContaining('Leefstijlcoaching')]);
    // Those of Zorgtechnologie, which stays, get nothing.
    expect((await readOutbox(t.config.dataDir)).filter((mail) => [10, 11].some((index) => mail.to === w.participants[index].email))).toEqual([]);
  });

  it('swaps two people each holding a place in the full workshop the other wants, once each is first in line', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 16).map((p) => t.loginAs(p.email)));
    const choose = (index: number, workshopId: string) => clients[index].put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId });
    // Leefstijlcoaching (5) and Slimme sensoren (10) both full; one more waits for Leefstijlcoaching.
    for (let i = 0; i < 5; i++) await choose(i, w.small);
    for (let i = 5; i < 15; i++) await choose(i, w.large);
    expect((await choose(15, w.small)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await choose(0, w.large)).body).toMatchObject({ workshopId: w.small, wantsWorkshopId: w.large, waitlistPosition: 1 });
    // Someone of Slimme sensoren wants Leefstijlcoaching, but behind the one waiting there: no swap passes them over.
    expect((await choose(5, w.small)).body).toMatchObject({ workshopId: w.large, wantsWorkshopId: w.small, waitlistPosition: 2 });
    // The one waiting goes elsewhere: now each is first in the other's line, and they swap.
    await t.db.query(`DELETE FROM workshop_choice WHERE session_id = $1 AND person_id = $2`, [w.day.id, w.participants[15].id]);
    expect((await choose(6, w.large)).body).toMatchObject({ workshopId: w.large, status: 'placed' });
    expect((await clients[0].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toEqual({ workshopId: w.large, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    expect((await clients[5].get(`/api/sessions/${w.day.id}/workshops`)).body.myChoice).toEqual({ workshopId: w.small, status: 'placed', wantsWorkshopId: null, waitlistPosition: null });
    const placed = await t.db.query(`SELECT workshop_id AS "workshopId", count(*)::int AS n FROM workshop_choice WHERE session_id = $1 AND status = 'placed' GROUP BY 1 ORDER BY 2`, [w.day.id]);
    expect(placed).toEqual([{ workshopId: w.small, n: 5 }, { workshopId: w.large, n: 10 }]);
  });

  it('saves the workshops while a choice holds them, without a deadlock: the choice that locked first goes first', async () => {
    const w = await world();
    // What a choice does: lock the session's workshops, then insert a choice (whose key locks the session row).
    const saved = await whileLocked(
      t.db,
      (transaction) => transaction.query(`SELECT id FROM workshop WHERE session_id = $1 ORDER BY id FOR UPDATE`, [w.day.id]),
      () =>
        w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
          choiceClosesAt: hoursFromNow(24).toISOString(),
          workshops: [
            { id: w.small, title: 'Leefstijlcoaching', speaker: 'Prof. Hoekstra', room: 'Zaal 1', capacity: 6 },
            { id: w.large, title: 'Slimme sensoren', speaker: 'Ir. Jansen', room: 'Zaal 2', capacity: 10 },
          ],
        }),
      (transaction) =>
        transaction.query(`INSERT INTO workshop_choice (session_id, person_id, workshop_id, status) VALUES ($1, $2, $3, 'placed')`, [w.day.id, w.participants[0].id, w.small]),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.workshops).toEqual([expect.objectContaining({ capacity: 6, placed: 1 }), expect.objectContaining({ capacity: 10, placed: 0 })]);
  });

  it('gives the coming places of a participant who is withdrawn or erased to the first on the waiting list', async () => {
    const w = await world();
    const clients = await Promise.all(w.participants.slice(0, 7).map((p) => t.loginAs(p.email)));
    for (const client of clients) await client.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small });
    const statusOf = async (index: number) =>
      (await t.db.query(`SELECT status FROM workshop_choice WHERE session_id = $1 AND person_id = $2`, [w.day.id, w.participants[index].id]))[0]?.status ?? null;
    expect([await statusOf(0), await statusOf(5), await statusOf(6)]).toEqual(['placed', 'waitlisted', 'waitlisted']);

    const [{ id: enrolmentId }] = await t.db.query(`SELECT id FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [w.edition.id, w.participants[0].id]);
    expect((await w.admin.post(`/api/editions/${w.edition.id}/enrolments/${enrolmentId}/withdraw`)).status).toBe(200);
    expect([await statusOf(0), await statusOf(5)]).toEqual([null, 'placed']);
    expect((await w.admin.delete(`/api/admin/people/${w.participants[1].id}`)).status).toBe(200);
    expect([await statusOf(1), await statusOf(6)]).toEqual([null, 'placed']);
    const [{ placed }] = await t.db.query(`SELECT count(*)::int AS placed FROM workshop_choice WHERE workshop_id = $1 AND status = 'placed'`, [w.small]);
    expect(placed).toBe(5);
    await t.app.get(NotificationWorker).runOnce();
    const ofThisEdition = new Set(w.participants.map((p) => p.email));
    const moved = (await readOutbox(t.config.dataDir))
      .filter((mail) => ofThisEdition.has(mail.to) && mail.subject === 'Je hebt een plek in de workshop Leefstijlcoaching')
      .map((mail) => mail.to);
    expect(moved.sort()).toEqual([w.participants[5].email, w.participants[6].email].sort());
  });

  it('shows the chosen workshop on the schedule, the roster, the calendar feed and in the privacy export', async () => {
    const w = await world();
    const participant = await t.loginAs(w.participants[0].email);
    await participant.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large });
    const [entry] = (await participant.get('/api/me/schedule')).body;
    expect(entry.workshop).toEqual({ title: 'Slimme sensoren', room: 'Zaal 2', status: 'placed' });
    const roster = (await (await t.loginAs(w.trainer.email)).get(`/api/sessions/${w.day.id}/roster`)).body;
    expect(roster.find((e: { personId: string }) => e.personId === w.participants[0].id).workshop).toBe('Slimme sensoren');
    expect(roster.find((e: { personId: string }) => e.personId === w.participants[1].id).workshop).toBeNull();
    const feedUrl = new URL((await participant.post('/api/me/calendar/reset')).body.feedUrl).pathname;
    const feed = (await t.anonymous().get(feedUrl)).text;
    expect(feed).toContain('SUMMARY:Lesdag 5 – Slimme sensoren');
    expect(feed).toContain('LOCATION:Zaal 2\\, Utrechtseweg 10\\, Amersfoort');
    // A workshop one only waits for is not in the calendar: its room is not where they go.
    for (let i = 1; i < 11; i++) await (await t.loginAs(w.participants[i].email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large });
    const waiting = await t.loginAs(w.participants[11].email);
    expect((await waiting.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large })).body).toMatchObject({ status: 'waitlisted' });
    const waitingFeed = (await t.anonymous().get(new URL((await waiting.post('/api/me/calendar/reset')).body.feedUrl).pathname)).text;
    expect(waitingFeed).toContain('SUMMARY:Lesdag 5\r\n');
    expect(waitingFeed).toContain('LOCATION:Utrechtseweg 10\\, Amersfoort');
    expect((await participant.get('/api/me/export')).body.workshopChoices).toEqual([
      expect.objectContaining({ sessionTitle: 'Lesdag 5', workshopTitle: 'Slimme sensoren', status: 'placed', assignedByProgrammeOffice: false }),
    ]);
  });

  it('refuses choices after the deadline, by people not expected, and of another session\'s workshop; raising a capacity takes people off the waiting list', async () => {
    const w = await world();
    const participant = await t.loginAs(w.participants[0].email);
    const outsider = await t.loginAs(w.outsider.email);
    expect((await outsider.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small })).status).toBe(403);
    const trainer = await t.loginAs(w.trainer.email);
    expect((await trainer.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small })).status).toBe(403);
    expect((await participant.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.day.id })).body.error).toBe('workshop_not_found');
    expect((await w.admin.put(`/api/sessions/${w.day.id}/workshops`, { choiceClosesAt: hoursFromNow(100).toISOString(), workshops: [] })).body.error).toBe(
      'choice_deadline_after_start',
    );

    for (const p of w.participants.slice(0, 7)) await (await t.loginAs(p.email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small });
    const list = (await w.admin.get(`/api/sessions/${w.day.id}/workshops`)).body.workshops;
    const closing = (choiceClosesAt: Date) =>
      w.admin.put(`/api/sessions/${w.day.id}/workshops`, {
        choiceClosesAt: choiceClosesAt.toISOString(),
        workshops: list.map((ws: { id: string; title: string; speaker: string; room: string; capacity: number }) => ({
          id: ws.id,
          title: ws.title,
          speaker: ws.speaker,
          room: ws.room,
          capacity: ws.id === w.small ? 6 : ws.capacity,
        })),
      });
    // A deadline long past (a mistyped year) would close choosing for good and end the wishes to switch: refused.
    const mistyped = await closing(new Date(hoursFromNow(48).getTime() - 365 * 24 * 3600_000));
    expect([mistyped.status, mistyped.body.error, mistyped.body.fields]).toEqual([400, 'choice_deadline_passed', [{ field: 'choiceClosesAt', message: expect.stringContaining('al voorbij') }]]);
    expect((await participant.get(`/api/sessions/${w.day.id}/workshops`)).body.canChoose).toBe(true);
    // A minute ago is "close it now".
    const raised = await closing(hoursFromNow(-1 / 60));
    expect(raised.body.workshops[0]).toMatchObject({ placed: 6, waitlisted: 1 });
    const late = await participant.put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large });
    expect([late.status, late.body.error]).toEqual([409, 'workshop_choice_closed']);
    expect((await participant.get(`/api/sessions/${w.day.id}/workshops`)).body.canChoose).toBe(false);
  });

  it('shows the programme office who is placed, who waits in which order and who has not chosen, in a fixed number of statements', async () => {
    const w = await world();
    for (const p of w.participants.slice(0, 7)) await (await t.loginAs(p.email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.small });
    await (await t.loginAs(w.participants[7].email)).put(`/api/sessions/${w.day.id}/workshops/choice`, { workshopId: w.large });
    const names = (people: { name: string }[]) => people.map((p) => p.name);

    t.queries.reset();
    const overview = await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`);
    expect(overview.status).toBe(200);
    expect(t.queries.count).toBe(4); // login session, session standing, the workshops' choices, who has not chosen
    const [small, large] = overview.body.workshops;
    expect(small).toMatchObject({ workshopId: w.small });
    expect(names(small.placed)).toEqual(names(w.participants.slice(0, 5)));
    expect(names(small.waitlisted)).toEqual(['Deelnemer 06', 'Deelnemer 07']);
    expect(large).toMatchObject({ workshopId: w.large, placed: [{ name: 'Deelnemer 08', assignedByProgrammeOffice: false }], waitlisted: [] });
    expect(names(overview.body.notChosen)).toEqual(names(w.participants.slice(8)));

    // The office places the rest where there is room (9 places, the two waiting first by name): they show as placed by
    // the office, and still wait for Leefstijlcoaching in the same order.
    expect((await w.admin.post(`/api/sessions/${w.day.id}/workshops/assign-rest`)).body).toEqual({ assigned: 9, withoutRoom: 10 });
    const after = (await w.admin.get(`/api/sessions/${w.day.id}/workshops/choices`)).body;
    expect(names(after.workshops[0].waitlisted)).toEqual(['Deelnemer 06', 'Deelnemer 07']);
    expect(names(after.workshops[1].placed.filter((p: { assignedByProgrammeOffice: boolean }) => p.assignedByProgrammeOffice)).sort()).toEqual(
      names([...w.participants.slice(5, 7), ...w.participants.slice(8, 15)]),
    );
    expect(names(after.notChosen)).toEqual(names(w.participants.slice(15)));

    // Participants and trainers do not see who chose what.
    for (const person of [w.participants[0], w.trainer]) expect((await (await t.loginAs(person.email)).get(`/api/sessions/${w.day.id}/workshops/choices`)).status).toBe(403);
  });
});
