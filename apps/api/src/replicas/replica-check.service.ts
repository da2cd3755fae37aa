import { createHmac } from 'node:crypto';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InvalidConfigError, KOERS_CONFIG, type KoersConfig, readOrCreateRandomValue, serverSecret } from '../app/config';
import { describeError } from '../app/periodic-job';
import { ReplicaCheckRepository, type ReplicaSetup } from './replica-check.repository';

/** How often a running replica confirms its setup, and after how long without a confirmation another may take over. */
const CONFIRM_EVERY_SECONDS = 30;
const STALE_AFTER_SECONDS = 120;

/**
 * Replicas on one database must share their secret (check-in codes, calendar addresses, links and webhook signatures
 * are derived from it) and their data folder (uploaded files and the outbox are written where the request landed):
 * one started with another beside them would answer half the requests wrongly, as a file that is "gone" or a code
 * that is "wrong", without a word. It is refused at start, saying which differs. Once every replica has been stopped
 * for two minutes, the next may bring a new secret or folder (a rotation, a restore).
 */
@Injectable()
export class ReplicaCheck implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Replicas');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly replicas: ReplicaCheckRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const setup: ReplicaSetup = {
      secretFingerprint: createHmac('sha256', serverSecret(this.config)).update('koers:replica-check').digest('hex'),
      // The folder's own id, kept in it: a copy of the folder (a move to another disk) keeps it.
      dataFolderId: readOrCreateRandomValue(path.join(this.config.dataDir, 'folder-id')),
    };
    const outcome = await this.replicas.claim(setup, STALE_AFTER_SECONDS);
    if (!outcome.claimed) throw new InvalidConfigError(differences(outcome, this.config.dataDir));
    this.timer = setInterval(() => {
      this.replicas.confirm(setup).catch((error) => this.logger.warn(`Cannot confirm this replica's setup: ${describeError(error)}`));
    }, CONFIRM_EVERY_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}

function differences({ sameSecret, sameFolder }: { sameSecret: boolean; sameFolder: boolean }, dataDir: string): string[] {
  const why = ' than the Koers replicas running on this database; every replica needs the same (stop them all for two minutes to change it on purpose).';
  return [
    ...(sameSecret ? [] : [`KOERS_SECRET (or the secret file in KOERS_DATA_DIR) is another${why}`]),
    ...(sameFolder ? [] : [`KOERS_DATA_DIR (${dataDir}) is another folder${why} Uploaded files and the outbox live in it: share one folder (a shared volume).`]),
  ];
}
