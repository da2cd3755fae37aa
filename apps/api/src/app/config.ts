import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { httpsOrLoopbackUrl } from './secure-url';

const LOG_LEVELS = ['debug', 'log', 'warn', 'error'] as const;

/** Everything Koers reads from the environment, read once at start. */
export interface KoersConfig {
  port: number;
  /** HOST: the address to listen on. */
  host: string;
  /** Set: use that PostgreSQL. Unset: start an embedded PostgreSQL under dataDir/postgres. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the HIS-I demo data (always with the embedded database, or with KOERS_DEMO=1). */
  seedDemo: boolean;
  /** Base URL used in mails and calendar links. */
  publicUrl: string;
  /** Sessions end after this much inactivity. */
  sessionIdleMinutes: number;
  /** KOERS_SESSION_MAX_HOURS: sessions end this long after login, however active. */
  sessionMaxHours: number;
  /** KOERS_UPLOAD_QUOTA_MB: how much one person may upload per edition (hand-ins and session materials together). */
  uploadQuotaBytes: number;
  /** Send the session cookie only over HTTPS. */
  secureCookies: boolean;
  /**
   * KOERS_TRUST_PROXY: how many proxies stand in front (0: none). The client's address (which rate limits see) is the
   * one the outermost of them put into X-Forwarded-For, counted from the right: a client can write any address at its
   * left end, and proxies append the address they were reached from.
   */
  trustProxy: number;
  /** KOERS_DB_POOL_SIZE: database connections per instance. */
  dbPoolSize: number;
  /** KOERS_DB_WAIT_SECONDS: how long a request waits for a free database connection before it answers 503. */
  dbWaitSeconds: number;
  /** KOERS_SHUTDOWN_DRAIN_SECONDS: after a stop signal, how long the instance keeps answering while it says it is not ready. */
  shutdownDrainSeconds: number;
  /** KOERS_DB_PREPARED_STATEMENTS=0 turns prepared statements off: a PgBouncer in transaction mode before 1.21 cannot keep them. */
  dbPreparedStatements: boolean;
  /** SMTP_URL: send mail through this SMTP server; unset: write every mail as an .eml file to dataDir/outbox. */
  smtpUrl: string | undefined;
  /** KOERS_MAIL_FROM: the sender of every mail. */
  mailFrom: string;
  /** KOERS_WORKER_INTERVAL_SECONDS: how often this instance's notification worker looks for mail to send; 0 switches it off. */
  workerIntervalSeconds: number;
  /** KOERS_SENT_MAIL_RETENTION_DAYS: the record of a sent mail is kept this long, then purged by the worker. */
  sentMailRetentionDays: number;
  /**
   * KOERS_APPLICATION_RETENTION_MONTHS: declined and withdrawn applications, and those never accepted once their
   * edition started, are erased this long after; unconfirmed ones go when they expire (7 days).
   */
  applicationRetentionMonths: number;
  /**
   * KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS: let webhooks reach loopback and private addresses (tests, a receiver on the
   * same network); off, a delivery to such an address is refused, so a webhook cannot probe the internal network.
   */
  webhooksAllowPrivateTargets: boolean;
  /** KOERS_WEB_DIR: directory of the built web app, served at /. */
  webDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** KOERS_SECRET: key for codes the server derives instead of storing (check-in codes). Unset: see `serverSecret`. */
  secret: string | undefined;
  /** KOERS_METRICS_TOKEN: the bearer token Prometheus sends for GET /metrics; unset: no metrics. */
  metricsToken: string | undefined;
  /**
   * The programme office (KOERS_PROGRAMME_OFFICE_NAME, _EMAIL, _URL): as other software sees it, `email` is the
   * ORGANIZER of calendar invitations and the Open Badges issuer's address (KOERS_MAIL_FROM's when not set) and `url`
   * its website (default: publicUrl); `contactEmail`, set only when configured, is where people may write with
   * questions (never a no-reply sender).
   */
  programmeOffice: { name: string; email: string; contactEmail: string | null; url: string };
  /** KOERS_OIDC_<NAME>_*: the OpenID Connect providers people may log in with (single sign-on), ordered by name. */
  oidcProviders: OidcProviderSettings[];
  /** KOERS_PASSWORD_LOGIN_DISABLED_DOMAINS: email domains whose people log in through a provider, never with a password. */
  passwordLoginDisabledDomains: string[];
}

