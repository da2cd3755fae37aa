import { DISCUSSION_LIMITS, type DiscussionQuery, type DiscussionsQuery, type HidePostRequest, type ReplyRequest, type ReportPostRequest, type StartDiscussionRequest } from '@koers/shared/discussions';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { RequiredLine, TidyText, TidyTextOrAbsent, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class DiscussionsQueryDto extends PageQueryDto implements DiscussionsQuery {
  @IsOptional()
  @IsId()
  groupId?: string;
}

export class DiscussionQueryDto implements DiscussionQuery {
  /** A post of the thread: the page of posts just before it. */
  @IsOptional()
  @IsId()
  before?: string;

  /** A post of the thread: the page of posts just after it. */
  @IsOptional()
  @IsId()
  after?: string;
}

export class StartDiscussionDto implements StartDiscussionRequest {
  @RequiredLine(DISCUSSION_LIMITS.title)
  title: string;

  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISCUSSION_LIMITS.body)
  body: string;

  @Omittable()
  @IsId()
  groupId?: string;
}

export class ReplyDto implements ReplyRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISCUSSION_LIMITS.body)
  body: string;
}

export class HidePostDto implements HidePostRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISCUSSION_LIMITS.reason)
  reason: string;
}

export class ReportPostDto implements ReportPostRequest {
  @TidyTextOrAbsent()
  @Omittable()
  @IsString()
  @MaxLength(DISCUSSION_LIMITS.reason)
  reason?: string;
}
