import { Fragment, type ReactNode } from 'react';

/**
 * A small, safe subset of Markdown for texts written in Koers (assignment instructions):
 * paragraphs, line breaks, bullet and numbered lists, headings (shown as bold lines),
 * **bold**, *italic*, `code` and [links](https://…). Everything becomes React elements,
 * never HTML, so nothing a writer types can run as script.
 */
export function MarkdownText({ source, className }: { source: string; className?: string }) {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n{2,}/).filter((block) => block.trim());
  return <div className={['markdown', className].filter(Boolean).join(' ')}>{blocks.map(renderBlock)}</div>;
}

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const HEADING = /^#{1,6}\s+/;

function renderBlock(block: string, index: number): ReactNode {
  const lines = block.split('\n');
  if (lines.every((line) => BULLET.test(line))) {
    return <ul key={index}>{lines.map((line, i) => <li key={i}>{inline(line.replace(BULLET, ''))}</li>)}</ul>;
  }
  if (lines.every((line) => NUMBERED.test(line))) {
    return <ol key={index}>{lines.map((line, i) => <li key={i}>{inline(line.replace(NUMBERED, ''))}</li>)}</ol>;
  }
  if (lines.length === 1 && HEADING.test(block)) {
    return (
      <p key={index}>
        <strong>{inline(block.replace(HEADING, ''))}</strong>
      </p>
    );
  }
  return (
    <p key={index}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {inline(line)}
        </Fragment>
      ))}
    </p>
  );
}

const INLINE = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (/^(\*\*|__).+\1$/.test(part)) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (/^([*_]).+\1$/.test(part)) return <em key={i}>{part.slice(1, -1)}</em>;
    if (/^`.+`$/.test(part)) return <code key={i}>{part.slice(1, -1)}</code>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const safe = /^(https?:|mailto:)/i.test(link[2]);
      return safe ? (
        <a key={i} href={link[2]} rel="noopener noreferrer" target="_blank">
          {link[1]}
        </a>
      ) : (
        link[1]
      );
    }
    return part;
  });
}
