import { CHALLENGE_LIMITS, type AddChallengeLogRequest, type SaveChallengeRequest } from '@koers/shared/challenge';
import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ChallengeQueryDto {
  @IsOptional()
  @IsUUID()
  editionId?: string;
}

export class SaveChallengeDto implements SaveChallengeRequest {
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CHALLENGE_LIMITS.title)
  title: string;

  @Transform(trim)
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  description: string;

  @Transform(trim)
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  innovation: string;

  @Transform(trim)
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  goal: string;

  @IsIn(INNOVATION_PHASES)
  phase: InnovationPhase;
}

export class AddChallengeLogDto implements AddChallengeLogRequest {
  @IsOptional()
  @IsUUID()
  editionId?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  entryDate: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CHALLENGE_LIMITS.logText)
  text: string;
}
