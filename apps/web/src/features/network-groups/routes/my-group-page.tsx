import type { MyGroup } from '@koers/shared/network-groups';
import { sessionPagePath } from '@koers/shared/sessions';
import { Link } from 'react-router';
import { DateText } from '../../../components/date-text';
import { PageError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { useNow } from '../../../lib/now';
import { usePageTitle } from '../../../lib/page-title';
import { participantChallengePath } from '../../../lib/paths';
import { useMyGroups } from '../api/get-my-groups';
import '../network-groups.css';

/**
 * "Mijn netwerkgroep": the group's next meeting first, then who leads it, who is in it (each a link to their
 * challenge, for peer feedback on its log), and all its meetings.
 */
export function MyGroupPage() {
  const t = useT();
  usePageTitle(t('networkGroups.mine.title'));
  const groups = useMyGroups();

  if (groups.isPending) return <p role="status">{t('app.loading')}</p>;
  if (groups.isError) return <PageError title={t('networkGroups.mine.title')} error={groups.error} onRetry={() => void groups.refetch()} />;
  return (
    <>
      <h1>{t('networkGroups.mine.title')}</h1>
      {groups.data.length === 0 && <p>{t('networkGroups.mine.none')}</p>}
      {groups.data.map((group) => (
        <GroupSection key={group.id} group={group} />
      ))}
    </>
  );
}

function GroupSection({ group }: { group: MyGroup }) {
  const t = useT();
  const now = useNow();
  const next = group.sessions.find((session) => new Date(session.endsAt) > now && session.status !== 'cancelled');
  const headingId = `group-${group.id}`;
  return (
    <section aria-labelledby={headingId} className="my-group">
      <h2 id={headingId}>{t('networkGroups.mine.heading', { group: group.name, edition: group.editionName })}</h2>
      {group.as === 'facilitator' && <p>{t('networkGroups.mine.facilitating')}</p>}
      <div className="my-group__next">
        <h3>{t('networkGroups.mine.next')}</h3>
        {next ? (
          <p>
            <Link to={sessionPagePath(next.sessionId)}>{next.title}</Link>
            <br />
            <DateText value={next.startsAt} />–<DateText value={next.endsAt} format="time" />
          </p>
        ) : (
          <p>{t('networkGroups.mine.noNext')}</p>
        )}
      </div>
      <h3>{t('networkGroups.mine.facilitators')}</h3>
      <ul>
        {group.facilitators.map((person) => (
          <li key={person.personId}>{person.name}</li>
        ))}
      </ul>
      <h3>{t('networkGroups.mine.members')}</h3>
      <p>{t('networkGroups.mine.membersHint')}</p>
      <ul className="my-group__members">
        {group.members.map((person) => (
          <li key={person.personId}>
            <Link to={participantChallengePath(person.enrolmentId)}>{person.name}</Link>
            {person.organisation && <span className="group-person__meta">{person.organisation}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('networkGroups.mine.sessions')}</h3>
      <ul>
        {group.sessions.map((session) => (
          <li key={session.sessionId}>
            <Link to={sessionPagePath(session.sessionId)}>{session.title}</Link> · <DateText value={session.startsAt} />
            {session.status === 'cancelled' && <strong> · {t('networkGroups.mine.cancelled')}</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
