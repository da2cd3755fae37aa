import type { Page } from '@koers/shared/api';
import type { PersonChangeEntry, UpdatePersonRequest } from '@koers/shared/people';
import type { ErasePersonResponse, PersonalDataExport, PersonSummary } from '@koers/shared/privacy';
import { Body, Controller, Delete, Get, Patch, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { PageQueryDto } from '../app/pagination';
import { NormalisedEmailOrAbsent, PersonName, SingleLineOrNull, IsMailAddress, SearchText } from '../app/text';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { PersonCorrectionsService } from './person-corrections.service';
import { exportFileName, PrivacyService } from './privacy.service';
import { Omittable } from '../app/omittable';

export class PeopleQueryDto extends PageQueryDto {
  @IsOptional()
  @SearchText()
  search?: string;
}

class UpdatePersonDto implements UpdatePersonRequest {
  @Omittable()
  @PersonName()
  name?: string;

  @NormalisedEmailOrAbsent()
  @Omittable()
  @MaxLength(254)
  @IsMailAddress()
  email?: string;

  /** A name (found or created, case-insensitive), or null / "" to clear it. */
  @SingleLineOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string | null;
}

/** AVG/GDPR: everyone downloads their own data; the programme office corrects and erases a person. */
@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    private readonly privacyService: PrivacyService,
    private readonly corrections: PersonCorrectionsService,
  ) {}

  @Get('me/export')
  async exportMine(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<PersonalDataExport> {
    const document = await this.privacyService.exportMine(auth);
    void reply.header('content-disposition', attachmentDisposition(exportFileName(document, 'json')));
    return document;
  }

  @Get('me/export.zip')
  @FileAnswer('application/zip')
  async exportMineAsZip(@Auth() auth: AuthContext): Promise<StreamableFile> {
    const zip = await this.privacyService.exportMineAsZip(auth);
    return new StreamableFile(zip.stream, { type: 'application/zip', disposition: attachmentDisposition(zip.fileName) });
  }

  @Get('admin/people')
  searchPeople(@Auth() auth: AuthContext, @Query() query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    return this.privacyService.searchPeople(auth, query);
  }

  /** Corrects name, email or organisation; 409 `email_taken` when another account has the address. */
  @Patch('admin/people/:id')
  correct(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: UpdatePersonDto): Promise<PersonSummary> {
    return this.corrections.correct(auth, id, dto);
  }

  /** Every correction of the person, newest first. */
  @Get('admin/people/:id/changes')
  changes(@Auth() auth: AuthContext, @IdParam('id') id: string, @Query() query: PageQueryDto): Promise<Page<PersonChangeEntry>> {
    return this.corrections.changes(auth, id, query);
  }

  @Delete('admin/people/:id')
  erase(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<ErasePersonResponse> {
    return this.privacyService.erase(auth, id);
  }
}
