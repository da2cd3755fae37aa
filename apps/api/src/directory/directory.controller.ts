import type { DirectoryEntry, DirectoryProfile } from '@koers/shared/directory';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { DirectoryService } from './directory.service';
import { DirectoryProfileDto } from './dto/directory-profile.dto';

@ApiTags('directory')
@Controller()
export class DirectoryController {
  constructor(private readonly directoryService: DirectoryService) {}

  /** The edition's who's who, for its members and the programme office. */
  @Get('editions/:editionId/directory')
  edition(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<DirectoryEntry[]> {
    return this.directoryService.edition(auth, editionId);
  }

  @Get('me/directory-profile')
  profile(@Auth() auth: AuthContext): Promise<DirectoryProfile> {
    return this.directoryService.profile(auth);
  }

  @Put('me/directory-profile')
  saveProfile(@Auth() auth: AuthContext, @Body() dto: DirectoryProfileDto): Promise<DirectoryProfile> {
    return this.directoryService.saveProfile(auth, dto);
  }
}
