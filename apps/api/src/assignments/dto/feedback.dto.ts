import { MAX_FEEDBACK_COMMENT_LENGTH, type FeedbackRequest } from '@koers/shared/assignments';
import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from '@koers/shared/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TidyText } from '../../app/text';

export class FeedbackDto implements FeedbackRequest {
  @TidyText()
  @IsString()
  @MaxLength(MAX_FEEDBACK_COMMENT_LENGTH)
  comment: string;

  @IsIn(FEEDBACK_OUTCOMES)
  outcome: FeedbackOutcome;

  @IsOptional()
  @IsUUID()
  replacesFeedbackId?: string | null;
}
