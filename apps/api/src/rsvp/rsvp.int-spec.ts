import { given } from '../../test/builders';
import { parseMail, readOutbox, readRawOutbox } from '../../test/mail-outbox';
import { expectOneFrozenHeaderRow, readXlsxDownload, rowCells, wallClock } from '../../test/xlsx';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';
import { RsvpRepository } from './rsvp.repository';
import { lockKey } from '../database/lock-row';
import { whileLocked } from '../../test/while-locked';

const DAY = 24 * 3600_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

/** An edition with a trainer, a participant whose director sponsors them, a team member, a board meeting and an internal-team day. */
async function editionWithInvitations(t: TestApp, options: { boardMeetingStartsAt?: Date } = {}) {
  const g = given(t.db);
  const organisation = await g.organisation({ name: `Zorggroep ${Math.random().toString(36).slice(2, 8)}` });
  const edition = await g.edition();
  const trainer = await g.person({ name: 'Sanne Trainer' });
  await g.enrolment(edition.id, trainer.id, 'trainer');
  const director = await g.person({ name: 'Dirk Directeur', organisationId: organisation.id });
  await g.enrolment(edition.id, director.id, 'director');
  const participant = await g.person({ name: 'Anouk Deelnemer', organisationId: organisation.id });
  const participantEnrolment = await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
  const teamMember = await g.person({ name: 'Bram Teamlid', organisationId: organisation.id });
  await g.enrolment(edition.id, teamMember.id, 'internal_team_member', { supportsEnrolmentId: participantEnrolment.id });
  const boardMeeting = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: options.boardMeetingStartsAt ?? inDays(14) });
  await g.sessionStaff(boardMeeting.id, trainer.id);
  const teamDay = await g.session(edition.id, { title: 'Lesdag 3 – met je intern team', audienceInternalTeams: true, startsAt: inDays(21) });
  await g.sessionStaff(teamDay.id, trainer.id);
  return { organisation, edition, trainer, director, participant, participantEnrolment, teamMember, boardMeeting, teamDay };
}

async function mailsTo(t: TestApp, email: string): Promise<string[]> {
  // Invitations are queued; the notification worker sends what is due.
  await t.app.get(NotificationWorker).runOnce();
  return (await readRawOutbox(t.config.dataDir)).filter((mail) => parseMail(mail).to === email);
}

