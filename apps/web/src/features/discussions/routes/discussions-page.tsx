import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DateText } from '../../../components/date-text';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { discussionPath } from '../../../lib/paths';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { DISCUSSIONS_PAGE_SIZE, useDiscussions } from '../api/get-discussions';
import { StartDiscussionForm } from '../components/start-discussion-form';
import '../discussions.css';

/** The threads of one of the viewer's editions, latest activity first, with what is new; and asking something new. */
export function DiscussionsPage() {
  const t = useT();
  usePageTitle(t('discussions.title'));
  const me = useCurrentPerson();
  const [search, setSearch] = useSearchParams();
  const editions = [...editionsWhere(me, 'discussions.read')].map(([editionId, editionName]) => ({ editionId, editionName }));
  const editionId = search.get('editie') ?? editions[0]?.editionId;
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const discussions = useDiscussions(editionId, page);
  const pages = discussions.data ? Math.max(1, Math.ceil(discussions.data.total / DISCUSSIONS_PAGE_SIZE)) : 1;
  const goTo = (next: { editie?: string; pagina?: number }) => setSearch({ editie: next.editie ?? editionId ?? '', pagina: String(next.pagina ?? 1) });

  return (
    <>
      <h1>{t('discussions.title')}</h1>
      <p className="notice">{t('discussions.intro')}</p>
      {!editionId ? (
        <p>{t('discussions.noEditions')}</p>
      ) : (
        <>
          {editions.length > 1 && (
            <div className="field edition-picker">
              <label className="field__label" htmlFor="discussions-edition">
                {t('discussions.edition')}
              </label>
              <select id="discussions-edition" className="field__input" value={editionId} onChange={(event) => goTo({ editie: event.target.value })}>
                {editions.map((edition) => (
                  <option key={edition.editionId} value={edition.editionId}>
                    {edition.editionName}
                  </option>
                ))}
              </select>
            </div>
          )}
          {discussions.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : discussions.isError ? (
            <Alert tone="error">{errorMessage(discussions.error, t)}</Alert>
          ) : discussions.data.items.length === 0 ? (
            <p>{t('discussions.empty')}</p>
          ) : (
            <>
              <ul className="discussion-list" aria-label={t('discussions.listLabel')}>
                {discussions.data.items.map((item) => (
                  <li key={item.id} className={['discussion-list__item', item.unreadCount > 0 ? 'discussion-list__item--unread' : null].filter(Boolean).join(' ')}>
                    <p className="discussion-list__title">
                      <Link to={discussionPath(item.id)}>{item.title || t('discussions.untitled')}</Link>
                      {item.unreadCount > 0 && <span className="badge badge--new">{t('discussions.unread', { count: item.unreadCount })}</span>}
                      {item.mentionsMe && <span className="badge">{t('discussions.mentionsMe')}</span>}
                      {item.groupId && <span className="badge">{t('discussions.group')}</span>}
                    </p>
                    <p className="discussion-list__meta notice">
                      {item.authorName && <>{t('discussions.by', { name: item.authorName })} · </>}
                      {t('discussions.replies', { count: item.replyCount })} · {t('discussions.lastActivity')} <DateText value={item.lastPostAt} />
                    </p>
                  </li>
                ))}
              </ul>
              {pages > 1 && (
                <nav className="pagination" aria-label={t('discussions.pages')}>
                  <Button variant="secondary" disabled={page <= 1} onClick={() => goTo({ pagina: page - 1 })}>
                    {t('discussions.previous')}
                  </Button>
                  <span aria-live="polite">{t('discussions.pageOf', { page, pages })}</span>
                  <Button variant="secondary" disabled={page >= pages} onClick={() => goTo({ pagina: page + 1 })}>
                    {t('discussions.next')}
                  </Button>
                </nav>
              )}
            </>
          )}
          <StartDiscussionForm key={editionId} editionId={editionId} />
        </>
      )}
    </>
  );
}
