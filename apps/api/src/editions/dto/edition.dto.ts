import { EDITION_STATUSES, type EditionStatus, REGIONS, SESSION_KINDS, type SchoolHolidayRegion, type SessionKind } from '@koers/shared/domain';
import {
  type AddSessionRequest,
  type CancelSessionRequest,
  type EditionStatusRequest,
  MAX_CADENCE_WEEKS,
  MAX_NETWORK_GROUPS,
  type OpenEditionRequest,
  PLANNED_STAFF_ROLES,
  type ProgrammeWeekday,
  type RescheduleSessionRequest,
  type SessionPlan,
  type StaffPlan,
  type UpdateEditionRequest,
} from '@koers/shared/editions';
import { IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SessionDescriptionDto } from '../../app/session-description.dto';
import { IsCalendarDate, RequiredLine, SingleLineOrNull, TidyText, TrimmedOrNull, IsWallClockTime, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

const ONLINE_URL = { protocols: ['https', 'http'], require_protocol: true };

export class StaffPlanDto implements StaffPlan {
  @IsId()
  personId: string;

  @IsIn(PLANNED_STAFF_ROLES)
  role: StaffPlan['role'];

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SESSION_KINDS, { each: true })
  kinds: SessionKind[];
}

export class SessionPlanDto implements SessionPlan {
  @IsId()
  slotId: string;

  @IsCalendarDate()
  date: string;

  @IsWallClockTime()
  startTime: string;

  @IsWallClockTime()
  endTime: string;

  @IsOptional()
  @SingleLineOrNull()
  @IsString()
  @MaxLength(500)
  location: string | null = null;

  @IsOptional()
  @TrimmedOrNull()
  @IsUrl(ONLINE_URL)
  @MaxLength(1000)
  onlineUrl: string | null = null;
}

export class OpenEditionDto implements OpenEditionRequest {
  @RequiredLine(120)
  name: string;

  @IsCalendarDate()
  startDate: string;

  @IsInt()
  @Min(1)
  @Max(MAX_CADENCE_WEEKS)
  cadenceWeeks: number;

  @IsInt()
  @Min(1)
  @Max(5)
  weekday: ProgrammeWeekday;

  @IsWallClockTime()
  startTime: string;

  @Omittable()
  @IsIn(REGIONS)
  schoolHolidayRegion?: SchoolHolidayRegion;

  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @Omittable()
  @IsInt()
  @Min(0)
  @Max(MAX_NETWORK_GROUPS)
  networkGroups?: number;

  @IsOptional()
  @SingleLineOrNull()
  @IsString()
  @MaxLength(500)
  defaultLocation?: string | null;

  @IsOptional()
  @TrimmedOrNull()
  @IsUrl(ONLINE_URL)
  @MaxLength(1000)
  defaultOnlineUrl?: string | null;

  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StaffPlanDto)
  staff?: StaffPlanDto[];

  /** The preview's sessions as the admin edited them, one per slot of the template. */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SessionPlanDto)
  sessions?: SessionPlanDto[];

  /** Edited dates on a weekend or holiday that the admin confirmed one by one in the preview. */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @IsCalendarDate({ each: true })
  confirmedClosedDates?: string[];
}

/** The settings that stay editable after opening: the same rules as when opening, each optional. */
export class UpdateEditionDto
  extends PartialType(PickType(OpenEditionDto, ['name', 'capacity', 'defaultLocation', 'defaultOnlineUrl'] as const), { skipNullProperties: false })
  implements UpdateEditionRequest
{
  /** What the programme's public page shows; null clears the deadline or the price. */
  @Omittable()
  @IsBoolean()
  openForApplications?: boolean;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsCalendarDate()
  applicationDeadline?: string | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  priceCents?: number | null;

  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(REGIONS)
  schoolHolidayRegion?: SchoolHolidayRegion | null;
}

export class EditionStatusDto implements EditionStatusRequest {
  @IsIn(EDITION_STATUSES)
  status: EditionStatus;
}

/** The dates on a weekend, holiday or closed day that the programme office confirmed, as the opening wizard takes them. */
class ConfirmedClosedDatesDto extends PickType(OpenEditionDto, ['confirmedClosedDates'] as const) {}

export class RescheduleSessionDto extends ConfirmedClosedDatesDto implements RescheduleSessionRequest {
  @Omittable()
  @IsCalendarDate()
  date?: string;

  @Omittable()
  @IsWallClockTime()
  startTime?: string;

  @Omittable()
  @IsWallClockTime()
  endTime?: string;

  /** Absent: unchanged; empty or null: no venue. */
  @IsOptional()
  @SingleLineOrNull()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @IsOptional()
  @TrimmedOrNull()
  @IsUrl(ONLINE_URL)
  @MaxLength(1000)
  onlineUrl?: string | null;

  @Omittable()
  @TidyText()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @Omittable()
  @IsBoolean()
  reinstate?: boolean;

  @Omittable()
  @IsBoolean()
  confirmPast?: boolean;
}

export class AddSessionDto
  extends IntersectionType(SessionDescriptionDto, PickType(SessionPlanDto, ['date', 'startTime', 'endTime', 'location', 'onlineUrl'] as const), ConfirmedClosedDatesDto)
  implements AddSessionRequest
{
  @IsOptional()
  @IsId()
  networkGroupId: string | null = null;
}

export class CancelSessionDto implements CancelSessionRequest {
  @Omittable()
  @TidyText()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
