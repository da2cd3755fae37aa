import type { SessionRecord } from '@koers/shared/sessions';
import { MarkdownText } from '../../../components/markdown-text';
import { useT } from '../../../lib/i18n';

/** What was covered and the notes, as the trainers recorded them; nothing while both are empty. */
export function RecordView({ record }: { record: SessionRecord }) {
  const t = useT();
  if (!record.notes && !record.covered) return null;
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{t('sessions.record.title')}</h2>
      {record.covered && (
        <>
          <h3>{t('sessions.record.covered')}</h3>
          <MarkdownText source={record.covered} />
        </>
      )}
      {record.notes && (
        <>
          <h3>{t('sessions.record.notes')}</h3>
          <MarkdownText source={record.notes} />
        </>
      )}
    </section>
  );
}
