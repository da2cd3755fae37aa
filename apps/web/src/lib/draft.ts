import { useCallback, useState } from 'react';
import { useCurrentPerson } from './session';

/**
 * Text being written that outlives leaving the page: a reply typed, then a look at the thread list and Back, is still
 * there. Kept in this tab's sessionStorage under the person and `key` (another person logging in on the tab never
 * sees it), and gone once `clear` is called (it was sent) or the tab is closed. It outlives the session: after a
 * request answered 401 and the login it leads to, the same person finds their text back.
 */
export function useDraft(key: string): [string, (text: string) => void, () => void] {
  const storageKey = `koers:draft:${useCurrentPerson().id}:${key}`;
  const [text, setText] = useState(() => window.sessionStorage.getItem(storageKey) ?? '');
  const change = useCallback(
    (next: string) => {
      setText(next);
      if (next) window.sessionStorage.setItem(storageKey, next);
      else window.sessionStorage.removeItem(storageKey);
    },
    [storageKey],
  );
  const clear = useCallback(() => change(''), [change]);
  return [text, change, clear];
}
