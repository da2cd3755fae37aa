import type { ChallengeLogEntry } from '@koers/shared/challenge';
import { DateText } from '../../../components/date-text';
import { MarkdownText } from '../../../components/markdown-text';
import { formatDate } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { LogComments } from './log-comments';

/** The dated log, newest first, each entry with its peer feedback for those who may read it. */
export function ChallengeLog({ entries, canComment, canModerate }: { entries: ChallengeLogEntry[]; canComment: boolean; canModerate: boolean }) {
  const { t, language } = useI18n();
  if (entries.length === 0) return <p>{t('challenge.log.empty')}</p>;
  // Each comment form is a landmark, its name read on entering it: it says which entry the form answers, and where
  // one day has several entries, which of them.
  const commentFormLabel = (entry: ChallengeLogEntry) => {
    const sameDay = entries.filter((other) => other.entryDate === entry.entryDate);
    const date = formatDate(entry.entryDate, language);
    return sameDay.length === 1
      ? t('challenge.comments.formLabel', { date })
      : t('challenge.comments.formLabelOfDay', { date, number: sameDay.indexOf(entry) + 1, total: sameDay.length });
  };
  return (
    <ol className="challenge-log">
      {entries.map((entry) => (
        <li key={entry.id}>
          <p className="challenge-log__date">
            <DateText value={entry.entryDate} format="date" />
            {entry.authorName && <span className="challenge-log__author"> · {entry.authorName}</span>}
          </p>
          <MarkdownText source={entry.text} />
          {entry.comments && <LogComments logEntryId={entry.id} formLabel={commentFormLabel(entry)} comments={entry.comments} canComment={canComment} canModerate={canModerate} />}
        </li>
      ))}
    </ol>
  );
}
