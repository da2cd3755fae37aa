import type { Page } from '@koers/shared/api';
import type { DiscussionAttachment, DiscussionDetail, DiscussionGroup, DiscussionPost, DiscussionSummary, UnreadDiscussions } from '@koers/shared/discussions';
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { AcceptsFile, theOnlyFile } from '../files/upload-parts';
import { DiscussionsService } from './discussions.service';
import { DiscussionQueryDto, DiscussionsQueryDto, HidePostDto, ReplyDto, ReportPostDto, StartDiscussionDto } from './dto/discussion.dto';

@ApiTags('discussions')
@Controller()
export class DiscussionsController {
  constructor(private readonly discussionsService: DiscussionsService) {}

  /** The edition's threads the caller reads, latest activity first, with what is unread; `?groupId=` for one network group's. */
  @Get('editions/:editionId/discussions')
  list(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Query() query: DiscussionsQueryDto): Promise<Page<DiscussionSummary>> {
    return this.discussionsService.list(auth, editionId, query);
  }

  /** The network groups whose threads the caller reads and may start: to choose where a new thread goes, and to filter the list. */
  @Get('editions/:editionId/discussions/groups')
  groups(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string): Promise<DiscussionGroup[]> {
    return this.discussionsService.groups(auth, editionId);
  }

  @Post('editions/:editionId/discussions')
  start(@Auth() auth: AuthContext, @IdParam('editionId') editionId: string, @Body() dto: StartDiscussionDto): Promise<DiscussionDetail> {
    return this.discussionsService.start(auth, editionId, dto);
  }

  @Get('discussions/:id')
  read(@Auth() auth: AuthContext, @IdParam('id') id: string, @Query() query: DiscussionQueryDto): Promise<DiscussionDetail> {
    return this.discussionsService.read(auth, id, query);
  }

  @Post('discussions/:id/replies')
  reply(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: ReplyDto): Promise<DiscussionPost> {
    return this.discussionsService.reply(auth, id, dto);
  }

  /** One file per request (multipart field `file`) on one's own post: PDF, Office or image, at most 25 MB, checked by its content. */
  @Post('discussion-posts/:id/attachments')
  @AcceptsFile('file')
  attach(@Auth() auth: AuthContext, @IdParam('id') id: string, @Req() request: FastifyRequest): Promise<DiscussionAttachment> {
    return this.discussionsService.attach(auth, id, () => theOnlyFile(request, 'file'));
  }

  @Get('discussion-attachments/:id')
  @FileAnswer('*/*')
  async attachment(@Auth() auth: AuthContext, @IdParam('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { attachment, stream } = await this.discussionsService.attachment(auth, id);
    void reply.header('x-content-type-options', 'nosniff');
    return new StreamableFile(stream, { type: attachment.contentType, length: attachment.sizeBytes, disposition: attachmentDisposition(attachment.fileName) });
  }

  @Post('discussion-posts/:id/hide')
  @HttpCode(204)
  hide(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: HidePostDto): Promise<void> {
    return this.discussionsService.hide(auth, id, dto);
  }

  @Post('discussion-posts/:id/report')
  @HttpCode(204)
  report(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: ReportPostDto): Promise<void> {
    return this.discussionsService.report(auth, id, dto);
  }

  /** For the marker in the navigation: threads with posts the caller has not read, over all their editions. */
  @Get('me/discussions/unread')
  unread(@Auth() auth: AuthContext): Promise<UnreadDiscussions> {
    return this.discussionsService.unread(auth);
  }
}
