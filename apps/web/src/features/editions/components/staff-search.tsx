import { MAX_SEARCH_LENGTH, type Page } from '@koers/shared/api';
import type { StaffCandidate } from '@koers/shared/enrolments';
import { useDeferredValue, useState } from 'react';
import { TextField } from '../../../components/text-field';
import { useT } from '../../../lib/i18n';
import { useStaffCandidates } from '../api/staff-candidates';

/**
 * The trainers and facilitators to choose from, narrowed by a search box: an office with years of editions has more
 * than the hundred one list offers, and the box says when the list shows only part of them.
 */
export function useStaffSearch({ onSearch }: { onSearch?: () => void } = {}) {
  const [search, setSearch] = useState('');
  const candidates = useStaffCandidates(useDeferredValue(search.trim()));
  /** What `StaffSearchField` takes; `onSearch` runs on every change of the text (a choice from the old list is void). */
  const field = {
    search,
    onSearch: (text: string) => {
      setSearch(text);
      onSearch?.();
    },
    found: candidates.data,
  };
  return { search, candidates, field };
}

export function StaffSearchField({ name, search, onSearch, found }: { name: string; search: string; onSearch: (search: string) => void; found: Page<StaffCandidate> | undefined }) {
  const t = useT();
  const partly = found !== undefined && found.total > found.items.length;
  return (
    <>
      <TextField
        label={t('editions.staff.search')}
        name={name}
        type="search"
        autoComplete="off"
        maxLength={MAX_SEARCH_LENGTH}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        // The box narrows a list; Enter would send the form around it (make the schedule, add nobody).
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
        hint={partly ? t('editions.staff.searchPartly', { shown: found.items.length, total: found.total }) : undefined}
      />
      {/* What a search found, said to a screen reader, which does not see the list below change. */}
      <p className="visually-hidden" role="status">
        {!search.trim() || !found ? '' : found.total === 0 ? t('editions.staff.foundNobody') : t('editions.staff.found', { count: found.total })}
      </p>
    </>
  );
}
