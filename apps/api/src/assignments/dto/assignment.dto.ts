import type { AssignmentExtensionRequest, AssignmentRequest } from '@koers/shared/assignments';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsInstant, RequiredLine, TidyText, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class AssignmentDto implements AssignmentRequest {
  @RequiredLine(200)
  title: string;

  @TidyText()
  @Omittable()
  @IsString()
  @MaxLength(20_000)
  instructions?: string;

  @IsOptional()
  @IsId()
  sessionId?: string | null;

  @IsInstant()
  dueAt: string;

  @IsOptional()
  @IsInstant()
  cutoffAt?: string | null;

  @IsBoolean()
  acceptsText: boolean;

  @IsBoolean()
  acceptsFiles: boolean;

  @Omittable()
  @IsArray()
  @ArrayMaxSize(2)
  @IsCalendarDate({ each: true })
  confirmedClosedDates?: string[];
}

export class AssignmentExtensionDto implements AssignmentExtensionRequest {
  @IsInstant()
  dueAt: string;

  @IsOptional()
  @IsInstant()
  cutoffAt?: string | null;
}
