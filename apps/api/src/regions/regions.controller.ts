import type { RegionManager, RegionOverview, RegionSummary } from '@koers/shared/regions';
import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { AssignRegionManagerDto } from './dto/region.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  list(@Auth() auth: AuthContext): Promise<RegionSummary[]> {
    return this.regions.list(auth);
  }

  @Get(':id/overview')
  overview(@Auth() auth: AuthContext, @IdParam('id') regionId: string, @Query() query: PageQueryDto): Promise<RegionOverview> {
    return this.regions.overview(auth, regionId, query);
  }

  @Get(':id/managers')
  managers(@Auth() auth: AuthContext, @IdParam('id') regionId: string): Promise<RegionManager[]> {
    return this.regions.managers(auth, regionId);
  }

  @Post(':id/managers')
  assignManager(@Auth() auth: AuthContext, @IdParam('id') regionId: string, @Body() dto: AssignRegionManagerDto): Promise<RegionManager> {
    return this.regions.assignManager(auth, regionId, dto.email);
  }

  @Delete(':id/managers/:personId')
  @HttpCode(204)
  removeManager(@Auth() auth: AuthContext, @IdParam('id') regionId: string, @IdParam('personId') personId: string): Promise<void> {
    return this.regions.removeManager(auth, regionId, personId);
  }
}
