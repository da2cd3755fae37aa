import type { AssignmentExtensionRequest, AssignmentRequest } from '@koers/shared/assignments';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant, RequiredLine, TidyText, IsId } from '../../app/text';

export class AssignmentDto implements AssignmentRequest {
  @RequiredLine(200)
  title: string;

  @TidyText()
  @IsOptional()
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
}

export class AssignmentExtensionDto implements AssignmentExtensionRequest {
  @IsInstant()
  dueAt: string;

  @IsOptional()
  @IsInstant()
  cutoffAt?: string | null;
}
