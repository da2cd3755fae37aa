import type {
  FeedbackSummary,
  MySubmissionResponse,
  ReviewQueueItem,
  SubmissionCreatedResponse,
  SubmissionDetailResponse,
} from '@koers/shared/assignments';
import type { Page } from '@koers/shared/api';
import { Body, Controller, Get, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AcceptsBody } from '../app/body-type.guard';
import { IdParam } from '../app/id-param';
import { FileAnswer } from '../app/openapi';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { uploadParts } from '../files/upload-parts';
import { FeedbackDto } from './dto/feedback.dto';
import { ReviewQueueQueryDto } from './dto/review-queue-query.dto';
import { ReviewService } from './review.service';
import { SubmissionsService } from './submissions.service';

@ApiTags('assignments')
@Controller()
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly review: ReviewService,
  ) {}

  @Get('assignments/:id/my-submission')
  mine(@Auth() auth: AuthContext, @IdParam('id') assignmentId: string): Promise<MySubmissionResponse> {
    return this.submissions.mine(auth, assignmentId);
  }

  @Post('assignments/:id/submissions')
  @AcceptsBody('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { text: { type: 'string' }, 'files[]': { type: 'array', items: { type: 'string', format: 'binary' } } },
    },
  })
  submit(@Auth() auth: AuthContext, @IdParam('id') assignmentId: string, @Req() request: FastifyRequest): Promise<SubmissionCreatedResponse> {
    return this.submissions.submit(auth, assignmentId, () => uploadParts(request));
  }

  @Get('submissions/:id')
  detail(@Auth() auth: AuthContext, @IdParam('id') submissionId: string): Promise<SubmissionDetailResponse> {
    return this.submissions.detail(auth, submissionId);
  }

  @Get('submission-files/:id')
  @FileAnswer('*/*')
  async download(@Auth() auth: AuthContext, @IdParam('id') fileId: string): Promise<StreamableFile> {
    const file = await this.submissions.openFile(auth, fileId);
    return new StreamableFile(file.stream, { type: file.contentType, length: file.sizeBytes, disposition: attachmentDisposition(file.fileName) });
  }

  @Get('review-queue')
  queue(@Auth() auth: AuthContext, @Query() query: ReviewQueueQueryDto): Promise<Page<ReviewQueueItem>> {
    return this.review.queue(auth, query);
  }

  @Post('submissions/:id/feedback')
  feedback(@Auth() auth: AuthContext, @IdParam('id') submissionId: string, @Body() body: FeedbackDto): Promise<FeedbackSummary> {
    return this.review.giveFeedback(auth, submissionId, body);
  }
}
