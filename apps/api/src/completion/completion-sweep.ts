import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { PeriodicJob } from '../app/periodic-job';
import { CompletionService } from './completion.service';

/** How often each instance looks for participants who completed: the last programme day ending is no request. */
export const COMPLETION_SWEEP_SECONDS = 300;

/** Runs `recordCompletionsReached` on every instance (its inserts are idempotent), while the workers run. */
@Injectable()
export class CompletionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job = new PeriodicJob('Completion sweep', new Logger(CompletionSweep.name), () => this.completion.recordCompletionsReached());

  constructor(
    private readonly completion: CompletionService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.job.start(COMPLETION_SWEEP_SECONDS);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep, after any sweep in progress on this instance; answers how many completed since the last. */
  runOnce(): Promise<number> {
    return this.job.runOnce();
  }
}
