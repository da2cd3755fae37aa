import type { CreateClosedDayRequest } from '@koers/shared/closed-days';
import { REGIONS, type SchoolHolidayRegion } from '@koers/shared/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, SingleLine } from '../../app/text';

export class CreateClosedDayDto implements CreateClosedDayRequest {
  @SingleLine()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @IsCalendarDate()
  firstDay: string;

  @IsCalendarDate()
  lastDay: string;

  @IsOptional()
  @IsIn(REGIONS)
  region?: SchoolHolidayRegion | null;

  @IsOptional()
  @IsUUID()
  programmeId?: string | null;
}
