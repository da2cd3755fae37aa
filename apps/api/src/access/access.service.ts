import type { EditionRole } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError } from '../errors/koers-error';
import { AccessRepository } from './access.repository';

/** Edition-scoped access rules; services call these first, before touching any data. */
@Injectable()
export class AccessService {
  constructor(private readonly access: AccessRepository) {}

  /** Admins pass everywhere; anyone else needs one of the roles in every one of the editions. */
  async requireEditionRole(auth: AuthContext, editionIds: string | string[], roles: readonly EditionRole[]): Promise<void> {
    if (auth.isAdmin) return;
    const wanted = [...new Set(Array.isArray(editionIds) ? editionIds : [editionIds])];
    const allowed = await this.access.editionsWithRole(auth.personId, wanted, roles);
    if (wanted.some((id) => !allowed.has(id))) throw new ForbiddenError();
  }
}
