import type { Locale } from '@koers/shared/domain';
import type { EditionGroupsResponse, GroupProposal, MyGroup, SavedGroupsResponse } from '@koers/shared/network-groups';
import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { RequestLocale } from '../app/request-locale';
import { Auth, type AuthContext } from '../auth/auth-context';
import { GroupProposalQueryDto } from './dto/group-proposal-query.dto';
import { SaveGroupsDto } from './dto/save-groups.dto';
import { NetworkGroupsService } from './network-groups.service';

@ApiTags('network-groups')
@Controller()
export class NetworkGroupsController {
  constructor(private readonly networkGroups: NetworkGroupsService) {}

  @Get('editions/:id/groups')
  division(@Auth() auth: AuthContext, @IdParam('id') editionId: string): Promise<EditionGroupsResponse> {
    return this.networkGroups.division(auth, editionId);
  }

  @Get('editions/:id/groups/proposal')
  proposal(@Auth() auth: AuthContext, @IdParam('id') editionId: string, @Query() query: GroupProposalQueryDto): Promise<GroupProposal> {
    return this.networkGroups.proposal(auth, editionId, query);
  }

  @Put('editions/:id/groups')
  save(@Auth() auth: AuthContext, @IdParam('id') editionId: string, @Body() dto: SaveGroupsDto, @RequestLocale() locale: Locale): Promise<SavedGroupsResponse> {
    return this.networkGroups.save(auth, editionId, dto, locale);
  }

  @Get('me/groups')
  mine(@Auth() auth: AuthContext): Promise<MyGroup[]> {
    return this.networkGroups.mine(auth);
  }
}
