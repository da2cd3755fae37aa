import type { OrganisationSummary, Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import { OrganisationNotFoundError, OrganisationRegionNotFoundError } from './organisations.errors';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly access: AccessService,
    private readonly organisations: OrganisationsRepository) {}

  async list(auth: AuthContext, query: PageQueryDto & { search?: string }): Promise<Page<OrganisationSummary>> {
    this.access.requireProgrammeOffice(auth, 'organisations.read');
    const { items, total } = await readPage(query, (limit, offset) => this.organisations.findPage(query.search?.trim() ?? '', limit, offset));
    return toPage(items, total, query);
  }

  async setRegion(auth: AuthContext, organisationId: string, regionId: string | null): Promise<OrganisationSummary> {
    this.access.requireProgrammeOffice(auth, 'regions.manage');
    const organisation = await this.organisations.setRegion(organisationId, regionId);
    if (organisation === 'region_not_found') throw new OrganisationRegionNotFoundError();
    if (!organisation) throw new OrganisationNotFoundError();
    return organisation;
  }
}
