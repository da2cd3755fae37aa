import type { ClosedDaysOverview, ClosedPeriodView, SchoolHolidayImportResult } from '@koers/shared/closed-days';
import type { Locale } from '@koers/shared/domain';
import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { RequestLocale } from '../app/request-locale';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ClosedDaysService } from './closed-days.service';
import { CreateClosedDayDto } from './dto/create-closed-day.dto';
import { SchoolYearQueryDto } from './dto/school-year-query.dto';
import { OPEN_DATA_FILE_SCHEMA } from './rijksoverheid-school-holidays';

@ApiTags('closed-days')
@Controller('closed-days')
export class ClosedDaysController {
  constructor(private readonly closedDays: ClosedDaysService) {}

  @Get()
  overview(@Auth() auth: AuthContext, @Query() query: SchoolYearQueryDto, @RequestLocale() locale: Locale): Promise<ClosedDaysOverview> {
    return this.closedDays.overview(auth, query.schoolYear, locale);
  }

  @Post()
  create(@Auth() auth: AuthContext, @Body() dto: CreateClosedDayDto): Promise<ClosedPeriodView> {
    return this.closedDays.create(auth, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<void> {
    return this.closedDays.remove(auth, id);
  }

  /** The body is the Rijksoverheid's open-data JSON file of one school year; it replaces that year's school holidays. */
  @Put('school-holidays')
  @ApiBody({ description: "The Rijksoverheid's school holidays of one school year (opendata.rijksoverheid.nl, `?output=json`).", schema: OPEN_DATA_FILE_SCHEMA })
  importSchoolHolidays(@Auth() auth: AuthContext, @Body() file: unknown): Promise<SchoolHolidayImportResult> {
    return this.closedDays.importSchoolHolidays(auth, file);
  }
}
