import { useT } from '../../../lib/i18n';
import { useUnreadDiscussions } from '../api/get-unread';

/** Beside "Gesprekken" in the menu: how many threads hold posts the viewer has not read. */
export function UnreadDiscussionsMarker() {
  const t = useT();
  const unread = useUnreadDiscussions(true);
  const threads = unread.data?.threads ?? 0;
  if (threads === 0) return null;
  return (
    <span className="nav-marker">
      <span aria-hidden="true">{threads}</span>
      <span className="visually-hidden">{t('nav.unreadDiscussions', { count: threads })}</span>
    </span>
  );
}
