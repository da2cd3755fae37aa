import { given } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

/** The public programme page: what anyone may read about a programme and the editions that take applications. */
describe('public programme pages', () => {
  let t: TestApp;
  let open: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    const g = given(t.db);
    const programme = await g.programme({ code: 'HIS-I', name: 'Health Innovation School – Implementation' });
    await t.db.query(`UPDATE programme SET slug = 'his-i', description = $2, audience = $3 WHERE id = $1`, [
      programme.id,
      'Acht maanden werken aan je eigen implementatievraagstuk.',
      'Zorgprofessionals die een innovatie invoeren <met> hun team.',
    ]);
    open = await g.edition({ programmeId: programme.id, name: 'HIS-I 3.0', status: 'open', startDate: '2099-09-14', endDate: '2100-05-10', capacity: 3 });
    await t.db.query(`UPDATE edition SET open_for_applications = true, application_deadline = '2099-08-31', price_cents = 295000 WHERE id = $1`, [open.id]);
    await g.session(open.id, { kind: 'programme_day', title: 'Lesdag 1', startsAt: '2099-09-14T07:30:00Z', mode: 'on_site' });
    await g.session(open.id, { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2099-10-05T13:00:00Z', durationMinutes: 120, mode: 'online' });
    // Not yet divided into network groups: its time is the template's, which the groups will not all keep.
    await g.session(open.id, { kind: 'network_session', title: 'Netwerksessie 1', startsAt: '2099-09-28T07:30:00Z', durationMinutes: 120, mode: 'online' });
    await g.session(open.id, { title: 'Geschrapte lesdag', startsAt: '2099-10-12T07:30:00Z', status: 'cancelled' });
    // Two active participants take places; a withdrawn one and a director do not.
    for (const role of ['participant', 'participant', 'director'] as const) await g.enrolment(open.id, (await g.person()).id, role);
    const withdrawn = await g.enrolment(open.id, (await g.person()).id, 'participant');
    await t.db.query(`UPDATE enrolment SET status = 'withdrawn' WHERE id = $1`, [withdrawn.id]);

    // Not on the page: applications not opened, a draft, a passed deadline, a running edition.
    await g.edition({ programmeId: programme.id, status: 'open', startDate: '2099-01-12', endDate: '2099-09-12' });
    const draft = await g.edition({ programmeId: programme.id, status: 'draft', startDate: '2099-01-12', endDate: '2099-09-12' });
    const pastDeadline = await g.edition({ programmeId: programme.id, status: 'open', startDate: '2099-01-12', endDate: '2099-09-12' });
    const running = await g.edition({ programmeId: programme.id, status: 'running', startDate: '2099-01-12', endDate: '2099-09-12' });
    await t.db.query(`UPDATE edition SET open_for_applications = true WHERE id = ANY($1)`, [[draft.id, pastDeadline.id, running.id]]);
    await t.db.query(`UPDATE edition SET application_deadline = '2020-01-31' WHERE id = $1`, [pastDeadline.id]);
  });
  afterAll(() => t?.close());

  it('gives anyone the programme and the editions taking applications, with places left and the shared sessions', async () => {
    const response = await t.anonymous().get('/api/public/programmes/his-i');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      slug: 'his-i',
      code: 'HIS-I',
      name: 'Health Innovation School – Implementation',
      description: 'Acht maanden werken aan je eigen implementatievraagstuk.',
      audience: 'Zorgprofessionals die een innovatie invoeren <met> hun team.',
      editions: [
        {
          id: open.id,
          name: 'HIS-I 3.0',
          startDate: '2099-09-14',
          endDate: '2100-05-10',
          capacity: 3,
          placesLeft: 1,
          applicationDeadline: '2099-08-31',
          priceCents: 295000,
          sessions: [
            { kind: 'programme_day', title: 'Lesdag 1', startsAt: '2099-09-14T07:30:00.000Z', endsAt: '2099-09-14T14:00:00.000Z', mode: 'on_site' },
            { kind: 'board_meeting', title: 'Bestuurlijke bijeenkomst 1', startsAt: '2099-10-05T13:00:00.000Z', endsAt: '2099-10-05T15:00:00.000Z', mode: 'online' },
          ],
        },
      ],
      formIssuedAt: expect.stringMatching(/^\d+\.[\w-]{43}$/),
    });
  });

  it('reads the page in two statements, however many editions and sessions there are', async () => {
    const count = async () => {
      t.queries.reset();
      expect((await t.anonymous().get('/api/public/programmes/his-i')).status).toBe(200);
      return t.queries.count;
    };
    const before = await count();
    for (let i = 0; i < 5; i++) await given(t.db).session(open.id, { title: `Lesdag extra ${i}`, startsAt: `2099-11-0${i + 1}T08:30:00Z` });
    expect([before, await count()]).toEqual([2, 2]);
  });

  it('answers 404 for a programme without a public page and for a slug no programme can have', async () => {
    await given(t.db).programme({ code: 'NO-SLUG' });
    for (const slug of ['unknown', 'HIS-I', 'his_i']) {
      const response = await t.anonymous().get(`/api/public/programmes/${slug}`);
      expect([slug, response.status, response.body.error]).toEqual([slug, 404, 'programme_not_found']);
    }
  });

  it('serves the page as HTML outside /api: Dutch, titled, described, with Open Graph tags, no scripts, text escaped', async () => {
    const page = await t.anonymous().get('/programmas/his-i', { accept: 'text/html' });
    expect([page.status, String(page.headers['content-type']), page.headers['cache-control']]).toEqual([200, 'text/html; charset=utf-8', 'public, max-age=60']);
    const html = page.text;
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<title>Health Innovation School – Implementation (HIS-I) – Koers</title>');
    expect(html).toContain('<meta name="description" content="Acht maanden werken aan je eigen implementatievraagstuk.">');
    expect(html).toMatch(/<meta property="og:url" content="http[^"]+\/programmas\/his-i">/);
    expect(html).toContain('<meta property="og:title" content="Health Innovation School – Implementation (HIS-I) – Koers">');
    expect(html).toContain('<h1>Health Innovation School – Implementation</h1>');
    expect(html).toContain('<h2>Voor wie</h2>');
    expect(html).toContain('invoeren &lt;met&gt; hun team');
    expect(html).toContain('<h3 id="edition-');
    expect(html).toContain('<dt>Nog beschikbaar</dt><dd>1</dd>');
    expect(html).toContain('<dt>Aanmelden kan tot en met</dt><dd>maandag 31 augustus 2099</dd>');
    expect(html).toMatch(/€\s2\.950,00/);
    expect(html).toContain('maandag 14 september 2099, 09:30 – 16:00</span> Lesdag: Lesdag 1 <span class="mode">(op locatie)</span>');
    // The page cannot know its reader's clock: its list of sessions says whose time it shows.
    expect(html).toContain('<h4>Bijeenkomsten (Nederlandse tijd)</h4>');
    expect(html).not.toContain('Geschrapte lesdag');
    // The application form: labelled fields, the signed stamp, and the honeypot out of sight and out of the tab order.
    expect(html).toContain('<form method="post" action="/programmas/his-i/aanmelden?lang=nl">');
    expect(html).toContain(`<input type="hidden" name="editionId" value="${open.id}">`);
    expect(html).toMatch(/<input type="hidden" name="formIssuedAt" value="\d+\.[\w-]{43}">/);
    expect(html).toContain('<label for="directorEmail">E-mailadres van je directeur</label>');
    expect(html).toContain('<div class="trap" aria-hidden="true"><label for="website">Laat dit veld leeg</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>');
    expect(html).not.toMatch(/<script/i);
    // Without KOERS_PROGRAMME_OFFICE_EMAIL there is no address to write to: the sender's no-reply address is not offered.
    expect(html).not.toContain('Vragen? Mail');
    expect(html).not.toContain('mailto:');
  });

  it('speaks English to a browser that prefers it, or when the address says so, with a link to the other language', async () => {
    const english = await t.anonymous().get('/programmas/his-i', { accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' });
    expect([english.status, english.headers.vary]).toEqual([200, 'accept-language']);
    const html = english.text;
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/programmas\/his-i\?lang=en">/);
    expect(html).toMatch(/<link rel="alternate" hreflang="nl" href="http[^"]+\/programmas\/his-i">/);
    expect(html).toContain('<meta property="og:locale" content="en_GB">');
    expect(html).toContain('<p><a href="/programmas/his-i?lang=nl" hreflang="nl" lang="nl">Deze pagina in het Nederlands</a></p>');
    expect(html).toContain('<h2>Who it is for</h2>');
    expect(html).toContain('<dt>Still available</dt><dd>1</dd>');
    expect(html).toContain('<dt>Applications close after</dt><dd>Monday 31 August 2099</dd>');
    expect(html).toContain('<dt>Price per participant</dt><dd>€2,950.00</dd>');
    expect(html).toContain('Monday 14 September 2099, 09:30 – 16:00</span> Programme day: Lesdag 1 <span class="mode">(on site)</span>');
    expect(html).toContain('<h4>Sessions (Amsterdam time)</h4>');
    expect(html).toContain('<form method="post" action="/programmas/his-i/aanmelden?lang=en">');
    expect(html).toContain('<label for="directorEmail">Your director&#39;s email address</label>');
    expect(html).toContain('<h3 id="privacy">What we keep</h3>');
    expect(html).not.toMatch(/Aanmelden|Nog beschikbaar|Wat we bewaren/);

    // The address's language wins over the browser's, both ways; a language Koers does not have is passed over.
    const chosen = await t.anonymous().get('/programmas/his-i?lang=nl', { accept: 'text/html', 'accept-language': 'en' });
    expect(chosen.text).toContain('<html lang="nl">');
    expect(chosen.text).toContain('<p><a href="/programmas/his-i?lang=en" hreflang="en" lang="en">This page in English</a></p>');
    expect((await t.anonymous().get('/programmas/his-i?lang=en', { accept: 'text/html', 'accept-language': 'nl' })).text).toContain('<html lang="en">');
    expect((await t.anonymous().get('/programmas/his-i?lang=de', { accept: 'text/html', 'accept-language': 'en' })).text).toContain('<html lang="en">');
  });

  it('answers an unknown programme’s page with a readable 404, in the reader’s language', async () => {
    const page = await t.anonymous().get('/programmas/bestaat-niet', { accept: 'text/html' });
    expect([page.status, page.text]).toEqual([404, expect.stringContaining('<h1>Programma niet gevonden</h1>')]);
    const english = await t.anonymous().get('/programmas/bestaat-niet?lang=en', { accept: 'text/html' });
    expect([english.status, english.text]).toEqual([404, expect.stringContaining('<h1>Programme not found</h1>')]);
  });
});
