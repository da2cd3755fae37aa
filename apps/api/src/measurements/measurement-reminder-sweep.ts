import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { PeriodicJob } from '../app/periodic-job';
import { MeasurementRoundsRepository } from './measurement-rounds.repository';

/** People are reminded of a round they have not finished once its deadline is this close (at its opening when the round is shorter). */
export const REMIND_DAYS_BEFORE_DEADLINE = 7;

/** How often each instance looks for rounds to remind people of. */
export const MEASUREMENT_REMINDER_SWEEP_SECONDS = 300;

/**
 * Queues the measurement reminders on every instance; each (round, person) is marked once in the statement that
 * queues its mail, so however many instances sweep at once, nobody is reminded of a round twice.
 */
@Injectable()
export class MeasurementReminderSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job = new PeriodicJob('Measurement reminder sweep', new Logger(MeasurementReminderSweep.name), () =>
    this.rounds.queueReminders(REMIND_DAYS_BEFORE_DEADLINE),
  );

  constructor(
    private readonly rounds: MeasurementRoundsRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.job.start(MEASUREMENT_REMINDER_SWEEP_SECONDS);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }

  /** One sweep, after any sweep in progress on this instance; answers how many reminders it queued. */
  runOnce(): Promise<number> {
    return this.job.runOnce();
  }
}
