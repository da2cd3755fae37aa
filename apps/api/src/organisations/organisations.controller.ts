import type { OrganisationSummary, Page } from '@koers/shared/api';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { OrganisationsService } from './organisations.service';

export class OrganisationsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Get()
  list(@Auth() auth: AuthContext, @Query() query: OrganisationsQueryDto): Promise<Page<OrganisationSummary>> {
    return this.organisationsService.list(auth, query);
  }
}
