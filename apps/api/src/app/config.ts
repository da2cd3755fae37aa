import path from 'node:path';

/** Everything Koers reads from the environment, read once at start. */
export interface KoersConfig {
  port: number;
  /** Set: use that PostgreSQL. Unset: start an embedded PostgreSQL under dataDir/postgres. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the HIS-I demo data (always with the embedded database, or with KOERS_DEMO=1). */
  seedDemo: boolean;
  /** Base URL used in mails and calendar links. */
  publicUrl: string;
  /** Sessions end after this much inactivity. */
  sessionIdleMinutes: number;
  /** Send the session cookie only over HTTPS. */
  secureCookies: boolean;
  /** Directory of the built web app, served at /. */
  webDir: string;
  logLevel: 'debug' | 'log' | 'warn' | 'error';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): KoersConfig {
  const port = Number(env.PORT ?? 3000);
  const databaseUrl = env.DATABASE_URL || undefined;
  const publicUrl = (env.KOERS_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    databaseUrl,
    dataDir: path.resolve(env.KOERS_DATA_DIR ?? '.data'),
    seedDemo: env.KOERS_DEMO ? env.KOERS_DEMO === '1' : !databaseUrl,
    publicUrl,
    sessionIdleMinutes: Number(env.KOERS_SESSION_IDLE_MINUTES ?? 120),
    secureCookies: env.KOERS_SECURE_COOKIES ? env.KOERS_SECURE_COOKIES === '1' : publicUrl.startsWith('https://'),
    webDir: path.resolve(env.KOERS_WEB_DIR ?? path.join(__dirname, '../../../web/dist')),
    logLevel: (env.KOERS_LOG_LEVEL as KoersConfig['logLevel']) ?? 'log',
  };
}

export const KOERS_CONFIG = Symbol('KOERS_CONFIG');
