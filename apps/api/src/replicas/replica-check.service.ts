import { createHmac, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InvalidConfigError, KOERS_CONFIG, type KoersConfig, readOrCreateRandomValue, serverSecret } from '../app/config';
import { describeError } from '../app/periodic-job';
import { ReplicaCheckRepository, type ReplicaDifference, type ReplicaSetup } from './replica-check.repository';

/** How often a running instance confirms itself, and after how long without a confirmation it counts as gone. */
const CONFIRM_EVERY_SECONDS = 30;
const GONE_AFTER_SECONDS = 120;

/**
 * Replicas on one database must share their secret (check-in codes, calendar addresses, links and webhook signatures
 * are derived from it) and their data folder (uploaded files and the outbox are written where the request landed):
 * one started with another beside them would answer half the requests wrongly, as a file that is "gone" or a code
 * that is "wrong", without a word. It is refused at start, saying which differs, before any worker or sweep runs
 * (module init). An instance that stops says so, so a single one restarted with a new secret or folder starts at once.
 */
@Injectable()
export class ReplicaCheck implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Replicas');
  private readonly instanceId = randomUUID();
  private setup: ReplicaSetup | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly replicas: ReplicaCheckRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.setup = {
      secretFingerprint: createHmac('sha256', serverSecret(this.config)).update('koers:replica-check').digest('hex'),
      // The folder's own id, kept in it: a copy of the folder (a move to another disk) keeps it.
      dataFolderId: readOrCreateRandomValue(path.join(this.config.dataDir, 'folder-id')),
    };
    const difference = await this.replicas.register(this.instanceId, this.setup, GONE_AFTER_SECONDS);
    if (difference) throw new InvalidConfigError(differences(difference, this.config.dataDir));
    this.timer = setInterval(() => void this.confirm(), CONFIRM_EVERY_SECONDS * 1000);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    if (this.setup) await this.replicas.unregister(this.instanceId).catch(() => undefined);
  }

  /**
   * Forgotten while silent (the database away, the process paused, for longer than the others allow), the instance
   * registers again; should another with another setup have started meanwhile, both now answer wrongly: said loudly.
   */
  private async confirm(): Promise<void> {
    try {
      if (await this.replicas.confirm(this.instanceId)) return;
      const difference = await this.replicas.register(this.instanceId, this.setup!, GONE_AFTER_SECONDS);
      if (difference) this.logger.error(`This instance no longer matches the others running on this database: ${differences(difference, this.config.dataDir).join(' ')}`);
    } catch (error) {
      this.logger.warn(`Cannot confirm this instance to the others: ${describeError(error)}`);
    }
  }
}

function differences({ otherSecret, otherFolder }: ReplicaDifference, dataDir: string): string[] {
  const why = ' than another Koers instance running on this database; every replica needs the same (stop the others to change it).';
  return [
    ...(otherSecret ? [`KOERS_SECRET (or the secret file in KOERS_DATA_DIR) is another${why}`] : []),
    ...(otherFolder ? [`KOERS_DATA_DIR (${dataDir}) is another folder${why} Uploaded files and the outbox live in it: share one folder (a shared volume).`] : []),
  ];
}
