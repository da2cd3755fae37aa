import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  /** KOERS_TRUST_PROXY: behind a load balancer, take the client's address from X-Forwarded-For (rate limits see it). */
  trustProxy: boolean;
  /** KOERS_DB_POOL_SIZE: database connections per instance. */
  dbPoolSize: number;
  /** KOERS_DB_PREPARED_STATEMENTS=0 turns prepared statements off: a PgBouncer in transaction mode before 1.21 cannot keep them. */
  dbPreparedStatements: boolean;
  /** SMTP_URL: send mail through this SMTP server; unset: write every mail as an .eml file to dataDir/outbox. */
  smtpUrl: string | undefined;
  /** KOERS_MAIL_FROM: the sender of every mail. */
  mailFrom: string;
  /** KOERS_WORKER_INTERVAL_SECONDS: how often this instance's notification worker looks for mail to send; 0 switches it off. */
  workerIntervalSeconds: number;
  /** KOERS_WEB_DIR: directory of the built web app, served at /. */
  webDir: string;
  logLevel: 'debug' | 'log' | 'warn' | 'error';
  /** KOERS_SECRET: key for codes the server derives instead of storing (check-in codes). Unset: see `serverSecret`. */
  secret: string | undefined;
  /** KOERS_METRICS_TOKEN: the bearer token Prometheus sends for GET /metrics; unset: no metrics. */
  metricsToken: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  const port = Number(env.PORT ?? 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  const publicUrl = (env.KOERS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.KOERS_DATA_DIR ?? '.data'),
    seedDemo: env.KOERS_DEMO ? env.KOERS_DEMO === '1' : !databaseUrl,
    publicUrl,
    sessionIdleMinutes: Number(env.KOERS_SESSION_IDLE_MINUTES ?? 120),
    sessionMaxHours: Number(env.KOERS_SESSION_MAX_HOURS ?? 12),
    uploadQuotaBytes: Number(env.KOERS_UPLOAD_QUOTA_MB ?? 250) * 1024 * 1024,
    secureCookies: env.KOERS_SECURE_COOKIES ? env.KOERS_SECURE_COOKIES === '1' : publicUrl.startsWith('https://'),
    trustProxy: env.KOERS_TRUST_PROXY === '1',
    dbPoolSize: Number(env.KOERS_DB_POOL_SIZE ?? 10),
    dbPreparedStatements: env.KOERS_DB_PREPARED_STATEMENTS !== '0',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.KOERS_MAIL_FROM ?? 'Koers <noreply@koers.local>',
    workerIntervalSeconds: Number(env.KOERS_WORKER_INTERVAL_SECONDS ?? 10),
    webDir: path.resolve(env.KOERS_WEB_DIR ?? path.join(__dirname, '../../../web/dist')),
    logLevel: (env.KOERS_LOG_LEVEL as KoersConfig['logLevel']) ?? 'log',
    secret: env.KOERS_SECRET || undefined,
    metricsToken: env.KOERS_METRICS_TOKEN || undefined,
  };
}

export const KOERS_CONFIG = Symbol('KOERS_CONFIG');

/** Shortest KOERS_SECRET accepted outside the demo: 32 characters, about what `openssl rand -base64 24` prints. */
export const MIN_SECRET_LENGTH = 32;

/** Values shipped as examples (docker-compose.yml, the README); a secret everyone can read is no secret. */
const PLACEHOLDER_SECRETS = ['change-me-to-a-long-random-string', 'change-me', 'changeme', 'secret', 'koers'];

/**
 * Refuses to start a real installation with a KOERS_SECRET that is a known placeholder or too short to resist
 * guessing: whoever knows it can compute every check-in code and calendar feed address. The demo may use any.
 */
export function assertUsableSecret(config: Pick<KoersConfig, 'secret' | 'seedDemo'>): void {
  if (config.seedDemo || config.secret === undefined) return;
  if (PLACEHOLDER_SECRETS.includes(config.secret.toLowerCase())) {
    throw new Error('KOERS_SECRET is a placeholder from the examples; set a random value of at least 32 characters (openssl rand -base64 32).');
  }
  if (config.secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`KOERS_SECRET is shorter than ${MIN_SECRET_LENGTH} characters; set a random value (openssl rand -base64 32).`);
  }
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
    secret = readOrCreateSecret(file);
    secretsByFile.set(file, secret);
  }
  return secret;
}

/** The secret file never changes once it exists; every calendar feed request needs it. */
const secretsByFile = new Map<string, string>();

function readOrCreateSecret(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const candidate = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(candidate, randomBytes(32).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(candidate, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(candidate, { force: true });
  }
  return readFileSync(file, 'utf8').trim();
}
