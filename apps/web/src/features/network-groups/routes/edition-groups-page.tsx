import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { useHoldsInEdition } from '../../../lib/session';
import { useEditionGroups } from '../api/get-edition-groups';
import { type Announcement, DivisionEditor } from '../components/division-editor';
import { DivisionOverview } from '../components/division-overview';
import '../network-groups.css';

/** The programme office divides an edition's participants into network groups; its trainers read the division. */
export function EditionGroupsPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  usePageTitle(t('networkGroups.title'));
  const division = useEditionGroups(editionId);
  const mayDivide = useHoldsInEdition('groups.manage', editionId);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  return (
    <>
      {mayDivide && (
        <p>
          <Link to={editionPath(editionId)}>{t('networkGroups.back')}</Link>
        </p>
      )}
      <h1>{t('networkGroups.title')}</h1>
      <p>{t(mayDivide ? 'networkGroups.intro' : 'networkGroups.overview.intro')}</p>
      {division.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : division.isError ? (
        <LoadError error={division.error} onRetry={() => void division.refetch()} />
      ) : !mayDivide ? (
        <DivisionOverview division={division.data} />
      ) : (
        <DivisionEditor
          key={division.dataUpdatedAt}
          editionId={editionId}
          division={division.data}
          onReload={() => void division.refetch()}
          announcement={announcement}
          onAnnounce={setAnnouncement}
        />
      )}
    </>
  );
}
