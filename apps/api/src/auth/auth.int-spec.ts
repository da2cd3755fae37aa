import { given } from '../../test/builders';
import { readOutbox } from '../../test/mail-outbox';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { NotificationWorker } from '../notifications/notification-worker';
import { RateLimitsRepository } from '../rate-limits/rate-limits.repository';
import { AccountInvitations } from '../invitations/account-invitations.service';
import { newSecretToken, sha256 } from '../app/tokens';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';

/**
 * The fastest answer of each side within half of the other's, or within 2 ms. The fastest is the work itself; slower
 * ones add whatever else the two cores were doing (the other jest worker), which moved medians apart by more than 20%
 * now and then in CI, and once the fastest by 38% (12.7 against 17.5 ms). Skipping the password check for an unknown
 * account would still show: 1 ms against 10. A failure shows both.
 */
const expectSameTime = (known: number[], unknown: number[]) => {
  const [a, b] = [Math.min(...known), Math.min(...unknown)];
  const same = Math.abs(a - b) <= Math.max(0.5 * Math.max(a, b), 2);
  expect(same ? 'the same time' : `known ${a.toFixed(1)} ms, unknown ${b.toFixed(1)} ms`).toBe('the same time');
};

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('logs in with the right password and answers /api/me with the person and their editions', async () => {
    const person = await given(t.db).person({ name: 'Rebel Een' });
    const edition = await given(t.db).edition({ name: 'HIS-I 9.0' });
    await given(t.db).enrolment(edition.id, person.id, 'participant');

    const client = t.anonymous();
    const login = await client.post('/api/auth/login', { email: person.email.toUpperCase(), password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/koers_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: person.id,
      name: 'Rebel Een',
      email: person.email,
      isAdmin: false,
      locale: 'nl',
      enrolments: [{ editionId: edition.id, editionName: 'HIS-I 9.0', role: 'participant', draft: false }],
      managedRegions: [],
      delegateAtBoardMeetings: false,
      waiting: { unreadDiscussionThreads: 0, invitations: 0 },
    });
  });

  it('lists a draft edition only to those who prepare it (the staff), marked as a draft', async () => {
    const g = given(t.db);
    const draft = await g.edition({ name: 'HIS-I Concept', status: 'draft' });
    const [participant, trainer] = [await g.person(), await g.person()];
    await g.enrolment(draft.id, participant.id, 'participant');
    await g.enrolment(draft.id, trainer.id, 'trainer');

    expect((await (await t.loginAs(participant.email)).get('/api/me')).body.enrolments).toEqual([]);
    expect((await (await t.loginAs(trainer.email)).get('/api/me')).body.enrolments).toEqual([
      { editionId: draft.id, editionName: 'HIS-I Concept', role: 'trainer', draft: true },
    ]);
    await t.db.query(`UPDATE edition SET status = 'open' WHERE id = $1`, [draft.id]);
    expect((await (await t.loginAs(participant.email)).get('/api/me')).body.enrolments).toEqual([
      { editionId: draft.id, editionName: 'HIS-I Concept', role: 'participant', draft: false },
    ]);
  });

  it('lists the editions as the person meets them: the one under way, then those to come (soonest first), then the rest', async () => {
    const g = given(t.db);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const completed = await g.edition({ name: 'HIS-I Vorig', status: 'completed', startDate: day(-400), endDate: day(-160) });
    const later = await g.edition({ name: 'HIS-I Later', status: 'open', startDate: day(400), endDate: day(640) });
    const next = await g.edition({ name: 'HIS-I Volgend', status: 'open', startDate: day(280), endDate: day(520) });
    const underWay = await g.edition({ name: 'HIS-I Nu', status: 'open', startDate: day(-20), endDate: day(220) });
    // Over, but not marked completed yet: no longer under way.
    const overdue = await g.edition({ name: 'HIS-I Over', status: 'running', startDate: day(-300), endDate: day(-3) });
    const person = await g.person();
    for (const edition of [completed, later, next, underWay, overdue]) await g.enrolment(edition.id, person.id, 'participant');
    const client = await t.loginAs(person.email);

    const listed = (await client.get('/api/me')).body.enrolments.map((enrolment: { editionName: string }) => enrolment.editionName);
    expect(listed).toEqual(['HIS-I Nu', 'HIS-I Volgend', 'HIS-I Later', 'HIS-I Over', 'HIS-I Vorig']);
    // The own challenge, asked for without an edition, is the one under way too.
    expect((await client.get('/api/me/challenge')).body.editionId).toBe(underWay.id);
  });

  it('refuses a wrong password with 401 and a malformed body with 400 naming the fields', async () => {
    const person = await given(t.db).person();
    const wrong = await t.anonymous().post('/api/auth/login', { email: person.email, password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: 'invalid_credentials', message: expect.stringContaining('wachtwoord') });

    const malformed = await t.anonymous().post('/api/auth/login', { email: 'geen-email', wachtwoord: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'password', 'wachtwoord']);

    const english = await t.anonymous().post('/api/auth/login', { email: 'geen-email', password: 'x' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body.fields).toEqual([{ field: 'email', message: 'Enter a valid email address.' }]);
  });

  it('answers 401 without a session and 403 when logged in but not allowed', async () => {
    expect((await t.anonymous().get('/api/me')).status).toBe(401);
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    expect((await client.get('/api/me')).status).toBe(200);
    // Logging out another session's CSRF token is refused: the token is bound to the session.
    const other = await t.loginAs(person.email);
    const stolen = await client.post('/api/auth/logout', undefined, { 'x-csrf-token': other.csrfToken! });
    expect(stolen.status).toBe(403);
  });

  it('rejects a cookie-authenticated write without the CSRF token, and accepts it with the token', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const refused = await client.post('/api/auth/logout');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('csrf_invalid');
    client.csrfToken = token;
    expect(await client.post('/api/auth/logout')).toMatchObject({ status: 200, body: { providerLogout: null } });
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('logs out everywhere: every session of the person ends, on every device, and nobody else\'s', async () => {
    const person = await given(t.db).person();
    const [laptop, phone] = [await t.loginAs(person.email), await t.loginAs(person.email)];
    const colleague = await t.loginAs((await given(t.db).person()).email);
    expect(await laptop.post('/api/auth/logout-everywhere')).toMatchObject({ status: 200, body: { providerLogout: null } });
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await colleague.get('/api/me')).status).toBe(200);
  });

  it('ends the session a browser had when someone logs in from it again, as themselves or as someone else', async () => {
    const [first, second] = [await given(t.db).person(), await given(t.db).person()];
    const browser = await t.loginAs(first.email);
    const elsewhere = await t.loginAs(first.email);
    await browser.login(second.email, TEST_PASSWORD);
    expect((await browser.get('/api/me')).body.name).toBe(second.name);
    // The first person's session in this browser ended with it; their session on another device did not.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM login_session WHERE person_id = $1`, [first.id])).toEqual([{ n: 1 }]);
    expect((await elsewhere.get('/api/me')).status).toBe(200);

    // So does choosing a first password through an invitation link in that browser.
    const invited = await given(t.db).person();
    const token = newSecretToken();
    await t.db.transaction((manager) => t.app.get(AuthRepository).createResetTokens([{ personId: invited.id, tokenHash: sha256(token) }], 60, manager));
    expect((await browser.post('/api/auth/first-password', { token, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(200);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM login_session WHERE person_id = $1`, [second.id])).toEqual([{ n: 0 }]);
  });

  it('ends a session after the configured inactivity', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    expect((await client.get('/api/me')).status).toBe(200);
    await t.db.query(`UPDATE login_session SET last_seen_at = now() - make_interval(mins => $2) WHERE person_id = $1`, [
      person.id,
      t.config.sessionIdleMinutes + 1,
    ]);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('keeps an active session alive past the idle limit counted from login, up to the absolute lifetime', async () => {
    const person = await given(t.db).person();
    const client = await t.loginAs(person.email);
    await t.db.query(`UPDATE login_session SET created_at = now() - interval '3 hours', last_seen_at = now() - interval '5 minutes' WHERE person_id = $1`, [person.id]);
    expect((await client.get('/api/me')).status).toBe(200);
    const [{ idle }] = await t.db.query(`SELECT extract(epoch FROM now() - last_seen_at) AS idle FROM login_session WHERE person_id = $1`, [person.id]);
    expect(Number(idle)).toBeLessThan(5);

    await t.db.query(`UPDATE login_session SET created_at = now() - make_interval(hours => $2) - interval '1 minute' WHERE person_id = $1`, [
      person.id,
      t.config.sessionMaxHours,
    ]);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  describe('login limits, counted before the password is checked', () => {
    const wrongLogins = (email: string, count: number, address: (i: number) => string) =>
      Promise.all(Array.from({ length: count }, (_, i) => t.anonymous(address(i)).post('/api/auth/login', { email, password: `wrong-password-${i}` })));
    const statuses = (responses: { status: number }[]) => responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

    it('checks at most 10 of 60 parallel wrong passwords for one account from one address, then answers 429 with Retry-After', async () => {
      const person = await given(t.db).person();
      const responses = await wrongLogins(person.email, 60, () => '198.51.100.1');
      expect(statuses(responses)).toEqual({ 401: 10, 429: 50 });
      const limited = responses.find((r) => r.status === 429)!;
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(limited.body).toMatchObject({ error: 'login_rate_limited', message: expect.stringMatching(/Wacht 15 minuten/) });
      const english = await t.anonymous('198.51.100.1').post('/api/auth/login', { email: person.email, password: TEST_PASSWORD }, { 'accept-language': 'en' });
      expect(english.status).toBe(429);
      expect(english.body.message).toMatch(/Wait 15 minutes/);

      // The owner elsewhere still gets in, and that clears the account's counters.
      expect((await t.anonymous('198.51.100.2').post('/api/auth/login', { email: person.email, password: TEST_PASSWORD })).status).toBe(200);
      expect((await t.anonymous('198.51.100.1').post('/api/auth/login', { email: person.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('holds across replicas: 60 parallel wrong passwords split over two instances, at most 10 checked', async () => {
      const second = await createTestApp({ dataDir: t.config.dataDir }, { databaseUrl: t.databaseUrl });
      try {
        const person = await given(t.db).person();
        const responses = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            (i % 2 === 0 ? t : second).anonymous('198.51.100.60').post('/api/auth/login', { email: person.email, password: `wrong-password-${i}` }),
          ),
        );
        expect(statuses(responses)).toEqual({ 401: 10, 429: 50 });
      } finally {
        await second.close();
      }
    });

    it('checks at most 30 parallel wrong passwords for one account from many addresses', async () => {
      const person = await given(t.db).person();
      const responses = await wrongLogins(person.email, 45, (i) => `203.0.113.${i}`);
      expect(statuses(responses)).toEqual({ 401: 30, 429: 15 });
      expect((await t.anonymous('203.0.113.200').post('/api/auth/login', { email: person.email, password: TEST_PASSWORD })).status).toBe(429);
    });

    it('lets a venue share one address: others log in after many failures there, until 100 failures', async () => {
      const venue = '192.0.2.77';
      const colleague = await given(t.db).person();
      const responses = await Promise.all(
        Array.from({ length: 110 }, (_, i) => t.anonymous(venue).post('/api/auth/login', { email: `deelnemer-${i}@example.nl`, password: 'typo-in-password' })),
      );
      // Logins that succeed give their count back, so the colleague's own login is not one of the 100.
      expect(statuses(responses)).toEqual({ 401: 100, 429: 10 });
      expect((await t.anonymous(venue).post('/api/auth/login', { email: colleague.email, password: TEST_PASSWORD })).status).toBe(429);
      expect((await t.anonymous('192.0.2.78').post('/api/auth/login', { email: colleague.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('lets the right password through on a shared address after others failed there', async () => {
      const venue = '192.0.2.90';
      const [confused, colleague] = [await given(t.db).person(), await given(t.db).person()];
      expect(statuses(await wrongLogins(confused.email, 15, () => venue))).toEqual({ 401: 10, 429: 5 });
      expect((await t.anonymous(venue).post('/api/auth/login', { email: colleague.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('forgets counters whose window has ended', async () => {
      const person = await given(t.db).person();
      await wrongLogins(person.email, 3, () => '198.51.100.50');
      await t.db.query(`UPDATE rate_limit_counter SET resets_at = now() - interval '1 second'`);
      expect(await t.app.get(RateLimitsRepository).purgeExpired()).toBeGreaterThan(0);
      expect(await t.db.query(`SELECT * FROM rate_limit_counter`)).toEqual([]);
    });
  });

  it('answers a login in the same time for a known and an unknown account (the fastest of each within half of the other)', async () => {
    const people = await Promise.all(Array.from({ length: 20 }, () => given(t.db).person()));
    const timed = async (email: string, address: string) => {
      const started = process.hrtime.bigint();
      const response = await t.anonymous(address).post('/api/auth/login', { email, password: 'not-the-password' });
      expect(response.status).toBe(401);
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 20; i++) {
      // Taking turns at going first, so neither side always meets a warmer cache.
      const order = i % 2 === 0 ? [true, false] : [false, true];
      for (const isKnown of order) {
        if (isKnown) known.push(await timed(people[i].email, `10.1.0.${i}`));
        else unknown.push(await timed(`niemand-${i}@example.nl`, `10.2.0.${i}`));
      }
    }
    expectSameTime(known, unknown);
  });

  describe('password links', () => {
    const mailedToken = async (email: string, subject: string) => {
      await t.app.get(NotificationWorker).runOnce();
      const [mail] = (await readOutbox(t.config.dataDir)).filter((one) => one.to === email && one.subject === subject);
      return decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);
    };
    /** The reset request is answered before the lookup; wait until its mail is queued. */
    const queuedResets = async (personId: string) => {
      await t.app.get(AuthService).resetsQueued();
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE person_id = $1 AND kind = 'password_reset'`, [personId]);
      return n;
    };

    it('resets a password with a mailed one-time link, ends the old sessions and every other link, and mails that it changed', async () => {
      const person = await given(t.db).person();
      const oldSession = await t.loginAs(person.email);
      await t.app.get(AccountInvitations).invite([person], { nl: 'Welkom.', en: 'Welcome.' });
      const invitation = await mailedToken(person.email, 'Je Koers-account staat klaar');

      expect((await t.anonymous().post('/api/auth/password-reset/request', { email: person.email })).status).toBe(202);
      expect((await t.anonymous().post('/api/auth/password-reset/request', { email: 'niemand@example.nl' })).status).toBe(202);
      expect(await queuedResets(person.id)).toBe(1);
      const [queued] = await t.db.query(`SELECT payload FROM notification_delivery WHERE person_id = $1 AND kind = 'password_reset'`, [person.id]);
      const token = await mailedToken(person.email, 'Stel je Koers-wachtwoord opnieuw in');
      expect(JSON.stringify(queued.payload)).not.toContain(token);

      const tooShort = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'kort' });
      expect(tooShort.status).toBe(400);
      const common = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: '123456789012' });
      expect(common.body.fields).toEqual([{ field: 'password', message: expect.stringContaining('te makkelijk te raden') }]);
      expect((await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'password1234' })).status).toBe(400);
      // Nor the Dutch for it, nor the person's own address: refused, the link still works.
      expect((await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'Wachtwoord2027!' })).status).toBe(400);
      const ownAddress = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: person.email });
      expect(ownAddress.body.fields).toEqual([{ field: 'password', message: expect.stringContaining('het is gemaakt van je e-mailadres, je naam of je organisatie') }]);

      // The link's page asks first whether it still works; asking uses nothing up.
      expect((await t.anonymous().post('/api/auth/password-link/check', { token, first: false })).status).toBe(204);
      const confirm = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'een-heel-nieuw-wachtwoord' });
      expect(confirm.status).toBe(204);
      const usedUp = await t.anonymous().post('/api/auth/password-link/check', { token, first: false });
      expect([usedUp.status, usedUp.body.error]).toEqual([400, 'reset_token_invalid']);
      // The invitation mailed before stopped too, and its page says it in the words of an invitation.
      const invitationUsedUp = await t.anonymous().post('/api/auth/password-link/check', { token: invitation, first: true });
      expect([invitationUsedUp.status, invitationUsedUp.body.error]).toEqual([400, 'invitation_link_invalid']);
      const again = await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'nog-een-ander-wachtwoord' });
      expect(again.body.error).toBe('reset_token_invalid');
      // The older invitation link stopped working too.
      const old = await t.anonymous().post('/api/auth/password-reset/confirm', { token: invitation, password: 'nog-een-ander-wachtwoord' });
      expect(old.status).toBe(400);
      expect(old.body.error).toBe('reset_token_invalid');

      expect((await oldSession.get('/api/me')).status).toBe(401);
      expect((await t.anonymous().post('/api/auth/login', { email: person.email, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(200);
      await t.app.get(NotificationWorker).runOnce();
      const [changed] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === person.email && mail.subject === 'Je Koers-wachtwoord is gewijzigd');
      // A new password does not end API tokens or the calendar address: the mail says so, for an owner who did not change it.
      expect(changed.text).toContain('Je API-sleutels en het adres van je agenda-abonnement blijven werken met een nieuw wachtwoord');
    });

    it('queues at most 3 reset mails of 60 parallel requests for one address, and 20 per requesting address', async () => {
      const person = await given(t.db).person();
      const responses = await Promise.all(Array.from({ length: 60 }, (_, i) => t.anonymous(`10.3.0.${i}`).post('/api/auth/password-reset/request', { email: person.email })));
      expect(responses.filter((r) => r.status === 202)).toHaveLength(3);
      expect(responses.filter((r) => r.status === 429)).toHaveLength(57);
      expect(responses.find((r) => r.status === 429)!.headers['retry-after']).toBeDefined();
      expect(await queuedResets(person.id)).toBe(3);

      const fromOne = await Promise.all(Array.from({ length: 30 }, (_, i) => t.anonymous('10.4.0.1').post('/api/auth/password-reset/request', { email: `iemand-${i}@example.nl` })));
      expect(fromOne.filter((r) => r.status === 202)).toHaveLength(20);
    });

    it('counts no reset request without an address for a shared target: each malformed one is told what is wrong', async () => {
      const bodies = [{ email: 123 }, {}, { email: null }, { email: ['a@b.nl'] }, { email: true }, { email: '   ' }];
      for (const [i, body] of bodies.entries()) {
        const refused = await t.anonymous(`10.5.0.${i}`).post('/api/auth/password-reset/request', body, { 'accept-language': 'en' });
        expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400]);
      }
      const wrongKind = await t.anonymous('10.5.1.1').post('/api/auth/password-reset/request', { email: 123 }, { 'accept-language': 'en' });
      expect(wrongKind.body.fields).toEqual([{ field: 'email', message: 'Enter a valid email address.' }]);
    });

    it('answers a reset request in the same time for a known and an unknown account (the fastest of each within half of the other)', async () => {
      const people = await Promise.all(Array.from({ length: 25 }, () => given(t.db).person()));
      const timed = async (email: string, address: string) => {
        const started = process.hrtime.bigint();
        expect((await t.anonymous(address).post('/api/auth/password-reset/request', { email })).status).toBe(202);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        // The answer is what is timed; the lookup after it must not slow down the next request.
        await t.app.get(AuthService).resetsQueued();
        return ms;
      };
      // Warm up both paths first (compiled code, prepared statements), untimed.
      for (let i = 20; i < 25; i++) {
        await timed(people[i].email, `10.7.0.${i}`);
        await timed(`warm-${i}@example.nl`, `10.8.0.${i}`);
      }
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 20; i++) {
        // Taking turns at going first, so neither side always meets a warmer cache.
        const order = i % 2 === 0 ? [true, false] : [false, true];
        for (const isKnown of order) {
          if (isKnown) known.push(await timed(people[i].email, `10.5.0.${i}`));
          else unknown.push(await timed(`onbekend-${i}@example.nl`, `10.6.0.${i}`));
        }
      }
      expectSameTime(known, unknown);
      for (const person of people) expect(await queuedResets(person.id)).toBe(1);
    });

    it('changes the password of a logged-in person who knows the current one: this session stays, others end', async () => {
      const person = await given(t.db).person();
      const [client, other] = [await t.loginAs(person.email), await t.loginAs(person.email)];
      const wrong = await client.post('/api/auth/password', { currentPassword: 'niet-het-wachtwoord', newPassword: 'een-heel-nieuw-wachtwoord' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error).toBe('current_password_wrong');
      const weak = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop12' }, { 'accept-language': 'en' });
      expect(weak.body.fields).toEqual([{ field: 'newPassword', message: expect.stringContaining('too easy to guess') }]);
      // Their name with a year, however it is written, is among the first guesses of anyone who knows their address.
      await t.db.query(`UPDATE person SET name = 'Joëlle Smit' WHERE id = $1`, [person.id]);
      const ownName = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Joelle Smit 2027' });
      expect(ownName.body.fields).toEqual([{ field: 'newPassword', message: expect.stringContaining('gemaakt van je e-mailadres, je naam of je organisatie') }]);
      // Refused a dozen times, it counts as no guess at the current password: the change and logins still work.
      for (let i = 0; i < 12; i++) expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: `Joelle Smit ${2000 + i}` })).status).toBe(400);
      expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'een-heel-nieuw-wachtwoord' })).status).toBe(204);
      expect((await client.get('/api/me')).status).toBe(200);
      expect((await other.get('/api/me')).status).toBe(401);
      expect((await t.anonymous().post('/api/auth/login', { email: person.email, password: 'een-heel-nieuw-wachtwoord' })).status).toBe(200);
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE person_id = $1 AND kind = 'password_changed'`, [person.id]);
      expect(n).toBe(1);
    });

    it('counts wrong current passwords as login guesses, and says so in the words of changing a password', async () => {
      const person = await given(t.db).person();
      const client = await t.loginAs(person.email);
      const answers = [];
      for (let i = 0; i < 11; i++) answers.push(await client.post('/api/auth/password', { currentPassword: `fout-${i}`, newPassword: 'een-heel-nieuw-wachtwoord' }));
      expect(answers.slice(0, 10).map((answer) => answer.body.error)).toEqual(Array(10).fill('current_password_wrong'));
      expect(answers[10].body).toMatchObject({ error: 'login_rate_limited', message: expect.stringContaining('Te vaak een verkeerd huidig wachtwoord') });
    });

    it('mails someone who reads English a link that opens the login page in English, before they are logged in', async () => {
      const person = await given(t.db).person();
      await t.db.query(`UPDATE person SET locale = 'en' WHERE id = $1`, [person.id]);
      const client = await t.loginAs(person.email);
      expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'een-heel-nieuw-wachtwoord' })).status).toBe(204);
      await t.app.get(NotificationWorker).runOnce();
      const [changed] = (await readOutbox(t.config.dataDir)).filter((mail) => mail.to === person.email && mail.subject === 'Your Koers password was changed');
      expect(changed.text).toContain('/inloggen?lang=en');
    });
  });

  it('sends no reset link to an erased person, so erasure cannot be undone through the outbox', async () => {
    const person = await given(t.db).person();
    await t.db.query(`UPDATE person SET erased_at = now(), email = 'erased-' || id || '@koers.invalid' WHERE id = $1`, [person.id]);
    const [{ email }] = await t.db.query(`SELECT email FROM person WHERE id = $1`, [person.id]);
    expect((await t.anonymous().post('/api/auth/password-reset/request', { email })).status).toBe(202);
    await t.app.get(AuthService).resetsQueued();
    expect(await t.db.query(`SELECT 1 FROM notification_delivery WHERE person_id = $1`, [person.id])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM password_reset_token WHERE person_id = $1`, [person.id])).toEqual([]);
  });
});
