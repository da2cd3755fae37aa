import type { DirectoryEntry, DirectoryProfile } from '@koers/shared/directory';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { DirectoryRepository } from './directory.repository';
import type { DirectoryProfileDto } from './dto/directory-profile.dto';

/** The who's who: an edition's people for its members; each person decides what they show, or to hide. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly directory: DirectoryRepository,
    private readonly access: AccessService,
  ) {}

  async edition(auth: AuthContext, editionId: string): Promise<DirectoryEntry[]> {
    const standing = await this.access.requireInEdition(auth, 'directory.read', editionId);
    return this.directory.findEdition(editionId, this.access.decide(auth, 'directory.hidden', standing) === 'allowed');
  }

  profile(auth: AuthContext): Promise<DirectoryProfile> {
    return this.directory.findProfile(auth.personId);
  }

  async saveProfile(auth: AuthContext, dto: DirectoryProfileDto): Promise<DirectoryProfile> {
    const profile = { introduction: dto.introduction ?? null, hidden: dto.hidden };
    await this.directory.saveProfile(auth.personId, profile);
    return profile;
  }
}
