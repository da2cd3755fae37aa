import type { ChallengeLogComment, ChallengeLogEntry, ChallengeSummary, ImplementationChallenge } from '@koers/shared/challenge';
import type { Permission } from '@koers/shared/permissions';
import type { Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EditionStanding } from '../access/access.repository';
import { AccessService } from '../access/access.service';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { ForbiddenError, ValidationFailedError } from '../errors/koers-error';
import { PostsLimit } from '../rate-limits/posts-limit';
import { ChallengeChangedError, ChallengeNotDescribedError, ChallengeNotFoundError, CommentNotFoundError, LogEntryNotFoundError, NotAParticipantError } from './challenges.errors';
import { type ParticipantEnrolment, ChallengesRepository } from './challenges.repository';
import type { AddChallengeCommentDto, AddChallengeLogDto, HideChallengeCommentDto, SaveChallengeDto } from './dto/challenge.dto';

/** What a viewer may do with the peer feedback on one challenge. */
interface FeedbackRights {
  read: boolean;
  write: boolean;
  moderate: boolean;
}

type FeedbackNeed = keyof FeedbackRights;

const FEEDBACK_PERMISSIONS = {
  read: 'challenge.feedback.read',
  write: 'challenge.feedback.write',
  moderate: 'challenge.feedback.moderate',
} as const satisfies Record<FeedbackNeed, Permission>;

/**
 * The implementation challenge belongs to the participant: only they edit it. Their edition's trainers, the
 * facilitators of their network group, their own director and their internal team read it; admins read everything. Peer feedback
 * (comments on the log entries) is read and written by the owner, the current members and facilitators of the
 * owner's network group, and those who hold it for every group (trainers, the programme office); group members
 * read the challenge to give it.
 */
