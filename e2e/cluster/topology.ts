import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../apps/api/src/database/embedded-postgres';

/**
 * A production topology on this machine, from Debian's packages and the production build: a PostgreSQL server, two
 * Koers replicas sharing one files folder, nginx in front with TLS (a throw-away certificate), and an SMTP server
 * that catches every mail. Everything listens on 127.0.0.1 only. The proxy's certificate is a throw-away one made for
 * the run, so `npm run test:cluster` runs with NODE_TLS_REJECT_UNAUTHORIZED=0 (jest gives each test file its own copy
 * of process.env, so setting it here would not reach fetch).
 */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'e2e-artifacts', 'cluster');
const MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
const KOERS_COMMAND = path.join(REPO_ROOT, 'apps/api/dist/operations/koers.js');

export interface CaughtMail {
  to: string[];
  raw: string;
}

export interface Replica {
  name: 'a' | 'b';
  port: number;
  process: ChildProcess;
}

export interface Topology {
  proxyUrl: string;
  databaseUrl: (database?: string) => string;
  dataDir: string;
  env: NodeJS.ProcessEnv;
  replicas: Replica[];
  mails: CaughtMail[];
  /** Runs the operator command as an operator would, against this installation (or another data folder or database). */
  koers: (args: string[], overrides?: NodeJS.ProcessEnv) => string;
  stopPostgres: () => void;
  startPostgres: () => void;
  kill: (replica: Replica) => void;
  close: () => Promise<void>;
}

/** The newest PostgreSQL server Debian installed (`apt-get install postgresql`). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((version) => existsSync(path.join(root, version, 'bin', 'postgres'))) : [];
  if (versions.length === 0) throw new Error('No PostgreSQL server: install Debian\'s (apt-get install postgresql), as .ci/run does.');
  return path.join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** PostgreSQL refuses to run as root: as root, its commands run as the "postgres" user the Debian package made. */
function asPostgres(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe' });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
}

export async function startTopology(): Promise<Topology> {
  /** What was started so far, stopped in reverse order if starting the rest fails. */
  const started: (() => Promise<unknown> | void)[] = [];
  try {
    return await start(started);
  } catch (error) {
    for (const stop of started.reverse()) await Promise.resolve(stop()).catch(() => undefined);
    throw error;
  }
}

