import type { SubmissionVersion } from '@koers/shared/assignments';
import { useT } from '../lib/i18n';
import { DateText } from './date-text';
import { MarkdownText } from './markdown-text';
import './submissions.css';

const KILOBYTE = 1024;

function fileSize(bytes: number): string {
  if (bytes < KILOBYTE * KILOBYTE) return `${Math.max(1, Math.round(bytes / KILOBYTE))} kB`;
  return `${(bytes / KILOBYTE / KILOBYTE).toFixed(1).replace('.', ',')} MB`;
}

/** Every version of someone's work on an assignment (newest first), with its files and the feedback on it. */
export function SubmissionVersions({ versions, headingLevel = 3 }: { versions: SubmissionVersion[]; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const FeedbackHeading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <ol className="versions" reversed>
      {versions.map((version) => (
        <li key={version.id} className="version">
          <Heading className="version__heading">
            <span>{t('submission.version', { number: version.version })}</span>
            <span className="version__meta">
              {t('submission.handedInAt')} <DateText value={version.submittedAt} />
            </span>
            {version.late && <span className="badge badge--submission-late">{t('submission.late')}</span>}
          </Heading>
          {version.text && <p className="version__text">{version.text}</p>}
          {version.files.length > 0 && (
            <ul className="version__files" aria-label={t('submission.files')}>
              {version.files.map((file) => (
                <li key={file.id}>
                  <a href={file.downloadUrl} download={file.fileName}>
                    {file.fileName}
                  </a>{' '}
                  <span className="version__meta">({fileSize(file.sizeBytes)})</span>
                </li>
              ))}
            </ul>
          )}
          {version.feedback.map((feedback, index) => (
            // A region per feedback, named so that no two on the page share a name (each version can have its own).
            <section
              key={feedback.id}
              className={`feedback feedback--${feedback.outcome}`}
              aria-label={
                version.feedback.length === 1
                  ? t('submission.feedbackOn', { number: version.version })
                  : t('submission.feedbackOnOf', { number: version.version, index: index + 1, total: version.feedback.length })
              }
            >
              <FeedbackHeading className="version__heading">
                <span>{t(`submission.outcome.${feedback.outcome}`)}</span>
                <span className="version__meta">
                  {feedback.reviewerName ?? t('submission.unknownReviewer')}, <DateText value={feedback.createdAt} />
                </span>
              </FeedbackHeading>
              {feedback.comment && <MarkdownText source={feedback.comment} className="feedback__comment" />}
            </section>
          ))}
        </li>
      ))}
    </ol>
  );
}
