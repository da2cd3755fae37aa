import type { AssignmentExtensionRequest, AssignmentRequest } from '@koers/shared/assignments';
import { IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

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

  @IsISO8601({ strict: true })
  dueAt: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cutoffAt?: string | null;

  @IsBoolean()
  acceptsText: boolean;

  @IsBoolean()
  acceptsFiles: boolean;
}

export class AssignmentExtensionDto implements AssignmentExtensionRequest {
  @IsISO8601({ strict: true })
  dueAt: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  cutoffAt?: string | null;
}
