import { given } from '../../test/builders';
import { parseMail, readOutbox, readRawOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';

const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** A running edition of ten-ish sessions: two of them with the internal teams, a board meeting, and a participant with a challenge. */
async function editionWithParticipant(t: TestApp) {
  const g = given(t.db);
  const organisation = await g.organisation();
  const edition = await g.edition();
  const participant = await g.person({ name: 'Anouk Jansen', organisationId: organisation.id });
  const enrolment = await g.enrolment(edition.id, participant.id, 'participant');
  await g.challenge(enrolment.id, { title: 'Slimme sensoren in de nachtdienst', phase: 'direct' });
  const ordinaryDays = [];
  for (const days of [7, 28, 49]) ordinaryDays.push(await g.session(edition.id, { startsAt: inDays(days) }));
  const teamDays = [
    await g.session(edition.id, { title: 'Lesdag 3 – Samen met je intern team', audienceInternalTeams: true, startsAt: inDays(14) }),
    await g.session(edition.id, { title: 'Lesdag 8 – Opschalen met je intern team', audienceInternalTeams: true, startsAt: inDays(70) }),
  ];
  const boardMeeting = await g.session(edition.id, { kind: 'board_meeting', startsAt: inDays(21) });
  return { organisation, edition, participant, enrolment, teamDays, ordinaryDays, boardMeeting };
}

async function mailsTo(t: TestApp, email: string): Promise<string[]> {
  // Invitations are queued; the notification worker sends what is due.
  await t.app.get(NotificationWorker).runOnce();
  return (await readRawOutbox(t.config.dataDir)).filter((mail) => parseMail(mail).to === email);
}

/** The colleague accepts the participant's invitation, as they would after logging in. */
async function inviteAndAccept(t: TestApp, participantEmail: string, person: { email: string }, roleInOrganisation = 'Fysiotherapeut') {
  const invited = await (await t.loginAs(participantEmail)).post('/api/me/internal-team', { name: 'Getypte naam', email: person.email, roleInOrganisation });
  expect(invited.status).toBe(201);
  expect((await (await t.loginAs(person.email)).post(`/api/me/invitations/${invited.body.invitationId}/accept`)).status).toBe(204);
}

const colleague = { name: 'Bram de Wit', email: 'Bram.de.Wit@Zorg.example', roleInOrganisation: 'Teamleider nachtdienst' };

describe('the internal team', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  // Every test invites the same colleague; the invitation limit per address is a spec of its own (rate-limits).
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_counter`));

  it('lets a participant invite a colleague, who gets an account invitation and joins the team once they accept', async () => {
    const { participant, edition, enrolment, organisation } = await editionWithParticipant(t);
    const client = await t.loginAs(participant.email);

    const invited = await client.post('/api/me/internal-team', colleague);
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({
      invitationId: expect.any(String),
      name: 'Bram de Wit',
      email: 'bram.de.wit@zorg.example',
      roleInOrganisation: 'Teamleider nachtdienst',
      status: 'pending',
      invitedAt: expect.any(String),
    });
    // Until they accept, the invitation is only what the participant typed: nothing of it is attached to the person.
    const [person] = await t.db.query(`SELECT id, organisation_id AS "organisationId" FROM person WHERE email = 'bram.de.wit@zorg.example'`);
    expect(person.organisationId).toBeNull();
    expect(await t.db.query(`SELECT 1 FROM enrolment WHERE person_id = $1`, [person.id])).toEqual([]);
    const [mail] = await mailsTo(t, 'bram.de.wit@zorg.example');
    expect(mail).toBeDefined();

    const team = await client.get('/api/me/internal-team');
    expect(team.body).toEqual({
      teams: [{ enrolmentId: enrolment.id, editionId: edition.id, editionName: edition.name, members: [], invitations: [invited.body] }],
      supporting: [],
    });

    // Someone who already has an account keeps their name, and joins the team with the role typed once they accept.
    const existing = await given(t.db).person({ name: 'Carla Bestaand' });
    await inviteAndAccept(t, participant.email, existing, 'Verpleegkundige');
    const [stored] = await t.db.query(
      `SELECT e.edition_id AS "editionId", e.supports_enrolment_id AS "supports", e.role_in_organisation AS "roleInOrganisation", e.status
         FROM enrolment e WHERE e.person_id = $1 AND e.role = 'internal_team_member'`,
      [existing.id],
    );
    expect(stored).toEqual({ editionId: edition.id, supports: enrolment.id, roleInOrganisation: 'Verpleegkundige', status: 'active' });
    // Having accepted, she works for the participant's organisation, as she had none of her own.
    expect(await t.db.query(`SELECT organisation_id AS "organisationId" FROM person WHERE id = $1`, [existing.id])).toEqual([{ organisationId: organisation.id }]);
    expect((await client.get('/api/me/internal-team')).body.teams[0]).toMatchObject({
      members: [{ personId: existing.id, name: 'Carla Bestaand', email: existing.email, roleInOrganisation: 'Verpleegkundige' }],
      invitations: [invited.body],
    });

    // Inviting her again with the role she has, as listed above the form, invites nobody and mails nobody (with
    // another role it asks her to take that one: invitations.int-spec).
    const mailsBefore = (await mailsTo(t, existing.email)).length;
    const again = await client.post('/api/me/internal-team', { name: 'Ngô Bảo Châu', email: existing.email.toUpperCase(), roleInOrganisation: 'verpleegkundige' });
    expect([again.status, again.body.error]).toEqual([409, 'already_in_team']);
    expect((await client.get('/api/me/internal-team')).body.teams[0].invitations).toEqual([invited.body]);
    expect(await mailsTo(t, existing.email)).toHaveLength(mailsBefore);
  });

  it('shows a member exactly the two internal-team days, with an RSVP, and the challenge they support', async () => {
    const { participant, teamDays, edition } = await editionWithParticipant(t);
    // Another edition's internal-team days must not show up.
    await editionWithParticipant(t);
    const member = await given(t.db).person({ name: 'Bram Teamlid' });
    await inviteAndAccept(t, participant.email, member);
    const client = await t.loginAs(member.email);

    const answered = await client.put(`/api/sessions/${teamDays[0].id}/rsvp`, { response: 'attending' });
    expect(answered.status).toBe(200);
    const mine = await client.get('/api/me/internal-team');
    expect(mine.body).toEqual({
      teams: [],
      supporting: [
        {
          editionId: edition.id,
          editionName: edition.name,
          participantName: 'Anouk Jansen',
          roleInOrganisation: 'Fysiotherapeut',
          challenge: { title: 'Slimme sensoren in de nachtdienst', description: '', innovation: '', goal: '', phase: 'direct' },
          days: [
            expect.objectContaining({ sessionId: teamDays[0].id, title: teamDays[0].title, onlineUrl: null, rsvp: { response: 'attending' } }),
            expect.objectContaining({ sessionId: teamDays[1].id, rsvp: null }),
          ],
        },
      ],
    });

    // The schedule and the calendar feed (built on the same expected_attendee view) show exactly those two days.
    const schedule = await client.get('/api/me/schedule');
    expect(schedule.status).toBe(200);
    expect(schedule.body.map((entry: { sessionId: string }) => entry.sessionId)).toEqual(teamDays.map((day) => day.id));
    const links = await client.get('/api/me/calendar');
    const feed = await t.anonymous().get(new URL(links.body.feedUrl).pathname);
    expect(feed.status).toBe(200);
    expect([...feed.text.matchAll(/^UID:(.+)@koers\r$/gm)].map((match) => match[1])).toEqual(teamDays.map((day) => day.id));
  });

  it('removes a member from the team while their attendance history stays', async () => {
    const { participant, teamDays } = await editionWithParticipant(t);
    const client = await t.loginAs(participant.email);
    const removed = await given(t.db).person();
    await inviteAndAccept(t, participant.email, removed);
    // Their schedule goes out before anything changes (a change while it waits is in it when it is written).
    await mailsTo(t, removed.email);
    const member = { personId: removed.id };
    await t.db.query(`UPDATE session SET starts_at = now() - interval '8 hours', ends_at = now() - interval '2 hours' WHERE id = $1`, [teamDays[0].id]);
    await given(t.db).attendance(teamDays[0].id, member.personId, 'present');

    const outsider = await editionWithParticipant(t);
    expect((await (await t.loginAs(outsider.participant.email)).delete(`/api/me/internal-team/${member.personId}`)).status).toBe(404);
    // Removed twice (a second tab, a retried request, side by side): the same answer, one mail.
    const removals = await Promise.all(Array.from({ length: 6 }, () => client.delete(`/api/me/internal-team/${member.personId}`)));
    expect(removals.map((removal) => removal.status)).toEqual(Array(6).fill(204));
    expect((await client.delete(`/api/me/internal-team/${member.personId}`)).status).toBe(204);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE person_id = $1 AND payload->>'why' = 'team_removed'`, [member.personId])).toEqual([{ n: 1 }]);

    expect((await client.get('/api/me/internal-team')).body.teams[0].members).toEqual([]);
    const [enrolment] = await t.db.query(`SELECT status FROM enrolment WHERE person_id = $1`, [member.personId]);
    expect(enrolment.status).toBe('withdrawn');
    expect(await t.db.query(`SELECT status FROM attendance WHERE person_id = $1`, [member.personId])).toEqual([{ status: 'present' }]);
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE person_id = $1`, [member.personId])).toEqual([]);
    // The cancellation goes out before they are invited again (a change while it waits would be folded into it).
    await mailsTo(t, removed.email);

    // Invited again and accepted, they are back in the team.
    await t.db.query(`UPDATE session SET updated_at = now() - interval '1 hour' WHERE id = $1`, [teamDays[1].id]);
    await inviteAndAccept(t, participant.email, removed);
    expect((await client.get('/api/me/internal-team')).body.teams[0].members).toHaveLength(1);
    // The team day comes back into their calendar: with the SEQUENCE of the cancellation they got on removal, its
    // invitation is the newer revision only with a newer stamp than that cancellation's.
    await mailsTo(t, removed.email);
    const calendars = (await readOutbox(t.config.dataDir))
      .filter((mail) => mail.to === removed.email)
      .flatMap((mail) => mail.attachments.filter((attachment) => attachment.contentType.startsWith('text/calendar')).map((attachment) => attachment.content));
    const stamps = (method: string) =>
      calendars
        .filter((calendar) => calendar.includes(`METHOD:${method}`) && calendar.includes(`UID:${teamDays[1].id}@koers`))
        .map((calendar) => /^DTSTAMP:(\d{8}T\d{6}Z)\r?$/m.exec(calendar)![1]);
    const [cancelled] = stamps('CANCEL');
    expect(cancelled).toBeDefined();
    expect(stamps('REQUEST').sort().at(-1)! >= cancelled).toBe(true);
  });

  it('removes a member from a current team whom the participant removed from their team in an archived edition too', async () => {
    const g = given(t.db);
    const [participant, member] = [await g.person(), await g.person()];
    const archived = await g.edition({ status: 'archived' });
    const archivedTeam = await g.enrolment(archived.id, participant.id, 'participant');
    const former = await g.enrolment(archived.id, member.id, 'internal_team_member', { supportsEnrolmentId: archivedTeam.id });
    await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE id = $1`, [former.id]);
    const current = await g.edition();
    const currentTeam = await g.enrolment(current.id, participant.id, 'participant');
    const now = await g.enrolment(current.id, member.id, 'internal_team_member', { supportsEnrolmentId: currentTeam.id });

    expect((await (await t.loginAs(participant.email)).delete(`/api/me/internal-team/${member.id}`)).status).toBe(204);
    expect(await t.db.query(`SELECT status FROM enrolment WHERE id = $1`, [now.id])).toEqual([{ status: 'withdrawn' }]);
  });

  it('says an archived edition is archived when its participant invites a colleague to it, and refuses an edition they are not in', async () => {
    const g = given(t.db);
    const participant = await g.person();
    const archived = await g.edition({ status: 'archived' });
    await g.enrolment(archived.id, participant.id, 'participant');
    const client = await t.loginAs(participant.email);
    const invite = (editionId: string) => client.post('/api/me/internal-team', { name: 'Kim', email: `kim.${editionId}@zorg.example`, roleInOrganisation: 'Teamleider', editionId });
    const refused = await invite(archived.id);
    expect([refused.status, refused.body.error]).toEqual([409, 'edition_archived']);
    expect((await invite((await g.edition()).id)).status).toBe(403);
  });

  it('validates the invitation and keeps everyone in at most one team per edition', async () => {
    const { participant, edition } = await editionWithParticipant(t);
    const client = await t.loginAs(participant.email);
    expect((await t.anonymous().post('/api/me/internal-team', colleague)).status).toBe(401);

    const empty = await client.post('/api/me/internal-team', { name: ' ', email: 'geen-adres', roleInOrganisation: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'name', 'roleInOrganisation']);
    expect((await client.post('/api/me/internal-team', { ...colleague, isAdmin: true })).status).toBe(400);
    // A role typed over two lines is one line, as every name is; a direction override is refused.
    const twoLines = await client.post('/api/me/internal-team', { ...colleague, email: 'twee.regels@zorg.example', roleInOrganisation: 'Teamleider\nnacht' });
    expect(twoLines.body.roleInOrganisation).toBe('Teamleider nacht');
    expect((await client.post('/api/me/internal-team', { ...colleague, roleInOrganisation: 'Leider \u202ethcan' })).status).toBe(400);
    const self = await client.post('/api/me/internal-team', { ...colleague, email: participant.email });
    expect(self.body.error).toBe('team_member_is_self');

    const g = given(t.db);
    const other = await g.person();
    const otherEnrolment = await g.enrolment(edition.id, other.id, 'participant');
    const taken = await g.person();
    await g.enrolment(edition.id, taken.id, 'internal_team_member', { supportsEnrolmentId: otherEnrolment.id });
    // The inviter learns nothing about other teams: the invitation is pending like any other (the invitee hears it on accepting).
    const pending = await client.post('/api/me/internal-team', { ...colleague, email: taken.email });
    expect(pending.status).toBe(201);
    expect(pending.body).toMatchObject({ name: colleague.name, status: 'pending' });

    // Not a participant (here: a director) → 403.
    const director = await g.person();
    await g.enrolment(edition.id, director.id, 'director');
    expect((await (await t.loginAs(director.email)).post('/api/me/internal-team', colleague)).status).toBe(403);
    expect((await (await t.loginAs(director.email)).get('/api/me/internal-team')).body).toEqual({ teams: [], supporting: [] });
  });

  it('asks which edition when the participant is in more than one', async () => {
    const { participant } = await editionWithParticipant(t);
    const g = given(t.db);
    const second = await g.edition();
    await g.enrolment(second.id, participant.id, 'participant');
    const client = await t.loginAs(participant.email);

    const ambiguous = await client.post('/api/me/internal-team', colleague);
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.fields).toEqual([{ field: 'editionId', message: 'Kies de editie waarvoor je deze collega uitnodigt.' }]);
    expect((await client.post('/api/me/internal-team', { ...colleague, editionId: second.id })).status).toBe(201);
    const elsewhere = await g.edition();
    expect((await client.post('/api/me/internal-team', { ...colleague, editionId: elsewhere.id })).status).toBe(403);
  });

  it('leaves a draft edition out until it is published: its team, its challenge and the choice of edition', async () => {
    const { participant } = await editionWithParticipant(t);
    const g = given(t.db);
    const draft = await g.edition({ name: 'Nog niet gepubliceerd', status: 'draft' });
    const inDraft = await g.enrolment(draft.id, participant.id, 'participant');
    await g.challenge(inDraft.id, { title: 'Concepttitel', phase: 'direct' });
    const member = await g.person({ name: 'Bram Teamlid' });
    await g.enrolment(draft.id, member.id, 'internal_team_member', { supportsEnrolmentId: inDraft.id });
    const client = await t.loginAs(participant.email);

    expect((await client.get('/api/me/internal-team')).body.teams.map((team: { editionId: string }) => team.editionId)).not.toContain(draft.id);
    // With the draft not counting, the running edition is the only one: no need to ask which.
    expect((await client.post('/api/me/internal-team', colleague)).status).toBe(201);
    expect((await client.get(`/api/me/challenge?editionId=${draft.id}`)).status).toBe(404);
    // Nor can anyone be invited into the draft's team: nobody is mailed and no account is made.
    const intoDraft = { ...colleague, email: 'nog.niet@zorg.example', editionId: draft.id };
    expect((await client.post('/api/me/internal-team', intoDraft)).status).toBe(403);
    expect(await t.db.query(`SELECT id FROM person WHERE email = $1`, [intoDraft.email])).toEqual([]);

    const memberClient = await t.loginAs(member.email);
    expect((await memberClient.get('/api/me/internal-team')).body.supporting).toEqual([]);
    expect((await memberClient.get(`/api/enrolments/${inDraft.id}/challenge`)).status).toBe(403);
    expect((await client.get(`/api/enrolments/${inDraft.id}/challenge`)).status).toBe(403);

    await t.db.query(`UPDATE edition SET status = 'open' WHERE id = $1`, [draft.id]);
    expect((await memberClient.get('/api/me/internal-team')).body.supporting).toEqual([expect.objectContaining({ editionId: draft.id, challenge: expect.objectContaining({ title: 'Concepttitel' }) })]);
    expect((await memberClient.get(`/api/enrolments/${inDraft.id}/challenge`)).status).toBe(200);
    expect((await client.get(`/api/me/challenge?editionId=${draft.id}`)).status).toBe(200);
  });

  it('answers the team page in a fixed number of queries', async () => {
    const { participant } = await editionWithParticipant(t);
    const client = await t.loginAs(participant.email);
    t.queries.reset();
    await client.get('/api/me/internal-team');
    const small = t.queries.count;
    for (let i = 0; i < 8; i++) await client.post('/api/me/internal-team', { ...colleague, email: `collega${i}@zorg.example` });
    for (let i = 0; i < 3; i++) await inviteAndAccept(t, participant.email, await given(t.db).person());
    t.queries.reset();
    const team = (await client.get('/api/me/internal-team')).body.teams[0];
    expect(team.members).toHaveLength(3);
    expect(team.invitations).toHaveLength(8);
    expect(t.queries.count).toBe(small);
  });
});
