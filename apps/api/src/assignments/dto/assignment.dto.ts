import type { AssignmentExtensionRequest, AssignmentRequest } from '@koers/shared/assignments';
import { IsBoolean, IsDateString, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class AssignmentDto implements AssignmentRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  instructions?: string;

  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @IsDateString({ strict: true })
  dueAt: string;

  @IsOptional()
  @IsDateString({ strict: true })
  cutoffAt?: string | null;

  @IsBoolean()
  acceptsText: boolean;

  @IsBoolean()
  acceptsFiles: boolean;
}

export class AssignmentExtensionDto implements AssignmentExtensionRequest {
  @IsDateString({ strict: true })
  dueAt: string;

  @IsOptional()
  @IsDateString({ strict: true })
  cutoffAt?: string | null;
}
