import type { OrganisationSummary, Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { type PageQueryDto, pageOffset, toPage } from '../app/pagination';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly access: AccessService,
    private readonly organisations: OrganisationsRepository) {}

  async list(auth: AuthContext, query: PageQueryDto & { search?: string }): Promise<Page<OrganisationSummary>> {
    this.access.requireProgrammeOffice(auth, 'organisations.read');
    const { items, total } = await this.organisations.findPage(query.search?.trim() ?? '', query.pageSize, pageOffset(query));
    return toPage(items, total, query);
  }
}
