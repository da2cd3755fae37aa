import type { Locale } from '@koers/shared/domain';
import type { CreatedEdition, OpenEditionPreview } from '@koers/shared/editions';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { OpenEditionDto } from './dto/edition.dto';
import { OpenEditionService } from './open-edition.service';
import { RequestLocale } from '../app/request-locale';

/** The "open a new edition" wizard: the programme office only. */
@ApiTags('editions')
@Controller('programmes/:programmeId/editions')
export class OpenEditionController {
  constructor(private readonly openEdition: OpenEditionService) {}

  /** Every session and assignment the edition would get, with warnings; nothing is stored. */
  @Post('preview')
  @HttpCode(200)
  preview(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: OpenEditionDto, @RequestLocale() locale: Locale): Promise<OpenEditionPreview> {
    return this.openEdition.preview(auth, programmeId, dto, locale);
  }

  @Post()
  create(@Auth() auth: AuthContext, @IdParam('programmeId') programmeId: string, @Body() dto: OpenEditionDto): Promise<CreatedEdition> {
    return this.openEdition.create(auth, programmeId, dto);
  }
}
