import { EXPORT_FORMATS, type ExportFormat } from '@koers/shared/api';
import { useT } from '../lib/i18n';

/**
 * The downloads every export offers, side by side: the Excel workbook (dates and percentages as such, a frozen header
 * row with filters) and the CSV. Plain links, so the browser downloads with the session cookie; each says its format.
 */
export function DownloadLinks({ href }: { href: (format: ExportFormat) => string }) {
  const t = useT();
  return (
    <>
      {EXPORT_FORMATS.map((format) => (
        <a key={format} className="button button--secondary" href={href(format)} download>
          {t(`download.${format}`)}
        </a>
      ))}
    </>
  );
}
