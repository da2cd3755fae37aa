import { checkConfig } from './operator-commands';

describe('koers check-config', () => {
  it('prints the effective configuration with secrets and URL passwords masked', () => {
    const result = checkConfig({
      DATABASE_URL: 'postgres://koers:db-password@db:5432/koers',
      SMTP_URL: 'smtp://mailer:smtp-password@mail.example.nl:587',
      KOERS_SECRET: 'k3v9T0xQ2mZpL8rW5yB1nC7dF4gH6jJs0aE',
      KOERS_METRICS_TOKEN: 'prometheus-scrape-token',
      KOERS_SESION_IDLE_MINUTES: '60',
      KOERS_OIDC_ENTRA_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      KOERS_OIDC_ENTRA_CLIENT_ID: 'koers',
      KOERS_OIDC_ENTRA_CLIENT_SECRET: 'entra-client-secret',
      KOERS_OIDC_ENTRA_LABEL: 'Microsoft',
    });
    expect(result.exitCode).toBe(0);
    const text = result.lines.join('\n');
    expect(text).toContain('postgres://koers:********@db:5432/koers');
    expect(text).toContain('smtp://mailer:********@mail.example.nl:587');
    for (const secret of ['db-password', 'smtp-password', 'k3v9T0xQ2mZpL8rW5yB1nC7dF4gH6jJs0aE', 'prometheus-scrape-token', 'entra-client-secret']) expect(text).not.toContain(secret);
    expect(text).toMatch(/oidcProviders\s+entra \(https:\/\/login\.microsoftonline\.com\/tenant\/v2\.0\)/);
    expect(text).toMatch(/sessionIdleMinutes\s+120/);
    // Grouped settings each on their own line, never as "[object Object]".
    expect(text).not.toContain('[object Object]');
    expect(text).toMatch(/programmeOffice\.email\s+noreply@koers\.local/);
    // One column for the values, however long a name.
    expect(new Set(result.lines.slice(1, -4).map((line) => /^\S+\s+/.exec(line)![0].length)).size).toBe(1);
    expect(result.lines.slice(-4)).toEqual([
      'warning: KOERS_SESION_IDLE_MINUTES is not a setting of Koers (a typo?); it is ignored.',
      // Mail through a server, from a sender and with links that name no real host.
      'warning: KOERS_MAIL_FROM is Koers <noreply@koers.local>, an address of no real domain, which receiving servers may refuse.',
      'warning: KOERS_PUBLIC_URL is not the address people use, so the links in mail lead nowhere they can reach.',
      'warning: KOERS_PROGRAMME_OFFICE_EMAIL is not set: replies to mail go to KOERS_MAIL_FROM, and the public programme pages name no address for questions.',
    ]);
  });

  it('warns about the mail identity only when mail goes through a server and the setting is missing', () => {
    const warnings = (env: NodeJS.ProcessEnv) => checkConfig(env).lines.filter((line) => line.startsWith('warning:'));
    expect(warnings({})).toEqual([]);
    expect(warnings({ SMTP_URL: 'smtp://mail.zorg.nl', KOERS_MAIL_FROM: 'HIS-I <his-i@zorg.nl>', KOERS_PUBLIC_URL: 'https://koers.zorg.nl', KOERS_PROGRAMME_OFFICE_EMAIL: 'his@zorg.nl' })).toEqual([]);
    expect(warnings({ SMTP_URL: 'smtp://mail.zorg.nl', KOERS_MAIL_FROM: 'HIS-I <noreply@zorg.nl>', KOERS_PUBLIC_URL: 'https://koers.zorg.nl' })).toEqual([
      expect.stringMatching(/^warning: KOERS_PROGRAMME_OFFICE_EMAIL is not set: replies to mail go to KOERS_MAIL_FROM/),
    ]);
    // A public address that is no URL is a problem of its own, not a crash.
    expect(checkConfig({ SMTP_URL: 'smtp://mail.zorg.nl', KOERS_PUBLIC_URL: 'koers zorg nl' }).exitCode).toBe(1);
    // What docker compose sets for its demo: still no real sender or address.
    expect(warnings({ SMTP_URL: 'smtp://mailpit:1025', KOERS_MAIL_FROM: 'Koers <noreply@koers.example>', KOERS_PUBLIC_URL: 'http://localhost:3000' })).toHaveLength(3);
  });

  it('warns a real installation that keeps its secret per instance or sends no mail', () => {
    const warnings = (env: NodeJS.ProcessEnv) => checkConfig(env).lines.filter((line) => line.startsWith('warning:'));
    expect(warnings({ DATABASE_URL: 'postgres://koers:pw@db/koers' })).toEqual([
      expect.stringMatching(/^warning: KOERS_SECRET is not set: the secret is kept in KOERS_DATA_DIR, .* every replica needs the same secret and folder/),
      'warning: SMTP_URL is not set: no mail leaves this machine; every mail is written to the outbox folder in KOERS_DATA_DIR.',
    ]);
    expect(warnings({ KOERS_DEMO: '0' })).toEqual([expect.stringMatching(/^warning: SMTP_URL is not set/)]);
    expect(
      warnings({
        DATABASE_URL: 'postgres://koers:pw@db/koers',
        KOERS_SECRET: 'k3v9T0xQ2mZpL8rW5yB1nC7dF4gH6jJs0aE',
        SMTP_URL: 'smtp://mail.zorg.nl',
        KOERS_MAIL_FROM: 'HIS-I <his-i@zorg.nl>',
        KOERS_PUBLIC_URL: 'https://koers.zorg.nl',
        KOERS_PROGRAMME_OFFICE_EMAIL: 'his-i@zorg.nl',
      }),
    ).toEqual([]);
  });

  it('names a setting that does not exist beside the problems, as it may be their cause', () => {
    expect(checkConfig({ KOERS_SESSION_IDLE_MINUTES: '2h', KOERS_SESION_MAX_HOURS: '8' }).lines).toEqual([
      'KOERS_SESSION_IDLE_MINUTES must be a whole number from 5 to 10080',
      'warning: KOERS_SESION_MAX_HOURS is not a setting of Koers (a typo?); it is ignored.',
    ]);
  });

  it('refuses a public address with a path, query or fragment, and masks a password holding an @ whole', () => {
    for (const url of ['https://koers.zorg.nl/app', 'https://koers.zorg.nl/?x=1', 'https://koers.zorg.nl#f']) {
      expect(checkConfig({ KOERS_PUBLIC_URL: url })).toEqual({ lines: [expect.stringContaining('KOERS_PUBLIC_URL must be only the address Koers is reached at')], exitCode: 1 });
    }
    expect(checkConfig({ KOERS_PUBLIC_URL: 'https://koers.zorg.nl:8443/' }).exitCode).toBe(0);
    for (const [url, shown] of [
      ['smtp://user:p@ss@mail.zorg.nl:587', 'smtp://user:********@mail.zorg.nl:587'],
      ['smtp://rooster@zorg.nl:geheim@smtp.office365.com:587', 'smtp://rooster%40zorg.nl:********@smtp.office365.com:587'],
      ['smtp://:geheim@mail.zorg.nl', 'smtp://:********@mail.zorg.nl'],
    ]) {
      const text = checkConfig({ SMTP_URL: url }).lines.join('\n');
      expect(text).toContain(shown);
      expect(text).not.toMatch(/ss@mail|geheim/);
    }
  });

  it('exits 1 with one line per problem', () => {
    expect(checkConfig({ KOERS_SESSION_IDLE_MINUTES: '2h', KOERS_LOG_LEVEL: 'loud' })).toEqual({
      lines: ['KOERS_SESSION_IDLE_MINUTES must be a whole number from 5 to 10080', 'KOERS_LOG_LEVEL must be one of debug, log, warn, error'],
      exitCode: 1,
    });
  });
});
