import { assertUsableSecret, readConfig } from './config';
import { withoutSecrets } from './create-app';

describe('KOERS_SECRET at start', () => {
  const real = (secret: string) => ({ ...readConfig({ DATABASE_URL: 'postgres://db/koers', KOERS_SECRET: secret }) });

  it('refuses the placeholder from docker-compose.yml and short secrets outside the demo', () => {
    expect(() => assertUsableSecret(real('change-me-to-a-long-random-string'))).toThrow(/placeholder/);
    expect(() => assertUsableSecret(real('short-secret'))).toThrow(/shorter than 32/);
    expect(() => assertUsableSecret(real('x'.repeat(31)))).toThrow(/shorter than 32/);
  });

  it('accepts a long random secret, no secret (one is generated) and anything in the demo', () => {
    expect(() => assertUsableSecret(real('k3v9T0xQ2mZpL8rW5yB1nC7dF4gH6jJs0aE'))).not.toThrow();
    expect(() => assertUsableSecret(readConfig({ DATABASE_URL: 'postgres://db/koers' }))).not.toThrow();
    expect(() => assertUsableSecret(readConfig({ KOERS_DEMO: '1', KOERS_SECRET: 'change-me-to-a-long-random-string' }))).not.toThrow();
  });
});

describe('request log lines', () => {
  it('leave out calendar feed tokens and password link tokens', () => {
    expect(withoutSecrets('/api/calendar/abc.def.ics')).toBe('/api/calendar/[token]');
    expect(withoutSecrets('/wachtwoord-herstellen?token=s3cr3t&x=1')).toBe('/wachtwoord-herstellen?token=[token]&x=1');
    expect(withoutSecrets('/api/me')).toBe('/api/me');
  });
});
