import type { InstrumentVersionView, InstrumentView } from '@koers/shared/measurements';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { InstrumentVersionDto } from './dto/instrument-version.dto';
import { InstrumentsService } from './instruments.service';

/** The measuring instruments and their versions (Instrumenten): the programme office only. */
@ApiTags('instruments')
@Controller()
export class InstrumentsController {
  constructor(private readonly instruments: InstrumentsService) {}

  @Get('instruments')
  list(@Auth() auth: AuthContext): Promise<InstrumentView[]> {
    return this.instruments.list(auth);
  }

  @Post('instruments/:id/versions')
  createDraft(@Auth() auth: AuthContext, @IdParam('id') instrumentId: string): Promise<InstrumentVersionView> {
    return this.instruments.createDraft(auth, instrumentId);
  }

  @Put('instrument-versions/:id')
  updateDraft(@Auth() auth: AuthContext, @IdParam('id') versionId: string, @Body() dto: InstrumentVersionDto): Promise<InstrumentVersionView> {
    return this.instruments.updateDraft(auth, versionId, dto);
  }

  @Post('instrument-versions/:id/publish')
  @HttpCode(200)
  publish(@Auth() auth: AuthContext, @IdParam('id') versionId: string): Promise<InstrumentVersionView> {
    return this.instruments.publish(auth, versionId);
  }
}
