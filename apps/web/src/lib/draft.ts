import { useCallback, useState } from 'react';
import { useCurrentPerson } from './session';

const stored = (storageKey: string) => window.sessionStorage.getItem(storageKey) ?? '';

/**
 * Text being written that outlives leaving the page: a reply typed, then a look at the thread list and Back, is still
 * there. Kept in this tab's sessionStorage under the person and `key` (another person logging in on the tab never
 * sees it), and gone once `clear` is called (it was sent) or the tab is closed. It outlives the session: after a
 * request answered 401 and the login it leads to, the same person finds their text back. A form that stays on screen
 * while its key changes (another edition chosen) shows that key's draft.
 */
export function useDraft(key: string): [string, (text: string) => void, () => void] {
  const storageKey = `koers:draft:${useCurrentPerson().id}:${key}`;
  const [draft, setDraft] = useState(() => ({ storageKey, text: stored(storageKey) }));
  // Read again while rendering, which React then repeats with it before anything is shown.
  if (draft.storageKey !== storageKey) setDraft({ storageKey, text: stored(storageKey) });
  const change = useCallback(
    (next: string) => {
      setDraft({ storageKey, text: next });
      if (next) window.sessionStorage.setItem(storageKey, next);
      else window.sessionStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  const clear = useCallback(() => change(''), [change]);
  return [draft.text, change, clear];
}
