import type { HomeSession } from '@koers/shared/home';
import type { ReactNode } from 'react';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { useT } from '../../../lib/i18n';

/** A session in short: what, when, where, and the way to its page. */
export function HomeSessionCard({ session, children }: { session: HomeSession; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="home-session">
      <p className="home-session__title">
        <Link to={sessionPagePath(session.sessionId)}>{session.title}</Link>
      </p>
      <p className="home-session__when">
        <DateText value={session.startsAt} /> – <DateText value={session.endsAt} format="time" />
      </p>
      <p className="home-session__meta">
        {[t(`session.kind.${session.kind}`), session.editionName, session.mode === 'online' ? t('sessionMode.online') : session.location]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {children}
    </div>
  );
}