describe('PUT /api/sessions/:id/rsvp', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets a director answer and change their mind until the meeting starts', async () => {
    const { director, boardMeeting } = await editionWithInvitations(t);
    expect((await t.anonymous().put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' })).status).toBe(401);
    const client = await t.loginAs(director.email);

    const attending = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    expect(attending.status).toBe(200);
    expect(attending.body).toEqual({ response: 'attending', delegateName: null, delegateEmail: null, delegateStatus: null });
    const declined = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined', delegateName: 'genegeerd' });
    expect(declined.body).toEqual({ response: 'declined', delegateName: null, delegateEmail: null, delegateStatus: null });

    const stored = await t.db.query(`SELECT response FROM session_rsvp WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, director.id]);
    expect(stored).toEqual([{ response: 'declined' }]);
  });

  it('takes a director\'s correction of their delegate\'s misspelt name for an address that is only invited yet', async () => {
    const { director, boardMeeting } = await editionWithInvitations(t);
    const client = await t.loginAs(director.email);
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Pieter de Jnog', delegateEmail: 'pieter.dejong@example.nl' });
    const corrected = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Pieter de Jong', delegateEmail: 'pieter.dejong@example.nl' });
    expect(corrected.body).toMatchObject({ delegateName: 'Pieter de Jong', delegateStatus: 'pending' });
    expect(await t.db.query(`SELECT name FROM person WHERE email = 'pieter.dejong@example.nl'`)).toEqual([{ name: 'Pieter de Jong' }]);

    // Once someone else waits for the same address too (a participant invited them to their team), their name stands.
    const { participant } = await editionWithInvitations(t);
    const invited = await (await t.loginAs(participant.email)).post('/api/me/internal-team', { name: 'P. de Jong', email: 'pieter.dejong@example.nl', roleInOrganisation: 'Arts' });
    expect(invited.status).toBe(201);
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Piet', delegateEmail: 'pieter.dejong@example.nl' });
    expect(await t.db.query(`SELECT name FROM person WHERE email = 'pieter.dejong@example.nl'`)).toEqual([{ name: 'Pieter de Jong' }]);
  });

  it('a delegate RSVP invites the delegate, who is on the board meeting roster once they accept', async () => {
    const { director, trainer, boardMeeting, organisation } = await editionWithInvitations(t);
    const client = await t.loginAs(director.email);

    const response = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, {
      response: 'delegate',
      delegateName: 'Dana Plaatsvervanger',
      delegateEmail: ' Dana.Plaatsvervanger@Example.nl ',
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ response: 'delegate', delegateName: 'Dana Plaatsvervanger', delegateEmail: 'dana.plaatsvervanger@example.nl', delegateStatus: 'pending' });

    const [delegate] = await t.db.query(`SELECT id, organisation_id AS "organisationId" FROM person WHERE email = 'dana.plaatsvervanger@example.nl'`);
    expect(delegate.organisationId).toBeNull();
    // Not on the roster until they accept (after choosing a password through the invitation mail).
    expect(await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, delegate.id])).toEqual([]);
    // The invitation goes out while it waits for an answer (one answered or withdrawn by then is not worth a mail).
    expect(await mailsTo(t, 'dana.plaatsvervanger@example.nl')).toHaveLength(1);
    await t.db.query(`UPDATE person SET password_hash = (SELECT password_hash FROM person WHERE id = $2) WHERE id = $1`, [delegate.id, director.id]);
    const dana = await t.loginAs('dana.plaatsvervanger@example.nl');
    const [invitation] = (await dana.get('/api/me/invitations')).body;
    expect((await dana.post(`/api/me/invitations/${invitation.invitationId}/accept`)).status).toBe(204);
    // Taken back from a page opened before she accepted: told so in the words of a delegate, not of a team.
    const meanwhile = await client.delete(`/api/invitations/${invitation.invitationId}`);
    expect([meanwhile.status, meanwhile.body.error, meanwhile.body.message]).toEqual([
      409,
      'invitation_accepted_meanwhile',
      'Deze uitnodiging is intussen geaccepteerd: je vervanger gaat naar de bijeenkomst. Wil je dat niet, geef dan een ander antwoord voor de bijeenkomst.',
    ]);
    const expected = await t.db.query(`SELECT role, delegate_of_person_id AS "delegateOf" FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [
      boardMeeting.id,
      delegate.id,
    ]);
    expect(expected).toEqual([{ role: 'delegate', delegateOf: director.id }]);
    // Accepted, the delegate goes for the director's organisation, having none of their own.
    expect(await t.db.query(`SELECT organisation_id AS "organisationId" FROM person WHERE id = $1`, [delegate.id])).toEqual([{ organisationId: organisation.id }]);

    const roster = await (await t.loginAs(trainer.email)).get(`/api/sessions/${boardMeeting.id}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: director.id, role: 'director' }),
        expect.objectContaining({ personId: delegate.id, name: 'Dana Plaatsvervanger', role: 'delegate', groupedUnder: director.id }),
      ]),
    );
    // The invitation, and once accepted the board meeting in their schedule.
    const mails = await mailsTo(t, 'dana.plaatsvervanger@example.nl');
    expect(mails).toHaveLength(2);
    expect(mails.some((mail) => mail.includes('Subject: Je rooster is gewijzigd'))).toBe(true);

    // Sending the same delegate again invites no one twice; coming yourself takes the delegate off the roster.
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Dana', delegateEmail: 'dana.plaatsvervanger@example.nl' });
    expect(await mailsTo(t, 'dana.plaatsvervanger@example.nl')).toHaveLength(2);
    // Someone with an account keeps the name they have, whatever a director types.
    expect((await t.db.query(`SELECT name FROM person WHERE id = $1`, [delegate.id]))[0].name).toBe('Dana Plaatsvervanger');
    await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    const after = await t.db.query(`SELECT 1 FROM expected_attendee WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, delegate.id]);
    expect(after).toEqual([]);
    // The meeting leaves their calendar as it came: by mail, with its cancellation.
    expect(await mailsTo(t, 'dana.plaatsvervanger@example.nl')).toHaveLength(3);
    const calendars = (await readOutbox(t.config.dataDir))
      .filter((mail) => mail.to === 'dana.plaatsvervanger@example.nl')
      .flatMap((mail) => mail.attachments.filter((attachment) => attachment.contentType.startsWith('text/calendar')).map((attachment) => attachment.content));
    expect(calendars.some((ics) => ics.includes('METHOD:CANCEL') && ics.includes(`UID:${boardMeeting.id}`))).toBe(true);
  });

  it('gives answers sent at once one after the other: the last one stands, with its delegate invited or none', async () => {
    const { director, boardMeeting } = await editionWithInvitations(t);
    const client = await t.loginAs(director.email);
    for (let round = 0; round < 3; round++) {
      await t.db.query(`DELETE FROM rate_limit_counter`);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          client.put(
            `/api/sessions/${boardMeeting.id}/rsvp`,
            i % 5 === 0 ? { response: 'delegate', delegateName: 'Dana', delegateEmail: `dana${round}.${i}@example.nl` } : { response: i % 2 ? 'attending' : 'declined' },
          ),
        ),
      );
      expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.body)).toEqual([]);
      const [rsvp] = await t.db.query(`SELECT response, delegate_email AS "delegateEmail" FROM session_rsvp WHERE session_id = $1 AND person_id = $2`, [boardMeeting.id, director.id]);
      const pending = await t.db.query(`SELECT email FROM invitation WHERE session_id = $1 AND invited_by_person_id = $2 AND status = 'pending'`, [boardMeeting.id, director.id]);
      expect(pending.map((invitation: { email: string }) => invitation.email)).toEqual(rsvp.response === 'delegate' ? [rsvp.delegateEmail] : []);
    }
  });

  it('refuses an answer after the start with a clear message, in Dutch and in English', async () => {
    const { director, boardMeeting } = await editionWithInvitations(t, { boardMeetingStartsAt: new Date(Date.now() - 60_000) });
    const client = await t.loginAs(director.email);

    const dutch = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' });
    expect(dutch.status).toBe(409);
    expect(dutch.body).toMatchObject({ error: 'rsvp_closed', message: expect.stringContaining('al begonnen') });
    const english = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' }, { 'accept-language': 'en' });
    expect(english.body.message).toContain('already started');
    expect(await t.db.query(`SELECT 1 FROM session_rsvp WHERE session_id = $1`, [boardMeeting.id])).toEqual([]);
  });

  it('refuses people who are not invited and unknown sessions (403), and cancelled meetings (409)', async () => {
    const { participant, trainer, boardMeeting, teamDay, director, edition } = await editionWithInvitations(t);
    const other = await editionWithInvitations(t);
    for (const outsider of [participant, trainer, other.director]) {
      const response = await (await t.loginAs(outsider.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
      expect(response.status).toBe(403);
    }
    const client = await t.loginAs(director.email);
    // A director is not invited to an internal-team day.
    expect((await client.put(`/api/sessions/${teamDay.id}/rsvp`, { response: 'attending' })).status).toBe(403);
    // An unknown session answers as another edition's does: nothing tells whether it exists.
    expect((await client.put(`/api/sessions/00000000-0000-4000-8000-000000000000/rsvp`, { response: 'attending' })).status).toBe(403);

    const cancelled = await given(t.db).session(edition.id, { kind: 'board_meeting', startsAt: inDays(30), status: 'cancelled' });
    const response = await client.put(`/api/sessions/${cancelled.id}/rsvp`, { response: 'attending' });
    expect(response.status).toBe(409);
    expect(response.body.error).toBe('session_cancelled');
  });

  it('validates the answer: a delegate needs a name and a valid email, and only a director may send one', async () => {
    const { director, teamMember, boardMeeting, teamDay } = await editionWithInvitations(t);
    const client = await t.loginAs(director.email);

    const missing = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['delegateEmail', 'delegateName']);
    const invalid = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Dana', delegateEmail: 'dana@' });
    expect(invalid.body.fields).toEqual([{ field: 'delegateEmail', message: 'Vul een geldig e-mailadres in.' }]);
    const unknownAnswer = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'maybe' });
    expect(unknownAnswer.status).toBe(400);
    const unknownField = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending', comment: 'hoi' });
    expect(unknownField.status).toBe(400);
    const self = await client.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Ik', delegateEmail: director.email });
    expect(self.body.error).toBe('delegate_is_self');
    // Issue 13: a malformed id names nothing, like an unknown one (it was 400 validation_failed here).
    expect((await client.put(`/api/sessions/not-a-uuid/rsvp`, { response: 'attending' })).status).toBe(404);

    const member = await t.loginAs(teamMember.email);
    expect((await member.put(`/api/sessions/${teamDay.id}/rsvp`, { response: 'attending' })).status).toBe(200);
    const delegated = await member.put(`/api/sessions/${teamDay.id}/rsvp`, { response: 'delegate', delegateName: 'Iemand', delegateEmail: 'iemand@example.nl' });
    expect(delegated.status).toBe(400);
    expect(delegated.body.error).toBe('delegate_not_allowed');
    expect(await t.db.query(`SELECT 1 FROM person WHERE email = 'iemand@example.nl'`)).toEqual([]);
  });

  it('refuses a delegation that passes the seat on along a chain, also when two directors name each other at once', async () => {
    const { edition, director, boardMeeting } = await editionWithInvitations(t);
    const g = given(t.db);
    const els = await g.person({ name: 'Els Bestuurder' });
    await g.enrolment(edition.id, els.id, 'director');
    const dirk = await t.loginAs(director.email);
    const elsClient = await t.loginAs(els.email);
    const naming = (person: { name: string; email: string }) => ({ response: 'delegate', delegateName: person.name, delegateEmail: person.email });

    // Two directors who each send the other at the same moment: Els's delegation waits for the meeting's delegations,
    // Dirk's (naming her) commits meanwhile, and she is told why hers cannot be.
    const refused = await whileLocked(
      t.db,
      (transaction) => lockKey(transaction, 'rsvp-delegations', boardMeeting.id),
      () => elsClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, naming(director)),
      (transaction) =>
        transaction.query(`INSERT INTO session_rsvp (session_id, person_id, response, delegate_name, delegate_email) VALUES ($1, $2, 'delegate', $3, $4)`, [
          boardMeeting.id,
          director.id,
          els.name,
          els.email,
        ]),
    );
    expect([refused.status, refused.body.error]).toEqual([409, 'delegation_chain']);
    expect(await t.db.query(`SELECT person_id AS "personId" FROM session_rsvp WHERE session_id = $1 AND response = 'delegate'`, [boardMeeting.id])).toEqual([
      { personId: director.id },
    ]);

    // Whoever was named cannot pass the seat on; whoever names someone who sends a delegate is told so.
    const [sender, named, namedClient, senderClient] = [director, els, elsClient, dirk];
    const passOn = await namedClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Dana', delegateEmail: 'dana.keten@example.nl' });
    expect(passOn.status).toBe(409);
    expect(passOn.body.message).toBe(`Je bent de vervanger van ${sender.name} bij deze bijeenkomst. Kun je niet komen? Laat ${sender.name} dan iemand anders sturen.`);
    expect(await t.db.query(`SELECT 1 FROM person WHERE email = 'dana.keten@example.nl'`)).toEqual([]);
    expect((await namedClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' })).status).toBe(200);

    await senderClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' });
    await namedClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, naming({ name: 'Dana', email: 'dana.keten@example.nl' }));
    // Named by what the director typed, not by the account's own name: nothing says whose account an address is.
    const toOneWhoSends = await senderClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, naming({ name: 'Els', email: named.email }));
    expect(toOneWhoSends.status).toBe(409);
    expect(toOneWhoSends.body.message).toBe('Els stuurt zelf een vervanger naar deze bijeenkomst. Kies iemand die zelf komt.');
  });

  it('keeps a director who said they stay away from accepting to go as a colleague’s delegate until they say they come', async () => {
    const { edition, director, boardMeeting } = await editionWithInvitations(t);
    const g = given(t.db);
    const els = await g.person({ name: 'Els Bestuurder' });
    await g.enrolment(edition.id, els.id, 'director');
    const dirk = await t.loginAs(director.email);
    expect((await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' })).status).toBe(200);
    await (await t.loginAs(els.email)).put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Dirk', delegateEmail: director.email });
    const [invitation] = (await dirk.get('/api/me/invitations')).body;
    const refused = await dirk.post(`/api/me/invitations/${invitation.invitationId}/accept`);
    expect([refused.status, refused.body.error]).toEqual([409, 'delegate_not_coming']);
    expect((await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' })).status).toBe(200);
    expect((await dirk.post(`/api/me/invitations/${invitation.invitationId}/accept`)).status).toBe(204);
  });

  it('keeps a director who goes as a colleague’s accepted delegate from staying away, and one delegate to one director', async () => {
    const { edition, director, boardMeeting } = await editionWithInvitations(t);
    const g = given(t.db);
    const [els, vera] = [await g.person({ name: 'Els Bestuurder' }), await g.person({ name: 'Vera Vervanger' })];
    await g.enrolment(edition.id, els.id, 'director');
    // Els sends Dirk, who accepted: Dirk going nowhere would leave both seats empty.
    await g.rsvp(boardMeeting.id, els.id, 'delegate', { name: director.name, email: director.email, personId: director.id });
    const dirk = await t.loginAs(director.email);
    const stayAway = await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' });
    expect([stayAway.status, stayAway.body.message]).toEqual([409, `Je bent de vervanger van ${els.name} bij deze bijeenkomst. Kun je niet komen? Laat ${els.name} dan iemand anders sturen.`]);
    expect((await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'attending' })).status).toBe(200);

    // Els sends Vera instead; Dirk may not send Vera as well: one delegate stands in for one director.
    const elsClient = await t.loginAs(els.email);
    expect((await elsClient.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera', delegateEmail: vera.email })).status).toBe(200);
    const taken = await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera', delegateEmail: vera.email });
    expect([taken.status, taken.body.error, taken.body.message]).toEqual([
      409,
      'delegation_chain',
      'Deze persoon gaat al als vervanger van een andere directeur naar deze bijeenkomst. Kies iemand anders.',
    ]);
    // Once Vera declined Els's invitation she goes for nobody, and Dirk may name her.
    const asVera = await t.loginAs(vera.email);
    const [fromEls] = (await asVera.get('/api/me/invitations')).body;
    expect((await asVera.post(`/api/me/invitations/${fromEls.invitationId}/decline`)).status).toBe(204);
    expect((await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'delegate', delegateName: 'Vera', delegateEmail: vera.email })).status).toBe(200);
    // No longer anyone's delegate, Dirk may stay away.
    expect((await dirk.put(`/api/sessions/${boardMeeting.id}/rsvp`, { response: 'declined' })).status).toBe(200);
  });
});

