import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertUsableSecret, InvalidConfigError, readConfig, SETTING_NAMES, unknownSettings } from './config';
import { loggedUrl } from './create-app';

describe('KOERS_SECRET at start', () => {
  const real = (secret: string) => ({ secret, seedDemo: false });

  it('refuses the placeholder from docker-compose.yml and short secrets outside the demo', () => {
    expect(() => assertUsableSecret(real('change-me-to-a-long-random-string'))).toThrow(/placeholder/);
    expect(() => assertUsableSecret(real('short-secret'))).toThrow(/shorter than 32/);
    expect(() => assertUsableSecret(real('x'.repeat(31)))).toThrow(/shorter than 32/);
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/koers', KOERS_SECRET: 'change-me-to-a-long-random-string' })).toThrow(InvalidConfigError);
  });

  it('names a placeholder secret beside every other problem, not once the others are put right', () => {
    try {
      readConfig({ KOERS_DEMO: '0', KOERS_PUBLIC_URL: 'http://localhost:4171/x', KOERS_SESSION_IDLE_MINUTES: '2h', KOERS_SECRET: 'change-me' });
      throw new Error('read');
    } catch (error) {
      expect((error as InvalidConfigError).problems).toEqual([
        expect.stringContaining('KOERS_PUBLIC_URL'),
        expect.stringContaining('KOERS_SESSION_IDLE_MINUTES'),
        expect.stringContaining('KOERS_SECRET is a placeholder'),
      ]);
    }
  });

  it('accepts a long random secret, no secret (one is generated) and anything in the demo', () => {
    expect(() => assertUsableSecret(real('k3v9T0xQ2mZpL8rW5yB1nC7dF4gH6jJs0aE'))).not.toThrow();
    expect(() => assertUsableSecret(readConfig({ DATABASE_URL: 'postgres://db/koers' }))).not.toThrow();
    expect(() => assertUsableSecret(readConfig({ KOERS_DEMO: '1', KOERS_SECRET: 'change-me-to-a-long-random-string' }))).not.toThrow();
  });
});

describe('request log lines', () => {
  it('leave out calendar feed tokens, password link tokens and single sign-on codes', () => {
    expect(loggedUrl('/api/auth/oidc/entra/callback?code=abc&state=def&iss=x')).toBe('/api/auth/oidc/entra/callback?code=[token]&state=[token]&iss=x');
    expect(loggedUrl('/api/calendar/abc.def.ics')).toBe('/api/calendar/[token]');
    expect(loggedUrl('/wachtwoord-herstellen?token=s3cr3t&x=1')).toBe('/wachtwoord-herstellen?token=[token]&x=1');
    expect(loggedUrl('/api/me')).toBe('/api/me');
    expect(loggedUrl('/api/me?access_token=koers_pat_Ab-9_x%2Dy&x=1')).toBe('/api/me?access_token=[token]&x=1');
    expect(loggedUrl('/api/koers_pat_Ab-9_x/me')).toBe('/api/[token]/me');
    // What was typed about a person: a name, an address, an organisation.
    expect(loggedUrl('/api/admin/people?search=deelnemer%40koers.demo&page=2')).toBe('/api/admin/people?search=[text]&page=2');
    expect(loggedUrl('/api/editions/e/applications?organisation=GGZ%20Veluwe&region=Utrecht&status=new')).toBe('/api/editions/e/applications?organisation=[text]&region=[text]&status=new');
  });
});

