import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../apps/api/src/database/embedded-postgres';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'e2e-artifacts');
const MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
const STARTUP_TIMEOUT_MS = 180_000;

declare global {
  /** Set by the global setup, read by the teardown (both run in jest's main process). */
  var koersE2eServer: RunningServer | undefined;
}

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  logFile: string;
}

/**
 * Starts the production build (`node apps/api/dist/main.js`, web app included) the way `npm start` does:
 * embedded PostgreSQL and demo data, here in a fresh temporary KOERS_DATA_DIR on a free port.
 * Resolves once /api/health answers 200; the server's output goes to e2e-artifacts/`logName`. `extraEnv` adds
 * settings that depend on the server's address (a test provider's client registration).
 */
export async function startServer(
  extraEnv: (url: string) => Promise<Record<string, string>> = async () => ({}),
  logName = 'server.log',
): Promise<RunningServer> {
  if (!existsSync(MAIN) || !existsSync(path.join(REPO_ROOT, 'apps/web/dist/index.html'))) {
    throw new Error('No production build: run `npm run build` first (`npm run test:e2e` does).');
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'koers-e2e-'));
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const logFile = path.join(ARTIFACTS_DIR, logName);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      KOERS_DATA_DIR: dataDir,
      KOERS_DEMO: '1',
      KOERS_PUBLIC_URL: url,
      KOERS_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      SMTP_URL: '',
      // Nothing routes to it but the tests, which stop it once they are done: no drain (e2e/shutdown.e2e.ts has its own).
      KOERS_SHUTDOWN_DRAIN_SECONDS: '0',
      ...(await extraEnv(url)),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const started = Date.now();
  while (Date.now() - started < STARTUP_TIMEOUT_MS) {
    const code = await Promise.race([exited, sleep(500).then(() => undefined)]);
    if (code !== undefined) throw new Error(`The server stopped during startup (exit ${code}):\n${await tail(logFile)}`);
    if (await healthy(url)) return { url, dataDir, process: child, logFile };
  }
  await stopServer({ url, dataDir, process: child, logFile });
  throw new Error(`The server did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s:\n${await tail(logFile)}`);
}

/** SIGTERM (the server stops the app and its PostgreSQL), SIGKILL if it hangs, then the temporary data is removed. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { process: child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
  await rm(server.dataDir, { recursive: true, force: true });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-40).join('\n');
}