/** One OpenID Connect provider, from KOERS_OIDC_<NAME>_ISSUER, _CLIENT_ID, _CLIENT_SECRET, _LABEL, _ALLOWED_DOMAINS. */
export interface OidcProviderSettings {
  /** <NAME> lower-cased: the provider's part of the login and callback addresses. */
  name: string;
  /** Shown on the login button: "Inloggen met <label>". */
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Only addresses in these domains may log in through this provider; empty: any domain. */
  allowedDomains: string[];
}

/** Settings, as the environment gives them: every one optional, each with what it accepts (said in the error). */
const count = (name: string, min: number, max: number, fallback: number) => {
  const error = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};
const flag = (name: string) => z.enum(['0', '1'], { error: `${name} must be 0 or 1` }).optional();
const address = (name: string, protocols: RegExp, example: string) =>
  z.url({ protocol: protocols, error: `${name} must be a URL such as ${example}` }).optional();

/**
 * The address Koers is reached at: scheme, host and port only. Koers serves its pages from `/`, and every link in a
 * mail or calendar is this address followed by a path, so a path, query or fragment here would break them all.
 */
const origin = (name: string, example: string) =>
  address(name, /^https?$/, example).refine((value) => value === undefined || /^https?:\/\/[^/?#]+\/?$/.test(value), {
    error: `${name} must be only the address Koers is reached at, without a path, query or fragment, such as ${example}`,
  });

/**
 * `noreply@zorg.nl`, `Koers <noreply@zorg.nl>` or `"Koers, HIS-I" <noreply@zorg.nl>`: one mailbox, with nothing a mail
 * header could be split on (a line break, a second address, a quoted name an escaped quote leaves open), else every
 * mail would go out without a sender.
 */
