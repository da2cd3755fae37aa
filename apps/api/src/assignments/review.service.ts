import type { FeedbackRequest, FeedbackSummary, ReviewQueueItem } from '@koers/shared/assignments';
import type { Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { CompletionFixedError } from '../access/access.errors';
import { AccessService } from '../access/access.service';
import { readPage, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, ValidationFailedError } from '../errors/koers-error';
import { NotificationsService } from '../notifications/notifications.service';
import { FeedbackGivenMeanwhileError, NotLatestVersionError, SubmissionNotFoundError, SubmissionOfErasedPersonError } from './assignments.errors';
import type { ReviewQueueQueryDto } from './dto/review-queue-query.dto';
import { verdictsOpen } from './submission-rules';
import { SubmissionsRepository } from './submissions.repository';

/** The trainers' side: the queue of work waiting for review, and feedback on it. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly access: AccessService,
    private readonly submissions: SubmissionsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Across every edition the person reviews in (the programme office: all editions), oldest first; nobody else has a queue. */
  async queue(auth: AuthContext, query: ReviewQueueQueryDto): Promise<Page<ReviewQueueItem>> {
    const editionIds = await this.access.editionsHolding(auth, 'submissions.read');
    if (editionIds?.length === 0) throw new ForbiddenError();
    if (query.editionId) await this.access.requireInEdition(auth, 'submissions.read', query.editionId);
    const { items, total } = await readPage(query, (limit, offset) =>
      this.submissions.reviewQueuePage({ editionIds, editionId: query.editionId, assignmentId: query.assignmentId, limit, offset }),
    );
    return toPage(items, total, query);
  }

  /** Feedback on the latest version of someone's work; the participant sees it on their next look and gets a mail. */
  async giveFeedback(auth: AuthContext, submissionId: string, request: FeedbackRequest): Promise<FeedbackSummary> {
    const submission = await this.submissions.findSubmission(submissionId);
    if (!submission) throw this.access.unknownId(auth, () => new SubmissionNotFoundError());
    const { editionStatus } = await this.access.requireInEdition(auth, 'assignments.review', submission.editionId);
    if (submission.personErased) throw new SubmissionOfErasedPersonError();
    if (!submission.isLatest) throw new NotLatestVersionError();
    const comment = request.comment.trim();
    if (request.outcome === 'revise' && !comment) {
      throw new ValidationFailedError([
        {
          field: 'comment',
          message: { nl: 'Schrijf wat er beter moet, zodat de deelnemer weet wat te doen.', en: 'Write what needs to improve, so the participant knows what to do.' },
        },
      ]);
    }
    return this.submissions.transaction(async (manager) => {
      // A version handed in at the same moment comes first or waits: the verdict is on the latest work or not given.
      await this.submissions.lockHandIns(manager, submission.assignmentId, submission.personId);
      if (!(await this.submissions.isLatestVersion(manager, submissionId))) throw new NotLatestVersionError();
      const latest = await this.submissions.latestFeedback(submissionId, manager);
      // The same verdict again (a double click, a retried request, two reviewers agreeing) is the one already given:
      // no second row, no second mail.
      if (latest && latest.comment === comment && latest.outcome === request.outcome) {
        const { reviewerPersonId: _, ...given } = latest;
        return given;
      }
      if (!verdictsOpen(editionStatus, latest?.outcome).includes(request.outcome)) throw new CompletionFixedError();
      // Another reviewer's verdict is replaced only knowingly, by naming it; one's own, one replaces knowing it.
      if (latest && latest.reviewerPersonId !== auth.personId && latest.id !== (request.replacesFeedbackId ?? null)) {
        throw new FeedbackGivenMeanwhileError(latest);
      }
      const feedback = await this.submissions.insertFeedback(submissionId, auth.personId, comment, request.outcome, manager);
      await this.notifications.feedbackGiven(manager, feedback.id);
      return feedback;
    });
  }
}
