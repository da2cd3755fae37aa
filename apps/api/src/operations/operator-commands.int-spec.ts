import { given } from '../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { createAdmin, migrate } from './operator-commands';

describe('operator commands', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('create-admin makes the first programme-office account, whose link sets a password that logs in', async () => {
    const result = await createAdmin(t.db, t.config, 'Kantoor@Zorgschool.nl', 'Programmabureau Zorgschool', true);
    expect(result.exitCode).toBe(0);
    const link = new URL(result.lines[2]);
    expect(link.pathname).toBe('/wachtwoord-kiezen');
    // Without KOERS_PUBLIC_URL the link may name the wrong port: the command says how to make it right, and says
    // nothing of it for an address that was set.
    expect(link.origin).toBe(`http://localhost:${t.config.port}`);
    expect(result.lines[3]).toContain('Set KOERS_PUBLIC_URL');
    const live = await createAdmin(t.db, { ...t.config, publicUrl: 'https://koers.zorgschool.nl' }, 'live@zorgschool.nl', 'Live', false);
    expect(live.lines.at(-1)).toMatch(/^https:\/\/koers\.zorgschool\.nl\/wachtwoord-kiezen\?token=/);
    // Set to this machine's own address, it is not guessed either.
    const set = await createAdmin(t.db, t.config, 'gezet@zorgschool.nl', 'Gezet', false);
    expect(set.lines.at(-1)).toMatch(/\/wachtwoord-kiezen\?token=/);

    const anonymous = t.anonymous();
    const chosen = await anonymous.post('/api/auth/password-reset/confirm', { token: link.searchParams.get('token'), password: 'een lang en eigen wachtwoord' });
    expect(chosen.status).toBeLessThan(300);
    const login = await anonymous.post('/api/auth/login', { email: 'kantoor@zorgschool.nl', password: 'een lang en eigen wachtwoord' });
    expect([login.status, login.body.isAdmin]).toEqual([200, true]);
    // The link is used up.
    expect((await anonymous.post('/api/auth/password-reset/confirm', { token: link.searchParams.get('token'), password: 'nog een ander wachtwoord' })).status).toBe(400);
  });

  it('create-admin keeps a name as the web app would: a pasted line break is a space, a control or direction character is refused', async () => {
    const broken = await createAdmin(t.db, t.config, ' Regel@Zorgschool.nl ', 'Naam met\nregel\t', false);
    expect(broken.exitCode).toBe(0);
    expect(await t.db.query(`SELECT name FROM person WHERE email = 'regel@zorgschool.nl'`)).toEqual([{ name: 'Naam met regel' }]);
    for (const name of ['Naam\x1b[31mRood', 'Abc\u202edcba']) {
      const refused = await createAdmin(t.db, t.config, 'controle@zorgschool.nl', name, false);
      expect([name, refused.exitCode, refused.lines[0]]).toEqual([name, 1, expect.stringContaining('control or text-direction character')]);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE email = 'controle@zorgschool.nl'`)).toEqual([{ n: 0 }]);
  });

  it('create-admin a second time gives a new link until a password is chosen, then says the account exists; an existing account is promoted', async () => {
    await createAdmin(t.db, t.config, 'tweede@zorgschool.nl', 'Tweede', true);
    // The first link expired unused: a second run hands out a new one, which works.
    const again = await createAdmin(t.db, t.config, 'tweede@zorgschool.nl', 'Tweede', true);
    expect(again.lines[0]).toBe('tweede@zorgschool.nl has a programme-office account without a password yet: here is a new link.');
    const token = new URL(again.lines[2]).searchParams.get('token');
    expect((await t.anonymous().post('/api/auth/password-reset/confirm', { token, password: 'een lang en eigen wachtwoord' })).status).toBeLessThan(300);
    const third = await createAdmin(t.db, t.config, 'tweede@zorgschool.nl', 'Tweede', true);
    expect(third).toEqual({ lines: [expect.stringContaining('already has a programme-office account')], exitCode: 0 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE email = 'tweede@zorgschool.nl'`)).toEqual([{ n: 1 }]);

    await t.db.query(`INSERT INTO person (name, email) VALUES ('Trainer', 'trainer@zorgschool.nl')`);
    const promoted = await createAdmin(t.db, t.config, 'trainer@zorgschool.nl', 'Trainer', true);
    expect(promoted.lines[0]).toContain('is now a programme-office account');
    expect(await t.db.query(`SELECT is_admin AS "isAdmin" FROM person WHERE email = 'trainer@zorgschool.nl'`)).toEqual([{ isAdmin: true }]);

    // Someone who logs in already is promoted without a link: one would let whoever reads it replace their password.
    const participant = await given(t.db).person({ name: 'Emma Clarke' });
    const withPassword = await createAdmin(t.db, t.config, participant.email, 'Emma C', true);
    expect(withPassword).toEqual({ lines: [`${participant.email} is now a programme-office account and logs in as it did.`], exitCode: 0 });
    const login = await t.anonymous().post('/api/auth/login', { email: participant.email, password: TEST_PASSWORD });
    expect([login.status, login.body.isAdmin]).toEqual([200, true]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM password_reset_token WHERE person_id = $1`, [participant.id])).toEqual([{ n: 0 }]);
    // So is one who logs in through single sign-on only: a link would let its reader add a password.
    await t.db.query(`INSERT INTO person (name, email, last_login_method, last_login_at) VALUES ('Via Entra', 'sso@zorgschool.nl', 'oidc:entra', now())`);
    expect((await createAdmin(t.db, t.config, 'sso@zorgschool.nl', 'Via Entra', true)).lines).toEqual(['sso@zorgschool.nl is now a programme-office account and logs in as it did.']);
  });

  it('create-admin refuses a missing or malformed email or name with exit 1', async () => {
    for (const [email, name] of [[undefined, undefined], ['geen-adres', 'Naam'], ['a@b.nl', '  ']]) {
      expect((await createAdmin(t.db, t.config, email, name, true)).exitCode).toBe(1);
    }
  });

  it('migrate says the database is up to date when it is', async () => {
    expect(await migrate(t.db)).toEqual({ lines: ['The database is up to date.'], exitCode: 0 });
  });
});
