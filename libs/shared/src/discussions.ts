/** One thread in an edition's list (`GET /api/editions/:id/discussions`), newest activity first. */
export interface DiscussionSummary {
  id: string;
  title: string;
  /** The network group it belongs to; null for the whole edition. */
  groupId: string | null;
  groupName: string | null;
  authorName: string | null;
  createdAt: string;
  lastPostAt: string;
  /** Replies after the opening post (hidden ones included, so the count does not jump). */
  replyCount: number;
  /** Posts by others the viewer has not seen yet (the whole thread until they first open it). */
  unreadCount: number;
  /** Among the unread posts one mentions the viewer (`@name`). */
  mentionsMe: boolean;
}

/** A post hidden by a trainer or facilitator: everyone sees that it was, its author also sees why. */
export interface HiddenPost {
  reason: string | null;
  hiddenAt: string;
}

export interface DiscussionPost {
  id: string;
  authorPersonId: string | null;
  authorName: string | null;
  /** Markdown; empty when hidden (for all but the author and moderators) or when its author was erased. */
  body: string;
  createdAt: string;
  hidden: HiddenPost | null;
  /** How many people reported it; moderators only, otherwise null. */
  reportCount: number | null;
  /** The viewer wrote it. */
  own: boolean;
  /** Files at `GET /api/discussion-attachments/:id`; shown with the text (none while a post is hidden from the viewer). */
  attachments: DiscussionAttachment[];
}

/** A file attached to a post (`POST /api/discussion-posts/:id/attachments`, multipart field `file`, by its author). */
export interface DiscussionAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** `GET /api/discussions/:id`: the thread, its opening post first; reading it marks it read. */
export interface DiscussionDetail {
  id: string;
  editionId: string;
  editionName: string;
  groupId: string | null;
  groupName: string | null;
  title: string;
  createdAt: string;
  /** One page of posts, oldest first: the newest DISCUSSION_POSTS_PER_PAGE, or those just before `before` or after `after`. */
  posts: DiscussionPost[];
  /** How many posts come before the first of `posts`: the page before is `?before=<its id>`. */
  earlierPosts: number;
  /** How many posts come after the last of `posts`: the page after is `?after=<its id>`. */
  laterPosts: number;
  /** When the viewer last read it before this visit; posts after it are new. Null on a first visit. */
  lastReadAt: string | null;
  /** The viewer may hide posts here (trainers, facilitators, the programme office). */
  canModerate: boolean;
  /** The viewer may reply (not in an archived edition). */
  canReply: boolean;
}

/** How many posts one page of a thread holds. */
export const DISCUSSION_POSTS_PER_PAGE = 50;

/** `GET /api/discussions/:id?before=|after=`: the page of posts just before, or just after, that post of the thread (neither: the newest). */
export interface DiscussionQuery {
  before?: string;
  after?: string;
}

/** `GET /api/editions/:id/discussions?groupId=&page=&pageSize=`: only one network group's threads with `groupId`. */
export interface DiscussionsQuery {
  groupId?: string;
  page?: number;
  pageSize?: number;
}

/**
 * `GET /api/editions/:id/discussions/groups`: the network groups whose threads the viewer reads and may start,
 * in the edition's order: their own (as member or facilitator), or every group for those who read all groups.
 */
export interface DiscussionGroup {
  id: string;
  name: string;
}

/** `POST /api/editions/:id/discussions` */
export interface StartDiscussionRequest {
  title: string;
  body: string;
  /** A network group of the edition; absent for the whole edition. */
  groupId?: string;
}

/** `POST /api/discussions/:id/replies` */
export interface ReplyRequest {
  body: string;
}

/** `POST /api/discussion-posts/:id/hide` */
export interface HidePostRequest {
  reason: string;
}

/** `POST /api/discussion-posts/:id/report` */
export interface ReportPostRequest {
  reason?: string;
}

/** `GET /api/me/discussions/unread`: threads with posts the viewer has not read, over all their editions. */
export interface UnreadDiscussions {
  threads: number;
}

export const DISCUSSION_LIMITS = { title: 200, body: 10_000, reason: 500 } as const;
