import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { whileLocked } from '../../test/while-locked';
import { NotificationWorker } from '../notifications/notification-worker';
import { lockRsvpAnswer } from '../rsvp/rsvp.repository';

const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** A running edition with a participant (with a challenge), their director, a board meeting and an internal-team day. */
async function edition(t: TestApp) {
  const g = given(t.db);
  const organisation = await g.organisation({ name: `Zorggroep ${Math.random().toString(36).slice(2, 8)}` });
  const edition = await g.edition();
  const director = await g.person({ name: 'Dirk Directeur', organisationId: organisation.id });
  await g.enrolment(edition.id, director.id, 'director');
  const participant = await g.person({ name: 'Anouk Jansen', organisationId: organisation.id });
  const enrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
  await g.challenge(enrolment.id, { title: 'Slimme sensoren in de nachtdienst', phase: 'plan' });
  const trainer = await g.person({ name: 'Sanne Trainer' });
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const teamDay = await g.session(edition.id, { title: 'Lesdag 3 – met je intern team', audienceInternalTeams: true, startsAt: inDays(14) });
  const boardMeeting = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: inDays(21) });
  await g.sessionStaff(boardMeeting.id, trainer.id);
  return { organisation, edition, director, participant, enrolment, trainer, teamDay, boardMeeting };
}

const ID = /^[0-9a-f-]{36}$/;