async function start(started: (() => Promise<unknown> | void)[]): Promise<Topology> {
  if (!existsSync(MAIN)) throw new Error('No production build: run `npm run build` first (`npm run test:cluster` does).');
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const work = await mkdtemp(path.join(os.tmpdir(), 'koers-cluster-'));
  // Stopped last if starting fails, after the database that lives in it.
  started.push(() => rm(work, { recursive: true, force: true }));
  await chmod(work, 0o755);

  // PostgreSQL: a cluster of its own, trusting local connections, on a free port.
  const bin = postgresBin();
  const pgData = path.join(work, 'postgres');
  await mkdir(pgData);
  if (process.getuid?.() === 0) {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
    await chown(pgData, uid, gid);
  }
  const pgPort = await freePort();
  asPostgres(path.join(bin, 'initdb'), ['-D', pgData, '-U', 'koers', '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const pgCtl = (action: string[]) =>
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', pgData, '-l', path.join(pgData, 'server.log'), '-w', '-o', `-p ${pgPort} -k ${pgData} -c listen_addresses=127.0.0.1`, ...action]);
  pgCtl(['start']);
  started.push(() => pgCtl(['stop', '-m', 'immediate']));
  const databaseUrl = (database = 'koers') => `postgres://koers@127.0.0.1:${pgPort}/${database}`;
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE koers');
  await admin.end();

  // The SMTP server that catches every mail.
  const mails: CaughtMail[] = [];
  const smtpPort = await freePort();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  started.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  // Two replicas of the production build, one files folder, migrating together at start.
  const dataDir = path.join(work, 'data');
  const proxyPort = await freePort();
  const proxyUrl = `https://localhost:${proxyPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl(),
    KOERS_DATA_DIR: dataDir,
    KOERS_DEMO: '0',
    KOERS_PUBLIC_URL: proxyUrl,
    KOERS_TRUST_PROXY: '1',
    KOERS_SECRET: 'cluster-test-secret-0123456789-abcdefghijkl',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    KOERS_WORKER_INTERVAL_SECONDS: '1',
    KOERS_LOG_LEVEL: 'warn',
  };
  const replicas: Replica[] = await Promise.all(
    (['a', 'b'] as const).map(async (name) => {
      const port = await freePort();
      const log = createWriteStream(path.join(ARTIFACTS_DIR, `replica-${name}.log`));
      const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.pipe(log);
      child.stderr!.pipe(log);
      started.push(() => void child.kill('SIGKILL'));
      return { name, port, process: child };
    }),
  );
  for (const replica of replicas) {
    await waitFor(`replica ${replica.name} answering`, async () => (await fetch(`http://127.0.0.1:${replica.port}/api/health`)).ok, 120_000);
  }

  // nginx in front, with TLS from a throw-away certificate, round robin over the replicas.
  const nginxDir = path.join(work, 'nginx');
  await mkdir(nginxDir);
  await chmod(nginxDir, 0o777);
  const [cert, key] = [path.join(nginxDir, 'cert.pem'), path.join(nginxDir, 'key.pem')];
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  const conf = path.join(nginxDir, 'nginx.conf');
  await writeFile(
    conf,
    `worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${path.join(ARTIFACTS_DIR, 'nginx-error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  client_max_body_size 30m;
  upstream koers {
    ${replicas.map((replica) => `server 127.0.0.1:${replica.port} max_fails=1 fail_timeout=60s;`).join('\n    ')}
  }
  server {
    listen 127.0.0.1:${proxyPort} ssl;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    location / {
      proxy_pass http://koers;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`,
  );
  const nginx = spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr!.pipe(createWriteStream(path.join(ARTIFACTS_DIR, 'nginx.out')));
  started.push(() => void nginx.kill('SIGTERM'));
  await waitFor('nginx answering', async () => (await fetch(`${proxyUrl}/api/health`)).ok);

  return {
    proxyUrl,
    databaseUrl,
    dataDir,
    env,
    replicas,
    mails,
    koers: (args, overrides = {}) =>
      execFileSync(process.execPath, [KOERS_COMMAND, ...args], { cwd: REPO_ROOT, env: { ...env, ...overrides }, encoding: 'utf8', stdio: 'pipe' }),
    stopPostgres: () => pgCtl(['stop', '-m', 'fast']),
    startPostgres: () => pgCtl(['start']),
    kill: (replica) => replica.process.kill('SIGKILL'),
    close: async () => {
      nginx.kill('SIGTERM');
      for (const replica of replicas) replica.process.kill('SIGTERM');
      await Promise.all(replicas.map((replica) => new Promise((resolve) => (replica.process.exitCode !== null || replica.process.signalCode ? resolve(null) : replica.process.once('exit', resolve)))));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      try {
        pgCtl(['stop', '-m', 'immediate']);
      } catch {
        // Already stopped.
      }
      // The database cluster and data folder go (70 MB a run); PostgreSQL's log stays with the other logs.
      const postgresLog = path.join(pgData, 'server.log');
      if (existsSync(postgresLog)) copyFileSync(postgresLog, path.join(ARTIFACTS_DIR, 'postgres.log'));
      await rm(work, { recursive: true, force: true });
    },
  };
}

/** A person's session through the proxy (or a replica): the session cookie and the CSRF token, as a browser keeps them. */
export class Session {
  private cookie = '';
  private csrf = '';

  constructor(private readonly base: string) {}

  /** The same login used against another address (one replica directly). */
  at(base: string): Session {
    const other = new Session(base);
    other.cookie = this.cookie;
    other.csrf = this.csrf;
    return other;
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const sent: Record<string, string> = { ...headers };
    if (this.cookie) sent.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) sent['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    // A Buffer is bytes as fetch takes them; TypeScript's DOM types want the ArrayBuffer-backed kind only.
    if (Buffer.isBuffer(body)) payload = body as unknown as BodyInit;
    else if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      sent['content-type'] = 'application/json';
    }
    const response = await fetch(this.base + url, { method, headers: sent, body: payload });
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('koers_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const bytes = Buffer.from(await response.arrayBuffer());
    // Response bodies of every shape; the steps read what they check.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let json: any;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      json = undefined;
    }
    return { status: response.status, body: json, bytes, upstream: response.headers.get('x-upstream') };
  }

  async login(email: string, password: string) {
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.status === 200) this.csrf = (await this.request('GET', '/api/auth/csrf')).body.csrfToken;
    return response;
  }
}

export { waitFor };
