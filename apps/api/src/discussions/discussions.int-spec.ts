import { randomUUID } from 'node:crypto';
import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, type TestApp } from '../../test/test-app';
import { amsterdamToInstant, addCalendarDays, instantToAmsterdam } from '../calendar/amsterdam-time';
import { NotificationWorker } from '../notifications/notification-worker';
import { DiscussionsService } from './discussions.service';

jest.setTimeout(60_000);

describe('discussions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const [edition, otherEdition] = [await g.edition(), await g.edition()];
    const [lotte, jan, trainer, facilitator, director, otherParticipant, admin, groupless] = await Promise.all([
      g.person({ name: `Lotte Bakker ${Math.random().toString(36).slice(2, 6)}` }),
      g.person({ name: `Jan Smit ${Math.random().toString(36).slice(2, 6)}` }),
      g.person(),
      g.person(),
      g.person(),
      g.person(),
      g.person({ isAdmin: true }),
      g.person(),
    ]);
    const lotteEnrolment = await g.enrolment(edition.id, lotte.id, 'participant');
    const janEnrolment = await g.enrolment(edition.id, jan.id, 'participant');
    await g.enrolment(edition.id, groupless.id, 'participant');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(edition.id, facilitator.id, 'facilitator');
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');
    // One network group: Lotte and Jan, led by the facilitator.
    const [group] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Groep Zuid', 1) RETURNING id`, [edition.id]);
    await t.db.query(`INSERT INTO network_group_member (network_group_id, enrolment_id) VALUES ($1, $2), ($1, $3)`, [group.id, lotteEnrolment.id, janEnrolment.id]);
    await t.db.query(`INSERT INTO network_group_facilitator (network_group_id, person_id) VALUES ($1, $2)`, [group.id, facilitator.id]);
    const login = (person: { email: string }) => t.loginAs(person.email);
    return { edition, otherEdition, groupId: group.id as string, lotte, jan, trainer, facilitator, director, otherParticipant, admin, groupless, login };
  }

  it('lets participants start a thread and reply, with unread counts that follow each person’s reading', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const started = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: '  Wie werkt met leefstijlmonitoring? ', body: 'Ik zoek **ervaringen**.' });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      title: 'Wie werkt met leefstijlmonitoring?',
      editionId: w.edition.id,
      groupId: null,
      canModerate: false,
      canReply: true,
      posts: [{ authorName: w.lotte.name, body: 'Ik zoek **ervaringen**.', hidden: null, reportCount: null, own: true }],
    });
    const id = started.body.id;

    const jan = await w.login(w.jan);
    const list = async (client: typeof jan) => (await client.get(`/api/editions/${w.edition.id}/discussions`)).body.items[0];
    expect(await list(jan)).toMatchObject({ id, replyCount: 0, unreadCount: 1, mentionsMe: false });
    expect(await list(lotte)).toMatchObject({ unreadCount: 0 });
    expect((await jan.get('/api/me/discussions/unread')).body).toEqual({ threads: 1 });
    // The menu's first count comes with /api/me.
    expect((await jan.get('/api/me')).body.waiting).toEqual({ unreadDiscussionThreads: 1, invitations: 0 });

    const read = await jan.get(`/api/discussions/${id}`);
    expect(read.body.lastReadAt).toBeNull();
    expect(await list(jan)).toMatchObject({ unreadCount: 0 });
    expect((await jan.get('/api/me/discussions/unread')).body).toEqual({ threads: 0 });
    expect((await jan.get('/api/me')).body.waiting).toEqual({ unreadDiscussionThreads: 0, invitations: 0 });

    const reply = await jan.post(`/api/discussions/${id}/replies`, { body: 'Wij wel, sinds maart.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ authorName: w.jan.name, body: 'Wij wel, sinds maart.', own: true });
    expect(await list(lotte)).toMatchObject({ replyCount: 1, unreadCount: 1 });
    expect(await list(jan)).toMatchObject({ unreadCount: 0 });

    // The trainer answers too, and may moderate.
    const trainer = await w.login(w.trainer);
    const asTrainer = await trainer.get(`/api/discussions/${id}`);
    expect(asTrainer.body).toMatchObject({ canModerate: true, canReply: true });
    expect(asTrainer.body.posts.map((post: { reportCount: number }) => post.reportCount)).toEqual([0, 0]);
  });

  it('takes the same thread or reply sent again at once (a double click, a retry) as one, and the same words later as new', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = { title: 'Dubbel?', body: `Eén keer @${w.jan.name}` };
    const started = await Promise.all(Array.from({ length: 10 }, () => lotte.post(`/api/editions/${w.edition.id}/discussions`, thread)));
    expect(started.map((response) => response.status)).toEqual(Array(10).fill(201));
    expect(new Set(started.map((response) => response.body.id)).size).toBe(1);
    const id = started[0].body.id;
    const replies = await Promise.all(Array.from({ length: 40 }, () => lotte.post(`/api/discussions/${id}/replies`, { body: 'Nog even dit.' })));
    expect(replies.map((response) => response.status)).toEqual(Array(40).fill(201));
    expect(new Set(replies.map((response) => response.body.id)).size).toBe(1);
    expect((await lotte.post(`/api/discussions/${id}/replies`, { body: 'Iets anders.' })).body.id).not.toBe(replies[0].body.id);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM discussion_post WHERE discussion_id = $1`, [id])).toEqual([{ n: 3 }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM discussion_mention m JOIN discussion_post p ON p.id = m.post_id WHERE p.discussion_id = $1`, [id])).toEqual([{ n: 1 }]);
    // After the window, the same words are a new post.
    await t.db.query(`UPDATE discussion_post SET created_at = created_at - interval '1 minute' WHERE discussion_id = $1`, [id]);
    expect((await lotte.post(`/api/discussions/${id}/replies`, { body: 'Nog even dit.' })).body.id).not.toBe(replies[0].body.id);
    // The repeats counted toward no limit: of the 30 posts in ten minutes, four are used (thread, two replies, this one).
    const more = await Promise.all(Array.from({ length: 27 }, (_, i) => lotte.post(`/api/discussions/${id}/replies`, { body: `Punt ${i}` })));
    expect(more.map((response) => response.status).sort()).toEqual([...Array(26).fill(201), 429]);
  });

  it('lists threads a page at a time, newest activity first, in a fixed number of statements', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    for (const title of ['Eerste', 'Tweede', 'Derde']) await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title, body: 'Tekst' });
    const jan = await w.login(w.jan);
    t.queries.reset();
    const page = await jan.get(`/api/editions/${w.edition.id}/discussions?pageSize=2`);
    expect(t.queries.count).toBe(3); // login session, edition standing, the page
    expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.body.items.map((item: { title: string }) => item.title)).toEqual(['Derde', 'Tweede']);
    expect((await jan.get(`/api/editions/${w.edition.id}/discussions?page=2&pageSize=2`)).body.items.map((item: { title: string }) => item.title)).toEqual(['Eerste']);

    const id = page.body.items[0].id;
    t.queries.reset();
    await jan.get(`/api/discussions/${id}`);
    expect(t.queries.count).toBe(5); // login session, thread, edition standing, thread with posts, read mark
  });

  it('is closed to other editions, to roles without the conversation, and to strangers of a group’s threads', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const open = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Iedereen', body: 'Hallo allemaal' })).body.id;
    const inGroup = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Alleen Zuid', body: 'Hallo groep', groupId: w.groupId });
    expect(inGroup.status).toBe(201);
    expect(inGroup.body.groupId).toBe(w.groupId);

    for (const outsider of [w.otherParticipant, w.director]) {
      const client = await w.login(outsider);
      expect((await client.get(`/api/editions/${w.edition.id}/discussions`)).status).toBe(403);
      expect((await client.get(`/api/discussions/${open}`)).status).toBe(403);
      expect((await client.post(`/api/discussions/${open}/replies`, { body: 'Mag ik?' })).status).toBe(403);
      expect((await client.post(`/api/editions/${w.edition.id}/discussions`, { title: 'x', body: 'y' })).status).toBe(403);
    }
    expect((await t.anonymous().get(`/api/discussions/${open}`)).status).toBe(401);
    // An unknown thread answers as another edition's does: nothing tells whether it exists. The programme office learns it does not.
    expect((await lotte.get('/api/discussions/00000000-0000-4000-8000-000000000000')).status).toBe(403);
    expect((await (await w.login(w.admin)).get('/api/discussions/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    // The group's thread: its members, its facilitator, the trainer and the programme office; not a participant of another group.
    const titles = async (person: { email: string }) =>
      (await (await w.login(person)).get(`/api/editions/${w.edition.id}/discussions`)).body.items.map((item: { title: string }) => item.title).sort();
    for (const reader of [w.jan, w.facilitator, w.trainer, w.admin]) expect(await titles(reader)).toEqual(['Alleen Zuid', 'Iedereen']);
    expect(await titles(w.groupless)).toEqual(['Iedereen']);
    const groupless = await w.login(w.groupless);
    expect((await groupless.get(`/api/discussions/${inGroup.body.id}`)).status).toBe(403);
    expect((await groupless.post(`/api/discussions/${inGroup.body.id}/replies`, { body: 'Ik ook' })).status).toBe(403);
    const refused = await groupless.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Stiekem', body: 'x', groupId: w.groupId });
    // Told that they are not in the group, not that the group is not in the edition.
    expect([refused.status, refused.body.error]).toEqual([403, 'network_group_not_yours']);
  });

  it('offers each person the network groups they may start a thread in, names each thread’s group, and filters the list by group', async () => {
    const w = await world();
    const [otherGroup] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Groep Noord', 2) RETURNING id`, [w.edition.id]);
    const [strangeGroup] = await t.db.query(`INSERT INTO network_group (edition_id, name, position) VALUES ($1, 'Elders', 1) RETURNING id`, [w.otherEdition.id]);
    const groups = async (person: { email: string }) => (await (await w.login(person)).get(`/api/editions/${w.edition.id}/discussions/groups`)).body;
    const south = { id: w.groupId, name: 'Groep Zuid' };
    expect(await groups(w.lotte)).toEqual([south]);
    expect(await groups(w.facilitator)).toEqual([south]);
    expect(await groups(w.groupless)).toEqual([]);
    for (const reader of [w.trainer, w.admin]) expect(await groups(reader)).toEqual([south, { id: otherGroup.id, name: 'Groep Noord' }]);
    expect((await (await w.login(w.director)).get(`/api/editions/${w.edition.id}/discussions/groups`)).status).toBe(403);

    const lotte = await w.login(w.lotte);
    await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Iedereen', body: 'Hallo allemaal' });
    const inGroup = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Alleen Zuid', body: 'Hallo groep', groupId: w.groupId })).body;
    expect(inGroup).toMatchObject({ groupId: w.groupId, groupName: 'Groep Zuid' });
    const trainer = await w.login(w.trainer);
    await trainer.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Alleen Noord', body: 'Hallo Noord', groupId: otherGroup.id });

    const list = async (client: typeof lotte, query = '') =>
      (await client.get(`/api/editions/${w.edition.id}/discussions${query}`)).body.items.map((item: { title: string; groupName: string | null }) => [item.title, item.groupName]);
    expect(await list(trainer)).toEqual([['Alleen Noord', 'Groep Noord'], ['Alleen Zuid', 'Groep Zuid'], ['Iedereen', null]]);
    expect(await list(trainer, `?groupId=${w.groupId}`)).toEqual([['Alleen Zuid', 'Groep Zuid']]);
    // Filtering by a group one does not read, or of another edition, shows nothing of it.
    expect(await list(lotte, `?groupId=${otherGroup.id}`)).toEqual([]);
    expect(await list(trainer, `?groupId=${strangeGroup.id}`)).toEqual([]);
    expect((await lotte.get(`/api/editions/${w.edition.id}/discussions?groupId=nope`)).status).toBe(400);
  });

  it('validates what is sent', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const bad = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: ' ', body: '', groupId: 'nope', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['body', 'extra', 'groupId', 'title']);
    expect((await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'x', body: 'y'.repeat(10_001) })).status).toBe(400);
    // What looks empty is empty: a title and a text of nothing but zero-width spaces, soft hyphens, joiners, a
    // combining mark or the blanks of Hangul and braille.
    for (const [title, body] of [
      ['\u200b\u00ad', ' \u200b\ufeff '],
      ['\u200c\u200d', '\u034f'],
      ['\u3164', '\u2800 \u115f'],
    ]) {
      const invisible = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title, body });
      expect(invisible.status).toBe(400);
      expect(invisible.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['body', 'title']);
    }
  });

  it('lets trainers and facilitators hide a post with a reason the author sees, and anyone report one', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Vraag', body: 'Een vraag' })).body;
    const jan = await w.login(w.jan);
    const post = (await jan.post(`/api/discussions/${thread.id}/replies`, { body: 'Iets ongepasts' })).body;

    expect((await lotte.post(`/api/discussion-posts/${post.id}/report`, { reason: 'Niet netjes' })).status).toBe(204);
    expect((await lotte.post(`/api/discussion-posts/${post.id}/report`, {})).status).toBe(204);
    expect((await lotte.post(`/api/discussion-posts/${post.id}/hide`, { reason: 'Weg ermee' })).status).toBe(403);
    expect((await (await w.login(w.otherParticipant)).post(`/api/discussion-posts/${post.id}/report`, {})).status).toBe(403);
    // One's own post is not for reporting: it would count as someone else's concern.
    const own = await jan.post(`/api/discussion-posts/${post.id}/report`, {});
    expect([own.status, own.body.error]).toEqual([400, 'own_post_report']);

    const facilitator = await w.login(w.facilitator);
    expect((await facilitator.get(`/api/discussions/${thread.id}`)).body.posts[1].reportCount).toBe(1);
    expect((await facilitator.post(`/api/discussion-posts/${post.id}/hide`, { reason: '' })).status).toBe(400);
    expect((await facilitator.post(`/api/discussion-posts/${post.id}/hide`, { reason: 'Houd het vriendelijk, graag.' })).status).toBe(204);

    const seenBy = async (client: typeof jan) => (await client.get(`/api/discussions/${thread.id}`)).body.posts[1];
    expect(await seenBy(jan)).toMatchObject({ body: 'Iets ongepasts', hidden: { reason: 'Houd het vriendelijk, graag.' }, own: true });
    expect(await seenBy(lotte)).toMatchObject({ body: '', hidden: { reason: null } });
    expect(await seenBy(facilitator)).toMatchObject({ body: 'Iets ongepasts', hidden: { reason: 'Houd het vriendelijk, graag.' } });
    // Hidden a second time, by someone else, it stays hidden as it was: the reason its author read is kept.
    expect((await (await w.login(w.trainer)).post(`/api/discussion-posts/${post.id}/hide`, { reason: 'Nogmaals' })).status).toBe(204);
    expect(await seenBy(jan)).toMatchObject({ hidden: { reason: 'Houd het vriendelijk, graag.' } });
    // Its author adds no files to it any more.
    const file = Buffer.concat([
      Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="bijlage.pdf"\r\nContent-Type: application/pdf\r\n\r\n'),
      Buffer.from('%PDF-1.7\n%%EOF\n'),
      Buffer.from('\r\n--b--\r\n'),
    ]);
    const attached = await jan.post(`/api/discussion-posts/${post.id}/attachments`, file, { 'content-type': 'multipart/form-data; boundary=b' });
    expect([attached.status, attached.body.error]).toEqual([409, 'post_hidden']);
    // Nor does anyone report it any more: its text is gone for them, and the moderators acted on it.
    const reportedHidden = await lotte.post(`/api/discussion-posts/${post.id}/report`, {});
    expect([reportedHidden.status, reportedHidden.body.error]).toEqual([409, 'post_already_hidden']);
    // Nor a post emptied when its author was erased.
    const other = (await jan.post(`/api/discussions/${thread.id}/replies`, { body: 'Nog een bericht' })).body;
    expect((await (await w.login(w.admin)).delete(`/api/admin/people/${w.jan.id}`)).status).toBe(200);
    const reportedErased = await lotte.post(`/api/discussion-posts/${other.id}/report`, {});
    expect([reportedErased.status, reportedErased.body.error]).toEqual([409, 'post_of_erased_person']);
    expect((await (await w.login(w.trainer)).post('/api/discussion-posts/00000000-0000-4000-8000-000000000000/hide', { reason: 'x' })).status).toBe(403);
  });

  it('answers a long thread a page at a time: the newest first, then before or after a post, in a fixed number of statements', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Lang gesprek', body: 'Bericht 1' });
    await t.db.query(
      `INSERT INTO discussion_post (discussion_id, author_person_id, body, created_at)
       SELECT $1, $2, 'Bericht ' || n, now() + n * interval '1 second' FROM generate_series(2, 120) AS n`,
      [thread.body.id, w.lotte.id],
    );
    const bodies = (page: { posts: { body: string }[] }) => page.posts.map((post) => Number(post.body.replace('Bericht ', '')));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

    t.queries.reset();
    const newest = (await lotte.get(`/api/discussions/${thread.body.id}`)).body;
    const statements = t.queries.count;
    expect([bodies(newest), newest.earlierPosts, newest.laterPosts]).toEqual([range(71, 120), 70, 0]);
    const before = (await lotte.get(`/api/discussions/${thread.body.id}?before=${newest.posts[0].id}`)).body;
    expect([bodies(before), before.earlierPosts, before.laterPosts]).toEqual([range(21, 70), 20, 50]);
    t.queries.reset();
    const first = (await lotte.get(`/api/discussions/${thread.body.id}?before=${before.posts[0].id}`)).body;
    expect(t.queries.count).toBe(statements);
    expect([bodies(first), first.earlierPosts, first.laterPosts]).toEqual([range(1, 20), 0, 100]);
    const after = (await lotte.get(`/api/discussions/${thread.body.id}?after=${first.posts.at(-1).id}`)).body;
    expect([bodies(after), after.earlierPosts, after.laterPosts]).toEqual([range(21, 70), 20, 50]);
    // Reading an earlier page marks the posts up to it read, not the newer ones it does not show.
    const jan = await w.login(w.jan);
    const unread = async () => (await jan.get(`/api/editions/${w.edition.id}/discussions`)).body.items[0].unreadCount;
    expect(await unread()).toBe(120);
    await jan.get(`/api/discussions/${thread.body.id}?after=${first.posts.at(-1).id}`);
    expect(await unread()).toBe(50);
    await jan.get(`/api/discussions/${thread.body.id}?before=${newest.posts[0].id}`);
    expect(await unread()).toBe(50);
    await jan.get(`/api/discussions/${thread.body.id}`);
    expect(await unread()).toBe(0);

    const both = await lotte.get(`/api/discussions/${thread.body.id}?before=${first.posts[0].id}&after=${first.posts[0].id}`);
    expect([both.status, both.body.fields?.[0]?.field]).toEqual([400, 'after']);
    // A post of another thread, or none, marks no place in this one.
    const other = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Ander gesprek', body: 'Elders' });
    const elsewhere = (await lotte.get(`/api/discussions/${other.body.id}`)).body.posts[0].id;
    const misplaced = await lotte.get(`/api/discussions/${thread.body.id}?before=${elsewhere}`);
    expect([misplaced.status, misplaced.body.error]).toEqual([404, 'discussion_post_not_found']);
    expect((await lotte.get(`/api/discussions/${thread.body.id}?after=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('tells the people a post mentions, once, by mail in their language and in the list', async () => {
    const w = await world();
    await t.db.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [w.jan.id]);
    await t.db.query(`UPDATE person SET reminders_enabled = false WHERE id = $1`, [w.trainer.id]);
    const [trainerName] = (await t.db.query(`SELECT name FROM person WHERE id = $1`, [w.trainer.id])).map((row: { name: string }) => row.name);
    const lotte = await w.login(w.lotte);
    const thread = await lotte.post(`/api/editions/${w.edition.id}/discussions`, {
      title: 'Sensoren',
      body: `@${w.jan.name.toLowerCase()} en @${trainerName}, hoe doen jullie dit? Ook @${w.otherParticipant.name} en @${w.lotte.name}.`,
    });
    expect(thread.status).toBe(201);
    const mentions = await t.db.query(`SELECT m.person_id AS "personId" FROM discussion_mention m JOIN discussion_post p ON p.id = m.post_id WHERE p.discussion_id = $1`, [thread.body.id]);
    expect(mentions.map((row: { personId: string }) => row.personId).sort()).toEqual([w.jan.id, w.trainer.id].sort());

    const jan = await w.login(w.jan);
    expect((await jan.get(`/api/editions/${w.edition.id}/discussions`)).body.items[0]).toMatchObject({ mentionsMe: true });

    await t.app.get(NotificationWorker).runOnce();
    const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.subject.includes('Sensoren'));
    // The trainer switched these mails off; only Jan gets one, in English.
    expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([[w.jan.email, `${w.lotte.name} mentioned you in "Sensoren"`]]);
    expect(mails[0].text).toContain(`/gesprekken/${thread.body.id}`);
    await t.app.get(NotificationWorker).runOnce();
    expect((await readOutbox(t.config.dataDir)).filter((mail) => mail.subject.includes('Sensoren'))).toHaveLength(1);

    // Twenty replies naming him at once, each different: still that one mail this hour (two if the clock passed the
    // hour meanwhile); the thread shows them all.
    const hourBefore = new Date().getUTCHours();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => lotte.post(`/api/discussions/${thread.body.id}/replies`, { body: `@${w.jan.name} punt ${i + 1}` })));
    expect(replies.every((reply) => reply.status === 201)).toBe(true);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM discussion_mention WHERE person_id = $1`, [w.jan.id])).toEqual([{ n: 21 }]);
    const [{ n: mentionMails }] = await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE person_id = $1 AND kind = 'discussion_mention'`, [w.jan.id]);
    expect(mentionMails).toBe(new Date().getUTCHours() === hourBefore ? 1 : 2);
  });

  it('mails someone one writer names in many threads once an hour, however many threads and at once; another writer still reaches them', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const quiet = [];
    for (let i = 0; i < 6; i++) quiet.push((await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: `Draad ${i + 1}`, body: 'Zonder namen' })).body.id);
    // Six replies at once, each in a thread of its own: six places, one writer.
    const replies = await Promise.all(quiet.map((id, i) => lotte.post(`/api/discussions/${id}/replies`, { body: `@${w.jan.name} kijk eens (${i + 1})` })));
    expect(replies.map((reply) => reply.status)).toEqual(Array(6).fill(201));
    const started = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Nog een', body: `@${w.jan.name} en deze?` });
    expect(started.status).toBe(201);
    const mentionMails = async () =>
      (await t.db.query(`SELECT payload->>'writerId' AS "writerId" FROM notification_delivery WHERE person_id = $1 AND kind = 'discussion_mention'`, [w.jan.id])).map(
        (row: { writerId: string }) => row.writerId,
      );
    expect(await t.db.query(`SELECT count(*)::int AS n FROM discussion_mention WHERE person_id = $1`, [w.jan.id])).toEqual([{ n: 7 }]);
    expect(await mentionMails()).toEqual([w.lotte.id]);

    const classmate = await w.login(w.groupless);
    expect((await classmate.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Van iemand anders', body: `@${w.jan.name}?` })).status).toBe(201);
    expect((await mentionMails()).sort()).toEqual([w.lotte.id, w.groupless.id].sort());
  });

  it('hides a thread’s title along with its opening post, in the list, the thread and the mails, but not from its author or the moderators', async () => {
    const w = await world();
    const jan = await w.login(w.jan);
    const thread = (await jan.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Iets ongepasts in de titel', body: 'En in de tekst' })).body;
    const lotte = await w.login(w.lotte);
    const classmate = await given(t.db).person({ name: `Sem Klasgenoot ${Math.random().toString(36).slice(2, 6)}` });
    await given(t.db).enrolment(w.edition.id, classmate.id, 'participant');
    await lotte.post(`/api/discussions/${thread.id}/replies`, { body: `@${classmate.name} wat vind jij?` });
    const facilitator = await w.login(w.facilitator);
    const opening = (await facilitator.get(`/api/discussions/${thread.id}`)).body.posts[0];
    expect((await facilitator.post(`/api/discussion-posts/${opening.id}/hide`, { reason: 'Niet hier.' })).status).toBe(204);

    const titles = async (client: typeof jan) => [
      (await client.get(`/api/editions/${w.edition.id}/discussions`)).body.items.find((item: { id: string }) => item.id === thread.id).title,
      (await client.get(`/api/discussions/${thread.id}`)).body.title,
    ];
    expect(await titles(lotte)).toEqual(['', '']);
    expect(await titles(jan)).toEqual(['Iets ongepasts in de titel', 'Iets ongepasts in de titel']);
    expect(await titles(facilitator)).toEqual(['Iets ongepasts in de titel', 'Iets ongepasts in de titel']);
    // The mention mail, written after the hiding, does not carry the title either.
    await t.app.get(NotificationWorker).runOnce();
    const mention = (await readOutbox(t.config.dataDir)).find((mail) => mail.to === classmate.email && mail.subject.includes('noemde je'));
    expect(mention?.subject).toBe(`${w.lotte.name} noemde je in "(titel verwijderd)"`);
  });

  it('mentions the person whose whole name follows the @, not everyone whose name begins the same way', async () => {
    const w = await world();
    const g = given(t.db);
    const longer = await g.person({ name: `${w.jan.name}s` });
    await g.enrolment(w.edition.id, longer.id, 'participant');
    const lotte = await w.login(w.lotte);
    const thread = await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Slides', body: `Hoi @${longer.name}, kun je je slides delen?` });
    expect(thread.status).toBe(201);
    expect(await t.db.query(`SELECT person_id AS "personId" FROM discussion_mention m JOIN discussion_post p ON p.id = m.post_id WHERE p.discussion_id = $1`, [thread.body.id])).toEqual([
      { personId: longer.id },
    ]);
    // A name with a regular expression's characters in it is read as written, and a mention may end in punctuation.
    await t.db.query(`UPDATE person SET name = $2 WHERE id = $1`, [w.jan.id, `${w.jan.name} (v.d.) [Zorg+]`]);
    const reply = await lotte.post(`/api/discussions/${thread.body.id}/replies`, { body: `En @${w.jan.name} (v.d.) [Zorg+]: jij ook?` });
    expect(await t.db.query(`SELECT person_id AS "personId" FROM discussion_mention WHERE post_id = $1`, [reply.body.id])).toEqual([{ personId: w.jan.id }]);
    // A name as a Mac keyboard or a PDF may write it, e + combining accent, mentions the person stored with é; a name
    // renamed with a zero-width space pasted along keeps no trace of it, so typing it mentions her.
    const renamed = await (await w.login(w.jan)).patch('/api/me', { name: 'Renée Çelik\u200b' });
    expect(renamed.body.name).toBe('Renée Çelik');
    const decomposed = await lotte.post(`/api/discussions/${thread.body.id}/replies`, { body: 'Nog eens @Rene\u0301e C\u0327elik.' });
    expect(decomposed.body.body).toBe('Nog eens @Renée Çelik.');
    expect(await t.db.query(`SELECT person_id AS "personId" FROM discussion_mention WHERE post_id = $1`, [decomposed.body.id])).toEqual([{ personId: w.jan.id }]);
  });

  it('queues the daily digest exactly once per person, however many instances run it at the same time', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Digest-vraag', body: 'Wie helpt?' })).body;
    await (await w.login(w.trainer)).post(`/api/discussions/${thread.id}/replies`, { body: 'Ik!' });
    // The question was asked yesterday at noon and answered at half past (Amsterdam); each author has read up to their own post.
    const today = instantToAmsterdam(new Date()).date;
    const yesterday = addCalendarDays(today, -1);
    await t.db.query(`UPDATE discussion_post SET created_at = CASE WHEN author_person_id = $2 THEN $3::timestamptz ELSE $4::timestamptz END WHERE discussion_id = $1`, [
      thread.id,
      w.lotte.id,
      amsterdamToInstant(yesterday, '12:00'),
      amsterdamToInstant(yesterday, '12:30'),
    ]);
    await t.db.query(
      `UPDATE discussion_read r SET last_read_at = (SELECT max(p.created_at) FROM discussion_post p WHERE p.discussion_id = r.discussion_id AND p.author_person_id = r.person_id)
        WHERE r.discussion_id = $1`,
      [thread.id],
    );
    const eight = amsterdamToInstant(today, '08:00');
    // Everyone joined the edition a month ago, but one participant enrolled this morning: yesterday's posts are no news to them.
    await t.db.query(`UPDATE enrolment SET enrolled_at = now() - interval '30 days' WHERE edition_id = $1`, [w.edition.id]);
    const newcomer = await given(t.db).person();
    await given(t.db).enrolment(w.edition.id, newcomer.id, 'participant');

    const second = await createTestApp({ dataDir: t.config.dataDir }, { databaseUrl: t.databaseUrl });
    try {
      const services = [t.app.get(DiscussionsService), second.app.get(DiscussionsService)];
      expect(await services[0].queueDigests(amsterdamToInstant(today, '06:59'))).toBe(0);
      await Promise.all([...services, ...services].map((service) => service.queueDigests(eight)));
      const digests = await t.db.query(
        `SELECT person_id AS "personId", event_key AS "eventKey" FROM notification_delivery WHERE kind = 'discussion_digest' AND person_id = ANY($1::uuid[])`,
        [[w.lotte.id, w.jan.id, w.trainer.id, w.facilitator.id, w.groupless.id, w.director.id, newcomer.id]],
      );
      // Jan, the facilitator and the other participant have both posts unread, Lotte the reply; the trainer read all before replying.
      expect(digests.map((row: { personId: string }) => row.personId).sort()).toEqual([w.lotte.id, w.jan.id, w.facilitator.id, w.groupless.id].sort());
      expect(new Set(digests.map((row: { eventKey: string }) => row.eventKey))).toEqual(new Set([`discussions:${yesterday}`]));

      // Jan reads the thread before the mail goes out: his digest has lost its point and is dropped.
      await (await w.login(w.jan)).get(`/api/discussions/${thread.id}`);
      await Promise.all([t.app.get(NotificationWorker).runOnce(), second.app.get(NotificationWorker).runOnce()]);
      // One outbox, as replicas share their data folder.
      const mails = (await readOutbox(t.config.dataDir)).filter((mail) => mail.text.includes('Digest-vraag'));
      expect(mails.map((mail) => mail.to).sort()).toEqual([w.lotte.email, w.facilitator.email, w.groupless.email].sort());
      const lottes = mails.find((mail) => mail.to === w.lotte.email)!;
      expect(lottes.subject).toMatch(/^Nieuw in je gesprekken: /);
      expect(lottes.text).toContain('1 nieuw bericht');

      await Promise.all(services.map((service) => service.queueDigests(eight)));
      expect((await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE kind = 'discussion_digest' AND person_id = $1`, [w.lotte.id]))[0].n).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('takes files on one’s own posts through the file checks, and shows them to those who read the post', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Mijn A4', body: 'Zie bijlage.' })).body;
    const postId = thread.posts[0].id;
    const upload = (client: typeof lotte, fileName: string, content: Buffer) => {
      const boundary = '----koersattachment';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
        content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return client.post(`/api/discussion-posts/${postId}/attachments`, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    };
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    expect((await upload(lotte, 'script.html', Buffer.from('<script>alert(1)</script>'))).status).toBe(415);
    const jan = await w.login(w.jan);
    expect((await upload(jan, 'niet-van-mij.pdf', pdf)).status).toBe(403);
    const attached = await upload(lotte, 'a4-voorstel.pdf', pdf);
    expect(attached.status).toBe(201);
    expect(attached.body).toEqual({ id: expect.any(String), fileName: 'a4-voorstel.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });

    expect((await jan.get(`/api/discussions/${thread.id}`)).body.posts[0].attachments).toEqual([attached.body]);
    const download = await jan.get(`/api/discussion-attachments/${attached.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect((await (await w.login(w.otherParticipant)).get(`/api/discussion-attachments/${attached.body.id}`)).status).toBe(403);

    // Hidden with its post: gone for readers, still there for the author and the moderators.
    await (await w.login(w.trainer)).post(`/api/discussion-posts/${postId}/hide`, { reason: 'Bevat namen van cliënten.' });
    expect((await jan.get(`/api/discussions/${thread.id}`)).body.posts[0].attachments).toEqual([]);
    // Jan gets what an attachment that never existed gets: nothing tells him the hidden post had a file.
    const hiddenFile = await jan.get(`/api/discussion-attachments/${attached.body.id}`);
    const unknownFile = await jan.get(`/api/discussion-attachments/${randomUUID()}`);
    expect(hiddenFile.status).toBe(403);
    expect([hiddenFile.status, hiddenFile.body.error, hiddenFile.body.message]).toEqual([unknownFile.status, unknownFile.body.error, unknownFile.body.message]);
    expect((await lotte.get(`/api/discussion-attachments/${attached.body.id}`)).status).toBe(200);
  });

  it('keeps an author’s own file, also of a hidden post, after they move to another group, whose old threads they no longer read', async () => {
    const w = await world();
    const lotte = await w.login(w.lotte);
    const thread = (await lotte.post(`/api/editions/${w.edition.id}/discussions`, { title: 'Ons A4', body: 'Zie bijlage.', groupId: w.groupId })).body;
    const boundary = '----koersattachment';
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a4.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const attached = (await lotte.post(`/api/discussion-posts/${thread.posts[0].id}/attachments`, body, { 'content-type': `multipart/form-data; boundary=${boundary}` })).body;
    await (await w.login(w.trainer)).post(`/api/discussion-posts/${thread.posts[0].id}/hide`, { reason: 'Bevat namen van cliënten.' });
    await t.db.query(`DELETE FROM network_group_member m USING enrolment e WHERE m.enrolment_id = e.id AND e.person_id = $1`, [w.lotte.id]);

    const gone = await lotte.get(`/api/discussions/${thread.id}`);
    // Told why, and where her own words are.
    expect([gone.status, gone.body.error]).toEqual([403, 'discussion_of_other_group']);
    expect(gone.body.message).toContain('Mijn gegevens');
    const own = await lotte.get(`/api/discussion-attachments/${attached.id}`);
    expect([own.status, own.headers['content-type']]).toEqual([200, 'application/pdf']);
    // Someone else outside the group still gets nothing.
    expect((await (await w.login(w.groupless)).get(`/api/discussion-attachments/${attached.id}`)).status).toBe(403);
  });
});