@Injectable()
export class ChallengesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly challenges: ChallengesRepository,
    private readonly access: AccessService,
    private readonly postsLimit: PostsLimit,
  ) {}

  async mine(auth: AuthContext, editionId?: string): Promise<ImplementationChallenge> {
    const enrolment = await this.ownEnrolment(auth, editionId);
    return this.load(auth, enrolment, await this.feedbackRights(auth, enrolment));
  }

  async save(auth: AuthContext, dto: SaveChallengeDto): Promise<ImplementationChallenge> {
    const enrolment = await this.ownEditableEnrolment(auth, dto.editionId);
    const saved = await this.challenges.save(enrolment.enrolmentId, dto, dto.basedOn);
    if (saved.changedMeanwhile) throw new ChallengeChangedError(saved.updatedAt);
    return this.load(auth, enrolment, await this.feedbackRights(auth, enrolment));
  }

  async addLogEntry(auth: AuthContext, dto: AddChallengeLogDto): Promise<ChallengeLogEntry> {
    const enrolment = await this.ownEditableEnrolment(auth, dto.editionId);
    if (dto.entryDate > instantToAmsterdam(new Date()).date) {
      throw new ValidationFailedError([
        { field: 'entryDate', message: { nl: 'Kies vandaag of een dag in het verleden.', en: 'Choose today or a day in the past.' } },
      ]);
    }
    // The same entry sent twice (a double click, a retry) is one entry.
    return this.db.transaction((manager) =>
      this.postsLimit.postOnce(manager, auth.personId, ['challenge-log', enrolment.enrolmentId], {
        repeated: () => this.challenges.repeatedLogEntry(manager, enrolment.enrolmentId, dto.entryDate, dto.text, auth.personId),
        add: async () => {
          const added = await this.challenges.addLogEntry(manager, enrolment.enrolmentId, dto.entryDate, dto.text, auth.personId);
          // Thrown inside, so the count goes back with the entry that was not added.
          if (!added) throw new ChallengeNotDescribedError();
          return added;
        },
      }),
    );
  }

  async read(auth: AuthContext, enrolmentId: string): Promise<ImplementationChallenge> {
    const enrolment = await this.challenges.findEnrolment(enrolmentId, auth.personId);
    if (!enrolment) throw this.access.unknownId(auth, () => new ChallengeNotFoundError());
    const feedback = await this.feedbackRights(auth, enrolment);
    // Being the owner, their director or on their team counts once the edition is published, like every role but the preparers'.
    const isOwnOrClose =
      (enrolment.editionStatus !== 'draft' && (enrolment.personId === auth.personId || enrolment.viewerSponsors || enrolment.viewerSupports)) || feedback.read;
    if (!isOwnOrClose) {
      const standing = await this.access.requireInEdition(auth, 'challenge.read', enrolment.editionId);
      // A facilitator reads the challenges of the groups they lead (close, above), not another group's.
      if (!this.readsEveryGroup(auth, standing)) throw new ForbiddenError();
    }
    return this.load(auth, enrolment, feedback);
  }

  /** The comments on a log entry, oldest first. */
  async comments(auth: AuthContext, logEntryId: string): Promise<ChallengeLogComment[]> {
    const rights = await this.requireFeedback(auth, logEntryId, 'read');
    return this.challenges.findComments(logEntryId, { personId: auth.personId, moderates: rights.moderate });
  }

  /** A comment on a log entry; its owner hears of it by mail (unless they switched such mail off). */
  async addComment(auth: AuthContext, logEntryId: string, dto: AddChallengeCommentDto): Promise<ChallengeLogComment> {
    await this.requireFeedback(auth, logEntryId, 'write');
    // The same comment sent twice is one comment, mailed once.
    return this.db.transaction((manager) =>
      this.postsLimit.postOnce(manager, auth.personId, ['challenge-comment', logEntryId], {
        repeated: () => this.challenges.repeatedComment(manager, logEntryId, dto.body, auth.personId),
        add: () => this.challenges.addComment(manager, logEntryId, dto.body, auth.personId),
      }),
    );
  }

  /** A trainer, or a facilitator of the owner's group, hides a comment; its author still sees it, with the reason. */
  async hideComment(auth: AuthContext, commentId: string, dto: HideChallengeCommentDto): Promise<void> {
    const logEntryId = await this.challenges.findLogEntryOfComment(commentId);
    if (!logEntryId) throw this.access.unknownId(auth, () => new CommentNotFoundError());
    await this.requireFeedback(auth, logEntryId, 'moderate');
    await this.challenges.hideComment(commentId, dto.reason, auth.personId);
  }

  async editionOverview(auth: AuthContext, editionId: string, query: PageQueryDto): Promise<Page<ChallengeSummary>> {
    const standing = await this.access.requireInEdition(auth, 'challenge.read', editionId);
    const ledBy = this.readsEveryGroup(auth, standing) ? null : auth.personId;
    const { items, total } = await readPage(query, (limit, offset) => this.challenges.findEditionPage(editionId, limit, offset, ledBy));
    return toPage(items, total, query);
  }

  private async ownEnrolment(auth: AuthContext, editionId: string | undefined): Promise<ParticipantEnrolment> {
    const enrolment = await this.challenges.findOwnEnrolment(auth.personId, editionId);
    if (!enrolment) throw new NotAParticipantError();
    return enrolment;
  }

  private async ownEditableEnrolment(auth: AuthContext, editionId: string | undefined): Promise<ParticipantEnrolment> {
    const enrolment = await this.ownEnrolment(auth, editionId);
    await this.access.requireInEdition(auth, 'challenge.own', enrolment.editionId);
    return enrolment;
  }

  /**
   * Peer feedback on this participant's challenge: the permission in the edition, and on top of it the owner's own
   * challenge or their network group, unless the viewer holds it for every group.
   */
  private async feedbackRights(auth: AuthContext, enrolment: ParticipantEnrolment): Promise<FeedbackRights> {
    const standing = await this.access.standingInEdition(auth, enrolment.editionId);
    if (!standing) return { read: false, write: false, moderate: false };
    return this.rightsIn(auth, enrolment, standing);
  }

  private rightsIn(auth: AuthContext, enrolment: ParticipantEnrolment, standing: EditionStanding): FeedbackRights {
    const close = this.isCloseTo(auth, enrolment, standing);
    const holds = (need: FeedbackNeed) => close && this.access.decide(auth, FEEDBACK_PERMISSIONS[need], standing) === 'allowed';
    return { read: holds('read'), write: holds('write'), moderate: holds('moderate') };
  }

  /**
   * 403 for those outside the owner's group and for an unknown entry (the programme office: 404), 409 for a write in
   * an archived edition. Answers everything the viewer may do with the entry's feedback.
   */
  private async requireFeedback(auth: AuthContext, logEntryId: string, need: FeedbackNeed): Promise<FeedbackRights> {
    const enrolment = await this.challenges.findEnrolmentOfLogEntry(logEntryId, auth.personId);
    if (!enrolment) throw this.access.unknownId(auth, () => new LogEntryNotFoundError());
    const standing = await this.access.requireInEdition(auth, FEEDBACK_PERMISSIONS[need], enrolment.editionId);
    if (!this.isCloseTo(auth, enrolment, standing)) throw new ForbiddenError();
    return this.rightsIn(auth, enrolment, standing);
  }

  /** The owner, the members and facilitators of the owner's network group, and those who hold peer feedback for every group. */
  private isCloseTo(auth: AuthContext, enrolment: ParticipantEnrolment, standing: EditionStanding): boolean {
    return enrolment.personId === auth.personId || enrolment.viewerInGroup || this.readsEveryGroup(auth, standing);
  }

  private readsEveryGroup(auth: AuthContext, standing: EditionStanding): boolean {
    return this.access.decide(auth, 'groups.all', standing) === 'allowed';
  }

  private async load(auth: AuthContext, enrolment: ParticipantEnrolment, feedback: FeedbackRights): Promise<ImplementationChallenge> {
    const challenge = await this.challenges.findChallenge(enrolment.enrolmentId, {
      personId: auth.personId,
      readsComments: feedback.read,
      moderates: feedback.moderate,
    });
    // The enrolment was just found; it can only be gone if it was deleted in between.
    if (!challenge) throw new ForbiddenError();
    return { ...challenge, canComment: feedback.write, canModerate: feedback.moderate };
  }
}
