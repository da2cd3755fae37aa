import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { PeriodicJob } from '../app/periodic-job';
import { FileStorage } from './file-storage';

/** How often each instance empties the trash of files removed longer than TRASH_KEEP_HOURS ago. */
export const TRASH_PURGE_SECONDS = 3600;

/** Runs `FileStorage.purgeTrash` on every instance while the workers run; removing a file twice is harmless. */
@Injectable()
export class TrashPurge implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job = new PeriodicJob('Trash purge', new Logger(TrashPurge.name), () => this.files.purgeTrash());

  constructor(
    private readonly files: FileStorage,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workerIntervalSeconds > 0) this.job.start(TRASH_PURGE_SECONDS);
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
