import type { Page } from '@koers/shared/api';
import type { DiscussionAttachment, DiscussionDetail, DiscussionQuery, DiscussionGroup, DiscussionPost, DiscussionSummary, UnreadDiscussions } from '@koers/shared/discussions';
import { editionRolesHolding, type Permission } from '@koers/shared/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { EditionStanding } from '../access/access.repository';
import { AccessService } from '../access/access.service';
import { readPage, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { addCalendarDays, instantToAmsterdam } from '../calendar/amsterdam-time';
import { ValidationFailedError } from '../errors/koers-error';
import { FileStorage } from '../files/file-storage';
import type { IncomingFile } from '../files/upload-parts';
import { UploadQuota } from '../files/upload-quota';
import { AttachmentMissingError, AttachmentNotFoundError, DiscussionNotFoundError, DiscussionPostNotFoundError, NetworkGroupNotInEditionError, NotInNetworkGroupError, NotYourPostError, OwnPostReportError, PostAlreadyHiddenError, PostHiddenError, PostOfErasedPersonError, ThreadOfOtherGroupError } from './discussions.errors';
import { type DigestThread, type DiscussionStanding, DiscussionsRepository, type MentionForMail, type ReaderRoles } from './discussions.repository';
import type { DiscussionsQueryDto, HidePostDto, ReplyDto, ReportPostDto, StartDiscussionDto } from './dto/discussion.dto';
import { PostsLimit } from '../rate-limits/posts-limit';

/** The daily digest goes out from this hour (Amsterdam) on, about the day before. */
const DIGEST_FROM = '07:00';

/**
 * An edition's conversation: threads with replies, for the whole edition or one network group. Who reads, writes,
 * reports and hides comes from the permission table; a group's thread is read by its members and facilitators and
 * by those who read every group's.
 */
@Injectable()
export class DiscussionsService {
  private readonly readers: ReaderRoles = {
    read: editionRolesHolding('discussions.read'),
    allGroups: editionRolesHolding('groups.all'),
  };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly discussions: DiscussionsRepository,
    private readonly access: AccessService,
    private readonly files: FileStorage,
    private readonly quota: UploadQuota,
    private readonly postsLimit: PostsLimit,
  ) {}

  async list(auth: AuthContext, editionId: string, query: DiscussionsQueryDto): Promise<Page<DiscussionSummary>> {
    const standing = await this.access.requireInEdition(auth, 'discussions.read', editionId);
    const moderates = this.access.decide(auth, 'discussions.moderate', standing) === 'allowed';
    const seesAllGroups = this.seesAllGroups(auth, standing);
    const { items, total } = await readPage(query, (limit, offset) =>
      this.discussions.findPage(editionId, auth.personId, seesAllGroups, moderates, query.groupId ?? null, limit, offset),
    );
    return toPage(items, total, query);
  }

  async groups(auth: AuthContext, editionId: string): Promise<DiscussionGroup[]> {
    const standing = await this.access.requireInEdition(auth, 'discussions.read', editionId);
    return this.discussions.findGroups(editionId, auth.personId, this.seesAllGroups(auth, standing));
  }

  async start(auth: AuthContext, editionId: string, dto: StartDiscussionDto): Promise<DiscussionDetail> {
    const standing = await this.access.requireInEdition(auth, 'discussions.post', editionId);
    if (dto.groupId) {
      const group = await this.discussions.findGroup(dto.groupId, editionId, auth.personId);
      if (!group) throw new NetworkGroupNotInEditionError();
      if (!group.inGroup && !this.seesAllGroups(auth, standing)) throw new NotInNetworkGroupError();
    }
    // The same thread sent twice (a double click, a retry) is one thread.
    const discussionId = await this.db.transaction((manager) =>
      this.postsLimit.postOnce(manager, auth.personId, ['discussion-start', editionId], {
        repeated: () => this.discussions.repeatedDiscussion(manager, editionId, dto.groupId ?? null, dto.title, dto.body, auth.personId),
        add: async () => {
          const id = await this.discussions.createDiscussion(manager, editionId, dto.groupId ?? null, dto.title, auth.personId);
          const post = await this.discussions.addPost(manager, id, dto.body, auth.personId);
          await this.discussions.recordMentions(manager, post.id, this.readers);
          return id;
        },
      }),
    );
    return this.read(auth, discussionId);
  }

  /** The thread with a page of its posts (the newest, or those before or after a post); reading it marks the posts up to the page's newest as read. */
  async read(auth: AuthContext, discussionId: string, page: DiscussionQuery = {}): Promise<DiscussionDetail> {
    if (page.before && page.after) {
      throw new ValidationFailedError([
        { field: 'after', message: { nl: 'Vraag de berichten vóór of na een bericht, niet allebei.', en: 'Ask for the posts before or after a post, not both.' } },
      ]);
    }
    const { standing } = await this.requireThread(auth, discussionId, 'discussions.read');
    const canModerate = this.access.decide(auth, 'discussions.moderate', standing) === 'allowed';
    const found = await this.discussions.findDetail(discussionId, auth.personId, canModerate, page);
    if (!found) throw new DiscussionPostNotFoundError();
    const { readUntil, ...detail } = found;
    if (readUntil) await this.discussions.markRead(discussionId, auth.personId, readUntil);
    return { ...detail, canModerate, canReply: this.access.decide(auth, 'discussions.post', standing) === 'allowed' };
  }

  async reply(auth: AuthContext, discussionId: string, dto: ReplyDto): Promise<DiscussionPost> {
    await this.requireThread(auth, discussionId, 'discussions.post');
    // The same reply sent twice (a double click, a retry) is one post, mentioned and mailed once.
    return this.db.transaction((manager) =>
      this.postsLimit.postOnce(manager, auth.personId, ['discussion-reply', discussionId], {
        repeated: () => this.discussions.repeatedPost(manager, discussionId, dto.body, auth.personId),
        add: async () => {
          const post = await this.discussions.addPost(manager, discussionId, dto.body, auth.personId);
          await this.discussions.recordMentions(manager, post.id, this.readers);
          return post;
        },
      }),
    );
  }

  /** The author attaches a file to their post: checked by content and size by FileStorage, counted in their upload quota. */
  async attach(auth: AuthContext, postId: string, nextFile: () => Promise<IncomingFile | undefined>): Promise<DiscussionAttachment> {
    const post = await this.discussions.findPostStanding(postId);
    if (!post) throw this.access.unknownId(auth, () => new DiscussionPostNotFoundError());
    const { thread } = await this.requireThread(auth, post.discussionId, 'discussions.post');
    if (post.authorPersonId !== auth.personId) throw new NotYourPostError();
    if (post.hidden) throw new PostHiddenError();
    await this.quota.requireRoom(auth.personId, thread.editionId);
    const file = await nextFile();
    if (!file) throw new AttachmentMissingError();
    const stored = await this.files.save(file.stream, file.fileName);
    try {
      return await this.db.transaction(async (manager) => {
        await this.quota.claim(manager, auth.personId, thread.editionId, stored.sizeBytes);
        return this.discussions.addAttachment(manager, postId, stored);
      });
    } catch (error) {
      await this.files.discard([stored.storageKey]);
      throw error;
    }
  }

  /**
   * A post's file, for whoever reads the post (a hidden post's: its author and the moderators). Its author keeps their
   * own file after moving to another network group, whose threads they no longer read.
   */
  async attachment(auth: AuthContext, attachmentId: string): Promise<{ attachment: DiscussionAttachment; stream: Readable }> {
    const found = await this.discussions.findAttachment(attachmentId);
    if (!found) throw this.access.unknownId(auth, () => new AttachmentNotFoundError());
    const own = found.authorPersonId === auth.personId;
    const { standing } = await this.requireThread(auth, found.discussionId, 'discussions.read', { outsideGroup: own });
    const seesHidden = own || this.access.decide(auth, 'discussions.moderate', standing) === 'allowed';
    // Answered as an unknown id, so a reader cannot tell that a hidden post had a file.
    if (found.postHidden && !seesHidden) throw this.access.unknownId(auth, () => new AttachmentNotFoundError());
    const { storageKey, id, fileName, contentType, sizeBytes } = found;
    return { attachment: { id, fileName, contentType, sizeBytes }, stream: await this.files.read(storageKey) };
  }

  /** A trainer or facilitator hides a post; its author still sees it, with the reason. */
  async hide(auth: AuthContext, postId: string, dto: HidePostDto): Promise<void> {
    const post = await this.discussions.findPostStanding(postId);
    if (!post) throw this.access.unknownId(auth, () => new DiscussionPostNotFoundError());
    await this.requireThread(auth, post.discussionId, 'discussions.moderate');
    await this.discussions.hidePost(postId, dto.reason, auth.personId);
  }

  /** Anyone who reads a post may report it to the moderators, who see how often it was reported. */
  async report(auth: AuthContext, postId: string, dto: ReportPostDto): Promise<void> {
    const post = await this.discussions.findPostStanding(postId);
    if (!post) throw this.access.unknownId(auth, () => new DiscussionPostNotFoundError());
    await this.requireThread(auth, post.discussionId, 'discussions.report');
    if (post.authorPersonId === auth.personId) throw new OwnPostReportError();
    // The moderators already acted on it, and the reporter can no longer read what they would report.
    if (post.hidden) throw new PostAlreadyHiddenError();
    if (post.authorErased) throw new PostOfErasedPersonError();
    await this.discussions.reportPost(postId, auth.personId, dto.reason ?? null);
  }

  async unread(auth: AuthContext): Promise<UnreadDiscussions> {
    return { threads: await this.discussions.countUnreadThreads(auth.personId, this.readers) };
  }

  /** For the mention mail: the post as it is now, or null when the person should no longer hear of it. */
  mentionForMail(postId: string, personId: string): Promise<MentionForMail | null> {
    return this.discussions.mentionForMail(postId, personId, this.readers);
  }

  /** For the digest mail of `day`: what is still unread of it. */
  digestFor(personId: string, day: string): Promise<DigestThread[]> {
    return this.discussions.digestFor(personId, day, this.readers);
  }

  /** Queues yesterday's digest (Amsterdam days) once it is `DIGEST_FROM` today; any instance may call this at any time. */
  queueDigests(now: Date): Promise<number> {
    const today = instantToAmsterdam(now);
    if (today.time < DIGEST_FROM) return Promise.resolve(0);
    return this.discussions.queueDigests(addCalendarDays(today.date, -1), this.readers);
  }

  /** The thread, when the caller holds `permission` in its edition and, for a group's thread, is in the group (unless `outsideGroup`). */
  private async requireThread(
    auth: AuthContext,
    discussionId: string,
    permission: Permission,
    { outsideGroup = false } = {},
  ): Promise<{ thread: DiscussionStanding; standing: EditionStanding }> {
    const thread = await this.discussions.findStanding(discussionId, auth.personId);
    if (!thread) throw this.access.unknownId(auth, () => new DiscussionNotFoundError());
    const standing = await this.access.requireInEdition(auth, permission, thread.editionId);
    if (thread.groupId && !thread.inGroup && !outsideGroup && !this.seesAllGroups(auth, standing)) throw new ThreadOfOtherGroupError();
    return { thread, standing };
  }

  private seesAllGroups(auth: AuthContext, standing: EditionStanding): boolean {
    return this.access.decide(auth, 'groups.all', standing) === 'allowed';
  }
}
