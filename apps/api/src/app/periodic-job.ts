import type { Logger } from '@nestjs/common';

export type PeriodicJobState = 'running' | 'off' | 'stopped';

/**
 * A job every app instance runs every so often (the mail and webhook workers): one run at a time per instance, a
 * tick that comes while a run is still busy is skipped, and stopping waits for the run in progress, so app.close()
 * never closes the database under it. Runs on several instances at once are the job's own business (SKIP LOCKED).
 */
export class PeriodicJob<T> {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> = Promise.resolve();
  private busy = false;
  private stopRequested = false;

  constructor(
    private readonly name: string,
    private readonly logger: Logger,
    private readonly run: () => Promise<T>,
  ) {}

  get state(): PeriodicJobState {
    if (this.stopRequested) return 'stopped';
    return this.timer ? 'running' : 'off';
  }

  /** True once stopping began: a run in progress ends after the item at hand. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  /** Runs every `intervalSeconds`; a run that is still going makes the next tick pass. */
  start(intervalSeconds: number): void {
    if (this.timer) return;
    this.stopRequested = false;
    this.timer = setInterval(() => {
      if (!this.busy) this.runOnce().catch((error) => this.logger.error(`${this.name} tick failed: ${describeError(error)}`));
    }, intervalSeconds * 1000);
    // The server keeps the process alive; a job that was never stopped must not.
    this.timer.unref();
  }

  /** Stops ticking and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.current.catch(() => undefined);
  }

  /** One run, after any run in progress on this instance. */
  runOnce(): Promise<T> {
    const run = this.current
      .catch(() => undefined)
      .then(async () => {
        this.busy = true;
        try {
          return await this.run();
        } finally {
          this.busy = false;
        }
      });
    this.current = run;
    return run;
  }
}

/** An error's message, short enough for a log line or a column. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 1000);