const MAILBOX = /^(?:(?:"[^"\\\r\n]*"\s*|[^"<>,;\r\n]*)<([^<>\s]+)>|([^<>\s,;"]+))$/;

/** The address of a KOERS_MAIL_FROM value, or null when the value is not one mailbox. */
export function mailboxAddress(from: string): string | null {
  const [, named, bare] = MAILBOX.exec(from.trim()) ?? [];
  const address = named ?? bare;
  return address && z.email().safeParse(address).success ? address : null;
}

const SETTINGS = z.object({
  PORT: count('PORT', 1, 65535, 3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: address('DATABASE_URL', /^postgres(ql)?$/, 'postgres://koers:secret@db:5432/koers'),
  KOERS_DATA_DIR: z.string().default('.data'),
  KOERS_DEMO: flag('KOERS_DEMO'),
  KOERS_PUBLIC_URL: origin('KOERS_PUBLIC_URL', 'https://koers.example.nl'),
  KOERS_SESSION_IDLE_MINUTES: count('KOERS_SESSION_IDLE_MINUTES', 5, 7 * 24 * 60, 120),
  KOERS_SESSION_MAX_HOURS: count('KOERS_SESSION_MAX_HOURS', 1, 30 * 24, 12),
  KOERS_UPLOAD_QUOTA_MB: count('KOERS_UPLOAD_QUOTA_MB', 1, 100_000, 250),
  KOERS_SECURE_COOKIES: flag('KOERS_SECURE_COOKIES'),
  KOERS_TRUST_PROXY: count('KOERS_TRUST_PROXY', 0, 10, 0),
  KOERS_DB_POOL_SIZE: count('KOERS_DB_POOL_SIZE', 2, 500, 10),
  KOERS_DB_WAIT_SECONDS: count('KOERS_DB_WAIT_SECONDS', 1, 300, 10),
  KOERS_DB_PREPARED_STATEMENTS: flag('KOERS_DB_PREPARED_STATEMENTS'),
  KOERS_SHUTDOWN_DRAIN_SECONDS: count('KOERS_SHUTDOWN_DRAIN_SECONDS', 0, 300, 3),
  SMTP_URL: address('SMTP_URL', /^smtps?$/, 'smtp://user:pass@mail.example.nl:587'),
  KOERS_MAIL_FROM: z
    .string()
    .default('Koers <noreply@koers.local>')
    .transform((from) => from.trim())
    .refine((from) => mailboxAddress(from) !== null, { error: 'KOERS_MAIL_FROM must be one address, such as noreply@example.nl or "Koers <noreply@example.nl>"' }),
  KOERS_WORKER_INTERVAL_SECONDS: count('KOERS_WORKER_INTERVAL_SECONDS', 0, 3600, 10),
  KOERS_SENT_MAIL_RETENTION_DAYS: count('KOERS_SENT_MAIL_RETENTION_DAYS', 30, 3650, 365),
  KOERS_APPLICATION_RETENTION_MONTHS: count('KOERS_APPLICATION_RETENTION_MONTHS', 1, 120, 6),
  KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS: flag('KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS'),
  KOERS_WEB_DIR: z.string().optional(),
  KOERS_LOG_LEVEL: z.enum(LOG_LEVELS, { error: `KOERS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('log'),
  KOERS_SECRET: z.string().optional(),
  KOERS_METRICS_TOKEN: z.string().min(16, { error: 'KOERS_METRICS_TOKEN must be at least 16 characters' }).optional(),
  // Written into every calendar invitation's ORGANIZER and into mails: one line, as a name is.
  KOERS_PROGRAMME_OFFICE_NAME: z
    .string()
    .trim()
    .refine((name) => !/\p{Cc}/u.test(name), { error: 'KOERS_PROGRAMME_OFFICE_NAME must be one line without control characters, such as Programmabureau Zorgschool' })
    .default('Programmabureau Koers'),
  KOERS_PROGRAMME_OFFICE_EMAIL: z.email({ error: 'KOERS_PROGRAMME_OFFICE_EMAIL must be an e-mail address such as programmabureau@example.nl' }).optional(),
  KOERS_PROGRAMME_OFFICE_URL: address('KOERS_PROGRAMME_OFFICE_URL', /^https?$/, 'https://www.example.nl/opleidingen'),
  KOERS_PASSWORD_LOGIN_DISABLED_DOMAINS: z.string().optional(),
});

/** KOERS_OIDC_<NAME>_<PART>: one provider per NAME (letters and digits), each part a separate variable. */
const OIDC_SETTING = /^KOERS_OIDC_([A-Z0-9]+)_(ISSUER|CLIENT_ID|CLIENT_SECRET|LABEL|ALLOWED_DOMAINS)$/;

/** 'Zorg.nl, @Welzijn.NL' → ['zorg.nl', 'welzijn.nl']. */
const domainList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((domain) => domain.trim().replace(/^@/, '').toLowerCase())
    .filter(Boolean);

/** The providers the environment configures, and one line per problem (a missing or unusable part). */
function readOidcProviders(env: NodeJS.ProcessEnv): { providers: OidcProviderSettings[]; problems: string[] } {
  const parts = new Map<string, Map<string, string>>();
  for (const [variable, value] of Object.entries(env)) {
    const match = OIDC_SETTING.exec(variable);
    if (!match || !value) continue;
    const [, name, part] = match;
    parts.set(name, (parts.get(name) ?? new Map()).set(part, value));
  }
  const providers: OidcProviderSettings[] = [];
  const problems: string[] = [];
  for (const [name, given] of [...parts].sort(([a], [b]) => a.localeCompare(b))) {
    const prefix = `KOERS_OIDC_${name}_`;
    const missing = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'LABEL'].filter((part) => !given.get(part));
    if (missing.length > 0) {
      problems.push(`${prefix}* configures an OpenID Connect provider and needs ${missing.map((part) => prefix + part).join(', ')} as well`);
      continue;
    }
    const issuer = given.get('ISSUER')!;
    if (!httpsOrLoopbackUrl(issuer)) {
      problems.push(`${prefix}ISSUER must be an https URL such as https://login.microsoftonline.com/<tenant>/v2.0 (http only on localhost)`);
      continue;
    }
    providers.push({
      name: name.toLowerCase(),
      label: given.get('LABEL')!,
      issuer,
      clientId: given.get('CLIENT_ID')!,
      clientSecret: given.get('CLIENT_SECRET')!,
      allowedDomains: domainList(given.get('ALLOWED_DOMAINS')),
    });
  }
  return { providers, problems };
}

/** Settings this release reads. A KOERS_* variable not among them is probably a typo, and reported as a warning. */
export const SETTING_NAMES = Object.keys(SETTINGS.shape);

/** The configuration could not be read: one line per problem, each naming the variable and what it accepts. */
export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

/** Reads and checks every setting at once; throws InvalidConfigError listing every problem. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  // An empty variable (`KOERS_SECRET=` in a compose file) means unset.
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => SETTING_NAMES.includes(name) && value !== ''));
  const parsed = SETTINGS.safeParse(given);
  const oidc = readOidcProviders(env);
  // The secret's problem with the others: an operator fixing one line at a time would meet it last, the one that matters most.
  const secret = secretProblem({ secret: given.KOERS_SECRET, seedDemo: seedsDemo(given.KOERS_DEMO, given.DATABASE_URL) });
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)), ...oidc.problems, ...(secret ? [secret] : [])];
  if (!parsed.success || problems.length > 0) throw new InvalidConfigError(problems);
  return toConfig(parsed.data, oidc.providers);
}

/** The demo is seeded with the embedded database, or with KOERS_DEMO=1 (`KOERS_DEMO=0` never). */
const seedsDemo = (demo: string | undefined, databaseUrl: string | undefined) => (demo ? demo === '1' : !databaseUrl);

function toConfig(settings: z.infer<typeof SETTINGS>, oidcProviders: OidcProviderSettings[]): KoersConfig {
  const publicUrl = (settings.KOERS_PUBLIC_URL ?? `http://localhost:${settings.PORT}`).replace(/\/$/, '');
  return {
    port: settings.PORT,
    host: settings.HOST,
    databaseUrl: settings.DATABASE_URL,
    dataDir: path.resolve(settings.KOERS_DATA_DIR),
    seedDemo: seedsDemo(settings.KOERS_DEMO, settings.DATABASE_URL),
    publicUrl,
    sessionIdleMinutes: settings.KOERS_SESSION_IDLE_MINUTES,
    sessionMaxHours: settings.KOERS_SESSION_MAX_HOURS,
    uploadQuotaBytes: settings.KOERS_UPLOAD_QUOTA_MB * 1024 * 1024,
    secureCookies: settings.KOERS_SECURE_COOKIES ? settings.KOERS_SECURE_COOKIES === '1' : publicUrl.startsWith('https://'),
    trustProxy: settings.KOERS_TRUST_PROXY,
    dbPoolSize: settings.KOERS_DB_POOL_SIZE,
    dbWaitSeconds: settings.KOERS_DB_WAIT_SECONDS,
    dbPreparedStatements: settings.KOERS_DB_PREPARED_STATEMENTS !== '0',
    shutdownDrainSeconds: settings.KOERS_SHUTDOWN_DRAIN_SECONDS,
    smtpUrl: settings.SMTP_URL,
    mailFrom: settings.KOERS_MAIL_FROM,
    workerIntervalSeconds: settings.KOERS_WORKER_INTERVAL_SECONDS,
    sentMailRetentionDays: settings.KOERS_SENT_MAIL_RETENTION_DAYS,
    applicationRetentionMonths: settings.KOERS_APPLICATION_RETENTION_MONTHS,
    webhooksAllowPrivateTargets: settings.KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS === '1',
    webDir: path.resolve(settings.KOERS_WEB_DIR ?? path.join(__dirname, '../../../web/dist')),
    logLevel: settings.KOERS_LOG_LEVEL,
    secret: settings.KOERS_SECRET,
    metricsToken: settings.KOERS_METRICS_TOKEN,
    programmeOffice: {
      name: settings.KOERS_PROGRAMME_OFFICE_NAME,
      email: (settings.KOERS_PROGRAMME_OFFICE_EMAIL ?? senderAddress(settings.KOERS_MAIL_FROM)).toLowerCase(),
      contactEmail: settings.KOERS_PROGRAMME_OFFICE_EMAIL?.toLowerCase() ?? null,
      url: settings.KOERS_PROGRAMME_OFFICE_URL ?? publicUrl,
    },
    oidcProviders,
    passwordLoginDisabledDomains: domainList(settings.KOERS_PASSWORD_LOGIN_DISABLED_DOMAINS),
  };
}

/** The address in KOERS_MAIL_FROM (checked at start): 'Koers <noreply@koers.local>' → 'noreply@koers.local'. */
export const senderAddress = (from: string) => mailboxAddress(from) ?? from.trim();

/** KOERS_* variables in the environment that this release does not read. */
export function unknownSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.keys(env).filter(
    (name) => name.startsWith('KOERS_') && !SETTING_NAMES.includes(name) && !OIDC_SETTING.test(name) && !TOOL_SETTINGS.test(name),
  );
}

/**
 * What a valid configuration probably got wrong, one sentence each, for the start log and `koers check-config`:
 * settings that do not exist, and mail sent through a server while its sender and links still name no real host
 * (receiving servers refuse or sort away mail from `noreply@koers.local`, and its links would lead to localhost).
 */
export function configWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  const sender = env.KOERS_MAIL_FROM ?? SETTINGS.shape.KOERS_MAIL_FROM.parse(undefined);
  // An installation for real use: its own PostgreSQL, or the embedded one without the demo.
  const live = !!env.DATABASE_URL || env.KOERS_DEMO === '0';
  const mailWithoutIdentity = env.SMTP_URL
    ? [
        ...(isPlaceholderHost(senderAddress(sender).split('@').pop() ?? '')
          ? [`KOERS_MAIL_FROM is ${sender}, an address of no real domain, which receiving servers may refuse.`]
          : []),
        ...(isPlaceholderHost(env.KOERS_PUBLIC_URL ? (URL.parse(env.KOERS_PUBLIC_URL)?.hostname ?? '') : 'localhost')
          ? ['KOERS_PUBLIC_URL is not the address people use, so the links in mail lead nowhere they can reach.']
          : []),
      ]
    : live
      ? ['SMTP_URL is not set: no mail leaves this machine; every mail is written to the outbox folder in KOERS_DATA_DIR.']
      : [];
  const noContact =
    env.SMTP_URL && !env.KOERS_PROGRAMME_OFFICE_EMAIL
      ? ['KOERS_PROGRAMME_OFFICE_EMAIL is not set: replies to mail go to KOERS_MAIL_FROM, and the public programme pages name no address for questions.']
      : [];
  const secretPerInstance =
    env.DATABASE_URL && !env.KOERS_SECRET
      ? [
          'KOERS_SECRET is not set: the secret is kept in KOERS_DATA_DIR, so it goes wherever that folder goes (a backup holds it). ' +
            'Set KOERS_SECRET to keep it in your own hands; every replica needs the same secret and folder (one with another is refused at start).',
        ]
      : [];
  return [...unknownSettings(env).map((name) => `${name} is not a setting of Koers (a typo?); it is ignored.`), ...secretPerInstance, ...mailWithoutIdentity, ...noContact];
}

/** A host no mail or link of a real installation should name: this machine, or a domain reserved for examples. */
const isPlaceholderHost = (host: string) => /^(localhost|127\.0\.0\.1|\[::1\])$|\.(local|example|invalid|test|localhost)$|^example\.(com|net|org)$/i.test(host);

/** Settings of the benchmarks and test harness, read by those tools themselves. */
const TOOL_SETTINGS = /^KOERS_(BENCH|TEST)_/;

export const KOERS_CONFIG = Symbol('KOERS_CONFIG');

/** Shortest KOERS_SECRET accepted outside the demo: 32 characters, about what `openssl rand -base64 24` prints. */
export const MIN_SECRET_LENGTH = 32;

/** Values shipped as examples (by older docker-compose.yml files, and in guides); a secret everyone can read is no secret. */
const PLACEHOLDER_SECRETS = ['change-me-to-a-long-random-string', 'change-me', 'changeme', 'secret', 'koers'];

/**
 * Refuses to start a real installation with a KOERS_SECRET that is a known placeholder or too short to resist
 * guessing: whoever knows it can compute every check-in code and calendar feed address. The demo may use any.
 */
export function assertUsableSecret(config: Pick<KoersConfig, 'secret' | 'seedDemo'>): void {
  const problem = secretProblem(config);
  if (problem) throw new Error(problem);
}

function secretProblem({ secret, seedDemo }: Pick<KoersConfig, 'secret' | 'seedDemo'>): string | null {
  if (seedDemo || secret === undefined) return null;
  if (PLACEHOLDER_SECRETS.includes(secret.toLowerCase())) {
    return 'KOERS_SECRET is a placeholder from the examples; set a random value of at least 32 characters (openssl rand -base64 32).';
  }
  if (secret.length < MIN_SECRET_LENGTH) return `KOERS_SECRET is shorter than ${MIN_SECRET_LENGTH} characters; set a random value (openssl rand -base64 32).`;
  return null;
}

/**
 * KOERS_SECRET, or else a random secret kept in $KOERS_DATA_DIR/secret, created on first use. Replicas that share
 * the environment or the data directory agree on it; the file is created by an atomic link so two replicas starting
 * at once cannot each keep a different one.
 */
export function serverSecret(config: Pick<KoersConfig, 'secret' | 'dataDir'>): string {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret');
  let secret = secretsByFile.get(file);
  if (!secret) {
    secret = readOrCreateRandomValue(file);
    secretsByFile.set(file, secret);
  }
  return secret;
}

/** The secret file never changes once it exists; every calendar feed request needs it. */
const secretsByFile = new Map<string, string>();

/**
 * A random value kept in `file`, created on first use by an atomic link, so processes starting at once agree on it
 * (the server secret, the data folder's id). A shared volume that takes no hard links (SMB, some FUSE drivers) gets
 * the file created exclusively instead, which a process starting at that very moment may read before it is written.
 */
export function readOrCreateRandomValue(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const value = randomBytes(32).toString('base64url');
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(candidate, value, { mode: 0o600 });
  try {
    linkSync(candidate, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') createExclusively(file, value);
    else if (code !== 'EEXIST') throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
  return readFileSync(file, 'utf8').trim();
}

function createExclusively(file: string, value: string): void {
  try {
    writeFileSync(file, value, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
