import type { ChallengeLogEntry } from '@koers/shared/challenge';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { useT } from '../../../lib/i18n';

/** The dated log, newest first. */
export function ChallengeLog({ entries }: { entries: ChallengeLogEntry[] }) {
  const t = useT();
  if (entries.length === 0) return <p>{t('challenge.log.empty')}</p>;
  return (
    <ol className="challenge-log">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p className="challenge-log__date">
            <DateText value={entry.entryDate} format="date" />
            {entry.authorName && <span className="challenge-log__author"> · {entry.authorName}</span>}
          </p>
          <MarkdownText source={entry.text} />
        </li>
      ))}
    </ol>
  );
}
