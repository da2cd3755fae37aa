import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/error-message';
import { useFocusAfterRender } from '../../../lib/focus-after-render';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useDiscussion } from '../api/get-discussion';
import { PostItem } from '../components/post-item';
import { REPLY_FORM_ID, ReplyForm } from '../components/reply-form';
import '../discussions.css';

/** One thread: its posts oldest first, a page at a time, what is new since the last visit marked, a reply at the bottom. */
export function DiscussionPage() {
  const t = useT();
  const { discussionId = '' } = useParams();
  const thread = useDiscussion(discussionId);
  const focusAfterRender = useFocusAfterRender();
  const listRef = useRef<HTMLUListElement>(null);
  // Pages are held newest first; the thread as it stands is the newest page's.
  const pages = thread.data?.pages ?? [];
  const [newest] = pages;
  const oldest = pages.at(-1);
  const posts = [...pages].reverse().flatMap((page) => page.posts);
  const title = newest ? newest.title || t('discussions.untitled') : t('discussions.title');
  usePageTitle(title);

  const loadEarlier = () =>
    // With nothing left to load the button goes: focus goes to the posts, not to the top of the page.
    void thread.fetchNextPage().then(() => focusAfterRender(() => document.getElementById('discussion-earlier') ?? listRef.current));

  return (
    <>
      <p>
        <Link to={`${paths.discussions}?editie=${encodeURIComponent(newest?.editionId ?? '')}`}>{t('discussions.thread.back')}</Link>
      </p>
      {thread.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : thread.isError || !newest ? (
        <Alert tone="error">{errorMessage(thread.error, t)}</Alert>
      ) : (
        <>
          <h1>{title}</h1>
          <p className="notice">{[newest.editionName, newest.groupName].filter(Boolean).join(' · ')}</p>
          {/* Past every post and its buttons, for whoever answers by keyboard. */}
          {newest.canReply && (
            <a
              className="skip-link"
              href={`#${REPLY_FORM_ID}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(REPLY_FORM_ID)?.querySelector('textarea')?.focus();
              }}
            >
              {t('discussions.thread.skipToReply')}
            </a>
          )}
          {thread.hasNextPage && oldest && (
            <Button id="discussion-earlier" variant="secondary" busy={thread.isFetchingNextPage} onClick={loadEarlier}>
              {t('discussions.thread.earlier', { count: oldest.earlierPosts })}
            </Button>
          )}
          <ul ref={listRef} tabIndex={-1} className="discussion-posts" aria-label={t('discussions.thread.postsLabel')}>
            {posts.map((post) => (
              <PostItem
                key={post.id}
                discussionId={discussionId}
                post={post}
                isNew={!post.own && (newest.lastReadAt === null ? false : post.createdAt > newest.lastReadAt)}
                canModerate={newest.canModerate}
                canReport={newest.canReply}
              />
            ))}
          </ul>
          {newest.canReply ? <ReplyForm discussionId={discussionId} /> : <p className="notice">{t('discussions.thread.readOnly')}</p>}
        </>
      )}
    </>
  );
}