describe('RSVP overview for trainers and the programme office', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts coming, not coming, delegates and not answered, per board meeting and internal-team day', async () => {
    const setup = await editionWithInvitations(t);
    const g = given(t.db);
    const secondDirector = await g.person({ name: 'Els Bestuurder' });
    await g.enrolment(setup.edition.id, secondDirector.id, 'director');
    const delegate = await g.person({ name: 'Vera Vervanger' });
    await g.rsvp(setup.boardMeeting.id, setup.director.id, 'delegate', { name: 'Vera Vervanger', email: delegate.email, personId: delegate.id });
    await g.rsvp(setup.teamDay.id, setup.teamMember.id, 'declined');

    const trainer = await t.loginAs(setup.trainer.email);
    const overview = await trainer.get('/api/rsvp-overview');
    expect(overview.status).toBe(200);
    expect(overview.body).toEqual([
      expect.objectContaining({ sessionId: setup.boardMeeting.id, kind: 'board_meeting', counts: { attending: 0, declined: 0, delegate: 1, unanswered: 1 } }),
      expect.objectContaining({ sessionId: setup.teamDay.id, kind: 'programme_day', counts: { attending: 0, declined: 1, delegate: 0, unanswered: 0 } }),
    ]);

    const detail = await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`);
    expect(detail.status).toBe(200);
    expect(detail.body.invitees).toEqual([
      expect.objectContaining({ name: 'Dirk Directeur', role: 'director', response: 'delegate', delegateName: 'Vera Vervanger', respondedAt: expect.any(String) }),
      expect.objectContaining({ name: 'Els Bestuurder', role: 'director', response: null, respondedAt: null }),
    ]);
    const teamDay = await trainer.get(`/api/sessions/${setup.teamDay.id}/rsvps`);
    expect(teamDay.body.invitees).toEqual([expect.objectContaining({ name: 'Bram Teamlid', role: 'internal_team_member', supportsName: 'Anouk Deelnemer', response: 'declined' })]);

    // Once the delegate declines, nobody comes in the director's place: the seat counts as not answered again.
    await t.db.query(
      `INSERT INTO invitation (kind, status, invited_by_person_id, person_id, name, email, edition_id, session_id)
       VALUES ('delegate', 'declined', $1, $2, 'Vera Vervanger', $3, $4, $5)`,
      [setup.director.id, delegate.id, delegate.email, setup.edition.id, setup.boardMeeting.id],
    );
    expect((await trainer.get('/api/rsvp-overview')).body[0].counts).toEqual({ attending: 0, declined: 0, delegate: 0, unanswered: 2 });
    const afterDecline = await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`);
    expect(afterDecline.body.counts).toEqual({ attending: 0, declined: 0, delegate: 0, unanswered: 2 });
    expect(afterDecline.body.invitees[0]).toMatchObject({ response: 'delegate', delegateStatus: 'declined' });
  });

  it('exports the overview as CSV for Excel, in the requested language', async () => {
    const setup = await editionWithInvitations(t);
    await given(t.db).rsvp(setup.boardMeeting.id, setup.director.id, 'attending');
    const trainer = await t.loginAs(setup.trainer.email);

    const csv = await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="aanmeldingen-his-i-[a-z0-9-]+-bestuurlijke-bijeenkomst-1\.csv"; filename\*=UTF-8''aanmeldingen-his-i-[a-z0-9-]+-bestuurlijke-bijeenkomst-1\.csv$/,
    );
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Naam;E-mailadres;Organisatie;Rol;Intern team van;Antwoord;Vervanger;E-mailadres vervanger;Uitnodiging vervanger;Beantwoord op');
    expect(lines[1]).toMatch(new RegExp(`^Dirk Directeur;${setup.director.email};${setup.organisation.name};directeur;;Komt;;;;\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`));

    const english = await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps.csv?lang=en`);
    expect(english.text).toContain('Name;Email address;');
    expect(english.text).toContain(';director;;Attending;');
  });

  it('exports the same overview as an Excel workbook: the answer moment as a date cell in Amsterdam time', async () => {
    const setup = await editionWithInvitations(t);
    await given(t.db).rsvp(setup.boardMeeting.id, setup.director.id, 'attending');
    // 14:05 UTC on a summer day is 16:05 on Amsterdam clocks, which is what Excel must show.
    await t.db.query(`UPDATE session_rsvp SET responded_at = '2027-06-01T14:05:00Z' WHERE session_id = $1`, [setup.boardMeeting.id]);
    const trainer = await t.loginAs(setup.trainer.email);

    const response = await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps.xlsx?lang=en`);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="rsvps-his-i-[a-z0-9-]+-bestuurlijke-bijeenkomst-1\.xlsx"; filename\*=UTF-8''rsvps-his-i-[a-z0-9-]+-bestuurlijke-bijeenkomst-1\.xlsx$/,
    );
    const sheet = await readXlsxDownload(response);
    expectOneFrozenHeaderRow(sheet, ['Name', 'Email address', 'Organisation', 'Role', 'Internal team of', 'Answer', 'Delegate', 'Delegate email address', 'Delegate invitation', 'Answered at']);
    expect(sheet.rowCount).toBe(2);
    const cells = rowCells(sheet, 2);
    expect(cells.slice(0, 6).map((cell) => cell.value)).toEqual(['Dirk Directeur', setup.director.email, setup.organisation.name, 'director', null, 'Attending']);
    expect(cells[9].value).toBeInstanceOf(Date);
    expect(wallClock(cells[9].value)).toBe('2027-06-01 16:05');
    expect(cells[9].numFmt).toBe('dd-mm-yyyy hh:mm');
  });

  it('is for the edition’s trainers and the programme office only, not for a network group’s facilitator', async () => {
    const setup = await editionWithInvitations(t);
    const other = await editionWithInvitations(t);
    const admin = await given(t.db).person({ isAdmin: true });
    const facilitator = await given(t.db).person();
    await given(t.db).enrolment(setup.edition.id, facilitator.id, 'facilitator');

    expect((await t.anonymous().get('/api/rsvp-overview')).status).toBe(401);
    for (const person of [setup.director, setup.participant, setup.teamMember, facilitator]) {
      const client = await t.loginAs(person.email);
      expect((await client.get('/api/rsvp-overview')).status).toBe(403);
      expect((await client.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`)).status).toBe(403);
    }
    const otherTrainer = await t.loginAs(other.trainer.email);
    expect((await otherTrainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`)).status).toBe(403);
    expect((await otherTrainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps.csv`)).status).toBe(403);
    expect((await otherTrainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps.xlsx`)).status).toBe(403);
    const ownOverview = await otherTrainer.get('/api/rsvp-overview');
    expect(ownOverview.body.map((s: { editionId: string }) => s.editionId)).toEqual([other.edition.id, other.edition.id]);

    const admins = await t.loginAs(admin.email);
    const all = await admins.get('/api/rsvp-overview');
    expect(all.body.map((s: { sessionId: string }) => s.sessionId)).toEqual(
      expect.arrayContaining([setup.boardMeeting.id, setup.teamDay.id, other.boardMeeting.id, other.teamDay.id]),
    );
    expect((await admins.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`)).status).toBe(200);
    expect((await admins.get(`/api/sessions/00000000-0000-4000-8000-000000000000/rsvps`)).status).toBe(404);
  });

  it('runs a fixed number of queries however many people are invited', async () => {
    const setup = await editionWithInvitations(t);
    const trainer = await t.loginAs(setup.trainer.email);
    const measure = async () => {
      t.queries.reset();
      expect((await trainer.get('/api/rsvp-overview')).status).toBe(200);
      const overview = t.queries.count;
      t.queries.reset();
      expect((await trainer.get(`/api/sessions/${setup.boardMeeting.id}/rsvps`)).status).toBe(200);
      return [overview, t.queries.count];
    };
    const small = await measure();
    const g = given(t.db);
    for (let i = 0; i < 25; i++) {
      const director = await g.person();
      await g.enrolment(setup.edition.id, director.id, 'director');
      if (i % 2 === 0) await g.rsvp(setup.boardMeeting.id, director.id, 'attending');
    }
    await g.session(setup.edition.id, { kind: 'board_meeting', startsAt: inDays(60) });
    expect(await measure()).toEqual(small);
  });
});

describe('RsvpRepository.findUnanswered (for reminders)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists invitations without an answer to sessions starting in the window, by role', async () => {
    const setup = await editionWithInvitations(t, { boardMeetingStartsAt: inDays(7) });
    const g = given(t.db);
    const answered = await g.person();
    await g.enrolment(setup.edition.id, answered.id, 'director');
    await g.rsvp(setup.boardMeeting.id, answered.id, 'declined');
    const repository = t.app.get(RsvpRepository);

    const directors = await repository.findUnanswered({ startsFrom: inDays(6), startsBefore: inDays(8), roles: ['director'] });
    expect(directors).toEqual([{ sessionId: setup.boardMeeting.id, personId: setup.director.id, role: 'director' }]);
    const everyone = await repository.findUnanswered({ startsFrom: inDays(0), startsBefore: inDays(30) });
    expect(everyone).toEqual(
      expect.arrayContaining([
        { sessionId: setup.boardMeeting.id, personId: setup.director.id, role: 'director' },
        { sessionId: setup.teamDay.id, personId: setup.teamMember.id, role: 'internal_team_member' },
      ]),
    );
    expect(everyone).toHaveLength(2);
  });
});
