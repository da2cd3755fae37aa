import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { PeriodicJob } from '../app/periodic-job';
import { ApplicationSelectionService, type SweepRun } from './application-selection.service';

/** How often each instance erases what the retention period allows and gives free places to the waiting list. */
export const APPLICATIONS_SWEEP_SECONDS = 300;

/** Runs `ApplicationSelectionService.sweep` on every instance (each step is idempotent and locks what it changes), while the workers run. */
@Injectable()
export class ApplicationsSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job = new PeriodicJob('Applications sweep', new Logger(ApplicationsSweep.name), () => this.selection.sweep());

  constructor(
    private readonly selection: ApplicationSelectionService,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.job.start(APPLICATIONS_SWEEP_SECONDS);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep, after any sweep in progress on this instance. */
  runOnce(): Promise<SweepRun> {
    return this.job.runOnce();
  }
}
