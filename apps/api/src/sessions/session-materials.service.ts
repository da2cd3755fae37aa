import type { Readable } from 'node:stream';
import type { SessionMaterial } from '@koers/shared/sessions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { downloadName, FileStorage } from '../files/file-storage';
import type { IncomingFile } from '../files/upload-parts';
import { UploadQuota } from '../files/upload-quota';
import { FileMissingError, MaterialNotFoundError, SessionNotFoundError } from './sessions.errors';
import { SessionsRepository } from './sessions.repository';

export interface MaterialDownload {
  material: SessionMaterial;
  stream: Readable;
}

@Injectable()
export class SessionMaterialsService {
  constructor(
    private readonly access: AccessService,
    private readonly sessions: SessionsRepository,
    private readonly files: FileStorage,
    private readonly quota: UploadQuota,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The file is read only after the access check, so nobody without access gets anything stored. */
  async upload(auth: AuthContext, sessionId: string, nextFile: () => Promise<IncomingFile | undefined>): Promise<SessionMaterial> {
    const { editionId } = await this.access.requireAtSession(auth, 'session.materials.manage', sessionId, () => new SessionNotFoundError());
    await this.quota.requireRoom(auth.personId, editionId);
    const file = await nextFile();
    if (!file) throw new FileMissingError();
    const stored = await this.files.save(file.stream, file.fileName);
    try {
      return await this.db.transaction(async (manager) => {
        await this.quota.claim(manager, auth.personId, editionId, stored.sizeBytes);
        return this.sessions.addMaterial(sessionId, stored, auth.personId, manager);
      });
    } catch (error) {
      await this.files.discard([stored.storageKey]);
      throw error;
    }
  }

  async download(auth: AuthContext, sessionId: string, materialId: string): Promise<MaterialDownload> {
    await this.access.requireAtSession(auth, 'session.materials.read', sessionId, () => new SessionNotFoundError());
    const stored = await this.sessions.findMaterial(sessionId, materialId);
    if (!stored) throw new MaterialNotFoundError();
    const { storageKey, ...material } = stored;
    // Files stored before names were cleaned on upload are offered under a clean name too.
    return { material: { ...material, fileName: downloadName(material.fileName, material.contentType) }, stream: await this.files.read(storageKey) };
  }

  async remove(auth: AuthContext, sessionId: string, materialId: string): Promise<void> {
    await this.access.requireAtSession(auth, 'session.materials.manage', sessionId, () => new SessionNotFoundError());
    const storageKey = await this.sessions.removeMaterial(sessionId, materialId);
    if (!storageKey) throw new MaterialNotFoundError();
    await this.files.remove([storageKey]);
  }
}
