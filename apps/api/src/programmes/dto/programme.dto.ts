import {
  type AssignmentTemplateRequest,
  type CreateProgrammeRequest,
  type CurriculumSlotRequest,
  DEFAULT_DUE_TIME,
  PROGRAMME_SLUG,
  MAX_DEADLINE_OFFSET_DAYS,
  MAX_SLOT_DURATION_MINUTES,
  type SlotOrderRequest,
  type UpdateProgrammeRequest,
} from '@koers/shared/programmes';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { RequiredLine, SingleLine, TidyText, IsWallClockTime, IsId } from '../../app/text';
import { SessionDescriptionDto } from '../../app/session-description.dto';
import { Omittable } from '../../app/omittable';

export class CreateProgrammeDto implements CreateProgrammeRequest {
  @SingleLine()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  code: string;

  @RequiredLine(200)
  name: string;

  @Omittable()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

export class UpdateProgrammeDto implements UpdateProgrammeRequest {
  @Omittable()
  @RequiredLine(200)
  name?: string;

  @Omittable()
  @IsString()
  @MaxLength(5000)
  description?: string;

  /** null is kept (it takes the page down); absent leaves the slug as it is. */
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(60)
  @Matches(PROGRAMME_SLUG)
  slug?: string | null;

  @Omittable()
  @TidyText()
  @IsString()
  @MaxLength(2000)
  audience?: string;

  @Omittable()
  @IsInt()
  @Min(0)
  @Max(100)
  attendanceThresholdPercent?: number;

  @Omittable()
  @IsBoolean()
  requireAllAssignmentsApproved?: boolean;
}

export class CurriculumSlotDto extends SessionDescriptionDto implements CurriculumSlotRequest {
  @IsInt()
  @Min(15)
  @Max(MAX_SLOT_DURATION_MINUTES)
  durationMinutes: number;
}

export class SlotOrderDto implements SlotOrderRequest {
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsId({ each: true })
  slotIds: string[];
}

export class AssignmentTemplateDto implements AssignmentTemplateRequest {
  @RequiredLine(200)
  title: string;

  @Omittable()
  @IsString()
  @MaxLength(20_000)
  instructions?: string;

  @IsId()
  relativeToSlotId: string;

  @IsInt()
  @Min(-MAX_DEADLINE_OFFSET_DAYS)
  @Max(MAX_DEADLINE_OFFSET_DAYS)
  offsetDays: number;

  /** Absent: the default; `null` is no time and is refused. */
  @Omittable()
  @IsWallClockTime()
  dueTime: string = DEFAULT_DUE_TIME;
}
