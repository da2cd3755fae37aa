import { type EditionGroupsResponse, GROUP_NAME_MAX_LENGTH, type GroupPerson, type GroupProposalKey, type SaveNetworkGroup } from '@koers/shared/network-groups';
import { useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { errorMessage, fieldErrors, formErrorMessage } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus-first-invalid';
import { useT } from '../../../lib/i18n';
import { useGroupProposal } from '../api/get-group-proposal';
import { useSaveEditionGroups } from '../api/save-edition-groups';
import { GroupPersonName } from './division-overview';

/** A group while it is being edited; `key` tells new groups apart until they have an id. */
interface DraftGroup extends SaveNetworkGroup {
  key: string;
}

const NO_GROUP = '';

const draftOf = (division: EditionGroupsResponse): DraftGroup[] =>
  division.groups.map((group) => ({
    key: group.id,
    id: group.id,
    name: group.name,
    participantIds: group.members.map((m) => m.personId),
    facilitatorIds: group.facilitators.map((f) => f.personId),
  }));

/** What the page keeps saying after a proposal or a save: a save's warnings (a facilitator booked twice) beside it. */
export interface Announcement {
  message: string;
  warnings?: readonly string[];
}

/**
 * The programme office's editor: a proposal to start from, then each participant moved with a drop-down (works
 * with the keyboard and on a phone, unlike dragging), facilitators ticked per group, and one save for the whole.
 */
export function DivisionEditor({
  editionId,
  division,
  onReload,
  announcement,
  onAnnounce: setAnnouncement,
}: {
  editionId: string;
  division: EditionGroupsResponse;
  onReload: () => void;
  /** Kept by the page: a save reads the division anew, which renders a new editor, and the word stays. */
  announcement: Announcement | null;
  onAnnounce: (announcement: Announcement | null) => void;
}) {
  const t = useT();
  const [groups, setGroups] = useState<DraftGroup[]>(() => draftOf(division));
  const [by, setBy] = useState<GroupProposalKey>('region');
  const [count, setCount] = useState(String(Math.max(division.groups.length, 3)));
  const proposal = useGroupProposal(editionId);
  const save = useSaveEditionGroups(editionId);
  const nextKey = useRef(0);

  const people = new Map<string, GroupPerson>([...division.groups.flatMap((g) => g.members), ...division.ungrouped].map((p) => [p.personId, p]));
  const placed = new Set(groups.flatMap((group) => group.participantIds));
  const ungrouped = [...people.values()].filter((person) => !placed.has(person.personId));
  const groupOptions = [{ value: NO_GROUP, label: t('networkGroups.none') }, ...groups.map((group) => ({ value: group.key, label: group.name }))];

  // Any change after a save makes "saved" untrue until the next one.
  const edit = (change: (all: DraftGroup[]) => DraftGroup[]) => {
    setAnnouncement(null);
    setGroups(change);
  };
  const update = (key: string, change: (group: DraftGroup) => DraftGroup) => edit((all) => all.map((group) => (group.key === key ? change(group) : group)));
  const move = (personId: string, toKey: string) =>
    edit((all) =>
      all.map((group) => ({
        ...group,
        participantIds: group.key === toKey ? [...group.participantIds.filter((id) => id !== personId), personId] : group.participantIds.filter((id) => id !== personId),
      })),
    );
  const newGroup = (name: string): DraftGroup => ({ key: `new-${(nextKey.current += 1)}`, name, participantIds: [], facilitatorIds: [] });

  const propose = () =>
    proposal.mutate(
      { by, count: Number(count) },
      {
        onSuccess: (proposed) => {
          // Existing groups keep their id (and sessions) in order; facilitators stay with them.
          setGroups((all) =>
            proposed.groups.map((group, i) =>
              all[i]
                ? { ...all[i], participantIds: group.members.map((m) => m.personId) }
                : { key: `proposed-${i}-${group.name}`, name: group.name, participantIds: group.members.map((m) => m.personId), facilitatorIds: [] },
            ),
          );
          setAnnouncement({ message: t('networkGroups.propose.done') });
        },
      },
    );

  const submit = async () => {
    try {
      // The saved division replaces the one read, and with it this editor (the page starts a new one from it); the
      // word that it was saved is the page's to keep.
      const saved = await save.mutateAsync({ version: division.version, groups: groups.map(({ key: _, ...group }) => group) });
      setAnnouncement({ message: t('networkGroups.saved'), warnings: saved.warnings.map((warning) => warning.message) });
    } catch (error) {
      if (Object.keys(fieldErrors(error)).length > 0) focusFirstInvalid();
    }
  };
  const problems = fieldErrors(save.error);
  const changedMeanwhile = save.error instanceof ApiError && save.error.code === 'groups_changed';

  const personLine = (person: GroupPerson, currentKey: string) => (
    <li key={person.personId} className="group-person">
      <GroupPersonName person={person} />
      <SelectField
        className="group-person__move"
        label={t('networkGroups.move', { name: person.name })}
        name={`group-${person.personId}`}
        value={currentKey}
        options={groupOptions}
        onChange={(event) => move(person.personId, event.target.value)}
      />
    </li>
  );

  return (
    <>
      <section aria-labelledby="propose-heading" className="group-propose">
        <h2 id="propose-heading">{t('networkGroups.propose.title')}</h2>
        <form
          className="group-propose__form"
          onSubmit={(event) => {
            event.preventDefault();
            propose();
          }}
        >
          <SelectField
            label={t('networkGroups.propose.by')}
            name="by"
            value={by}
            onChange={(event) => setBy(event.target.value as GroupProposalKey)}
            options={[
              { value: 'region', label: t('networkGroups.propose.by.region') },
              { value: 'organisation', label: t('networkGroups.propose.by.organisation') },
            ]}
          />
          <TextField label={t('networkGroups.propose.count')} name="count" type="number" min={1} max={50} value={count} onChange={(event) => setCount(event.target.value)} required />
          <Button type="submit" variant="secondary" busy={proposal.isPending}>
            {t('networkGroups.propose.submit')}
          </Button>
        </form>
        {proposal.isError && <Alert tone="error">{errorMessage(proposal.error, t)}</Alert>}
      </section>

      <div className="group-grid">
        {groups.map((group, i) => (
          <section key={group.key} className="group-card" aria-labelledby={`group-${group.key}`}>
            <h2 id={`group-${group.key}`}>
              {group.name} <span className="group-card__count">({t('networkGroups.group.members', { count: group.participantIds.length })})</span>
            </h2>
            <TextField
              label={t('networkGroups.group.name')}
              name={`name-${i}`}
              value={group.name}
              maxLength={GROUP_NAME_MAX_LENGTH}
              error={problems[`groups.${i}.name`]}
              onChange={(event) => update(group.key, (g) => ({ ...g, name: event.target.value }))}
              required
            />
            <fieldset className="group-card__facilitators">
              <legend>{t('networkGroups.group.facilitators')}</legend>
              {division.facilitatorCandidates.map((candidate) => (
                <label key={candidate.personId} className="checkbox">
                  <input
                    type="checkbox"
                    checked={group.facilitatorIds.includes(candidate.personId)}
                    onChange={(event) =>
                      update(group.key, (g) => ({
                        ...g,
                        facilitatorIds: event.target.checked ? [...g.facilitatorIds, candidate.personId] : g.facilitatorIds.filter((id) => id !== candidate.personId),
                      }))
                    }
                  />{' '}
                  {candidate.name}
                </label>
              ))}
            </fieldset>
            {group.participantIds.length === 0 ? (
              <p>{t('networkGroups.group.empty')}</p>
            ) : (
              <ul className="group-people">{group.participantIds.flatMap((id) => (people.has(id) ? [personLine(people.get(id)!, group.key)] : []))}</ul>
            )}
            <Button variant="quiet" onClick={() => edit((all) => all.filter((g) => g.key !== group.key))}>
              {t('networkGroups.group.remove')}
            </Button>
          </section>
        ))}
      </div>
      <Button variant="secondary" onClick={() => edit((all) => [...all, newGroup(t('networkGroups.group.defaultName', { number: all.length + 1 }))])}>
        {t('networkGroups.group.add')}
      </Button>

      <section aria-labelledby="ungrouped-heading">
        <h2 id="ungrouped-heading">{t('networkGroups.ungrouped.title')}</h2>
        {ungrouped.length === 0 ? <p>{t('networkGroups.ungrouped.empty')}</p> : <ul className="group-people">{ungrouped.map((person) => personLine(person, NO_GROUP))}</ul>}
      </section>

      {/* In sight however long the page: with a hundred people to place, the save and its word stay at the bottom of the screen. */}
      <div className="group-actions">
        <div role="status">
          {announcement && (
            <Alert tone={announcement.warnings?.length ? 'info' : 'success'} live="off">
              {announcement.message}
              {announcement.warnings && announcement.warnings.length > 0 && (
                <ul>
                  {announcement.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
            </Alert>
          )}
        </div>
        {save.isError && (
          <Alert tone="error">
            {formErrorMessage(save.error, t)}{' '}
            {changedMeanwhile && (
              <Button variant="quiet" onClick={onReload}>
                {t('networkGroups.reload')}
              </Button>
            )}
          </Alert>
        )}
        <Button onClick={() => void submit()} busy={save.isPending}>
          {t('networkGroups.save')}
        </Button>
      </div>
    </>
  );
}
