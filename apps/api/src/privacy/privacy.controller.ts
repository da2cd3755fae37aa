import type { Page } from '@koers/shared/api';
import type { ErasePersonResponse, PersonalDataExport, PersonSummary } from '@koers/shared/privacy';
import { Controller, Delete, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { PrivacyService } from './privacy.service';

class PeopleQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

/** AVG/GDPR: everyone downloads their own data; the programme office erases a person. */
@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(private readonly privacyService: PrivacyService) {}

  @Get('me/export')
  async exportMine(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonalDataExport> {
    const document = await this.privacyService.exportMine(auth);
    void reply.header('content-disposition', attachmentDisposition(`koers-mijn-gegevens-${document.exportedAt.slice(0, 10)}.json`));
    return document;
  }

  @Get('me/export.zip')
  async exportMineAsZip(@Auth() auth: AuthContext): Promise<StreamableFile> {
    const zip = await this.privacyService.exportMineAsZip(auth);
    return new StreamableFile(zip.stream, { type: 'application/zip', disposition: attachmentDisposition(zip.fileName) });
  }

  @Get('admin/people')
  searchPeople(@Auth() auth: AuthContext, @Query() query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    return this.privacyService.searchPeople(auth, query);
  }

  @Delete('admin/people/:id')
  erase(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<ErasePersonResponse> {
    return this.privacyService.erase(auth, id);
  }
}
