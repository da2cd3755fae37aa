import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../components/page-error';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { editionPath } from '../../../lib/paths';
import { useEditionGroups } from '../api/get-edition-groups';
import { type Announcement, DivisionEditor } from '../components/division-editor';
import '../network-groups.css';

/** The programme office divides an edition's participants into network groups (trainers read along). */
export function EditionGroupsPage() {
  const t = useT();
  const { editionId = '' } = useParams();
  usePageTitle(t('networkGroups.title'));
  const division = useEditionGroups(editionId);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);

  return (
    <>
      <p>
        <Link to={editionPath(editionId)}>{t('networkGroups.back')}</Link>
      </p>
      <h1>{t('networkGroups.title')}</h1>
      <p>{t('networkGroups.intro')}</p>
      {division.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : division.isError ? (
        <LoadError error={division.error} onRetry={() => void division.refetch()} />
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
