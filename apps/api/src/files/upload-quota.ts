import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { lockKey } from '../database/lock-row';
import { KoersError } from '../errors/koers-error';

/** 413 saying how much room the person has: the quota is per person per edition (hand-ins and session materials). */
export class UploadQuotaExceededError extends KoersError {
  constructor(quotaBytes: number) {
    const mb = Math.round(quotaBytes / (1024 * 1024));
    super(413, 'upload_quota_exceeded', {
      nl: `Je hebt voor deze editie al bijna ${mb} MB aan bestanden geüpload, het maximum per persoon. Er is niets opgeslagen. Vraag het programmabureau om hulp als je meer ruimte nodig hebt.`,
      en: `You have already uploaded close to ${mb} MB of files for this edition, the maximum per person. Nothing was saved. Ask the programme office for help if you need more room.`,
    });
  }
}

@Injectable()
export class UploadQuotaRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The bytes a person stored in an edition: the files of every version they handed in, the session materials
   * they uploaded and the files they attached to discussion posts. Inside a transaction it first takes the person's quota lock for the edition (released at commit),
   * so two uploads at once are counted one after the other, on any replica.
   */
  async storedBytes(personId: string, editionId: string, manager?: EntityManager): Promise<number> {
    const runner = manager ?? this.db;
    if (manager) await lockKey(manager, 'upload-quota', personId, editionId);
    const [{ bytes }] = await runner.query(
      `SELECT (
         COALESCE((SELECT sum(f.size_bytes) FROM submission_file f JOIN submission s ON s.id = f.submission_id JOIN assignment a ON a.id = s.assignment_id
                    WHERE s.person_id = $1 AND a.edition_id = $2), 0)
       + COALESCE((SELECT sum(m.size_bytes) FROM session_material m JOIN session se ON se.id = m.session_id
                    WHERE m.uploaded_by_person_id = $1 AND se.edition_id = $2), 0)
       + COALESCE((SELECT sum(da.size_bytes) FROM discussion_attachment da JOIN discussion_post dp ON dp.id = da.post_id
                     JOIN discussion d ON d.id = dp.discussion_id
                    WHERE dp.author_person_id = $1 AND d.edition_id = $2), 0))::float8 AS bytes`,
      [personId, editionId],
    );
    return Number(bytes);
  }
}

/** KOERS_UPLOAD_QUOTA_MB per person per edition, checked before an upload is read and, atomically, before it is kept. */
@Injectable()
export class UploadQuota {
  private readonly quotaBytes: number;

  constructor(
    private readonly usage: UploadQuotaRepository,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.quotaBytes = config.uploadQuotaBytes;
  }

  /** Refuses at once when the person has no room left, so a full quota does not even stream another file to disk. */
  async requireRoom(personId: string, editionId: string): Promise<void> {
    if ((await this.usage.storedBytes(personId, editionId)) >= this.quotaBytes) throw new UploadQuotaExceededError(this.quotaBytes);
  }

  /** In the transaction that records the files: locks the person's quota and refuses when these bytes do not fit. */
  async claim(manager: EntityManager, personId: string, editionId: string, bytes: number): Promise<void> {
    if ((await this.usage.storedBytes(personId, editionId, manager)) + bytes > this.quotaBytes) throw new UploadQuotaExceededError(this.quotaBytes);
  }
}
