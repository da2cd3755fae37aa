import ICAL from 'ical.js';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { readOutbox } from '../../test/mail-outbox';
import { workingDayInWeeks } from '../../test/working-day';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';
import { NotificationsService } from '../notifications/notifications.service';

const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 3_600_000);
const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;

describe('network groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /**
   * A running edition with six participants in two regions, a director and an internal-team member of the first,
   * a trainer, two facilitators, a past programme day, a network session of the whole cohort that took place, and
   * two coming network sessions of the curriculum.
   */
  async function world() {
    const g = given(t.db);
    const admin = await g.person({ isAdmin: true });
    const programme = await g.programme();
    const edition = await g.edition({ programmeId: programme.id });
    const [noord, zuid] = [await g.organisation({ region: 'noord' }), await g.organisation({ region: 'zuid' })];
    const participants = await Promise.all(
      ['Anna', 'Bram', 'Cas', 'Dewi', 'Eva', 'Finn'].map((name, i) => g.person({ name: `${name} Deelnemer`, organisationId: i < 3 ? noord.id : zuid.id })),
    );
    const director = await g.person({ name: 'Diana Directeur' });
    const enrolments = [];
    for (const [i, p] of participants.entries()) enrolments.push(await g.enrolment(edition.id, p.id, 'participant', i === 0 ? { directorPersonId: director.id } : {}));
    await g.enrolment(edition.id, director.id, 'director');
    const teamMember = await g.person({ name: 'Tim Teamlid' });
    await g.enrolment(edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: enrolments[0].id });
    const trainer = await g.person({ name: 'Sanne Trainer' });
    await g.enrolment(edition.id, trainer.id, 'trainer');
    const [f1, f2] = [await g.person({ name: 'Karin Begeleider' }), await g.person({ name: 'Ahmed Begeleider' })];
    await g.enrolment(edition.id, f1.id, 'facilitator');
    await g.enrolment(edition.id, f2.id, 'facilitator');
    const outsider = await g.person();
    await g.enrolment((await g.edition()).id, outsider.id, 'participant');

    const slots: { id: string }[] = await t.db.query(
      `INSERT INTO curriculum_slot (programme_id, position, kind, title, duration_minutes, mode)
       VALUES ($1, 1, 'network_session', 'Netwerksessie 1', 120, 'online'), ($1, 2, 'network_session', 'Netwerksessie 2', 120, 'online') RETURNING id`,
      [programme.id],
    );
    const pastDay = await g.session(edition.id, { title: 'Lesdag 1', startsAt: daysFromNow(-20) });
    const pastNetwork = await g.session(edition.id, { kind: 'network_session', title: 'Netwerksessie 0', startsAt: daysFromNow(-10), durationMinutes: 120 });
    // The cohort's network session before the division, which the first facilitator ran.
    await g.sessionStaff(pastNetwork.id, f1.id, 'facilitator');
    // In the afternoon in Amsterdam, whatever the hour the test runs: one begun at 22:00 would end after midnight, and
    // a programme day moved onto it would be refused.
    const afternoon = (days: number) => `${daysFromNow(days).toISOString().slice(0, 10)}T13:00:00Z`;
    const network1 = await g.session(edition.id, { kind: 'network_session', title: 'Netwerksessie 1', startsAt: afternoon(10), durationMinutes: 120 });
    const network2 = await g.session(edition.id, { kind: 'network_session', title: 'Netwerksessie 2', startsAt: afternoon(30), durationMinutes: 120 });
    await t.db.query(`UPDATE session SET curriculum_slot_id = $2 WHERE id = $1`, [network1.id, slots[0].id]);
    await t.db.query(`UPDATE session SET curriculum_slot_id = $2 WHERE id = $1`, [network2.id, slots[1].id]);
    await g.sessionStaff(network1.id, f2.id, 'facilitator');
    await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '60 days' WHERE edition_id = $1`, [edition.id]);
    for (const p of participants) await g.attendance(pastDay.id, p.id, 'present');
    for (const p of participants) await g.attendance(pastNetwork.id, p.id, 'present');
    return { admin, edition, participants, director, teamMember, trainer, f1, f2, outsider, pastDay, pastNetwork, network1, network2 };
  }

  type World = Awaited<ReturnType<typeof world>>;

  const division = (w: World, groups: { id?: string; name: string; members: number[]; facilitators: { id: string }[] }[]) => ({
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      participantIds: group.members.map((i) => w.participants[i].id),
      facilitatorIds: group.facilitators.map((f) => f.id),
    })),
  });

  async function divide(w: World, admin: HttpClient) {
    const saved = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { name: 'Groep Noord', members: [0, 1, 2], facilitators: [w.f1] },
        { name: 'Groep Zuid', members: [3, 4], facilitators: [w.f2] },
      ]),
    );
    expect(saved.status).toBe(200);
    return saved.body;
  }

  /** A world divided into Noord and Zuid, whose schedule went out to everyone as when the edition opened. */
  async function dividedAndPublished() {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const [noordId, zuidId] = (await divide(w, admin)).groups.map((g: { id: string }) => g.id);
    const worker = t.app.get(NotificationWorker);
    await t.db.transaction((manager) => t.app.get(NotificationsService).schedulePublished(manager, w.edition.id));
    await worker.runOnce();
    return { w, admin, noordId, zuidId, worker };
  }

  async function groupSessions(w: World) {
    const rows: { id: string; title: string; group: string | null; staff: string[] }[] = await t.db.query(
      `SELECT s.id, s.title, g.name AS group,
              ARRAY(SELECT st.person_id::text FROM session_staff st WHERE st.session_id = s.id ORDER BY st.person_id) AS staff
         FROM session s LEFT JOIN network_group g ON g.id = s.network_group_id
        WHERE s.edition_id = $1 AND s.kind = 'network_session' ORDER BY s.starts_at, g.position NULLS FIRST`,
      [w.edition.id],
    );
    return rows;
  }

  const titlesOf = (schedule: { title: string; networkGroup: string | null }[]) => schedule.map((s) => [s.title, s.networkGroup]);

  it('divides the participants, plans each coming network session once per group, and everything downstream follows the group', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    // Without groups nobody is missing one; once divided, the edition says who is in none.
    expect((await admin.get(`/api/editions/${w.edition.id}`)).body.participantsWithoutGroup).toBe(0);
    const saved = await divide(w, admin);
    expect((await admin.get(`/api/editions/${w.edition.id}`)).body.participantsWithoutGroup).toBe(1);
    expect(saved.groups.map((g: { name: string; members: { name: string }[]; facilitators: { name: string }[] }) => [g.name, g.members.map((m) => m.name), g.facilitators.map((f) => f.name)])).toEqual([
      ['Groep Noord', ['Anna Deelnemer', 'Bram Deelnemer', 'Cas Deelnemer'], ['Karin Begeleider']],
      ['Groep Zuid', ['Dewi Deelnemer', 'Eva Deelnemer'], ['Ahmed Begeleider']],
    ]);
    expect(saved.ungrouped.map((p: { name: string }) => p.name)).toEqual(['Finn Deelnemer']);
    expect(saved.facilitatorCandidates.map((p: { name: string }) => p.name)).toEqual(['Ahmed Begeleider', 'Karin Begeleider', 'Sanne Trainer']);

    // The past cohort session stays as it was; each coming one runs per group, staffed by the group's facilitators.
    const sessions = await groupSessions(w);
    expect(sessions.map((s) => [s.title, s.group, s.staff])).toEqual([
      ['Netwerksessie 0', null, [w.f1.id]],
      ['Netwerksessie 1', 'Groep Noord', [w.f1.id]],
      ['Netwerksessie 1', 'Groep Zuid', [w.f2.id]],
      ['Netwerksessie 2', 'Groep Noord', [w.f1.id]],
      ['Netwerksessie 2', 'Groep Zuid', [w.f2.id]],
    ]);
    expect(sessions[1].id).toBe(w.network1.id);
    const [noord1, zuid1] = [sessions[1].id, sessions[2].id];
    // Each group meets in a room of its own: the copy keeps the time and place, not the first group's online link.
    const links = await t.db.query(`SELECT id, online_url AS "onlineUrl" FROM session WHERE id = ANY($1::uuid[])`, [[noord1, zuid1]]);
    expect(Object.fromEntries(links.map((row: { id: string; onlineUrl: string | null }) => [row.id, row.onlineUrl]))).toEqual({ [noord1]: expect.stringMatching(/^https:/), [zuid1]: null });
    // The edition page lists each group's instance with its group, to set its time, place and link.
    const editionSessions = (await admin.get(`/api/editions/${w.edition.id}/sessions`)).body;
    expect(editionSessions.filter((s: { title: string }) => s.title === 'Netwerksessie 1').map((s: { networkGroup: string }) => s.networkGroup)).toEqual([
      'Groep Noord',
      'Groep Zuid',
    ]);

    // Schedules: a participant sees their own group's sessions only; someone in no group none of them.
    const anna = await t.loginAs(w.participants[0].email);
    expect(titlesOf((await anna.get('/api/me/schedule')).body)).toEqual([
      ['Lesdag 1', null],
      ['Netwerksessie 0', null],
      ['Netwerksessie 1', 'Groep Noord'],
      ['Netwerksessie 2', 'Groep Noord'],
    ]);
    const dewi = await t.loginAs(w.participants[3].email);
    expect(titlesOf((await dewi.get('/api/me/schedule')).body)).toEqual([
      ['Lesdag 1', null],
      ['Netwerksessie 0', null],
      ['Netwerksessie 1', 'Groep Zuid'],
      ['Netwerksessie 2', 'Groep Zuid'],
    ]);
    const finn = await t.loginAs(w.participants[5].email);
    expect(titlesOf((await finn.get('/api/me/schedule')).body)).toEqual([
      ['Lesdag 1', null],
      ['Netwerksessie 0', null],
    ]);
    const karin = await t.loginAs(w.f1.email);
    expect(titlesOf((await karin.get('/api/me/schedule')).body)).toEqual([
      ['Netwerksessie 0', null],
      ['Netwerksessie 1', 'Groep Noord'],
      ['Netwerksessie 2', 'Groep Noord'],
    ]);

    // The calendar feed holds the same sessions, named with the group.
    const feed = await t.anonymous().get(feedPath((await dewi.post('/api/me/calendar/reset')).body.feedUrl));
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`UID:${zuid1}@koers`);
    expect(feed.text).not.toContain(`UID:${noord1}@koers`);
    expect(feed.text).toContain('SUMMARY:Netwerksessie 1 – Groep Zuid');

    // Rosters: a facilitator sees and records their own group only; trainers and the programme office every group.
    const roster = await karin.get(`/api/sessions/${noord1}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.body.map((entry: { name: string }) => entry.name)).toEqual(['Anna Deelnemer', 'Bram Deelnemer', 'Cas Deelnemer', 'Karin Begeleider']);
    expect((await karin.get(`/api/sessions/${zuid1}/roster`)).status).toBe(403);
    expect((await karin.put(`/api/sessions/${zuid1}/attendance`, [{ personId: w.participants[3].id, status: 'present' }])).status).toBe(403);
    expect((await karin.get(`/api/sessions/${zuid1}`)).status).toBe(403);
    expect((await karin.get(`/api/sessions/${w.pastNetwork.id}/roster`)).status).toBe(200);
    // Nor, without running it, a programme day of the whole cohort: its roster holds every group's people and their notes.
    expect((await karin.get(`/api/sessions/${w.pastDay.id}/roster`)).status).toBe(403);
    expect((await karin.put(`/api/sessions/${w.pastDay.id}/attendance`, [{ personId: w.participants[3].id, status: 'excused' }])).status).toBe(403);
    expect((await karin.get(`/api/sessions/${w.pastDay.id}/attendance/changes`)).status).toBe(403);
    // Speaking at it is not running it; being put on it is.
    await given(t.db).sessionStaff(w.pastDay.id, w.f1.id, 'speaker');
    expect((await karin.get(`/api/sessions/${w.pastDay.id}/roster`)).status).toBe(403);
    await t.db.query(`UPDATE session_staff SET role = 'facilitator' WHERE session_id = $1 AND person_id = $2`, [w.pastDay.id, w.f1.id]);
    expect((await karin.get(`/api/sessions/${w.pastDay.id}/roster`)).status).toBe(200);
    const trainer = await t.loginAs(w.trainer.email);
    expect((await trainer.get(`/api/sessions/${zuid1}/roster`)).body.map((entry: { name: string }) => entry.name)).toEqual([
      'Dewi Deelnemer',
      'Eva Deelnemer',
      'Ahmed Begeleider',
    ]);
    expect((await anna.get(`/api/sessions/${zuid1}`)).status).toBe(403);

    // A fixed number of statements, whatever the size of the group.
    const count = async (client: HttpClient, url: string) => {
      t.queries.reset();
      expect((await client.get(url)).status).toBe(200);
      return t.queries.count;
    };
    const small = [await count(trainer, `/api/sessions/${zuid1}/roster`), await count(dewi, '/api/me/schedule'), await count(dewi, '/api/me/groups')];
    const large = [await count(trainer, `/api/sessions/${noord1}/roster`), await count(anna, '/api/me/schedule'), await count(anna, '/api/me/groups')];
    expect(large).toEqual(small);
  });

  it('moves a participant to another group and keeps their history: earlier sessions of the old group still count them', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const first = await divide(w, admin);
    // The division was made a month ago, and the northern group met last week.
    await t.db.query(`UPDATE network_group_member SET joined_at = now() - interval '30 days'`);
    const [noordId, zuidId] = first.groups.map((g: { id: string }) => g.id);
    const [held] = await t.db.query(
      `INSERT INTO session (edition_id, network_group_id, kind, title, starts_at, ends_at, mode)
       VALUES ($1, $2, 'network_session', 'Netwerksessie extra', now() - interval '7 days', now() - interval '7 days' + interval '2 hours', 'online') RETURNING id`,
      [w.edition.id, noordId],
    );
    await t.db.query(`INSERT INTO session_staff (session_id, person_id, role) VALUES ($1, $2, 'facilitator')`, [held.id, w.f1.id]);
    await given(t.db).attendance(held.id, w.participants[2].id, 'present');

    const moved = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { id: zuidId, name: 'Groep Zuid', members: [2, 3, 4], facilitators: [w.f2] },
        { id: noordId, name: 'Groep Noord', members: [0, 1], facilitators: [w.f1] },
      ]),
    );
    expect(moved.status).toBe(200);
    expect(moved.body.groups.map((g: { name: string }) => g.name)).toEqual(['Groep Zuid', 'Groep Noord']);

    const names = async (sessionId: string) => (await admin.get(`/api/sessions/${sessionId}/roster`)).body.map((e: { name: string; status: string | null }) => `${e.name}:${e.status ?? '-'}`);
    expect(await names(held.id)).toEqual(['Anna Deelnemer:-', 'Bram Deelnemer:-', 'Cas Deelnemer:present', 'Karin Begeleider:-']);
    const sessions = await groupSessions(w);
    const coming = (group: string) => sessions.find((s) => s.title === 'Netwerksessie 1' && s.group === group)!.id;
    expect(await names(coming('Groep Noord'))).toEqual(['Anna Deelnemer:-', 'Bram Deelnemer:-', 'Karin Begeleider:-']);
    expect(await names(coming('Groep Zuid'))).toEqual(['Cas Deelnemer:-', 'Dewi Deelnemer:-', 'Eva Deelnemer:-', 'Ahmed Begeleider:-']);

    // Cas's own schedule: the old group's session before the move, the new group's from now on.
    const cas = await t.loginAs(w.participants[2].email);
    expect(titlesOf((await cas.get('/api/me/schedule')).body)).toEqual([
      ['Lesdag 1', null],
      ['Netwerksessie 0', null],
      ['Netwerksessie extra', 'Groep Noord'],
      ['Netwerksessie 1', 'Groep Zuid'],
      ['Netwerksessie 2', 'Groep Zuid'],
    ]);
    // Rates count the cohort's programme days, so a move changes no one's rate.
    const report = await admin.get(`/api/editions/${w.edition.id}/attendance`);
    const casRow = report.body.people.find((p: { personId: string }) => p.personId === w.participants[2].id);
    expect(casRow).toMatchObject({ counted: 1, attended: 1, rate: 1 });
    expect(casRow.marks[held.id]).toBe('present');

    // The privacy export names both memberships, with when each began and ended.
    const exported = (await cas.get('/api/me/export')).body;
    expect(exported.networkGroups.map((g: { groupName: string; leftAt: string | null }) => [g.groupName, g.leftAt === null])).toEqual([
      ['Groep Noord', false],
      ['Groep Zuid', true],
    ]);
    expect((await (await t.loginAs(w.f1.email)).get('/api/me/export')).body.networkGroups).toEqual([
      { editionName: w.edition.name, groupName: 'Groep Noord', as: 'facilitator', joinedAt: null, leftAt: null },
    ]);

    // A group that already met cannot be removed; one that has not can, with its coming sessions.
    expect((await admin.put(`/api/editions/${w.edition.id}/groups`, division(w, [{ id: zuidId, name: 'Groep Zuid', members: [0, 1, 2, 3, 4], facilitators: [] }]))).body.error).toBe(
      'group_has_history',
    );
    const removed = await admin.put(`/api/editions/${w.edition.id}/groups`, division(w, [{ id: noordId, name: 'Groep Noord', members: [0, 1, 2, 3, 4], facilitators: [w.f1] }]));
    expect(removed.status).toBe(200);
    expect((await groupSessions(w)).map((s) => [s.title, s.group])).toEqual([
      ['Netwerksessie 0', null],
      ['Netwerksessie extra', 'Groep Noord'],
      ['Netwerksessie 1', 'Groep Noord'],
      ['Netwerksessie 2', 'Groep Noord'],
    ]);
  });

  it('mails whoever moves to another group the sessions that came and went, as invitations and cancellations', async () => {
    const { w, admin, noordId, zuidId, worker } = await dividedAndPublished();
    const calendarMails = async (email: string) =>
      (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === email && mail.subject === `Je rooster is gewijzigd: ${w.edition.name}`);
    // Cas's schedule went out with the first division, which gave his group the cohort's network sessions.
    expect(await calendarMails(w.participants[2].email)).toEqual([]);

    const moved = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { id: noordId, name: 'Groep Noord', members: [0, 1], facilitators: [w.f1] },
        { id: zuidId, name: 'Groep Zuid', members: [2, 3, 4], facilitators: [w.f2] },
      ]),
    );
    expect(moved.status).toBe(200);
    await worker.runOnce();

    const sessions = await groupSessions(w);
    const idOf = (title: string, group: string) => sessions.find((s) => s.title === title && s.group === group)!.id;
    const [mail] = (await calendarMails(w.participants[2].email)).filter((m) => m.text.includes('Nieuw in je rooster'));
    expect(mail.text).toContain(`De indeling in netwerkgroepen van ${w.edition.name} is veranderd.`);
    // The same session of two groups, told apart by the group.
    expect(mail.text).toContain('Nieuw in je rooster: Netwerksessie 1 (Groep Zuid)');
    expect(mail.text).toContain('Niet meer in je rooster: Netwerksessie 1 (Groep Noord)');
    const invitations = mail.attachments.map((ics) => {
      const calendar = new ICAL.Component(ICAL.parse(ics.content));
      const vevent = calendar.getFirstSubcomponent('vevent')!;
      return [calendar.getFirstPropertyValue('method'), String(vevent.getFirstPropertyValue('uid')), vevent.getFirstPropertyValue('status')];
    });
    expect(invitations.sort()).toEqual(
      [
        ['CANCEL', `${idOf('Netwerksessie 1', 'Groep Noord')}@koers`, 'CANCELLED'],
        ['CANCEL', `${idOf('Netwerksessie 2', 'Groep Noord')}@koers`, 'CANCELLED'],
        ['REQUEST', `${idOf('Netwerksessie 1', 'Groep Zuid')}@koers`, 'CONFIRMED'],
        ['REQUEST', `${idOf('Netwerksessie 2', 'Groep Zuid')}@koers`, 'CONFIRMED'],
      ].sort(),
    );
    // Each file named as the calendar shows it, so the invitation and the cancellation of one day are told apart.
    const names = mail.attachments.map((ics) => ics.fileName);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => name.startsWith('Geannuleerd - Netwerksessie 1 – Groep Noord '))).toHaveLength(1);
    // Those who stayed in their group hear nothing new.
    const stayed = await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE kind = 'calendar_updated' AND person_id = $1`, [w.participants[0].id]);
    expect(stayed[0].n).toBe(0);

    // Withdrawn, Cas's calendar loses every session still to come.
    const [casEnrolment] = await t.db.query(`SELECT id FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [w.edition.id, w.participants[2].id]);
    expect((await admin.post(`/api/editions/${w.edition.id}/enrolments/${casEnrolment.id}/withdraw`, {})).status).toBe(200);
    await worker.runOnce();
    const [withdrawn] = (await calendarMails(w.participants[2].email)).filter((m) => !m.text.includes('Nieuw in je rooster'));
    expect(withdrawn.attachments.map((ics) => new ICAL.Component(ICAL.parse(ics.content)).getFirstPropertyValue('method'))).toEqual(['CANCEL', 'CANCEL']);

    // Enrolled again, Cas gets the schedule again: its invitations put the sessions back in the calendar.
    const schedules = async () => (await readOutbox(t.config.dataDir)).filter((m) => m.to === w.participants[2].email && m.subject.startsWith('Je programma voor'));
    const sentBefore = new Set((await schedules()).map((m) => m.messageId));
    expect(sentBefore.size).toBe(1);
    const again = await admin.post(`/api/editions/${w.edition.id}/enrolments`, { role: 'participant', name: 'Cas Deelnemer', email: w.participants[2].email, organisation: 'Zorg Noord' });
    expect(again.status).toBe(201);
    await worker.runOnce();
    const [schedule] = (await schedules()).filter((m) => !sentBefore.has(m.messageId));
    expect(schedule.attachments.length).toBeGreaterThan(0);
    expect(schedule.attachments.every((ics) => new ICAL.Component(ICAL.parse(ics.content)).getFirstPropertyValue('method') === 'REQUEST')).toBe(true);
  });

  it('sends one mail for moves made before the first went out, and none for a move undone', async () => {
    const { w, admin, noordId, zuidId, worker } = await dividedAndPublished();
    const save = (noord: number[], zuid: number[]) =>
      admin.put(
        `/api/editions/${w.edition.id}/groups`,
        division(w, [
          { id: noordId, name: 'Groep Noord', members: noord, facilitators: [w.f1] },
          { id: zuidId, name: 'Groep Zuid', members: zuid, facilitators: [w.f2] },
        ]),
      );
    const waiting = async (personId: string) =>
      t.db.query(`SELECT payload FROM notification_delivery WHERE kind = 'calendar_updated' AND person_id = $1 AND status = 'pending'`, [personId]);
    const calendarMails = async () => (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject === `Je rooster is gewijzigd: ${w.edition.name}`);
    const sentBefore = new Set((await calendarMails()).map((mail) => mail.messageId));

    // Cas to Zuid and, corrected before any mail went out, back to Noord: nothing changed for him, so no mail.
    expect((await save([0, 1], [2, 3, 4])).status).toBe(200);
    expect(await waiting(w.participants[2].id)).toHaveLength(1);
    expect((await save([0, 1, 2], [3, 4])).status).toBe(200);
    expect(await waiting(w.participants[2].id)).toEqual([]);
    // Out and back again, but one of Noord's sessions moved while he was out: its change mail did not reach him, so
    // this one invites him to it again.
    expect((await save([0, 1], [2, 3, 4])).status).toBe(200);
    const [movedMeanwhile] = (await groupSessions(w)).filter((s) => s.group === 'Groep Noord');
    await t.db.query(`UPDATE session SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day', sequence = sequence + 1, updated_at = now() + interval '1 second' WHERE id = $1`, [movedMeanwhile.id]);
    expect((await save([0, 1, 2], [3, 4])).status).toBe(200);
    expect((await waiting(w.participants[2].id)).map((row: { payload: { added: string[]; removed: string[] } }) => [row.payload.added, row.payload.removed])).toEqual([
      [[movedMeanwhile.id], []],
    ]);
    await worker.runOnce();

    // Dewi to Noord, then Eva too, then Dewi out of every group: one mail each, saying where they end up.
    expect((await save([0, 1, 2, 3], [4])).status).toBe(200);
    expect((await save([0, 1, 2, 3, 4], [])).status).toBe(200);
    expect((await save([0, 1, 2, 4], [])).status).toBe(200);
    const sessions = await groupSessions(w);
    const idsOf = (group: string) => sessions.filter((s) => s.group === group).map((s) => s.id).sort();
    const [dewi] = await waiting(w.participants[3].id);
    expect([dewi.payload.added, [...dewi.payload.removed].sort()]).toEqual([[], idsOf('Groep Zuid')]);
    const [eva] = await waiting(w.participants[4].id);
    expect([[...eva.payload.added].sort(), [...eva.payload.removed].sort()]).toEqual([idsOf('Groep Noord'), idsOf('Groep Zuid')]);
    await worker.runOnce();

    // Someone enrolled now, placed in a group before their schedule went out: the schedule, written when it is sent,
    // already holds the group's sessions, so no second mail announces them.
    await t.db.query(`UPDATE edition SET status = 'running' WHERE id = $1`, [w.edition.id]);
    const late = await admin.post(`/api/editions/${w.edition.id}/enrolments`, { role: 'participant', name: 'Late Laura', email: `laura.${w.edition.id}@zorg.example`, organisation: 'De Linde' });
    expect(late.status).toBe(201);
    const current = (await admin.get(`/api/editions/${w.edition.id}/groups`)).body;
    const placed = await admin.put(`/api/editions/${w.edition.id}/groups`, {
      groups: current.groups.map((group: { id: string; name: string; members: { personId: string }[]; facilitators: { personId: string }[] }, index: number) => ({
        id: group.id,
        name: group.name,
        participantIds: [...group.members.map((m) => m.personId), ...(index === 0 ? [late.body.personId] : [])],
        facilitatorIds: group.facilitators.map((f) => f.personId),
      })),
    });
    expect(placed.status).toBe(200);
    expect(await waiting(late.body.personId)).toEqual([]);
    await worker.runOnce();
    const [schedule] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === `laura.${w.edition.id}@zorg.example` && mail.subject.startsWith('Je programma voor'));
    expect(schedule.text).toContain('(Groep Noord)');

    const mails = (await calendarMails()).filter((mail) => !sentBefore.has(mail.messageId));
    expect(mails.map((mail) => mail.to).sort()).toEqual([w.participants[2].email, w.participants[3].email, w.participants[4].email].sort());
  });

  it('cancels the sessions of a group that is removed, in the calendars of its members', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const first = await divide(w, admin);
    const [noordId] = first.groups.map((g: { id: string }) => g.id);
    const zuidSessions = (await groupSessions(w)).filter((s) => s.group === 'Groep Zuid').map((s) => s.id);
    expect(zuidSessions).toHaveLength(2);
    const worker = t.app.get(NotificationWorker);
    await worker.runOnce();
    // The first division already mailed Dewi her group's sessions; the mail that counts here is the one after it.
    const calendarMails = async () =>
      (await readOutbox(t.config.dataDir)).filter((m) => m.to === w.participants[3].email && m.subject === `Je rooster is gewijzigd: ${w.edition.name}`);
    const earlier = new Set((await calendarMails()).map((m) => m.messageId));

    const merged = await admin.put(`/api/editions/${w.edition.id}/groups`, division(w, [{ id: noordId, name: 'Groep Noord', members: [0, 1, 2, 3, 4], facilitators: [w.f1] }]));
    expect(merged.status).toBe(200);
    await worker.runOnce();
    const [mail] = (await calendarMails()).filter((m) => !earlier.has(m.messageId));
    const methods = Object.fromEntries(
      mail.attachments.map((ics) => {
        const calendar = new ICAL.Component(ICAL.parse(ics.content));
        return [String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).replace('@koers', ''), calendar.getFirstPropertyValue('method')];
      }),
    );
    // The deleted sessions of Groep Zuid leave the calendar; Groep Noord's come in.
    for (const id of zuidSessions) expect(methods[id]).toBe('CANCEL');
    expect(Object.values(methods).filter((method) => method === 'REQUEST')).toHaveLength(2);
  });

  it('removes a session added for one group with its group, and fits the edition’s period to the sessions left', async () => {
    const g = given(t.db);
    const inWeeks = (weeks: number) => new Date(Date.now() + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
    const edition = await g.edition({ status: 'open' });
    await g.session(edition.id, { startsAt: `${inWeeks(2)}T08:30:00Z` });
    const [anna, bram] = [await g.person(), await g.person()];
    await g.enrolment(edition.id, anna.id, 'participant');
    await g.enrolment(edition.id, bram.id, 'participant');
    const admin = await t.loginAs((await g.person({ isAdmin: true })).email);
    const division = { groups: [{ name: 'Groep 1', participantIds: [anna.id], facilitatorIds: [] }, { name: 'Groep 2', participantIds: [bram.id], facilitatorIds: [] }] };
    expect((await admin.put(`/api/editions/${edition.id}/groups`, division)).status).toBe(200);
    const second = (await admin.get(`/api/editions/${edition.id}/groups`)).body.groups[1];
    const extra = await admin.post(`/api/editions/${edition.id}/sessions`, {
      kind: 'network_session',
      title: 'Extra intervisie',
      date: workingDayInWeeks(20),
      startTime: '13:00',
      endTime: '15:00',
      mode: 'online',
      onlineUrl: 'https://meet.example.nl/groep-2',
      audience: { participants: true, internalTeams: false, directors: false },
      networkGroupId: second.id,
    });
    expect(extra.status).toBe(201);
    expect((await admin.get(`/api/editions/${edition.id}`)).body.endDate).toBe(workingDayInWeeks(20));

    expect((await admin.put(`/api/editions/${edition.id}/groups`, { groups: [] })).status).toBe(200);
    const left = (await admin.get(`/api/editions/${edition.id}/sessions`)).body.map((session: { title: string }) => session.title);
    expect(left).not.toContain('Extra intervisie');
    expect((await admin.get(`/api/editions/${edition.id}`)).body.endDate).toBe(inWeeks(2));
  });

  it('saves divisions sent at once one after the other, even with more of them than database connections', async () => {
    // A pool of two: a save that borrowed a second connection while holding the edition's lock waited for ever behind
    // the saves waiting for that lock.
    const small = await createTestApp({ dbPoolSize: 2 });
    try {
      const g = given(small.db);
      const admin = await small.loginAs((await g.person({ isAdmin: true })).email);
      const edition = await g.edition();
      const people = [];
      for (const name of ['Anna', 'Bram', 'Cas', 'Dewi']) {
        const person = await g.person({ name });
        await g.enrolment(edition.id, person.id, 'participant');
        people.push(person.id);
      }
      const body = { groups: [{ name: 'Groep 1', participantIds: people.slice(0, 2), facilitatorIds: [] }, { name: 'Groep 2', participantIds: people.slice(2), facilitatorIds: [] }] };
      const saves = await Promise.all(Array.from({ length: 6 }, () => admin.put(`/api/editions/${edition.id}/groups`, body)));
      expect(saves.map((save) => save.status)).toEqual(Array(6).fill(200));
    } finally {
      await small.close();
    }
  }, 20_000);

  it('refuses a save from a division read before someone else saved theirs, and changes nothing then', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const colleague = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    const first = await divide(w, admin);
    // Both read the same division; the colleague moves a participant, then the first saves a rename from the older read.
    const read = (await admin.get(`/api/editions/${w.edition.id}/groups`)).body;
    expect(read.version).toBe(first.version);
    const moved = await colleague.put(`/api/editions/${w.edition.id}/groups`, {
      version: read.version,
      ...division(w, [
        { id: first.groups[0].id, name: 'Groep Noord', members: [0, 1], facilitators: [w.f1] },
        { id: first.groups[1].id, name: 'Groep Zuid', members: [2, 3, 4], facilitators: [w.f2] },
      ]),
    });
    expect(moved.status).toBe(200);
    expect(moved.body.version).not.toBe(read.version);
    const stale = await admin.put(`/api/editions/${w.edition.id}/groups`, {
      version: read.version,
      ...division(w, [
        { id: first.groups[0].id, name: 'Noord', members: [0, 1, 2], facilitators: [w.f1] },
        { id: first.groups[1].id, name: 'Groep Zuid', members: [3, 4], facilitators: [w.f2] },
      ]),
    });
    expect([stale.status, stale.body.error, stale.body.message]).toEqual([409, 'groups_changed', expect.stringContaining('niets opgeslagen')]);
    const now = (await admin.get(`/api/editions/${w.edition.id}/groups`)).body;
    const { warnings, ...saved } = moved.body;
    expect([now, warnings]).toEqual([saved, []]);
    expect(now.groups.map((group: { name: string; members: unknown[] }) => [group.name, group.members.length])).toEqual([
      ['Groep Noord', 2],
      ['Groep Zuid', 3],
    ]);
    // Someone enrolled since changes no group: a save from before still goes through.
    const late = await given(t.db).person({ name: 'Late Laura' });
    await given(t.db).enrolment(w.edition.id, late.id, 'participant');
    const renamed = await admin.put(`/api/editions/${w.edition.id}/groups`, {
      version: now.version,
      groups: now.groups.map((group: { id: string; name: string; members: { personId: string }[]; facilitators: { personId: string }[] }) => ({
        id: group.id,
        name: `${group.name} (2027)`,
        participantIds: group.members.map((m) => m.personId),
        facilitatorIds: group.facilitators.map((f) => f.personId),
      })),
    });
    expect([renamed.status, renamed.body.ungrouped.map((p: { name: string }) => p.name)]).toEqual([200, ['Finn Deelnemer', 'Late Laura']]);
  });

  it('proposes a balanced division by region, and refuses divisions that are not of this edition', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const proposal = await admin.get(`/api/editions/${w.edition.id}/groups/proposal?by=region&count=2`);
    expect(proposal.status).toBe(200);
    expect(proposal.body.groups.map((g: { members: { region: string }[] }) => g.members.map((m) => m.region))).toEqual([
      ['noord', 'noord', 'noord'],
      ['zuid', 'zuid', 'zuid'],
    ]);
    expect((await admin.get(`/api/editions/${w.edition.id}/groups/proposal?by=colour&count=2`)).status).toBe(400);

    const put = (body: unknown) => admin.put(`/api/editions/${w.edition.id}/groups`, body);
    const refusal = async (body: unknown) => {
      const answer = await put(body);
      return [answer.status, answer.body.error];
    };
    expect(await refusal({ groups: [{ name: 'A', participantIds: [w.outsider.id], facilitatorIds: [] }] })).toEqual([400, 'group_member_not_participant']);
    expect(await refusal({ groups: [{ name: 'A', participantIds: [w.director.id], facilitatorIds: [] }] })).toEqual([400, 'group_member_not_participant']);
    expect(await refusal({ groups: [{ name: 'A', participantIds: [], facilitatorIds: [w.participants[0].id] }] })).toEqual([400, 'group_facilitator_not_staff']);
    expect(
      await refusal({
        groups: [
          { name: 'A', participantIds: [w.participants[0].id], facilitatorIds: [] },
          { name: 'B', participantIds: [w.participants[0].id], facilitatorIds: [] },
        ],
      }),
    ).toEqual([400, 'participant_in_two_groups']);
    expect(await refusal({ groups: [{ name: 'A', participantIds: [], facilitatorIds: [] }, { name: 'a', participantIds: [], facilitatorIds: [] }] })).toEqual([400, 'duplicate_group_name']);
    expect(await refusal({ groups: [{ name: 'A', participantIds: [], facilitatorIds: [] }, { name: 'A\u200B', participantIds: [], facilitatorIds: [] }] })).toEqual([400, 'duplicate_group_name']);
    expect(await refusal({ groups: [{ name: 'Netwerkgroep Avans', participantIds: [], facilitatorIds: [] }, { name: 'Netwerkgroep \uFF21vans', participantIds: [], facilitatorIds: [] }] })).toEqual([400, 'duplicate_group_name']);
    // Said on the later name's field, where the editor shows it.
    const twice = await put({ groups: ['Zuyd', 'Avans', 'avans'].map((name) => ({ name, participantIds: [], facilitatorIds: [] })) });
    expect(twice.body.fields).toEqual([{ field: 'groups.2.name', message: expect.stringContaining('dezelfde naam') }]);
    expect(await refusal({ groups: [{ id: w.edition.id, name: 'A', participantIds: [], facilitatorIds: [] }] })).toEqual([404, 'group_not_found']);
    // The same group twice, as two names (a stale page, a hand-made request), would pair members with the wrong group.
    expect((await put({ groups: [{ name: 'A', participantIds: [], facilitatorIds: [] }] })).status).toBe(200);
    const [group] = await t.db.query(`SELECT id FROM network_group WHERE edition_id = $1`, [w.edition.id]);
    expect(
      await refusal({
        groups: [
          { id: group.id, name: 'A', participantIds: [w.participants[0].id], facilitatorIds: [] },
          { id: group.id, name: 'B', participantIds: [w.participants[1].id], facilitatorIds: [] },
        ],
      }),
    ).toEqual([400, 'group_twice']);
    expect((await put({ groups: [] })).status).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM network_group WHERE edition_id = $1`, [w.edition.id])).toEqual([]);
  });

  it('shows a facilitator the edition\'s attendance report of the sessions they run and their group\'s people only; a trainer sees everyone', async () => {
    const w = await world();
    await divide(w, await t.loginAs(w.admin.email));
    const report = async (email: string) => (await (await t.loginAs(email)).get(`/api/editions/${w.edition.id}/attendance`)).body;
    // Karin ran the cohort's Netwerksessie 0 before the division, so she sees whom she marked there; no programme day.
    const karin = await report(w.f1.email);
    expect(karin.people.map((p: { name: string }) => p.name)).toEqual(['Anna Deelnemer', 'Bram Deelnemer', 'Cas Deelnemer', 'Dewi Deelnemer', 'Eva Deelnemer', 'Finn Deelnemer']);
    expect(karin.sessions.map((s: { title: string }) => s.title)).toEqual(['Netwerksessie 0', 'Netwerksessie 1', 'Netwerksessie 2']);
    expect(Object.keys(karin.people[0].marks)).toEqual([w.pastNetwork.id]);
    const zuid = (await groupSessions(w)).filter((s) => s.group === 'Groep Zuid').map((s) => s.id);
    expect(karin.sessions.map((s: { id: string }) => s.id)).not.toEqual(expect.arrayContaining([zuid[0]]));
    // Ahmed leads Zuid: its two members at its two meetings, not the team or director of someone outside it.
    const ahmed = await report(w.f2.email);
    expect(ahmed.people.map((p: { name: string }) => p.name)).toEqual(['Dewi Deelnemer', 'Eva Deelnemer']);
    expect(ahmed.sessions.map((s: { id: string }) => s.id)).toEqual(zuid);
    expect(ahmed.people[0].marks).toEqual({});
    const trainer = await report(w.trainer.email);
    expect(trainer.people).toHaveLength(8);
    expect(trainer.sessions).toHaveLength(6);

    // A facilitator who leads no group (enrolled later, or whose group went to a colleague) sees nobody, until they run
    // a session: then its people (here Groep Zuid's), not the rest of the edition.
    const guest = await given(t.db).person({ name: 'Gijs Gastbegeleider' });
    await given(t.db).enrolment(w.edition.id, guest.id, 'facilitator');
    expect((await report(guest.email)).people).toEqual([]);
    expect((await (await t.loginAs(guest.email)).get(`/api/editions/${w.edition.id}/attendance.csv`)).text.trim().split('\r\n')).toHaveLength(1);
    await t.db.query(`INSERT INTO session_staff (session_id, person_id, role) VALUES ($1, $2, 'facilitator')`, [zuid[0], guest.id]);
    expect((await report(guest.email)).people.map((p: { name: string }) => p.name)).toEqual(['Dewi Deelnemer', 'Eva Deelnemer']);

    // Had a colleague run Netwerksessie 0, Karin's people would be her group's. Cas moves to the other group before
    // his first met: he has no history in Karin's, and leaves her report.
    await t.db.query(`DELETE FROM session_staff WHERE session_id = $1 AND person_id = $2`, [w.pastNetwork.id, w.f1.id]);
    expect((await report(w.f1.email)).people.map((p: { name: string }) => p.name)).toEqual(['Anna Deelnemer', 'Bram Deelnemer', 'Cas Deelnemer']);
    const [cas] = await t.db.query(`SELECT m.id, m.enrolment_id AS "enrolmentId" FROM network_group_member m JOIN enrolment e ON e.id = m.enrolment_id WHERE e.person_id = $1`, [w.participants[2].id]);
    const [other] = await t.db.query(`SELECT g.id FROM network_group g WHERE g.edition_id = $1 AND g.id <> (SELECT network_group_id FROM network_group_member WHERE id = $2)`, [w.edition.id, cas.id]);
    await t.db.query(`UPDATE network_group_member SET left_at = now() WHERE id = $1`, [cas.id]);
    await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2)`, [other.id, cas.enrolmentId]);
    expect((await report(w.f1.email)).people.map((p: { name: string }) => p.name)).not.toContain('Cas Deelnemer');
    // With one of her group's sessions held while he was in it (a cancelled one is none), he is part of its history.
    const [groupSession] = await t.db.query(`SELECT id FROM session WHERE network_group_id = (SELECT network_group_id FROM network_group_member WHERE id = $1) LIMIT 1`, [cas.id]);
    await t.db.query(`UPDATE network_group_member SET joined_at = now() - interval '30 days' WHERE id = $1`, [cas.id]);
    await t.db.query(`UPDATE session SET starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '2 hours', status = 'cancelled' WHERE id = $1`, [groupSession.id]);
    expect((await report(w.f1.email)).people.map((p: { name: string }) => p.name)).not.toContain('Cas Deelnemer');
    await t.db.query(`UPDATE session SET status = 'scheduled' WHERE id = $1`, [groupSession.id]);
    expect((await report(w.f1.email)).people.map((p: { name: string }) => p.name)).toContain('Cas Deelnemer');
  });

  it('lists the edition\'s schedule to a facilitator without another group\'s sessions or their online rooms; a trainer gets all', async () => {
    const w = await world();
    await divide(w, await t.loginAs(w.admin.email));
    const schedule = async (email: string) =>
      (await (await t.loginAs(email)).get(`/api/editions/${w.edition.id}/sessions`)).body as { id: string; networkGroup: string | null }[];
    const zuid = (await groupSessions(w)).filter((s) => s.group === 'Groep Zuid').map((s) => s.id);
    // A guest talk at one of Zuid's sessions is no running it.
    await given(t.db).sessionStaff(zuid[0], w.f1.id, 'speaker');
    const karin = await schedule(w.f1.email);
    expect(karin.map((s) => s.networkGroup)).not.toContain('Groep Zuid');
    expect(karin.map((s) => s.id)).not.toEqual(expect.arrayContaining([zuid[0]]));
    expect(karin.some((s) => s.networkGroup === 'Groep Noord')).toBe(true);
    expect((await schedule(w.trainer.email)).map((s) => s.id)).toEqual(expect.arrayContaining(zuid));
  });

  it('keeps the curriculum\'s coming network sessions when every group is replaced by new ones in one save', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    await divide(w, admin);
    const replaced = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { name: 'Groep Oost', members: [0, 1, 2], facilitators: [w.f1] },
        { name: 'Groep West', members: [3, 4], facilitators: [w.f2] },
      ]),
    );
    expect(replaced.status).toBe(200);
    const coming = (await groupSessions(w)).filter((s) => s.title !== 'Netwerksessie 0');
    expect(coming.map((s) => [s.title, s.group])).toEqual([
      ['Netwerksessie 1', 'Groep Oost'],
      ['Netwerksessie 1', 'Groep West'],
      ['Netwerksessie 2', 'Groep Oost'],
      ['Netwerksessie 2', 'Groep West'],
    ]);
    expect(coming.map((s) => s.staff)).toEqual([[w.f1.id], [w.f2.id], [w.f1.id], [w.f2.id]]);
  });

  it('warns when a facilitator leads two groups whose sessions share a time, as staffing does', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    const first = await divide(w, admin);
    expect(first.warnings).toEqual([]);
    const [noord, zuid] = first.groups.map((group: { id: string }) => group.id);
    const both = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { id: noord, name: 'Groep Noord', members: [0, 1, 2], facilitators: [w.f1] },
        { id: zuid, name: 'Groep Zuid', members: [3, 4], facilitators: [w.f1] },
      ]),
    );
    expect(both.status).toBe(200);
    expect(both.body.warnings.length).toBeGreaterThan(0);
    expect(both.body.warnings[0]).toMatchObject({ code: 'staff_double_booked', message: expect.stringContaining('Karin Begeleider') });

    // A group left without a facilitator: nobody runs its sessions.
    const without = await admin.put(
      `/api/editions/${w.edition.id}/groups`,
      division(w, [
        { id: noord, name: 'Groep Noord', members: [0, 1, 2], facilitators: [w.f1] },
        { id: zuid, name: 'Groep Zuid', members: [3, 4], facilitators: [] },
      ]),
      { 'accept-language': 'en' },
    );
    expect(without.body.warnings).toEqual([
      {
        code: 'group_without_facilitator',
        groupName: 'Groep Zuid',
        message: 'Groep Zuid has no facilitator: nobody runs or records its network sessions. Choose one, or ask a trainer to run them.',
      },
    ]);
  });

  it('warns when a programme day is moved or added onto the groups\' network sessions: their members are expected at both', async () => {
    const w = await world();
    const admin = await t.loginAs(w.admin.email);
    await divide(w, admin);
    // At 09:30 in Amsterdam, whatever the hour the test runs: a day started in the evening would end after midnight.
    const day = await given(t.db).session(w.edition.id, { title: 'Lesdag 2', startsAt: `${daysFromNow(20).toISOString().slice(0, 10)}T08:30:00Z` });
    const times = async (sessionId: string) =>
      (
        await t.db.query(
          `SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS date, to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS "startTime",
                  to_char(ends_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS "endTime"
             FROM session WHERE id = $1`,
          [sessionId],
        )
      )[0] as { date: string; startTime: string; endTime: string };
    const away = await times(day.id);
    const noordFirst = (await groupSessions(w)).find((session) => session.group === 'Groep Noord' && session.title === 'Netwerksessie 1')!;
    const at = await times(noordFirst.id);
    const onto = { ...at, confirmedClosedDates: [at.date] };
    const moved = await admin.patch(`/api/editions/${w.edition.id}/sessions/${day.id}`, onto);
    expect(moved.status).toBe(200);
    // Noord's three and Zuid's two; Finn, in no group, and the facilitators (warned of by staffing) are not counted.
    expect(moved.body.warnings.map((warning: { sessionTitles: string[]; people: number }) => [warning.sessionTitles, warning.people])).toEqual([
      [['Lesdag 2', 'Netwerksessie 1 (Groep Noord)'], 3],
      [['Lesdag 2', 'Netwerksessie 1 (Groep Zuid)'], 2],
    ]);
    expect(moved.body.warnings[0]).toMatchObject({ code: 'attendees_double_booked', date: at.date, message: expect.stringMatching(/^3 mensen worden op \S+ \d+ \S+ \d{4} bij twee bijeenkomsten tegelijk verwacht: “Lesdag 2” en “Netwerksessie 1 \(Groep Noord\)”\.$/) });
    // A change of venue alone warns of nothing again; moving it away clears it.
    expect((await admin.patch(`/api/editions/${w.edition.id}/sessions/${day.id}`, { location: 'Zaal 3' })).body.warnings).toEqual([]);
    expect((await admin.patch(`/api/editions/${w.edition.id}/sessions/${day.id}`, { ...away, confirmedClosedDates: [away.date] })).body.warnings).toEqual([]);
    // A session added at that time warns too, in the reader's language.
    const added = await admin.post(
      `/api/editions/${w.edition.id}/sessions`,
      { kind: 'programme_day', title: 'Extra dag', mode: 'online', audience: { participants: true, internalTeams: false, directors: false }, ...onto },
      { 'accept-language': 'en' },
    );
    expect(added.status).toBe(201);
    expect(added.body.warnings.map((warning: { message: string }) => warning.message)).toEqual([
      expect.stringMatching(/^3 people are expected at two sessions at once on .+: “Extra dag” and “Netwerksessie 1 \(Groep Noord\)”\.$/),
      expect.stringMatching(/^2 people are expected/),
    ]);
    // An extra meeting of Noord at that time is run by Noord's facilitator, who then runs two at once: that is said too.
    const [noordId] = (await admin.get(`/api/editions/${w.edition.id}/groups`)).body.groups.map((group: { id: string }) => group.id);
    const extra = await admin.post(`/api/editions/${w.edition.id}/sessions`, {
      kind: 'network_session',
      title: 'Extra intervisie',
      mode: 'online',
      audience: { participants: true, internalTeams: false, directors: false },
      networkGroupId: noordId,
      ...onto,
    });
    expect(extra.body.warnings.map((warning: { code: string; personName?: string; people?: number }) => [warning.code, warning.personName ?? warning.people])).toEqual([
      ['attendees_double_booked', 3],
      ['attendees_double_booked', 3],
      ['staff_double_booked', 'Karin Begeleider'],
    ]);
  });

  it('shows a participant and a facilitator their own group under /api/me/groups', async () => {
    const w = await world();
    await divide(w, await t.loginAs(w.admin.email));
    const mine = (await (await t.loginAs(w.participants[3].email)).get('/api/me/groups')).body;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ name: 'Groep Zuid', editionId: w.edition.id, as: 'participant' });
    expect(mine[0].members.map((m: { name: string }) => m.name)).toEqual(['Dewi Deelnemer', 'Eva Deelnemer']);
    expect(mine[0].facilitators.map((m: { name: string }) => m.name)).toEqual(['Ahmed Begeleider']);
    expect(mine[0].sessions.map((s: { title: string }) => s.title)).toEqual(['Netwerksessie 1', 'Netwerksessie 2']);
    expect(mine[0].members[0]).not.toHaveProperty('email');
    // Each member's enrolment, whose challenge the group gives feedback on.
    const [dewi] = await t.db.query(`SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id WHERE p.name = 'Dewi Deelnemer' AND e.edition_id = $1`, [w.edition.id]);
    expect(mine[0].members[0]).toMatchObject({ name: 'Dewi Deelnemer', enrolmentId: dewi.id });
    const karin = (await (await t.loginAs(w.f1.email)).get('/api/me/groups')).body;
    expect(karin.map((g: { name: string; as: string }) => [g.name, g.as])).toEqual([['Groep Noord', 'facilitator']]);
    expect((await (await t.loginAs(w.participants[5].email)).get('/api/me/groups')).body).toEqual([]);
    expect((await (await t.loginAs(w.director.email)).get('/api/me/groups')).body).toEqual([]);

    // Dewi moves to Noord after its first meeting took place: that one did not expect her, so it is not hers to list.
    const [noordFirst] = await t.db.query(
      `SELECT s.id FROM session s JOIN network_group g ON g.id = s.network_group_id WHERE g.edition_id = $1 AND g.name = 'Groep Noord' ORDER BY s.starts_at LIMIT 1`,
      [w.edition.id],
    );
    await t.db.query(`UPDATE session SET starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '2 hours' WHERE id = $1`, [noordFirst.id]);
    await t.db.query(`UPDATE network_group_member SET left_at = now() WHERE enrolment_id = $1 AND left_at IS NULL`, [dewi.id]);
    await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) SELECT id, $2 FROM network_group WHERE edition_id = $1 AND name = 'Groep Noord'`, [w.edition.id, dewi.id]);
    const moved = (await (await t.loginAs(w.participants[3].email)).get('/api/me/groups')).body;
    expect(moved.map((g: { name: string }) => g.name)).toEqual(['Groep Noord']);
    expect(moved[0].sessions.map((s: { sessionId: string }) => s.sessionId)).not.toContain(noordFirst.id);
    expect(moved[0].sessions.map((s: { title: string }) => s.title)).toEqual(['Netwerksessie 2']);
    // Karin, who leads Noord, still sees every meeting of it.
    const karinAfter = (await (await t.loginAs(w.f1.email)).get('/api/me/groups')).body;
    expect(karinAfter[0].sessions.map((s: { sessionId: string }) => s.sessionId)).toContain(noordFirst.id);

    // Her first stay in Zuid had a meeting; when she comes back, that one expected her and is listed again.
    const zuidSessions: { id: string }[] = await t.db.query(
      `SELECT s.id FROM session s JOIN network_group g ON g.id = s.network_group_id WHERE g.edition_id = $1 AND g.name = 'Groep Zuid' ORDER BY s.starts_at`,
      [w.edition.id],
    );
    await t.db.query(`UPDATE session SET starts_at = now() - interval '5 days', ends_at = now() - interval '5 days' + interval '2 hours' WHERE id = $1`, [zuidSessions[0].id]);
    await t.db.query(
      `UPDATE network_group_member m SET joined_at = now() - interval '10 days', left_at = now() - interval '1 day'
         FROM network_group g WHERE g.id = m.network_group_id AND g.name = 'Groep Zuid' AND m.enrolment_id = $1`,
      [dewi.id],
    );
    await t.db.query(`UPDATE network_group_member SET left_at = now() WHERE enrolment_id = $1 AND left_at IS NULL`, [dewi.id]);
    await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) SELECT id, $2 FROM network_group WHERE edition_id = $1 AND name = 'Groep Zuid'`, [w.edition.id, dewi.id]);
    const back = (await (await t.loginAs(w.participants[3].email)).get('/api/me/groups')).body;
    expect(back.map((g: { name: string }) => g.name)).toEqual(['Groep Zuid']);
    expect(back[0].sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual(zuidSessions.map((session) => session.id));
  });
});
