import { CHALLENGE_LIMITS, type AddChallengeCommentRequest, type AddChallengeLogRequest, type SaveChallengeRequest } from '@koers/shared/challenge';
import { DISCUSSION_LIMITS, type HidePostRequest } from '@koers/shared/discussions';
import { INNOVATION_PHASES, type InnovationPhase } from '@koers/shared/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, IsId, IsInstant, RequiredLine, TidyText } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class ChallengeQueryDto {
  @IsOptional()
  @IsId()
  editionId?: string;
}

export class SaveChallengeDto implements SaveChallengeRequest {
  @Omittable()
  @IsId()
  editionId?: string;

  @RequiredLine(CHALLENGE_LIMITS.title)
  title: string;

  @TidyText()
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  description: string;

  @TidyText()
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  innovation: string;

  @TidyText()
  @IsString()
  @MaxLength(CHALLENGE_LIMITS.text)
  goal: string;

  @IsIn(INNOVATION_PHASES)
  phase: InnovationPhase;

  @IsOptional()
  @IsInstant()
  basedOn?: string | null;
}

export class AddChallengeLogDto implements AddChallengeLogRequest {
  @Omittable()
  @IsId()
  editionId?: string;

  @IsCalendarDate()
  entryDate: string;

  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CHALLENGE_LIMITS.logText)
  text: string;
}

export class AddChallengeCommentDto implements AddChallengeCommentRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CHALLENGE_LIMITS.comment)
  body: string;
}

/** The same reason as for hiding a discussion post. */
export class HideChallengeCommentDto implements HidePostRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISCUSSION_LIMITS.reason)
  reason: string;
}
