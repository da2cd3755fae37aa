import type { DirectoryEntry } from '@koers/shared/directory';
import { EDITION_ROLES, type EditionRole } from '@koers/shared/roles';
import { useDeferredValue, useState } from 'react';
import { Alert } from '../../../components/alert';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessage } from '../../../lib/error-message';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useEditionChoice } from '../../../lib/edition-choice';
import { editionsWhere, useCurrentPerson } from '../../../lib/session';
import { matchesSearch } from '../../../lib/text-search';
import { directoryPhotoUrl, useDirectoryProfile } from '../api/directory-profile';
import { useAlumni } from '../api/get-alumni';
import { useDirectory } from '../api/get-directory';
import { PersonStory } from '../components/person-story';
import { PhotoForm } from '../components/photo-form';
import { ProfileForm } from '../components/profile-form';
import '../directory.css';

/** Who's who: the people of one of the viewer's editions, and the viewer's own entry. */
export function DirectoryPage() {
  const t = useT();
  usePageTitle(t('directory.title'));
  const { editions, editionId, goTo } = useEditionChoice('directory.read');
  const directory = useDirectory(editionId);
  const profile = useDirectoryProfile();
  const me = useCurrentPerson();
  // The Rebels agreed to be found by later participants: nobody else in the edition asks for them.
  const alumni = useAlumni(editionId, { enabled: editionId !== undefined && editionsWhere(me, 'directory.alumni').has(editionId) });

  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="notice">{t('directory.intro')}</p>
      {!editionId ? (
        <p>{t('directory.noEditions')}</p>
      ) : (
        <>
          {editions.length > 1 && (
            <SelectField className="edition-picker" name="editie" label={t('directory.edition')} options={editions} value={editionId} onChange={(event) => goTo({ editie: event.target.value })} />
          )}
          {directory.isPending ? (
            <p role="status">{t('app.loading')}</p>
          ) : directory.isError ? (
            <Alert tone="error">{errorMessage(directory.error, t)}</Alert>
          ) : directory.data.length === 0 ? (
            <p>{t('directory.empty')}</p>
          ) : (
            <DirectoryList editionId={editionId} people={directory.data} />
          )}
          {alumni.data && (
            <section aria-labelledby="directory-alumni">
              <h2 id="directory-alumni">{t('directory.alumni.title')}</h2>
              <p className="notice">{t('directory.alumni.intro')}</p>
              {alumni.data.length === 0 ? (
                <p>{t('directory.alumni.empty')}</p>
              ) : (
                <ul className="directory-list" aria-label={t('directory.alumni.listLabel')}>
                  {alumni.data.map((person) => (
                    <li key={person.personId} className="directory-card">
                      <p className="directory-card__name">{person.name}</p>
                      <p className="directory-card__meta notice">{[person.editionName, person.organisation, person.region].filter(Boolean).join(' · ')}</p>
                      <PersonStory person={person} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </>
      )}
      {profile.data && (
        <>
          <ProfileForm profile={profile.data} />
          <PhotoForm hasPhoto={profile.data.hasPhoto} />
        </>
      )}
    </>
  );
}

/** The edition's people, found by name, organisation, region or challenge, and by role. */
function DirectoryList({ editionId, people }: { editionId: string; people: DirectoryEntry[] }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<EditionRole | ''>('');
  // Typing stays quick in an edition of a few hundred people: the list follows a moment later.
  const deferredQuery = useDeferredValue(query);
  const roles = EDITION_ROLES.filter((candidate) => people.some((person) => person.role === candidate));
  const shown = people.filter(
    (person) =>
      (!role || person.role === role) && matchesSearch(deferredQuery, [person.name, person.organisation, person.region, person.challenge?.title, person.introduction]),
  );
  return (
    <>
      <div role="search" aria-label={t('directory.searchLabel')} className="directory-search">
        <TextField type="search" name="zoeken" label={t('directory.search')} hint={t('directory.searchHint')} value={query} onChange={(event) => setQuery(event.target.value)} />
        {roles.length > 1 && (
          <SelectField
            name="rol"
            label={t('directory.role')}
            options={[{ value: '', label: t('directory.everyRole') }, ...roles.map((value) => ({ value, label: t(`role.${value}`) }))]}
            value={role}
            onChange={(event) => setRole(event.target.value as EditionRole | '')}
          />
        )}
      </div>
      <p role="status" className="notice">
        {/* People, not rows: someone with two roles in the edition is one person. */}
        {t('directory.count', { shown: new Set(shown.map((person) => person.personId)).size, count: new Set(people.map((person) => person.personId)).size })}
      </p>
      <ul className="directory-list" aria-label={t('directory.listLabel')}>
        {shown.map((person) => (
          <li key={`${person.personId}-${person.role}`} className="directory-card">
            {person.hasPhoto && (
              <img className="directory-card__photo" src={directoryPhotoUrl(editionId, person.personId)} alt={t('directory.photo.alt', { name: person.name })} width={64} height={64} loading="lazy" />
            )}
            <p className="directory-card__name">
              {person.name} {person.hidden && <span className="badge">{t('directory.hiddenMark')}</span>}
            </p>
            <p className="directory-card__meta notice">{[t(`role.${person.role}`), person.organisation, person.region].filter(Boolean).join(' · ')}</p>
            <PersonStory person={person} />
          </li>
        ))}
      </ul>
    </>
  );
}
