import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../database/embedded-postgres';

/** What one Koers instance was measured to use: its peak resident memory, overall and per phase of the bench. */
export interface KoersMemory {
  peakRssMb: number;
  peakRssMbByPhase: Record<string, number>;
}

/**
 * Koers as `npm run serve` runs it, in a process of its own: its memory is then its own (not the bench driver's,
 * the bare baseline's or the load generator's), sampled from /proc four times a second.
 */
export class KoersProcess {
  private peakKb = 0;
  private readonly peakKbByPhase = new Map<string, number>();
  private phase = 'start';
  private sampler?: NodeJS.Timeout;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** From spawning the process to its first ready answer (`/api/health/ready`). */
    readonly readyMs: number,
  ) {}

  /** Starts Koers on an existing, migrated database; `dataDir` holds its secret, so every instance derives the same codes. */
  static async start(databaseUrl: string, dataDir: string): Promise<KoersProcess> {
    const port = await freePort();
    const settings = {
      DATABASE_URL: databaseUrl,
      KOERS_DATA_DIR: dataDir,
      KOERS_DEMO: '0',
      KOERS_LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      PORT: String(port),
    };
    const started = performance.now();
    const child = spawn(process.execPath, serveArguments(), { cwd: repoRoot, env: { ...process.env, ...settings }, stdio: ['ignore', 'inherit', 'inherit'] });
    const url = `http://127.0.0.1:${port}`;
    await waitUntilReady(url, child);
    const koers = new KoersProcess(child, url, Math.round(performance.now() - started));
    koers.sampler = setInterval(() => void koers.sample(), 250);
    await koers.sample();
    return koers;
  }

  /** Names the phase the next samples belong to. */
  enter(phase: string): void {
    this.phase = phase;
  }

  memory(): KoersMemory {
    const mb = (kb: number) => Math.round(kb / 1024);
    return { peakRssMb: mb(this.peakKb), peakRssMbByPhase: Object.fromEntries([...this.peakKbByPhase].map(([phase, kb]) => [phase, mb(kb)])) };
  }

  async stop(): Promise<KoersMemory> {
    clearInterval(this.sampler);
    await this.sample();
    const memory = this.memory();
    if (this.child.exitCode === null) {
      this.child.kill('SIGTERM');
      await once(this.child, 'exit');
    }
    return memory;
  }

  private async sample(): Promise<void> {
    // VmHWM is the kernel's own high-water mark, so a peak between two samples is not missed.
    const status = await readFile(`/proc/${this.child.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const current = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    this.peakKb = Math.max(this.peakKb, kb);
    this.peakKbByPhase.set(this.phase, Math.max(this.peakKbByPhase.get(this.phase) ?? 0, current));
  }
}

/** The repository's root, where `npm run serve` runs and the bench writes its results. */
export const repoRoot = path.resolve(__dirname, '../../../..');

/** The V8 flags of `npm run serve`, for the bare baseline's process too: both servers run under the same settings. */
export const serveNodeFlags = () => serveArguments().filter((arg) => arg.startsWith('--'));

/**
 * The arguments `npm run serve` gives node (its V8 flags and the entry point), read from the root package.json, so
 * the bench measures the process as it runs in production, not a variant of it.
 */
export function serveArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { serve: string } };
  const [command, ...args] = scripts.serve.split(/\s+/);
  if (command !== 'node') throw new Error(`The serve script should start node, not ${command}`);
  return args;
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Koers exited with code ${child.exitCode} before it was ready`);
    const ready = await fetch(`${url}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
