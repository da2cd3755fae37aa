import type { OrganisationSummary, Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { type PageQueryDto, pageOffset, toPage } from '../app/pagination';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  async list(query: PageQueryDto & { search?: string }): Promise<Page<OrganisationSummary>> {
    const { items, total } = await this.organisations.findPage(query.search?.trim() ?? '', query.pageSize, pageOffset(query));
    return toPage(items, total, query);
  }
}
