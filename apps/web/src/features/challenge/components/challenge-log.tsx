import type { ChallengeLogEntry } from '@koers/shared/challenge';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { useT } from '../../../lib/i18n';
import { LogComments } from './log-comments';

/** The dated log, newest first, each entry with its peer feedback for those who may read it. */
export function ChallengeLog({ entries, canComment, canModerate }: { entries: ChallengeLogEntry[]; canComment: boolean; canModerate: boolean }) {
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
          {entry.comments && <LogComments logEntryId={entry.id} comments={entry.comments} canComment={canComment} canModerate={canModerate} />}
        </li>
      ))}
    </ol>
  );
}
