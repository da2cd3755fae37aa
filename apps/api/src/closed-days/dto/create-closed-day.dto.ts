import type { CreateClosedDayRequest } from '@koers/shared/closed-days';
import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate, RequiredLine, IsId } from '../../app/text';

export class CreateClosedDayDto implements CreateClosedDayRequest {
  @RequiredLine(120)
  name: string;

  @IsCalendarDate()
  firstDay: string;

  @IsCalendarDate()
  lastDay: string;

  @IsOptional()
  @IsIn(REGIONS)
  region?: SchoolHolidayRegion | null;

  @IsOptional()
  @IsId()
  programmeId?: string | null;
}
