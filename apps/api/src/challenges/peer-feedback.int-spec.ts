import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';

jest.setTimeout(60_000);

const challenge = { title: 'Slimme sensoren voor een rustige nacht', description: 'Nachtdienst loopt onnodig rondes.', innovation: 'Akoestische sensoren', goal: 'Minder onnodige rondes', phase: 'explore' };

describe('peer feedback on challenge log entries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /**
   * Edition A in two network groups: Zuid (Lotte, whose challenge it is, and Jan; led by facilitator Fenna) and
   * Noord (Ruud; led by facilitator Karin). Besides them A's trainer, Lotte's director, the programme office, and
   * Bo, a participant of edition B in a group of B's own.
   */
  async function world() {
    const g = given(t.db);
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const suffix = Math.random().toString(36).slice(2, 6);
    const [lotte, jan, ruud, fenna, karin, trainer, director, admin, bo] = await Promise.all([
      g.person({ name: `Lotte Bakker ${suffix}` }),
      g.person({ name: `Jan Smit ${suffix}` }),
      g.person(),
      g.person(),
      g.person(),
      g.person(),
      g.person(),
      g.person({ isAdmin: true }),
      g.person(),
    ]);
    const lotteEnrolment = await g.enrolment(edition.id, lotte.id, 'participant', { directorPersonId: director.id });
    const janEnrolment = await g.enrolment(edition.id, jan.id, 'participant');
    const ruudEnrolment = await g.enrolment(edition.id, ruud.id, 'participant');
    await g.enrolment(edition.id, fenna.id, 'facilitator');
    await g.enrolment(edition.id, karin.id, 'facilitator');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, director.id, 'director');
    const boEnrolment = await g.enrolment(otherEdition.id, bo.id, 'participant');
    const group = async (editionId: string, name: string, enrolmentIds: string[], facilitatorId?: string) => {
      const [row] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, $2, 1) RETURNING id`, [editionId, name]);
      for (const enrolmentId of enrolmentIds) await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2)`, [row.id, enrolmentId]);
      if (facilitatorId) await t.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) VALUES ($1, $2)`, [row.id, facilitatorId]);
      return row.id as string;
    };
    const zuid = await group(edition.id, 'Zuid', [lotteEnrolment.id, janEnrolment.id], fenna.id);
    const noord = await group(edition.id, 'Noord', [ruudEnrolment.id], karin.id);
    await group(otherEdition.id, 'Zuid', [boEnrolment.id]);

    const asLotte = await t.loginAs(lotte.email);
    await asLotte.put('/api/me/challenge', challenge);
    const entry = (await asLotte.post('/api/me/challenge/log', { entryDate: '2026-11-20', text: 'Gesprek met de teamleider' })).body.id as string;
    return { edition, otherEdition, lotte, jan, ruud, fenna, karin, trainer, director, admin, bo, lotteEnrolment, janEnrolment, zuid, noord, entry, asLotte };
  }

  it('lets a member of the owner’s network group read the challenge and comment on its log, and tells the owner by mail', async () => {
    const w = await world();
    const jan = await t.loginAs(w.jan.email);

    const read = await jan.get(`/api/enrolments/${w.lotteEnrolment.id}/challenge`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ title: challenge.title, canComment: true, log: [{ id: w.entry, comments: [] }] });

    const added = await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: '  Heb je **de nachtdienst** ook gesproken? ' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      logEntryId: w.entry,
      authorPersonId: w.jan.id,
      authorName: w.jan.name,
      body: 'Heb je **de nachtdienst** ook gesproken?',
      createdAt: expect.any(String),
      hidden: null,
      own: true,
    });
    await w.asLotte.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Ja, vorige week.' });

    // The owner sees the conversation on her own page, oldest first; the list answers the same.
    const mine = (await w.asLotte.get('/api/me/challenge')).body;
    expect(mine).toMatchObject({ canComment: true, canModerate: false });
    expect(mine.log[0].comments.map((comment: { authorName: string; own: boolean }) => [comment.authorName, comment.own])).toEqual([
      [w.jan.name, false],
      [w.lotte.name, true],
    ]);
    const list = await jan.get(`/api/challenge-log-entries/${w.entry}/comments`);
    expect(list.status).toBe(200);
    expect(list.body.map((comment: { body: string }) => comment.body)).toEqual(['Heb je **de nachtdienst** ook gesproken?', 'Ja, vorige week.']);

    // One mail to the owner about Jan's comment; none about her own.
    await t.app.get(NotificationWorker).runOnce();
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === w.lotte.email && mail.subject.includes('logboek'));
    expect(mails.map((mail) => mail.subject)).toEqual([`${w.jan.name} reageerde op je logboek`]);
    expect(mails[0].text).toContain('de nachtdienst');
    expect(mails[0].text).toContain(`/mijn-vraagstuk?editie=${w.edition.id}`);

    // Twenty more comments at once: no more mail about this entry this hour (one more if the clock passed the hour
    // meanwhile); her page shows them all.
    const hourBefore = new Date().getUTCHours();
    const more = await Promise.all(Array.from({ length: 20 }, (_, i) => jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: `Nog een vraag (${i + 1})` })));
    expect(more.every((comment) => comment.status === 201)).toBe(true);
    const [{ n: commentMails }] = await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE person_id = $1 AND kind = 'challenge_comment'`, [w.lotte.id]);
    expect(commentMails).toBe(new Date().getUTCHours() === hourBefore ? 1 : 2);
  });

  it('mails the owner once an hour about one writer’s comments on many of their entries, also at once; another writer still reaches them', async () => {
    const w = await world();
    const entries = [w.entry];
    for (let i = 0; i < 4; i++) entries.push((await w.asLotte.post('/api/me/challenge/log', { entryDate: `2026-11-2${i + 1}`, text: `Stap ${i + 1}` })).body.id);
    const jan = await t.loginAs(w.jan.email);
    const comments = await Promise.all(entries.map((entry) => jan.post(`/api/challenge-log-entries/${entry}/comments`, { body: 'Mooi gedaan' })));
    expect(comments.map((comment) => comment.status)).toEqual(Array(5).fill(201));
    const commentMails = async () =>
      (await t.db.query(`SELECT payload->>'writerId' AS "writerId" FROM notification_delivery WHERE person_id = $1 AND kind = 'challenge_comment'`, [w.lotte.id])).map(
        (row: { writerId: string }) => row.writerId,
      );
    expect(await commentMails()).toEqual([w.jan.id]);

    // On an entry of its own: one of the five has had its mail this hour (one mail an hour per entry too).
    const another = (await w.asLotte.post('/api/me/challenge/log', { entryDate: '2026-11-30', text: 'Stap 5' })).body.id;
    const facilitator = await t.loginAs(w.fenna.email);
    expect((await facilitator.post(`/api/challenge-log-entries/${another}/comments`, { body: 'Eens' })).status).toBe(201);
    expect((await commentMails()).sort()).toEqual([w.jan.id, w.fenna.id].sort());
  });

  it('is open to the owner, their group’s members and facilitators, the trainers and the programme office; 403 for other groups and editions', async () => {
    const w = await world();
    const comments = `/api/challenge-log-entries/${w.entry}/comments`;
    const challengeUrl = `/api/enrolments/${w.lotteEnrolment.id}/challenge`;
    const answers = async (person: { email: string }) => {
      const client = await t.loginAs(person.email);
      const challengeRead = await client.get(challengeUrl);
      return {
        challenge: challengeRead.status,
        comments: challengeRead.body.log?.[0].comments === null ? 'none' : 'shown',
        list: (await client.get(comments)).status,
        add: (await client.post(comments, { body: 'Goed bezig.' })).status,
      };
    };
    for (const person of [w.lotte, w.jan, w.fenna, w.trainer, w.admin]) expect(await answers(person)).toEqual({ challenge: 200, comments: 'shown', list: 200, add: 201 });
    // The owner's own director reads the challenge, not the group's conversation about it.
    expect(await answers(w.director)).toEqual({ challenge: 200, comments: 'none', list: 403, add: 403 });
    // Another group's facilitator reads neither: they run that group's sessions, not this one's.
    for (const outsider of [w.karin, w.ruud, w.bo]) expect(await answers(outsider)).toMatchObject({ challenge: 403, list: 403, add: 403 });
    // The edition's overview of challenges shows a facilitator the groups they lead, the trainers everyone.
    const overview = async (person: { email: string }) =>
      ((await (await t.loginAs(person.email)).get(`/api/editions/${w.edition.id}/challenges`)).body.items as { participantName: string }[]).map((item) => item.participantName).sort();
    expect(await overview(w.fenna)).toEqual([w.jan.name, w.lotte.name].sort());
    expect(await overview(w.karin)).toEqual([w.ruud.name]);
    expect(await overview(w.trainer)).toEqual([w.jan.name, w.lotte.name, w.ruud.name].sort());
    expect((await (await t.loginAs(w.jan.email)).get('/api/challenge-log-entries/00000000-0000-4000-8000-000000000000/comments')).status).toBe(403);
    expect((await t.anonymous().get(comments)).status).toBe(401);
  });

  it('follows the current group: a member moved to another group no longer comments', async () => {
    const w = await world();
    const jan = await t.loginAs(w.jan.email);
    expect((await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Eerste' })).status).toBe(201);
    await t.db.query(`UPDATE network_group_member SET left_at = now() WHERE enrolment_id = $1`, [w.janEnrolment.id]);
    await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2)`, [w.noord, w.janEnrolment.id]);
    expect((await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Tweede' })).status).toBe(403);
    expect((await jan.get(`/api/enrolments/${w.lotteEnrolment.id}/challenge`)).status).toBe(403);
  });

  it('closes a withdrawn participant’s challenge to their former group and its facilitator; the trainers still read it', async () => {
    const w = await world();
    const url = `/api/enrolments/${w.lotteEnrolment.id}/challenge`;
    const [jan, fenna] = [await t.loginAs(w.jan.email), await t.loginAs(w.fenna.email)];
    expect((await jan.get(url)).status).toBe(200);

    expect((await (await t.loginAs(w.admin.email)).post(`/api/editions/${w.edition.id}/enrolments/${w.lotteEnrolment.id}/withdraw`)).status).toBe(200);
    expect((await jan.get(url)).status).toBe(403);
    expect((await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Nog één vraag' })).status).toBe(403);
    expect((await fenna.get(url)).status).toBe(403);
    const asTrainer = await (await t.loginAs(w.trainer.email)).get(url);
    expect(asTrainer.status).toBe(200);
    expect(asTrainer.body).toMatchObject({ title: challenge.title, log: [{ id: w.entry }] });
  });

  it('validates the comment, and keeps an archived edition’s conversation readable but closed', async () => {
    const w = await world();
    const jan = await t.loginAs(w.jan.email);
    const empty = await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: '   ', extra: 1 });
    expect(empty.status).toBe(400);
    expect(empty.body.fields.map((field: { field: string }) => field.field).sort()).toEqual(['body', 'extra']);
    expect((await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'x'.repeat(2001) })).status).toBe(400);

    await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Voor het archief' });
    await t.db.query(`UPDATE edition SET status = 'archived' WHERE id = $1`, [w.edition.id]);
    const refused = await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Te laat' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('edition_archived');
    const read = await jan.get(`/api/enrolments/${w.lotteEnrolment.id}/challenge`);
    expect(read.body).toMatchObject({ canComment: false, log: [{ comments: [{ body: 'Voor het archief' }] }] });
  });

  it('lets the trainers and the group’s facilitators hide a comment with a reason that its author sees', async () => {
    const w = await world();
    const jan = await t.loginAs(w.jan.email);
    const comment = (await jan.post(`/api/challenge-log-entries/${w.entry}/comments`, { body: 'Iets ongepasts' })).body.id;
    const hide = async (person: { email: string }, reason = 'Houd het vriendelijk, graag.') =>
      (await (await t.loginAs(person.email)).post(`/api/challenge-log-comments/${comment}/hide`, { reason })).status;
    // The owner and the group's members comment, but do not moderate; nor does another group's facilitator.
    for (const person of [w.lotte, w.jan, w.karin, w.ruud, w.bo]) expect(await hide(person)).toBe(403);
    expect(await hide(w.fenna, '  ')).toBe(400);
    expect(await hide(w.fenna)).toBe(204);
    expect(await hide(w.trainer)).toBe(204);
    expect((await (await t.loginAs(w.trainer.email)).post('/api/challenge-log-comments/00000000-0000-4000-8000-000000000000/hide', { reason: 'x' })).status).toBe(403);

    const seenBy = async (person: { email: string }) => (await (await t.loginAs(person.email)).get(`/api/challenge-log-entries/${w.entry}/comments`)).body[0];
    expect(await seenBy(w.jan)).toMatchObject({ body: 'Iets ongepasts', hidden: { reason: 'Houd het vriendelijk, graag.', hiddenAt: expect.any(String) } });
    expect(await seenBy(w.lotte)).toMatchObject({ body: '', hidden: { reason: null } });
    expect(await seenBy(w.fenna)).toMatchObject({ body: 'Iets ongepasts', hidden: { reason: 'Houd het vriendelijk, graag.' } });
    const asOwner = (await w.asLotte.get('/api/me/challenge')).body.log[0].comments[0];
    expect(asOwner).toMatchObject({ body: '', hidden: { reason: null } });
    expect((await (await t.loginAs(w.fenna.email)).get(`/api/enrolments/${w.lotteEnrolment.id}/challenge`)).body).toMatchObject({
      canModerate: true,
      log: [{ comments: [{ body: 'Iets ongepasts' }] }],
    });

    // Hidden before the mail went out: the owner is not mailed its text.
    await t.app.get(NotificationWorker).runOnce();
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === w.lotte.email);
    expect(mails.filter((mail) => mail.text.includes('Iets ongepasts'))).toEqual([]);
  });

  it('reads a challenge with all its comments in a fixed number of statements', async () => {
    const w = await world();
    const jan = await t.loginAs(w.jan.email);
    const statements = async () => {
      t.queries.reset();
      expect((await jan.get(`/api/enrolments/${w.lotteEnrolment.id}/challenge`)).status).toBe(200);
      return t.queries.count;
    };
    const few = await statements();
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
      const entry = (await w.asLotte.post('/api/me/challenge/log', { entryDate: day, text: `Stap ${day}` })).body.id;
      for (const body of ['Mooi', 'Hoe ging het?']) await jan.post(`/api/challenge-log-entries/${entry}/comments`, { body });
    }
    expect(await statements()).toBe(few);
    expect(few).toBe(4); // login session, the enrolment with the viewer's group, the edition role, the challenge
  });
});
