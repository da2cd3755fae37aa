import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { paths } from '../../../lib/paths';
import { useDiscussion } from '../api/get-discussion';
import { PostItem } from '../components/post-item';
import { ReplyForm } from '../components/reply-form';
import '../discussions.css';

/** One thread: its posts oldest first, what is new since the last visit marked, a reply at the bottom. */
export function DiscussionPage() {
  const t = useT();
  const { discussionId = '' } = useParams();
  const thread = useDiscussion(discussionId);
  const title = thread.data ? thread.data.title || t('discussions.untitled') : t('discussions.title');
  usePageTitle(title);

  return (
    <>
      <p>
        <Link to={`${paths.discussions}?editie=${encodeURIComponent(thread.data?.editionId ?? '')}`}>{t('discussions.thread.back')}</Link>
      </p>
      {thread.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : thread.isError ? (
        <Alert tone="error">{errorMessage(thread.error, t)}</Alert>
      ) : (
        <>
          <h1>{title}</h1>
          <p className="notice">{[thread.data.editionName, thread.data.groupName].filter(Boolean).join(' · ')}</p>
          <ul className="discussion-posts" aria-label={t('discussions.thread.postsLabel')}>
            {thread.data.posts.map((post) => (
              <PostItem
                key={post.id}
                discussionId={discussionId}
                post={post}
                isNew={!post.own && (thread.data.lastReadAt === null ? false : post.createdAt > thread.data.lastReadAt)}
                canModerate={thread.data.canModerate}
                canReport={thread.data.canReply}
              />
            ))}
          </ul>
          {thread.data.canReply ? <ReplyForm discussionId={discussionId} /> : <p className="notice">{t('discussions.thread.readOnly')}</p>}
        </>
      )}
    </>
  );
}
