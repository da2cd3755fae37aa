import { useRef } from 'react';
import { useFocusAfterRender } from '../lib/focus-after-render';
import { useT } from '../lib/i18n';
import { Button } from './button';
import './pager.css';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** What is paged through, e.g. "Verzendingen": the landmark is then named "Verzendingen: Pagina’s". */
  label: string;
  onPage: (page: number) => void;
}

/**
 * Previous / next with "Pagina 2 van 7"; renders nothing when everything fits on the first page. On a page past the
 * last (the list shrank: the last item on it was handled, and the browser went back) it says so, and *Vorige* goes
 * to the last page.
 */
export function Pager({ page, pageSize, total, label, onPage }: PagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const focusAfterRender = useFocusAfterRender();
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  if (pages <= 1 && page <= 1) return null;
  const beyond = page > pages;

  const go = (next: number) => {
    onPage(next);
    // On the first or last page the pressed button turns disabled and drops focus: it goes to the other one, once
    // that one is enabled on the new page.
    const other = next <= 1 ? nextRef : next >= pages ? previousRef : null;
    if (other) focusAfterRender(() => (other.current?.disabled ? null : other.current));
  };

  return (
    <nav className="pager" aria-label={t('pager.label', { label })}>
      <Button ref={previousRef} variant="secondary" disabled={page <= 1} onClick={() => go(Math.min(page - 1, pages))}>
        {t('pager.previous')}
      </Button>
      {/* Focus stays on the button pressed, so the new page number is announced from here. */}
      <span aria-live="polite">
        {!beyond ? t('pager.page', { page, pages }) : total === 0 ? t('pager.beyondEmpty', { page }) : t('pager.beyond', { page, count: pages })}
      </span>
      <Button ref={nextRef} variant="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        {t('pager.next')}
      </Button>
    </nav>
  );
}
