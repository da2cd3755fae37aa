import { MAX_FEEDBACK_COMMENT_LENGTH, type FeedbackRequest } from '@koers/shared/assignments';
import { FEEDBACK_OUTCOMES, type FeedbackOutcome } from '@koers/shared/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { TidyText, IsId } from '../../app/text';

export class FeedbackDto implements FeedbackRequest {
  @TidyText()
  @IsString()
  @MaxLength(MAX_FEEDBACK_COMMENT_LENGTH)
  comment: string;

  @IsIn(FEEDBACK_OUTCOMES)
  outcome: FeedbackOutcome;

  @IsOptional()
  @IsId()
  replacesFeedbackId?: string | null;
}
