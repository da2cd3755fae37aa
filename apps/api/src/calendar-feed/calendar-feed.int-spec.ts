import ICAL from 'ical.js';
import { given } from '../../test/builders';
import type { HttpClient } from '../../test/http-client';
import { createTestApp, type TestApp } from '../../test/test-app';

/** Reads a feed with ical.js, a parser independent of the code that writes it. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      sequence: event.sequence,
      status: component.getFirstPropertyValue('status'),
      transparency: component.getFirstPropertyValue('transp'),
      lastModified: String(component.getFirstPropertyValue('last-modified')),
      location: event.location,
      url: component.getFirstPropertyValue('url'),
      description: event.description,
      zone: event.startDate.zone?.tzid,
      localStart: event.startDate.toString(),
      instant: new Date(event.startDate.toUnixTime() * 1000).toISOString(),
    };
  });
}

const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;

describe('calendar feed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ publicUrl: 'https://koers.example.nl' });
  });
  afterAll(() => t.close());

  async function world() {
    const g = given(t.db);
    const edition = await g.edition();
    const otherEdition = await g.edition();
    const [participant, otherParticipant, director, trainer] = await Promise.all([g.person(), g.person(), g.person(), g.person()]);
    await g.enrolment(edition.id, participant.id, 'participant', { directorPersonId: director.id });
    await g.enrolment(edition.id, director.id, 'director');
    await g.enrolment(edition.id, trainer.id, 'trainer');
    await g.enrolment(otherEdition.id, otherParticipant.id, 'participant');
    // 30 March 2027 is after the clock change (UTC+2), 2 November after the change back (UTC+1): both 09:30 in Amsterdam.
    const march = await g.session(edition.id, { title: 'Lesdag 4 – Richten; kiezen, begrenzen', startsAt: '2027-03-30T07:30:00Z', mode: 'on_site' });
    const november = await g.session(edition.id, { title: 'Lesdag 10 – Slotdag', startsAt: '2027-11-02T08:30:00Z', mode: 'online', status: 'cancelled' });
    const board = await g.session(edition.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2027-04-13T12:00:00Z' });
    const other = await g.session(otherEdition.id, { title: 'Andere editie', startsAt: '2027-03-30T07:30:00Z' });
    await t.db.query(`UPDATE session SET agenda = $2, sequence = 3 WHERE id = $1`, [march.id, '09:30 Inloop, koffie\n10:00 Opening']);
    await g.sessionStaff(march.id, trainer.id, 'trainer');
    return { edition, participant, otherParticipant, director, trainer, march, november, board, other };
  }

  async function feedOf(client: HttpClient): Promise<string> {
    const links = await client.post('/api/me/calendar/reset');
    return feedPath(links.body.feedUrl);
  }

  it('makes a secret feed address on first use and shows the same one again, without storing it', async () => {
    const w = await world();
    const client = await t.loginAs(w.participant.email);
    const first = await client.get('/api/me/calendar');
    expect(first.status).toBe(200);
    expect(first.body.feedUrl).toMatch(new RegExp(`^https://koers\\.example\\.nl/api/calendar/${w.participant.id}\\.[A-Za-z0-9_-]{43}\\.ics$`));
    expect(first.body.webcalUrl).toBe(first.body.feedUrl.replace('https://', 'webcal://'));
    // What is stored is a nonce, not the address: a database dump does not open anyone's feed.
    const [stored] = await t.db.query(`SELECT calendar_feed_nonce AS nonce FROM person WHERE id = $1`, [w.participant.id]);
    expect(first.body.feedUrl).not.toContain(stored.nonce);
    expect((await client.get('/api/me/calendar')).body).toEqual(first.body);
    const forged = first.body.feedUrl.replace(/\.[A-Za-z0-9_-]{43}\.ics$/, `.${'A'.repeat(43)}.ics`);
    expect((await t.anonymous().get(feedPath(forged))).status).toBe(404);
    expect((await t.anonymous().get(feedPath(first.body.feedUrl))).status).toBe(200);
    expect((await t.anonymous().get('/api/me/calendar')).status).toBe(401);
  });

  it('is RFC 5545 that an independent parser reads: Amsterdam times across DST, stable UIDs, SEQUENCE, cancelled sessions kept', async () => {
    const w = await world();
    const response = await t.anonymous().get(await feedOf(await t.loginAs(w.participant.email)));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    // Calendar apps may keep a copy but must ask again (with the ETag) before using it.
    expect(response.headers['cache-control']).toBe('private, no-cache');
    const text = response.text;
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n');

    const events = parseFeed(text);
    expect(events.map((e) => e.summary)).toEqual(['Lesdag 4 – Richten; kiezen, begrenzen', 'Geannuleerd: Lesdag 10 – Slotdag']);
    const [march, november] = events;
    expect(march).toMatchObject({
      uid: `${w.march.id}@koers`,
      sequence: 3,
      status: 'CONFIRMED',
      location: 'Utrechtseweg 10, Amersfoort',
      url: `https://koers.example.nl/sessies/${w.march.id}`,
      zone: 'Europe/Amsterdam',
      localStart: '2027-03-30T09:30:00',
      instant: '2027-03-30T07:30:00.000Z',
    });
    expect(march.description).toContain('09:30 Inloop, koffie\n10:00 Opening');
    expect(november).toMatchObject({
      uid: `${w.november.id}@koers`,
      status: 'CANCELLED',
      location: 'Online',
      zone: 'Europe/Amsterdam',
      localStart: '2027-11-02T09:30:00',
      instant: '2027-11-02T08:30:00.000Z',
    });
    // The online link itself stays on the session page, where it appears 30 minutes before the start.
    expect(text).not.toContain('meet.example.nl');
  });

  it('marks a board meeting the director sends a delegate to as theirs no more, and leaves that time free, until the delegate declines', async () => {
    const w = await world();
    await t.db.query(`UPDATE session SET updated_at = now() - interval '1 day' WHERE id = $1`, [w.board.id]);
    const director = await t.loginAs(w.director.email);
    const path = await feedOf(director);
    const before = parseFeed((await t.anonymous().get(path)).text);
    expect(before.map((e) => [e.summary, e.transparency])).toEqual([['Bestuurlijke bijeenkomst 1', null]]);
    await director.put(`/api/sessions/${w.board.id}/rsvp`, { response: 'delegate', delegateName: 'Dana Visser', delegateEmail: `dana.${Date.now()}@zorg.example` });
    const after = parseFeed((await t.anonymous().get(path)).text);
    expect(after.map((e) => [e.summary, e.transparency])).toEqual([['Vervanger gaat: Bestuurlijke bijeenkomst 1', 'TRANSPARENT']]);
    // Changed in the calendar's eyes too, though the session itself did not change.
    expect(after[0].lastModified).not.toBe(before[0].lastModified);
    // The session's own download says the same as the feed.
    const single = parseFeed((await director.get(`/api/sessions/${w.board.id}/calendar.ics`)).text);
    expect(single.map((e) => [e.summary, e.transparency])).toEqual([['Vervanger gaat: Bestuurlijke bijeenkomst 1', 'TRANSPARENT']]);
    // The delegate declines a moment later: the meeting is the director's again, changed as of that answer.
    await t.db.query(`UPDATE invitation SET status = 'declined', responded_at = now() + interval '2 seconds' WHERE session_id = $1 AND kind = 'delegate'`, [w.board.id]);
    const declined = parseFeed((await t.anonymous().get(path)).text);
    expect(declined.map((e) => [e.summary, e.transparency])).toEqual([['Bestuurlijke bijeenkomst 1', null]]);
    expect(declined[0].lastModified > after[0].lastModified).toBe(true);
  });

  it('raises SEQUENCE on a change while the UID stays, and answers 304 to a client that has the current version', async () => {
    const w = await world();
    const path = await feedOf(await t.loginAs(w.participant.email));
    const first = await t.anonymous().get(path);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}"$/);

    const again = await t.anonymous().get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    await t.db.query(`UPDATE session SET starts_at = starts_at + interval '1 hour', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [w.march.id]);
    const changed = await t.anonymous().get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    const march = parseFeed(changed.text).find((e) => e.uid === `${w.march.id}@koers`);
    expect(march).toMatchObject({ sequence: 4, localStart: '2027-03-30T10:30:00' });
  });

  it('gives each token exactly its own person’s sessions: a director only board meetings, a trainer their own', async () => {
    const w = await world();
    const summaries = async (email: string) => parseFeed((await t.anonymous().get(await feedOf(await t.loginAs(email)))).text).map((e) => e.summary);

    expect(await summaries(w.participant.email)).toEqual(['Lesdag 4 – Richten; kiezen, begrenzen', 'Geannuleerd: Lesdag 10 – Slotdag']);
    expect(await summaries(w.otherParticipant.email)).toEqual(['Andere editie']);
    expect(await summaries(w.director.email)).toEqual(['Bestuurlijke bijeenkomst 1']);
    expect(await summaries(w.trainer.email)).toEqual(['Lesdag 4 – Richten; kiezen, begrenzen']);
  });

  it('stops answering the old address after a reset, and never answers a made-up one', async () => {
    const w = await world();
    const client = await t.loginAs(w.participant.email);
    const old = await feedOf(client);
    const fresh = await client.post('/api/me/calendar/reset');
    expect(fresh.status).toBe(200);
    expect(feedPath(fresh.body.feedUrl)).not.toBe(old);

    expect((await t.anonymous().get(old)).status).toBe(404);
    expect((await t.anonymous().get(feedPath(fresh.body.feedUrl))).status).toBe(200);
    expect((await t.anonymous().get(`/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    // Malformed addresses that look like one: never 500.
    for (const id of ['-'.repeat(36), 'ffffffff-ffff-ffff-ffff-fffffffffff-', '0'.repeat(36)]) {
      expect((await t.anonymous().get(`/api/calendar/${id}.${'a'.repeat(43)}.ics`)).status).toBe(404);
    }
    expect((await t.anonymous().get(`/api/calendar/${feedPath(fresh.body.feedUrl).split('/').pop()!.replace('.ics', '')}`)).status).toBe(404);
    expect((await t.anonymous().post('/api/me/calendar/reset')).status).toBe(401);
  });

  it('offers one session as an .ics download to those who may open its page', async () => {
    const w = await world();
    const response = await (await t.loginAs(w.participant.email)).get(`/api/sessions/${w.march.id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment; filename="Lesdag 4 _ Richten; kiezen, begrenzen.ics"');
    expect(parseFeed(response.text)).toEqual([expect.objectContaining({ uid: `${w.march.id}@koers`, localStart: '2027-03-30T09:30:00' })]);
    // A file to import once: no calendar of its own to subscribe to and poll, as the feed is.
    for (const subscriptionLine of ['X-WR-CALNAME', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL']) expect(response.text).not.toContain(subscriptionLine);

    expect((await (await t.loginAs(w.otherParticipant.email)).get(`/api/sessions/${w.march.id}/calendar.ics`)).status).toBe(403);
    expect((await (await t.loginAs(w.director.email)).get(`/api/sessions/${w.march.id}/calendar.ics`)).status).toBe(403);
    expect((await t.anonymous().get(`/api/sessions/${w.march.id}/calendar.ics`)).status).toBe(401);
  });

  it('runs a fixed number of statements per feed request', async () => {
    const w = await world();
    const path = await feedOf(await t.loginAs(w.participant.email));
    t.queries.reset();
    await t.anonymous().get(path);
    // The person by token hash, then their sessions and the note that a calendar follows the feed.
    expect(t.queries.count).toBe(3);
  });
});
