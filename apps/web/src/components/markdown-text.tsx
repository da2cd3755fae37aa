import { markdownToHtml } from '@koers/shared/markdown';
import { useMemo } from 'react';

/**
 * A text written in Koers (instructions, session records, minutes) rendered as Markdown by the one renderer the mails
 * and calendar events use too. Its HTML is safe to place: raw HTML is off and only http(s) and mailto links are made.
 */
export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => markdownToHtml(source), [source]);
  return <div className={['markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
