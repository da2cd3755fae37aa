import { Button } from '../../../components/button';
import { useT } from '../../../lib/i18n';

export interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** Names the navigation landmark, e.g. "Verzendingen". */
  label: string;
  onPage: (page: number) => void;
}

/** Previous / next with "Pagina 2 van 7"; renders nothing when everything fits on one page. */
export function Pager({ page, pageSize, total, label, onPage }: PagerProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="mail-pager" aria-label={`${label}: ${t('notifications.mail.pagination')}`}>
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('notifications.mail.previous')}
      </Button>
      <span>{t('notifications.mail.page', { page, pages })}</span>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('notifications.mail.next')}
      </Button>
    </nav>
  );
}
