import type { EditionGroupsResponse, GroupPerson } from '@koers/shared/network-groups';
import { useT } from '../../../lib/i18n';

/** A participant as the division lists them: name, with their organisation and region. */
export function GroupPersonName({ person }: { person: GroupPerson }) {
  return (
    <span className="group-person__name">
      {person.name}
      {(person.organisation || person.region) && <span className="group-person__meta">{[person.organisation, person.region].filter(Boolean).join(' · ')}</span>}
    </span>
  );
}

/** The division as it stands, for those who may read it but not change it (the edition's trainers). */
export function DivisionOverview({ division }: { division: EditionGroupsResponse }) {
  const t = useT();
  const people = (list: readonly GroupPerson[]) => (
    <ul className="group-people">
      {list.map((person) => (
        <li key={person.personId} className="group-person">
          <GroupPersonName person={person} />
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {division.groups.length === 0 && <p>{t('networkGroups.overview.noGroups')}</p>}
      <div className="group-grid">
        {division.groups.map((group) => (
          <section key={group.id} className="group-card" aria-labelledby={`group-${group.id}`}>
            <h2 id={`group-${group.id}`}>
              {group.name} <span className="group-card__count">({t('networkGroups.group.members', { count: group.members.length })})</span>
            </h2>
            <p>
              {t('networkGroups.group.facilitators')}:{' '}
              {group.facilitators.length === 0 ? t('networkGroups.overview.noFacilitator') : group.facilitators.map((facilitator) => facilitator.name).join(', ')}
            </p>
            {group.members.length === 0 ? <p>{t('networkGroups.group.empty')}</p> : people(group.members)}
          </section>
        ))}
      </div>
      <section aria-labelledby="ungrouped-heading">
        <h2 id="ungrouped-heading">{t('networkGroups.ungrouped.title')}</h2>
        {division.ungrouped.length === 0 ? <p>{t('networkGroups.ungrouped.empty')}</p> : people(division.ungrouped)}
      </section>
    </>
  );
}
