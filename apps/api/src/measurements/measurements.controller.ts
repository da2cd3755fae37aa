import type { Locale } from '@koers/shared/domain';
import type { EditionMeasurements, MeasurementAction, MeasurementForm, MeasurementTask, MeasurementTemplateLine, RegionMeasurements } from '@koers/shared/measurements';
import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
import { IdParam } from '../app/id-param';
import { RequestLocale } from '../app/request-locale';
import { Auth, type AuthContext } from '../auth/auth-context';
import { CreateMeasurementActionDto, MeasurementFormQueryDto, MeasurementTemplateDto, SaveMeasurementAnswersDto } from './dto/measurements.dto';
import { MeasurementActionsService } from './measurement-actions.service';
import { MeasurementsService } from './measurements.service';

/** Measuring what the programme changes: the programme's template, filling one's rounds, the edition's and the region's results. */
@ApiTags('measurements')
@Controller()
export class MeasurementsController {
  constructor(
    private readonly measurements: MeasurementsService,
    private readonly actions: MeasurementActionsService,
  ) {}

  @Get('programmes/:id/measurement-template')
  template(@Auth() auth: AuthContext, @IdParam('id') programmeId: string): Promise<MeasurementTemplateLine[]> {
    return this.measurements.template(auth, programmeId);
  }

  @Put('programmes/:id/measurement-template')
  replaceTemplate(@Auth() auth: AuthContext, @IdParam('id') programmeId: string, @Body() dto: MeasurementTemplateDto): Promise<MeasurementTemplateLine[]> {
    return this.measurements.replaceTemplate(auth, programmeId, dto);
  }

  @Get('me/measurement-tasks')
  myTasks(@Auth() auth: AuthContext): Promise<MeasurementTask[]> {
    return this.measurements.myTasks(auth);
  }

  @Get('measurement-rounds/:id')
  form(@Auth() auth: AuthContext, @IdParam('id') roundId: string, @Query() query: MeasurementFormQueryDto): Promise<MeasurementForm> {
    return this.measurements.form(auth, roundId, query.participantEnrolmentId);
  }

  @Put('measurement-rounds/:id/answers')
  saveAnswers(@Auth() auth: AuthContext, @IdParam('id') roundId: string, @Body() dto: SaveMeasurementAnswersDto): Promise<MeasurementForm> {
    return this.measurements.saveAnswers(auth, roundId, dto);
  }

  @Get('editions/:id/measurements')
  editionResults(@Auth() auth: AuthContext, @IdParam('id') editionId: string): Promise<EditionMeasurements> {
    return this.measurements.editionResults(auth, editionId);
  }

  @Get('regions/:id/measurements')
  regionResults(@Auth() auth: AuthContext, @IdParam('id') regionId: string): Promise<RegionMeasurements> {
    return this.measurements.regionResults(auth, regionId);
  }

  @Get('regions/:id/measurements.:format')
  @ExportRoute()
  async exportRegionResults(
    @Auth() auth: AuthContext,
    @IdParam('id') regionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.measurements.exportRegionResults(auth, regionId, query.lang ?? locale), format);
  }

  @Get('editions/:id/measurements.:format')
  @ExportRoute()
  async exportResults(
    @Auth() auth: AuthContext,
    @IdParam('id') editionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.measurements.exportResults(auth, editionId, query.lang ?? locale), format);
  }

  /** Counts toward the author's posts limit (RATE_LIMITS.posts) unless it repeats one just added. */
  @Post('editions/:id/measurement-actions')
  addAction(@Auth() auth: AuthContext, @IdParam('id') editionId: string, @Body() dto: CreateMeasurementActionDto): Promise<MeasurementAction[]> {
    return this.actions.add(auth, editionId, dto);
  }

  @Delete('editions/:id/measurement-actions/:actionId')
  @HttpCode(204)
  removeAction(@Auth() auth: AuthContext, @IdParam('id') editionId: string, @IdParam('actionId') actionId: string): Promise<void> {
    return this.actions.remove(auth, editionId, actionId);
  }
}