describe('invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  // Every test invites from the same address; the limits themselves are tested with the rate limits.
  beforeEach(() => t.db.query(`DELETE FROM rate_limit_counter`));

  const enrolmentsOf = (personId: string) => t.db.query(`SELECT role, status FROM enrolment WHERE person_id = $1 ORDER BY role`, [personId]);
  const deliveriesOf = (personId: string) => t.db.query(`SELECT kind FROM notification_delivery WHERE person_id = $1 ORDER BY created_at`, [personId]);
  const personByEmail = async (email: string) => (await t.db.query(`SELECT id FROM person WHERE email = $1`, [email]))[0] as { id: string };
  /** A person created by an invitation has no password yet; give them the test password, as the mail's link would. */
  const choosePassword = (personId: string, like: { id: string }) =>
    t.db.query(`UPDATE person SET password_hash = (SELECT password_hash FROM person WHERE id = $2) WHERE id = $1`, [personId, like.id]);

  it('answers the same for an existing account and a new address, names no one and enrols nobody until accepted', async () => {
    const { participant, enrolment } = await edition(t);
    const client = await t.loginAs(participant.email);
    const existing = await given(t.db).person({ name: 'Carla Bestaand' });

    const toExisting = await client.post('/api/me/internal-team', { name: 'Carla B.', email: existing.email, roleInOrganisation: 'Verpleegkundige' });
    const toNew = await client.post('/api/me/internal-team', { name: 'Nina Nieuw', email: 'Nina.Nieuw@Zorg.example', roleInOrganisation: 'Verpleegkundige' });

    expect(toExisting.status).toBe(201);
    expect(toNew.status).toBe(201);
    const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
    expect(shape(toExisting.body)).toEqual(shape(toNew.body));
    expect(toExisting.body).toEqual({
      invitationId: expect.stringMatching(ID),
      name: 'Carla B.',
      email: existing.email,
      roleInOrganisation: 'Verpleegkundige',
      status: 'pending',
      invitedAt: expect.any(String),
    });
    expect(toNew.body).toEqual({ ...toExisting.body, invitationId: expect.stringMatching(ID), name: 'Nina Nieuw', email: 'nina.nieuw@zorg.example', invitedAt: expect.any(String) });
    // Neither the person's id nor their own name comes back.
    const created = await personByEmail('nina.nieuw@zorg.example');
    for (const body of [toExisting.body, toNew.body]) {
      expect(JSON.stringify(body)).not.toContain(existing.id);
      expect(JSON.stringify(body)).not.toContain(created.id);
      expect(JSON.stringify(body)).not.toContain('Carla Bestaand');
    }

    // Nobody is enrolled; each gets a mail (choose a password, or log in to accept).
    expect(await enrolmentsOf(existing.id)).toEqual([]);
    expect(await enrolmentsOf(created.id)).toEqual([]);
    expect(await deliveriesOf(existing.id)).toEqual([{ kind: 'invitation_received' }]);
    expect(await deliveriesOf(created.id)).toEqual([{ kind: 'invitation' }]);
    await t.app.get(NotificationWorker).runOnce();
    const mails = await readOutbox(t.config.dataDir);
    const toCarla = mails.find((mail) => mail.to.includes(existing.email))!;
    expect(toCarla.text).toContain('Anouk Jansen nodigt je uit voor het intern team');
    expect(toCarla.text).toContain('/uitnodigingen');
    expect(mails.find((mail) => mail.to.includes('nina.nieuw@zorg.example'))!.text).toContain('Kies een wachtwoord om in te loggen op Koers; daarna accepteer je de uitnodiging onder Uitnodigingen.');

    // The participant's team shows the pending invitations as typed, with no members yet.
    const team = await client.get('/api/me/internal-team');
    expect(team.body.teams).toEqual([
      expect.objectContaining({ enrolmentId: enrolment.id, members: [], invitations: [toExisting.body, toNew.body] }),
    ]);

    // The invited person does not see the challenge before accepting.
    const carla = await t.loginAs(existing.email);
    expect((await carla.get('/api/me/internal-team')).body).toEqual({ teams: [], supporting: [] });
  });

  it('mails an existing account once when the same invitation is sent several times at once', async () => {
    for (let round = 0; round < 3; round++) {
      await t.db.query(`DELETE FROM rate_limit_counter`);
      const { participant } = await edition(t);
      const colleague = await given(t.db).person({ name: 'Bram Bestaand' });
      const client = await t.loginAs(participant.email);
      const sent = await Promise.all(
        Array.from({ length: 3 }, () => client.post('/api/me/internal-team', { name: 'Bram', email: colleague.email, roleInOrganisation: 'Teamleider' })),
      );
      expect(sent.map((response) => response.status)).toEqual([201, 201, 201]);
      expect(await deliveriesOf(colleague.id)).toEqual([{ kind: 'invitation_received' }]);
    }
  });

  it('enrols the invited person when they accept, after which they read the challenge and are expected at the team days', async () => {
    const { participant, edition: ed, teamDay } = await edition(t);
    const existing = await given(t.db).person({ name: 'Carla Bestaand' });
    const { body: sent } = await (await t.loginAs(participant.email)).post('/api/me/internal-team', {
      name: 'Carla B.',
      email: existing.email,
      roleInOrganisation: 'Verpleegkundige',
    });
    const carla = await t.loginAs(existing.email);

    const received = await carla.get('/api/me/invitations');
    expect(received.status).toBe(200);
    expect(received.body).toEqual([
      {
        invitationId: sent.invitationId,
        kind: 'internal_team',
        invitedByName: 'Anouk Jansen',
        editionName: ed.name,
        roleInOrganisation: 'Verpleegkundige',
        session: null,
        invitedAt: expect.any(String),
        cannotAccept: null,
      },
    ]);
    // The notice above the pages counts it from /api/me.
    expect((await carla.get('/api/me')).body.waiting).toEqual({ unreadDiscussionThreads: 0, invitations: 1 });
    // Someone else cannot answer it, and the inviter cannot accept on their behalf.
    const stranger = await t.loginAs((await given(t.db).person()).email);
    expect((await stranger.get('/api/me')).body.waiting.invitations).toBe(0);
    expect((await stranger.post(`/api/me/invitations/${sent.invitationId}/accept`)).status).toBe(404);
    expect((await (await t.loginAs(participant.email)).post(`/api/me/invitations/${sent.invitationId}/accept`)).status).toBe(404);
    expect((await stranger.post(`/api/me/invitations/${sent.invitationId}/decline`)).status).toBe(404);

    expect((await carla.post(`/api/me/invitations/${sent.invitationId}/accept`)).status).toBe(204);
    expect(await enrolmentsOf(existing.id)).toEqual([{ role: 'internal_team_member', status: 'active' }]);
    // A new role in a running edition: the team days come by mail.
    expect(await deliveriesOf(existing.id)).toEqual([{ kind: 'invitation_received' }, { kind: 'schedule_published' }]);
    expect((await carla.get('/api/me/invitations')).body).toEqual([]);
    expect((await carla.get('/api/me')).body.waiting).toEqual({ unreadDiscussionThreads: 0, invitations: 0 });
    // Accepted again (a double click, a second tab): the same answer, nothing twice.
    const again = await Promise.all([1, 2, 3].map(() => carla.post(`/api/me/invitations/${sent.invitationId}/accept`)));
    expect(again.map((response) => response.status)).toEqual([204, 204, 204]);
    expect(await deliveriesOf(existing.id)).toEqual([{ kind: 'invitation_received' }, { kind: 'schedule_published' }]);

    const mine = await carla.get('/api/me/internal-team');
    expect(mine.body.supporting).toEqual([
      expect.objectContaining({ participantName: 'Anouk Jansen', challenge: expect.objectContaining({ title: 'Slimme sensoren in de nachtdienst' }) }),
    ]);
    expect(await t.db.query(`SELECT role FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [teamDay.id, existing.id])).toEqual([
      { role: 'internal_team_member' },
    ]);
    const team = await (await t.loginAs(participant.email)).get('/api/me/internal-team');
    expect(team.body.teams[0]).toMatchObject({ members: [{ personId: existing.id, name: 'Carla Bestaand' }], invitations: [] });
  });

  it('a new address gets an account and joins only after choosing a password and accepting', async () => {
    const { participant } = await edition(t);
    const { body: sent } = await (await t.loginAs(participant.email)).post('/api/me/internal-team', {
      name: 'Nina Nieuw',
      email: 'nina.accepteert@zorg.example',
      roleInOrganisation: 'Zorgcoördinator',
    });
    const nina = await personByEmail('nina.accepteert@zorg.example');
    expect(await enrolmentsOf(nina.id)).toEqual([]);
    await choosePassword(nina.id, participant);
    const client = await t.loginAs('nina.accepteert@zorg.example');
    expect((await client.get('/api/me/invitations')).body).toEqual([expect.objectContaining({ invitationId: sent.invitationId })]);
    expect((await client.post(`/api/me/invitations/${sent.invitationId}/accept`)).status).toBe(204);
    expect(await enrolmentsOf(nina.id)).toEqual([{ role: 'internal_team_member', status: 'active' }]);
  });

  it('leaves nothing behind when the invited person declines or the inviter withdraws', async () => {
    const { participant } = await edition(t);
    const participantClient = await t.loginAs(participant.email);
    const declining = await given(t.db).person();
    const withdrawn = await given(t.db).person();
    const { body: toDecline } = await participantClient.post('/api/me/internal-team', { name: 'Dorien', email: declining.email, roleInOrganisation: 'Arts' });
    const { body: toWithdraw } = await participantClient.post('/api/me/internal-team', { name: 'Wim', email: withdrawn.email, roleInOrganisation: 'Arts' });

    const decliner = await t.loginAs(declining.email);
    expect((await decliner.post(`/api/me/invitations/${toDecline.invitationId}/decline`)).status).toBe(204);
    // Answered already: the other answer says so, in words, rather than "not found".
    const acceptAfterDecline = await decliner.post(`/api/me/invitations/${toDecline.invitationId}/accept`);
    expect([acceptAfterDecline.status, acceptAfterDecline.body.error]).toEqual([409, 'invitation_declined']);
    expect(acceptAfterDecline.body.message).toContain('Je hebt deze uitnodiging al afgeslagen');

    // Only the inviter withdraws, and only while the invitation waits for an answer.
    expect((await decliner.delete(`/api/invitations/${toWithdraw.invitationId}`)).status).toBe(404);
    expect((await participantClient.delete(`/api/invitations/${toWithdraw.invitationId}`)).status).toBe(204);
    // Withdrawn already: the same answer again; one that was answered is no longer the inviter's to take back, and a
    // page opened before the answer is told which it was.
    expect((await participantClient.delete(`/api/invitations/${toWithdraw.invitationId}`)).status).toBe(204);
    const declinedMeanwhile = await participantClient.delete(`/api/invitations/${toDecline.invitationId}`);
    expect([declinedMeanwhile.status, declinedMeanwhile.body.error]).toEqual([409, 'invitation_declined_meanwhile']);
    const withdrawer = await t.loginAs(withdrawn.email);
    expect((await withdrawer.get('/api/me/invitations')).body).toEqual([]);
    expect((await withdrawer.post(`/api/me/invitations/${toWithdraw.invitationId}/accept`)).body.error).toBe('invitation_withdrawn');

    expect(await enrolmentsOf(declining.id)).toEqual([]);
    expect(await enrolmentsOf(withdrawn.id)).toEqual([]);
    // The participant sees who declined (the invited person was told so), until they invite them again.
    expect((await participantClient.get('/api/me/internal-team')).body.teams[0]).toMatchObject({ members: [], invitations: [{ name: 'Dorien', status: 'declined' }] });
    const again = await participantClient.post('/api/me/internal-team', { name: 'Dorien', email: declining.email, roleInOrganisation: 'Arts' });
    expect((await participantClient.get('/api/me/internal-team')).body.teams[0].invitations).toEqual([again.body]);
    expect((await participantClient.delete(`/api/invitations/${again.body.invitationId}`)).status).toBe(204);
    expect(await t.db.query(`SELECT status FROM invitation WHERE id = ANY($1) ORDER BY status`, [[toDecline.invitationId, toWithdraw.invitationId]])).toEqual([
      { status: 'declined' },
      { status: 'withdrawn' },
    ]);

    // Accepted, then declined: told it was accepted, and how to back out.
    const accepting = await given(t.db).person();
    const { body: toAccept } = await participantClient.post('/api/me/internal-team', { name: 'Anouk', email: accepting.email, roleInOrganisation: 'Arts' });
    const accepter = await t.loginAs(accepting.email);
    expect((await accepter.post(`/api/me/invitations/${toAccept.invitationId}/accept`)).status).toBe(204);
    const acceptedMeanwhile = await participantClient.delete(`/api/invitations/${toAccept.invitationId}`);
    expect([acceptedMeanwhile.status, acceptedMeanwhile.body.message]).toEqual([
      409,
      'Deze uitnodiging is intussen geaccepteerd: je collega zit nu in je team. Wil je dat niet, verwijder diegene dan uit je team.',
    ]);
    const declineAfterAccept = await accepter.post(`/api/me/invitations/${toAccept.invitationId}/decline`, undefined, { 'accept-language': 'en' });
    expect(declineAfterAccept.body).toMatchObject({ error: 'invitation_accepted', message: 'You already accepted this invitation. If you cannot make it after all, tell whoever invited you.' });
  });

  it('invites the programme office’s own account like anyone else: it stays un-enrolled until it accepts', async () => {
    const { participant, director, boardMeeting } = await edition(t);
    const admin = await given(t.db).person({ name: 'Programmabureau', isAdmin: true });
    const invited = await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Iemand', email: admin.email, roleInOrganisation: 'Kwaliteit' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ name: 'Iemand', status: 'pending' });
    const delegated = await (await t.loginAs(director.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, {
      response: 'delegate',
      delegateName: 'Iemand',
      delegateEmail: admin.email,
    });
    expect(delegated.body).toEqual({ response: 'delegate', delegateName: 'Iemand', delegateEmail: admin.email, delegateStatus: 'pending' });
    expect(await enrolmentsOf(admin.id)).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE person_id = $1`, [admin.id])).toEqual([]);

    const office = await t.loginAs(admin.email);
    const pending = (await office.get('/api/me/invitations')).body as { invitationId: string; kind: string }[];
    expect(pending.map((invitation) => invitation.kind).sort()).toEqual(['delegate', 'internal_team']);
    for (const invitation of pending) expect((await office.post(`/api/me/invitations/${invitation.invitationId}/accept`)).status).toBe(204);
    expect(await enrolmentsOf(admin.id)).toEqual([{ role: 'internal_team_member', status: 'active' }]);
  });

  it('tells the invitee, not the inviter, that they are already in another team', async () => {
    const { participant, edition: ed } = await edition(t);
    const g = given(t.db);
    const other = await g.person({ name: 'Olga Anderedeelnemer' });
    const otherEnrolment = await g.enrolment(ed.id, other.id, 'participant');
    const taken = await g.person({ name: 'Tim Bezet' });
    await g.enrolment(ed.id, taken.id, 'internal_team_member', { supportsEnrolmentId: otherEnrolment.id });

    const invited = await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Tim', email: taken.email, roleInOrganisation: 'Arts' });
    expect(invited.status).toBe(201);
    expect(invited.body.status).toBe('pending');
    const tim = await t.loginAs(taken.email);
    const refused = await tim.post(`/api/me/invitations/${invited.body.invitationId}/accept`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('already_in_another_team');
    expect(refused.body.message).not.toContain('Olga');
    // Still their one team, and the invitation still waits (they may leave the other team first), saying why it
    // cannot be accepted now.
    expect(await t.db.query(`SELECT supports_enrolment_id AS "supports" FROM enrolment WHERE person_id = $1`, [taken.id])).toEqual([{ supports: otherEnrolment.id }]);
    expect((await tim.get('/api/me/invitations')).body).toEqual([expect.objectContaining({ invitationId: invited.body.invitationId, cannotAccept: 'already_in_another_team' })]);
  });

  it('keeps whoever takes part in the edition otherwise out of a participant’s team: a fellow participant (also one waiting for a place), the director, the trainer', async () => {
    const { participant, director, trainer, edition: ed } = await edition(t);
    const classmate = await given(t.db).person({ name: 'Noah Klasgenoot' });
    await given(t.db).enrolment(ed.id, classmate.id, 'participant');
    // A place on the waiting list becomes a participant's without another check.
    const waiting = await given(t.db).person({ name: 'Wendy Wachtlijst' });
    await t.db.query(`INSERT INTO enrolment (edition_id, person_id, role, status, waitlist_position) VALUES ($1, $2, 'participant', 'waitlisted', 1)`, [ed.id, waiting.id]);
    const inviter = await t.loginAs(participant.email);
    for (const other of [classmate, waiting, director, trainer]) {
      const invited = await inviter.post('/api/me/internal-team', { name: other.name, email: other.email, roleInOrganisation: 'Collega' });
      expect([invited.status, invited.body.status]).toEqual([201, 'pending']);
      const before = await enrolmentsOf(other.id);
      const invitee = await t.loginAs(other.email);
      // Their list says so before they try: the card offers only to decline.
      expect((await invitee.get('/api/me/invitations')).body).toEqual([expect.objectContaining({ invitationId: invited.body.invitationId, cannotAccept: 'other_role_in_edition' })]);
      const refused = await invitee.post(`/api/me/invitations/${invited.body.invitationId}/accept`);
      expect([refused.status, refused.body.error]).toEqual([409, 'other_role_in_edition']);
      expect(await enrolmentsOf(other.id)).toEqual(before);
    }
  });

  it('sends no second schedule to someone invited again to the team they are in; their role is updated', async () => {
    const { participant, enrolment } = await edition(t);
    const inviter = await t.loginAs(participant.email);
    const colleague = await given(t.db).person({ name: 'Kim Teamlid' });
    const kim = await t.loginAs(colleague.email);
    const schedules = async () => (await deliveriesOf(colleague.id)).filter((delivery: { kind: string }) => delivery.kind === 'schedule_published').length;

    const first = await inviter.post('/api/me/internal-team', { name: 'Kim', email: colleague.email, roleInOrganisation: 'Teamleider' });
    expect((await kim.post(`/api/me/invitations/${first.body.invitationId}/accept`)).status).toBe(204);
    expect(await schedules()).toBe(1);
    const again = await inviter.post('/api/me/internal-team', { name: 'Kim', email: colleague.email, roleInOrganisation: 'Teamleider nacht' });
    expect((await kim.post(`/api/me/invitations/${again.body.invitationId}/accept`)).status).toBe(204);
    expect(await schedules()).toBe(1);
    expect(await t.db.query(`SELECT role_in_organisation AS role, supports_enrolment_id AS supports FROM enrolment WHERE person_id = $1`, [colleague.id])).toEqual([
      { role: 'Teamleider nacht', supports: enrolment.id },
    ]);
  });

  it('puts a delegate on the board meeting roster only once they accept, and answers the same for existing and new addresses', async () => {
    const { director, trainer, boardMeeting } = await edition(t);
    const client = await t.loginAs(director.email);
    const existing = await given(t.db).person({ name: 'Vera Bestaand' });

    const toExisting = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera V.', delegateEmail: existing.email });
    expect(toExisting.status).toBe(200);
    expect(toExisting.body).toEqual({ response: 'delegate', delegateName: 'Vera V.', delegateEmail: existing.email, delegateStatus: 'pending' });
    expect(JSON.stringify(toExisting.body)).not.toContain(existing.id);
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, existing.id])).toEqual([]);
    expect(await deliveriesOf(existing.id)).toEqual([{ kind: 'invitation_received' }]);

    // Another delegate (a new address) replaces the first invitation; the answer looks the same.
    const toNew = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Nora Nieuw', delegateEmail: 'nora.nieuw@zorg.example' });
    expect(toNew.status).toBe(200);
    expect(Object.keys(toNew.body).sort()).toEqual(Object.keys(toExisting.body).sort());
    expect(toNew.body).toEqual({ response: 'delegate', delegateName: 'Nora Nieuw', delegateEmail: 'nora.nieuw@zorg.example', delegateStatus: 'pending' });
    const nora = await personByEmail('nora.nieuw@zorg.example');
    expect(await deliveriesOf(nora.id)).toEqual([{ kind: 'invitation' }]);
    expect((await (await t.loginAs(existing.email)).get('/api/me/invitations')).body).toEqual([]);

    // The director sees the delegate as invited on their board-meeting page.
    const meetings = await client.get('/api/me/board-meetings');
    expect(meetings.body.find((m: { sessionId: string }) => m.sessionId === boardMeeting.id).rsvp).toEqual(toNew.body);

    await choosePassword(nora.id, director);
    const delegate = await t.loginAs('nora.nieuw@zorg.example');
    const [received] = (await delegate.get('/api/me/invitations')).body;
    expect(received).toMatchObject({ kind: 'delegate', invitedByName: 'Dirk Directeur', session: { sessionId: boardMeeting.id, title: 'Bestuurlijke bijeenkomst 1' } });
    expect((await delegate.post(`/api/me/invitations/${received.invitationId}/accept`)).status).toBe(204);

    const roster = await (await t.loginAs(trainer.email)).get(`/api/sessions/${boardMeeting.id}/roster`);
    expect(roster.body).toEqual(expect.arrayContaining([expect.objectContaining({ personId: nora.id, role: 'delegate', groupedUnder: director.id })]));
    expect((await client.get('/api/me/board-meetings')).body.find((m: { sessionId: string }) => m.sessionId === boardMeeting.id).rsvp).toMatchObject({
      delegateStatus: 'accepted',
    });
    // Answering with the same delegate again keeps them; coming oneself takes them off the roster.
    const again = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Nora', delegateEmail: 'nora.nieuw@zorg.example' });
    expect(again.body.delegateStatus).toBe('accepted');
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, nora.id])).toEqual([]);
  });

  it('a declined delegate invitation puts no one on the roster, and a changed answer voids a pending one', async () => {
    const { director, boardMeeting } = await edition(t);
    const client = await t.loginAs(director.email);
    const first = await given(t.db).person();
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Eerste', delegateEmail: first.email });
    const firstClient = await t.loginAs(first.email);
    const [invitation] = (await firstClient.get('/api/me/invitations')).body;
    expect((await firstClient.post(`/api/me/invitations/${invitation.invitationId}/decline`)).status).toBe(204);
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, first.id])).toEqual([]);
    expect((await client.get('/api/me/board-meetings')).body.find((m: { sessionId: string }) => m.sessionId === boardMeeting.id).rsvp).toMatchObject({
      delegateStatus: 'declined',
    });

    const second = await given(t.db).person();
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Tweede', delegateEmail: second.email });
    const secondClient = await t.loginAs(second.email);
    const [pending] = (await secondClient.get('/api/me/invitations')).body;
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' });
    expect((await secondClient.get('/api/me/invitations')).body).toEqual([]);
    expect((await secondClient.post(`/api/me/invitations/${pending.invitationId}/accept`)).body.error).toBe('invitation_withdrawn');
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, second.id])).toEqual([]);
  });

  it('is part of both people’s data export, and goes when either is erased', async () => {
    const { participant } = await edition(t);
    const invitee = await given(t.db).person({ name: 'Eva Export' });
    await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Eva', email: invitee.email, roleInOrganisation: 'Arts' });
    const sent = (await (await t.loginAs(participant.email)).get('/api/me/export')).body.invitations;
    expect(sent).toEqual([expect.objectContaining({ direction: 'sent', kind: 'internal_team', status: 'pending', name: 'Eva', email: invitee.email, invitedByName: 'Anouk Jansen' })]);
    const received = (await (await t.loginAs(invitee.email)).get('/api/me/export')).body.invitations;
    expect(received).toEqual([expect.objectContaining({ direction: 'received', name: 'Eva', invitedByName: 'Anouk Jansen' })]);

    const admin = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await admin.delete(`/api/admin/people/${invitee.id}`)).status).toBeLessThan(300);
    expect(await t.db.query(`SELECT 1 FROM invitation WHERE person_id = $1 OR email = $2`, [invitee.id, invitee.email])).toEqual([]);
  });

  it('refuses anonymous callers and malformed ids', async () => {
    expect((await t.anonymous().get('/api/me/invitations')).status).toBe(401);
    const client = await t.loginAs((await given(t.db).person()).email);
    expect([400, 404]).toContain((await client.post('/api/me/invitations/niet-een-id/accept')).status);
    expect((await client.post(`/api/me/invitations/${crypto.randomUUID()}/accept`)).status).toBe(404);
  });
  it('tells a delegate already in the edition of the one meeting that came, not their whole schedule again', async () => {
    const { edition: ed, participant, director, boardMeeting } = await edition(t);
    const g = given(t.db);
    const secondMeeting = await g.session(ed.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 2', startsAt: inDays(28) });
    const colleague = await g.person({ name: 'Cor Collega' });
    await g.enrolment(ed.id, colleague.id, 'director');
    const outsider = await g.person({ name: 'Olga Buiten' });
    const accept = async (person: { email: string }) => {
      const client = await t.loginAs(person.email);
      const [invitation] = (await client.get('/api/me/invitations')).body;
      expect((await client.post(`/api/me/invitations/${invitation.invitationId}/accept`)).status).toBe(204);
    };
    // The participant, expected at the edition's days already, goes for her director.
    await (await t.loginAs(director.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Anouk', delegateEmail: participant.email });
    await accept(participant);
    // Someone with no role in it goes for the colleague twice: both meetings are news, in one mail while the first waits.
    await (await t.loginAs(colleague.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Olga', delegateEmail: outsider.email });
    await accept(outsider);
    await (await t.loginAs(colleague.email)).put(`/api/sessions/${secondMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Olga', delegateEmail: outsider.email });
    await accept(outsider);

    const kinds = async (personId: string) => (await deliveriesOf(personId)).map((delivery: { kind: string }) => delivery.kind).filter((kind: string) => kind !== 'invitation_received');
    expect(await kinds(participant.id)).toEqual(['calendar_updated']);
    expect(await kinds(outsider.id)).toEqual(['calendar_updated']);
    const waitingFor = async (personId: string): Promise<[string[], string[]][]> =>
      (await t.db.query(`SELECT payload FROM notification_delivery WHERE person_id = $1 AND kind = 'calendar_updated' ORDER BY created_at`, [personId])).map(
        (row: { payload: { added: string[]; removed: string[] } }) => [[...row.payload.added].sort(), row.payload.removed],
      );
    expect(await waitingFor(outsider.id)).toEqual([[[boardMeeting.id, secondMeeting.id].sort(), []]]);
    // Sent, the next change is a mail of its own.
    await t.app.get(NotificationWorker).runOnce();

    // Released, and named again for a meeting: told again, though a schedule mail goes to anyone only once.
    await (await t.loginAs(colleague.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    await (await t.loginAs(colleague.email)).put(`/api/sessions/${secondMeeting.id}/rsvp`, { response: 'attending' });
    await (await t.loginAs(colleague.email)).put(`/api/sessions/${secondMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Olga', delegateEmail: outsider.email });
    await accept(outsider);
    // Released from both and named again for the second before those mails went out: one mail, about the first meeting only.
    expect((await kinds(outsider.id)).filter((kind: string) => kind === 'calendar_updated')).toHaveLength(2);
    expect((await waitingFor(outsider.id)).filter(([added]) => added.length === 0)).toEqual([[[], [boardMeeting.id]]]);
    const [update] = await t.db.query(`SELECT payload FROM notification_delivery WHERE person_id = $1 AND kind = 'calendar_updated'`, [participant.id]);
    expect(update.payload).toMatchObject({ added: [boardMeeting.id], removed: [], why: 'delegate_accepted' });
  });

  it('has a delegate accepting wait for their director’s answer being saved, taking its lock first as the answer does', async () => {
    const { director, boardMeeting } = await edition(t);
    const delegate = await given(t.db).person();
    await (await t.loginAs(director.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera', delegateEmail: delegate.email });
    const asDelegate = await t.loginAs(delegate.email);
    const [invitation] = (await asDelegate.get('/api/me/invitations')).body;
    // The director's answer holds its lock and then wants the invitation: the acceptance must not hold that meanwhile.
    const accepted = await whileLocked(
      t.db,
      (transaction) => lockRsvpAnswer(transaction, boardMeeting.id, director.id),
      () => asDelegate.post(`/api/me/invitations/${invitation.invitationId}/accept`),
      (transaction) => transaction.query(`SELECT 1 FROM invitation WHERE id = $1 FOR UPDATE NOWAIT`, [invitation.invitationId]),
    );
    expect(accepted.status).toBe(204);
  });

  it('tells a director whose delegate declines, once, and counts the meeting as not answered until they answer again', async () => {
    const { director, boardMeeting } = await edition(t);
    const delegate = await given(t.db).person({ name: 'Vera Vervanger' });
    const asDirector = await t.loginAs(director.email);
    await asDirector.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera', delegateEmail: delegate.email });
    const asDelegate = await t.loginAs(delegate.email);
    const [invitation] = (await asDelegate.get('/api/me/invitations')).body;
    // The meeting's moment as every answer gives one: UTC with a Z.
    expect(invitation.session).toEqual({ sessionId: boardMeeting.id, title: 'Bestuurlijke bijeenkomst 1', startsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    // Until the delegate accepts, the director's home page does not say someone goes in their place.
    const home = async () => (await asDirector.get('/api/me/home')).body.director.nextBoardMeeting;
    expect(await home()).toMatchObject({ sessionId: boardMeeting.id, answer: 'delegate_invited' });
    const declined = await Promise.all([1, 2].map(() => asDelegate.post(`/api/me/invitations/${invitation.invitationId}/decline`)));
    // Declining twice (a double click, a second tab) is the same answer, with one mail.
    expect(declined.map((response) => response.status)).toEqual([204, 204]);

    expect(await home()).toMatchObject({ sessionId: boardMeeting.id, answer: null });
    expect(await deliveriesOf(director.id)).toEqual([{ kind: 'delegate_declined' }]);
    await t.app.get(NotificationWorker).runOnce();
    const mail = (await readOutbox(t.config.dataDir)).find((m) => m.to.includes(director.email) && m.subject.startsWith('Vera kan niet'))!;
    expect(mail.subject).toBe('Vera kan niet in jouw plaats naar Bestuurlijke bijeenkomst 1');
    expect(mail.text).toContain('Er gaat nu niemand voor je');
    // To the page where the director answers, at this meeting.
    expect(mail.text).toContain(`/bestuurlijke-bijeenkomsten#meeting-${boardMeeting.id}`);

    // Answered again, the meeting is settled.
    await asDirector.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    expect(await home()).toMatchObject({ answer: 'attending' });
  });

  it('ends the password link of someone invited at an address with no other use once the invitation is withdrawn, by the inviter or with the participant', async () => {
    const world = await edition(t);
    const { participant, enrolment } = world;
    const participantClient = await t.loginAs(participant.email);
    const invite = async (email: string) => (await participantClient.post('/api/me/internal-team', { name: 'Typo', email, roleInOrganisation: 'Arts' })).body;
    const [typo, elsewhere, teamOfLeaver] = [`typo.${enrolment.id}@gmail.con`, `bezet.${enrolment.id}@zorg.example`, `team.${enrolment.id}@zorg.example`];
    const [typoInvitation] = [await invite(typo), await invite(elsewhere), await invite(teamOfLeaver)];
    // The second address is also invited to another participant's team, which still waits for an answer.
    const other = await edition(t);
    await (await t.loginAs(other.participant.email)).post('/api/me/internal-team', { name: 'Bezet', email: elsewhere, roleInOrganisation: 'Arts' });
    await t.app.get(NotificationWorker).runOnce();
    const linkTo = async (address: string) =>
      decodeURIComponent(/wachtwoord-kiezen\?token=([^\s]+)/.exec((await readOutbox(t.config.dataDir)).find((sent) => sent.to.includes(address) && /wachtwoord-kiezen/.test(sent.text))!.text)![1]);
    const [typoLink, elsewhereLink, teamLink] = [await linkTo(typo), await linkTo(elsewhere), await linkTo(teamOfLeaver)];
    const works = async (token: string) => (await t.anonymous().post('/api/auth/password-link/check', { token, first: true })).status === 204;

    expect((await participantClient.delete(`/api/invitations/${typoInvitation.invitationId}`)).status).toBe(204);
    expect(await works(typoLink)).toBe(false);
    const refused = await t.anonymous().post('/api/auth/first-password', { token: typoLink, password: 'een-heel-nieuw-wachtwoord' });
    expect([refused.status, refused.body.error]).toEqual([400, 'invitation_link_invalid']);
    // The programme office withdraws the participant: their team's invitations go, and the links of those made for them only.
    expect((await (await t.loginAs((await given(t.db).person({ isAdmin: true })).email)).post(`/api/editions/${world.edition.id}/enrolments/${enrolment.id}/withdraw`, {})).status).toBe(200);
    expect([await works(teamLink), await works(elsewhereLink)]).toEqual([false, true]);
  });

  it('ends the password link of a delegate invited at a mistyped address once the director puts it right, or leaves the edition', async () => {
    const world = await edition(t);
    const director = await t.loginAs(world.director.email);
    const [typo, right] = [`typo.${world.boardMeeting.id}@gmail.con`, `goed.${world.boardMeeting.id}@zorg.example`];
    const answer = (delegateEmail: string) => director.put(`/api/sessions/${world.boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Dana', delegateEmail });
    expect((await answer(typo)).status).toBe(200);
    await t.app.get(NotificationWorker).runOnce();
    const linkTo = async (address: string) =>
      decodeURIComponent(/wachtwoord-kiezen\?token=([^\s]+)/.exec((await readOutbox(t.config.dataDir)).find((sent) => sent.to.includes(address) && /wachtwoord-kiezen/.test(sent.text))!.text)![1]);
    const works = async (token: string) => (await t.anonymous().post('/api/auth/password-link/check', { token, first: true })).status === 204;
    const typoLink = await linkTo(typo);
    expect(await works(typoLink)).toBe(true);

    expect((await answer(right)).status).toBe(200);
    expect(await works(typoLink)).toBe(false);
    await t.app.get(NotificationWorker).runOnce();
    const rightLink = await linkTo(right);
    expect(await works(rightLink)).toBe(true);

    // The programme office withdraws the director: the delegate invitation still waiting goes, and its link with it.
    const [{ id: directorEnrolment }] = await t.db.query(`SELECT id FROM enrolment WHERE edition_id = $1 AND person_id = $2`, [world.edition.id, world.director.id]);
    const office = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    expect((await office.post(`/api/editions/${world.edition.id}/enrolments/${directorEnrolment}/withdraw`, {})).status).toBe(200);
    expect(await works(rightLink)).toBe(false);
  });

  it('greets a new address in each inviter’s mail with the name that inviter typed, and attaches no organisation before an answer', async () => {
    const [first, second] = [await edition(t), await edition(t)];
    const address = `samen.${first.enrolment.id}@zorg.example`;
    await (await t.loginAs(first.participant.email)).post('/api/me/internal-team', { name: 'Sam Eerste', email: address, roleInOrganisation: 'Arts' });
    await (await t.loginAs(second.participant.email)).post('/api/me/internal-team', { name: 'Samira Tweede', email: address, roleInOrganisation: 'Arts' });
    await t.app.get(NotificationWorker).runOnce();
    const greetings = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to.includes(address)).map((mail) => /^Beste [^,]+,/m.exec(mail.text)?.[0]);
    expect(greetings.sort()).toEqual(['Beste Sam Eerste,', 'Beste Samira Tweede,']);
    expect(await t.db.query(`SELECT organisation_id AS "organisationId" FROM person WHERE email = $1`, [address])).toEqual([{ organisationId: null }]);
  });

  it('no longer lists a declined invitation once the programme office puts that colleague in the team', async () => {
    const world = await edition(t);
    const participantClient = await t.loginAs(world.participant.email);
    const colleague = await given(t.db).person({ name: 'Dorien' });
    const { body: sent } = await participantClient.post('/api/me/internal-team', { name: 'Dorien', email: colleague.email, roleInOrganisation: 'Arts' });
    expect((await (await t.loginAs(colleague.email)).post(`/api/me/invitations/${sent.invitationId}/decline`)).status).toBe(204);
    expect((await participantClient.get('/api/me/internal-team')).body.teams[0].invitations).toMatchObject([{ status: 'declined' }]);
    const office = await t.loginAs((await given(t.db).person({ isAdmin: true })).email);
    const enrolled = await office.post(`/api/editions/${world.edition.id}/enrolments`, {
      role: 'internal_team_member',
      name: 'Dorien',
      email: colleague.email,
      participantEmail: world.participant.email,
      roleInOrganisation: 'Arts',
    });
    expect(enrolled.status).toBe(201);
    const team = (await participantClient.get('/api/me/internal-team')).body.teams[0];
    expect([team.members.map((member: { name: string }) => member.name), team.invitations]).toEqual([['Dorien'], []]);
  });

  it('sends no invitation mail for an invitation withdrawn or replaced before the mail went out', async () => {
    const { participant, director, boardMeeting } = await edition(t);
    const asDirector = await t.loginAs(director.email);
    // A director who names one delegate after another within a second: only the last one is still invited.
    for (const name of ['Eerste', 'Tweede', 'Derde']) {
      await asDirector.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: name, delegateEmail: `${name.toLowerCase()}.${boardMeeting.id}@zorg.example` });
    }
    const sent = (await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Tim Terug', email: `tim.${boardMeeting.id}@zorg.example`, roleInOrganisation: 'Teamleider' })).body;
    const withdrawn = await Promise.all([1, 2].map(async () => (await t.loginAs(participant.email)).delete(`/api/invitations/${sent.invitationId}`)));
    expect(withdrawn.map((response) => response.status)).toEqual([204, 204]);

    await t.app.get(NotificationWorker).runOnce();
    const invited = (await readOutbox(t.config.dataDir)).map((mail) => mail.to).filter((to) => to.includes(boardMeeting.id));
    expect(invited).toEqual([expect.stringContaining(`derde.${boardMeeting.id}@zorg.example`)]);
  });

  it('says in each mail who invites them to what: the colleague by name, the director with the meeting’s date, time and place; in the recipient’s language', async () => {
    const { participant, director, boardMeeting } = await edition(t);
    await t.db.query(`UPDATE session SET starts_at = '2031-03-11T12:00:00Z', ends_at = '2031-03-11T15:30:00Z', mode = 'on_site' WHERE id = $1`, [boardMeeting.id]);
    await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Tessa Team', email: 'tessa.team@zorg.example', roleInOrganisation: 'Teamleider' });
    const english = await given(t.db).person({ name: 'Edward English' });
    await t.db.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [english.id]);
    await (await t.loginAs(director.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Edward', delegateEmail: english.email });
    await t.app.get(NotificationWorker).runOnce();
    const mails = await readOutbox(t.config.dataDir);

    const toTessa = mails.find((mail) => mail.to.includes('tessa.team@zorg.example'))!;
    expect(toTessa.subject).toMatch(/^Anouk Jansen nodigt je uit voor het intern team bij /);
    expect(toTessa.html).toContain('<html lang="nl">');
    // A first password: the link goes to the page that says "Kies je wachtwoord" and logs them in.
    expect(toTessa.text).toContain('/wachtwoord-kiezen?token=');

    const toEdward = mails.find((mail) => mail.to.includes(english.email))!;
    expect(toEdward.subject).toBe('Dirk Directeur sends you as their delegate to "Bestuurlijke bijeenkomst 1"');
    expect(toEdward.text).toContain('When: Tuesday 11 March 2031, 13:00 – 16:30');
    expect(toEdward.text).toContain('Where: Utrechtseweg 10, Amersfoort');
    expect(toEdward.html).toContain('<html lang="en">');
  });

  it('logs someone in once they chose their first password through the invitation link', async () => {
    const { participant } = await edition(t);
    await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'Femke Eerst', email: 'femke.eerst@zorg.example', roleInOrganisation: 'Teamleider' });
    const femke = await personByEmail('femke.eerst@zorg.example');
    await t.app.get(NotificationWorker).runOnce();
    const mail = (await readOutbox(t.config.dataDir)).find((m) => m.to.includes('femke.eerst@zorg.example'))!;
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);

    const browser = t.anonymous();
    const chosen = await browser.post('/api/auth/first-password', { token, password: 'een-heel-eigen-wachtwoord' });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ id: femke.id, email: 'femke.eerst@zorg.example' });
    expect((await browser.get('/api/me')).body).toMatchObject({ id: femke.id });
    // Nothing changed that they knew of: no "your password was changed" mail; the link works once.
    expect(await deliveriesOf(femke.id)).toEqual([{ kind: 'invitation' }]);
    // A second use speaks of the link its reader holds, not of a reset they never asked for.
    const again = await t.anonymous().post('/api/auth/first-password', { token, password: 'nog-een-ander-wachtwoord' });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invitation_link_invalid', message: expect.stringContaining('Koos je al een wachtwoord? Log dan in.') });
    expect(again.body.message).not.toContain('herstellink');
  });
});