describe('reading the configuration', () => {
  it('takes the programme office’s name as one line', () => {
    expect(() => readConfig({ KOERS_PROGRAMME_OFFICE_NAME: 'Programmabureau\r\nX-Injected: ja' })).toThrow(InvalidConfigError);
    expect(readConfig({ KOERS_PROGRAMME_OFFICE_NAME: ' Programmabureau Zorgschool ' }).programmeOffice.name).toBe('Programmabureau Zorgschool');
  });

  const problems = (env: NodeJS.ProcessEnv): string[] => {
    try {
      readConfig(env);
      return [];
    } catch (error) {
      if (error instanceof InvalidConfigError) return error.problems;
      throw error;
    }
  };

  it('names every invalid setting at once, with what it accepts, instead of passing NaN along', () => {
    expect(
      problems({
        KOERS_SESSION_IDLE_MINUTES: '2h',
        KOERS_WORKER_INTERVAL_SECONDS: '10s',
        KOERS_LOG_LEVEL: 'verbose',
        KOERS_DEMO: 'yes',
        PORT: '70000',
        DATABASE_URL: 'mysql://db/koers',
        SMTP_URL: 'mail.example.nl',
        KOERS_TRUST_PROXY: 'yes',
      }).sort(),
    ).toEqual([
      'DATABASE_URL must be a URL such as postgres://koers:secret@db:5432/koers',
      'KOERS_DEMO must be 0 or 1',
      'KOERS_LOG_LEVEL must be one of debug, log, warn, error',
      'KOERS_SESSION_IDLE_MINUTES must be a whole number from 5 to 10080',
      'KOERS_TRUST_PROXY must be a whole number from 0 to 10',
      'KOERS_WORKER_INTERVAL_SECONDS must be a whole number from 0 to 3600',
      'PORT must be a whole number from 1 to 65535',
      'SMTP_URL must be a URL such as smtp://user:pass@mail.example.nl:587',
    ]);
  });

  it('takes defaults for what is unset or empty, and the values given', () => {
    expect(readConfig({ KOERS_SECRET: '', KOERS_SESSION_IDLE_MINUTES: '' })).toMatchObject({ secret: undefined, sessionIdleMinutes: 120, port: 3000, logLevel: 'log', trustProxy: 0 });
    // How many proxies stand in front: a CDN before the load balancer is two.
    expect(readConfig({ KOERS_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ PORT: '8080', KOERS_WORKER_INTERVAL_SECONDS: '0', KOERS_UPLOAD_QUOTA_MB: '10' })).toMatchObject({
      port: 8080,
      publicUrl: 'http://localhost:8080',
      workerIntervalSeconds: 0,
      uploadQuotaBytes: 10 * 1024 * 1024,
    });
  });

  it('names the programme office for invitations and Open Badges, from the sender unless told otherwise', () => {
    expect(readConfig({ KOERS_MAIL_FROM: 'HIS <Programmabureau@HIS.example.nl>', KOERS_PUBLIC_URL: 'https://koers.example.nl/' }).programmeOffice).toEqual({
      name: 'Programmabureau Koers',
      email: 'programmabureau@his.example.nl',
      // Nobody chose an address for questions: the sender's is not offered as one.
      contactEmail: null,
      url: 'https://koers.example.nl',
    });
    expect(
      readConfig({ KOERS_PROGRAMME_OFFICE_NAME: 'Programmabureau HIS', KOERS_PROGRAMME_OFFICE_EMAIL: 'his@example.nl', KOERS_PROGRAMME_OFFICE_URL: 'https://his.example.nl' })
        .programmeOffice,
    ).toEqual({ name: 'Programmabureau HIS', email: 'his@example.nl', contactEmail: 'his@example.nl', url: 'https://his.example.nl' });
    expect(() => readConfig({ KOERS_PROGRAMME_OFFICE_EMAIL: 'programmabureau' })).toThrow(/KOERS_PROGRAMME_OFFICE_EMAIL must be an e-mail address/);
    expect(readConfig({ KOERS_MAIL_FROM: '"Programmabureau, HIS-I" <his@example.nl>' }).programmeOffice.email).toBe('his@example.nl');
    expect(readConfig({ KOERS_MAIL_FROM: 'his@example.nl\n' }).mailFrom).toBe('his@example.nl');
    // The address is the one in the last angle brackets, however the name reads.
    expect(readConfig({ KOERS_MAIL_FROM: '"Team <info@a.nl>" <noreply@b.nl>' }).programmeOffice.email).toBe('noreply@b.nl');
    // Each of these sent every mail without a From header, or with a second one.
    for (const from of ['not an address', 'Koers <a@b.nl>, Evil <x@y.nl>', 'Koers <a@b.nl>\r\nBcc: x@y.nl', 'Koers <>', '"Koers\\" <x@y.nl>']) {
      expect(() => readConfig({ KOERS_MAIL_FROM: from })).toThrow(/KOERS_MAIL_FROM must be one address/);
    }
  });

  it('reports KOERS_* variables it does not know, probably typos, but not the tools\' own', () => {
    expect(unknownSettings({ KOERS_SESION_IDLE_MINUTES: '60', KOERS_DEMO: '1', KOERS_BENCH_SECONDS: '5', PATH: '/usr/bin' })).toEqual(['KOERS_SESION_IDLE_MINUTES']);
    expect(unknownSettings({ KOERS_OIDC_ENTRA_ISSUER: 'https://login.example', KOERS_OIDC_ENTRA_CLIENT_SECRT: 'x' })).toEqual(['KOERS_OIDC_ENTRA_CLIENT_SECRT']);
  });

  it('reads one OpenID Connect provider per name, and the domains that may not log in with a password', () => {
    const config = readConfig({
      KOERS_OIDC_SURF_ISSUER: 'https://connect.surfconext.nl',
      KOERS_OIDC_SURF_CLIENT_ID: 'koers',
      KOERS_OIDC_SURF_CLIENT_SECRET: 'surf-secret',
      KOERS_OIDC_SURF_LABEL: 'SURFconext',
      KOERS_OIDC_ENTRA_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      KOERS_OIDC_ENTRA_CLIENT_ID: 'client',
      KOERS_OIDC_ENTRA_CLIENT_SECRET: 'entra-secret',
      KOERS_OIDC_ENTRA_LABEL: 'Microsoft',
      KOERS_OIDC_ENTRA_ALLOWED_DOMAINS: 'Zorg.nl, @welzijn.nl',
      KOERS_PASSWORD_LOGIN_DISABLED_DOMAINS: 'zorg.nl',
    });
    expect(config.oidcProviders).toEqual([
      { name: 'entra', label: 'Microsoft', issuer: 'https://login.microsoftonline.com/tenant/v2.0', clientId: 'client', clientSecret: 'entra-secret', allowedDomains: ['zorg.nl', 'welzijn.nl'] },
      { name: 'surf', label: 'SURFconext', issuer: 'https://connect.surfconext.nl', clientId: 'koers', clientSecret: 'surf-secret', allowedDomains: [] },
    ]);
    expect(config.passwordLoginDisabledDomains).toEqual(['zorg.nl']);
    expect(readConfig({}).oidcProviders).toEqual([]);
  });

  it('refuses a provider with a part missing or an issuer that is not https', () => {
    expect(() => readConfig({ KOERS_OIDC_GOOGLE_ISSUER: 'https://accounts.google.com', KOERS_OIDC_GOOGLE_LABEL: 'Google' })).toThrow(
      /KOERS_OIDC_GOOGLE_CLIENT_ID, KOERS_OIDC_GOOGLE_CLIENT_SECRET as well/,
    );
    const plainHttp = { KOERS_OIDC_X_ISSUER: 'http://login.example.nl', KOERS_OIDC_X_CLIENT_ID: 'a', KOERS_OIDC_X_CLIENT_SECRET: 'b', KOERS_OIDC_X_LABEL: 'X' };
    expect(() => readConfig(plainHttp)).toThrow(/KOERS_OIDC_X_ISSUER must be an https URL/);
    expect(readConfig({ ...plainHttp, KOERS_OIDC_X_ISSUER: 'http://127.0.0.1:4000' }).oidcProviders).toHaveLength(1);
  });
});

describe('the README configuration table', () => {
  it('names every setting config.ts reads, and no other', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('### Accounts and security'));
    const documented = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((match) => match[1]);
    expect(documented.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual([...SETTING_NAMES].sort());
  });
});
