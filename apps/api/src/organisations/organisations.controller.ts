import { IsId, SearchText } from '../app/text';
import type { OrganisationSummary, Page } from '@koers/shared/api';
import type { SetOrganisationRegionRequest } from '@koers/shared/regions';
import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, ValidateIf } from 'class-validator';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { OrganisationsService } from './organisations.service';

export class OrganisationsQueryDto extends PageQueryDto {
  @IsOptional()
  @SearchText()
  search?: string;
}

export class SetOrganisationRegionDto implements SetOrganisationRegionRequest {
  @ValidateIf((_, value) => value !== null)
  @IsId()
  regionId: string | null;
}

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Get()
  list(@Auth() auth: AuthContext, @Query() query: OrganisationsQueryDto): Promise<Page<OrganisationSummary>> {
    return this.organisationsService.list(auth, query);
  }

  @Patch(':id')
  setRegion(@Auth() auth: AuthContext, @IdParam('id') organisationId: string, @Body() dto: SetOrganisationRegionDto): Promise<OrganisationSummary> {
    return this.organisationsService.setRegion(auth, organisationId, dto.regionId);
  }
}
