import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/alert';
import { SelectField } from '../../../components/select-field';
import { DateText } from '../../../components/date-text';
import { Pager } from '../../../components/pager';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePersonName } from '../../../lib/person-name';
import { usePageTitle } from '../../../lib/page-title';
import { discussionPath } from '../../../lib/paths';
import { useEditionChoice } from '../../../lib/edition-choice';
import { useDiscussionGroups } from '../api/get-discussion-groups';
import { DISCUSSIONS_PAGE_SIZE, useDiscussions } from '../api/get-discussions';
import { StartDiscussionForm } from '../components/start-discussion-form';
import '../discussions.css';

/** The threads of one of the viewer's editions, latest activity first, with what is new; and asking something new. */
export function DiscussionsPage() {
  const t = useT();
  usePageTitle(t('discussions.title'));
  const { editions, editionId, page, goTo } = useEditionChoice('discussions.read');
  return (
    <>
      <h1>{t('discussions.title')}</h1>
      <p className="notice">{t('discussions.intro')}</p>
      {!editionId ? (
        <p>{t('discussions.noEditions')}</p>
      ) : (
        <>
          {editions.length > 1 && (
            <SelectField className="edition-picker" name="editie" label={t('discussions.edition')} options={editions} value={editionId} onChange={(event) => goTo({ editie: event.target.value })} />
          )}
          <EditionDiscussions key={editionId} editionId={editionId} page={page} goToPage={(pagina) => goTo({ pagina })} />
        </>
      )}
    </>
  );
}

/**
 * One edition's threads, filtered to one network group when the viewer chooses one, and the form to start a thread
 * for the whole edition or one of the groups the viewer may write in.
 */
function EditionDiscussions({ editionId, page, goToPage }: { editionId: string; page: number; goToPage: (page: number) => void }) {
  const t = useT();
  const personName = usePersonName();
  const groups = useDiscussionGroups(editionId);
  const [groupId, setGroupId] = useState('');
  const discussions = useDiscussions(editionId, page, groupId || undefined);
  const groupOptions = (groups.data ?? []).map((group) => ({ value: group.id, label: group.name }));

  return (
    <>
      {groupOptions.length > 0 && (
        <SelectField
          className="discussion-filter"
          name="groep"
          label={t('discussions.filter')}
          options={[{ value: '', label: t('discussions.filterAll') }, ...groupOptions]}
          value={groupId}
          onChange={(event) => {
            setGroupId(event.target.value);
            goToPage(1);
          }}
        />
      )}
      {discussions.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : discussions.isError ? (
        <Alert tone="error">{errorMessage(discussions.error, t)}</Alert>
      ) : discussions.data.total === 0 ? (
        <p>{groupId ? t('discussions.filterEmpty') : t('discussions.empty')}</p>
      ) : (
        <>
          {/* A page past the last (an old link, a list that shrank) is empty; the pager says so. */}
          {discussions.data.items.length > 0 && (
            <ul className="discussion-list" aria-label={t('discussions.listLabel')}>
              {discussions.data.items.map((item) => (
                <li key={item.id} className={['discussion-list__item', item.unreadCount > 0 ? 'discussion-list__item--unread' : null].filter(Boolean).join(' ')}>
                  <p className="discussion-list__title">
                    <Link to={discussionPath(item.id)}>{item.title || t('discussions.untitled')}</Link>
                    {item.unreadCount > 0 && <span className="badge badge--new">{t('discussions.unread', { count: item.unreadCount })}</span>}
                    {item.mentionsMe && <span className="badge">{t('discussions.mentionsMe')}</span>}
                    {item.groupName && <span className="badge">{item.groupName}</span>}
                  </p>
                  <p className="discussion-list__meta notice">
                    {item.authorName && <>{t('discussions.by', { name: personName(item.authorName) })} · </>}
                    {t('discussions.replies', { count: item.replyCount })} · {t('discussions.lastActivity')} <DateText value={item.lastPostAt} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pageSize={DISCUSSIONS_PAGE_SIZE} total={discussions.data.total} label={t('discussions.listLabel')} onPage={goToPage} />
        </>
      )}
      <StartDiscussionForm editionId={editionId} groups={groupOptions} />
    </>
  );
}
