import type { Page } from '@koers/shared/api';
import type { ChallengeLogComment, ChallengeLogEntry, ChallengeSummary, ImplementationChallenge } from '@koers/shared/challenge';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../app/id-param';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { ChallengesService } from './challenges.service';
import { AddChallengeCommentDto, AddChallengeLogDto, ChallengeQueryDto, HideChallengeCommentDto, SaveChallengeDto } from './dto/challenge.dto';

@ApiTags('challenges')
@Controller()
export class ChallengesController {
  constructor(private readonly challengesService: ChallengesService) {}

  /** The participant's own challenge; `?editionId=` when they participate in several editions. */
  @Get('me/challenge')
  mine(@Auth() auth: AuthContext, @Query() query: ChallengeQueryDto): Promise<ImplementationChallenge> {
    return this.challengesService.mine(auth, query.editionId);
  }

  @Put('me/challenge')
  save(@Auth() auth: AuthContext, @Body() dto: SaveChallengeDto): Promise<ImplementationChallenge> {
    return this.challengesService.save(auth, dto);
  }

  /** Counts toward the author's posts limit (RATE_LIMITS.posts) unless it repeats one just written. */
  @Post('me/challenge/log')
  addLogEntry(@Auth() auth: AuthContext, @Body() dto: AddChallengeLogDto): Promise<ChallengeLogEntry> {
    return this.challengesService.addLogEntry(auth, dto);
  }

  /** A participant's challenge for their trainers, their director and their internal team. */
  @Get('enrolments/:enrolmentId/challenge')
  read(@Auth() auth: AuthContext, @IdParam('enrolmentId') enrolmentId: string): Promise<ImplementationChallenge> {
    return this.challengesService.read(auth, enrolmentId);
  }

  /** The edition's participants with their challenge at a glance, for its trainers and facilitators. */
  @Get('editions/:editionId/challenges')
  editionOverview(
    @Auth() auth: AuthContext,
    @IdParam('editionId') editionId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<ChallengeSummary>> {
    return this.challengesService.editionOverview(auth, editionId, query);
  }

  /** Peer feedback on a log entry, oldest first: for the owner, their network group and the edition's trainers. */
  @Get('challenge-log-entries/:id/comments')
  comments(@Auth() auth: AuthContext, @IdParam('id') logEntryId: string): Promise<ChallengeLogComment[]> {
    return this.challengesService.comments(auth, logEntryId);
  }

  /** Counts toward the author's posts limit, like a log entry. */
  @Post('challenge-log-entries/:id/comments')
  addComment(@Auth() auth: AuthContext, @IdParam('id') logEntryId: string, @Body() dto: AddChallengeCommentDto): Promise<ChallengeLogComment> {
    return this.challengesService.addComment(auth, logEntryId, dto);
  }

  @Post('challenge-log-comments/:id/hide')
  @HttpCode(204)
  hideComment(@Auth() auth: AuthContext, @IdParam('id') commentId: string, @Body() dto: HideChallengeCommentDto): Promise<void> {
    return this.challengesService.hideComment(auth, commentId, dto);
  }
}
