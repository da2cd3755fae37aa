import type { Locale } from '@koers/shared/domain';
import type { AssignmentOverviewResponse, EditionAssignment, EditionAssignmentsResponse } from '@koers/shared/assignments';
import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ExportFormat, ExportFormatParam, ExportQueryDto, ExportRoute, exportDownload } from '../app/export';
import { IdParam } from '../app/id-param';
import { Auth, type AuthContext } from '../auth/auth-context';
import { RequestLocale } from '../app/request-locale';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto, AssignmentExtensionDto } from './dto/assignment.dto';
import { OverviewService } from './overview.service';

@ApiTags('assignments')
@Controller()
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly overviews: OverviewService,
  ) {}

  @Get('editions/:id/assignments')
  list(@Auth() auth: AuthContext, @IdParam('id') editionId: string): Promise<EditionAssignmentsResponse> {
    return this.assignments.listForEdition(auth, editionId);
  }

  @Post('editions/:id/assignments')
  create(@Auth() auth: AuthContext, @IdParam('id') editionId: string, @Body() body: AssignmentDto): Promise<EditionAssignment> {
    return this.assignments.create(auth, editionId, body);
  }

  @Put('assignments/:id')
  update(@Auth() auth: AuthContext, @IdParam('id') assignmentId: string, @Body() body: AssignmentDto): Promise<EditionAssignment> {
    return this.assignments.update(auth, assignmentId, body);
  }

  @Delete('assignments/:id')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @IdParam('id') assignmentId: string): Promise<void> {
    return this.assignments.remove(auth, assignmentId);
  }

  @Put('assignments/:id/extensions/:personId')
  @HttpCode(204)
  grantExtension(
    @Auth() auth: AuthContext,
    @IdParam('id') assignmentId: string,
    @IdParam('personId') personId: string,
    @Body() body: AssignmentExtensionDto,
  ): Promise<void> {
    return this.assignments.grantExtension(auth, assignmentId, personId, body);
  }

  @Delete('assignments/:id/extensions/:personId')
  @HttpCode(204)
  revokeExtension(
    @Auth() auth: AuthContext,
    @IdParam('id') assignmentId: string,
    @IdParam('personId') personId: string,
  ): Promise<void> {
    return this.assignments.revokeExtension(auth, assignmentId, personId);
  }

  @Get('editions/:id/assignment-overview')
  overview(@Auth() auth: AuthContext, @IdParam('id') editionId: string): Promise<AssignmentOverviewResponse> {
    return this.overviews.overview(auth, editionId);
  }

  @Get('editions/:id/assignment-overview.:format')
  @ExportRoute()
  async overviewExport(
    @Auth() auth: AuthContext,
    @IdParam('id') editionId: string,
    @ExportFormatParam() format: ExportFormat,
    @Query() query: ExportQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<StreamableFile> {
    return exportDownload(await this.overviews.overviewExport(auth, editionId, query.lang ?? locale), format);
  }
}
