import { highlightSegments } from '../../lib/document/highlight-segments.ts';
import { snippetWindow } from '../../lib/entity/snippet-window.ts';
import type { TextSpan } from '../../lib/search/document-link.ts';
import { entityColourKey } from '../../lib/entity-types.ts';

export interface PassageSnippetData {
  start: number;
  text: string | null;
  before: string | null;
  after: string | null;
}

export interface SnippetMark extends TextSpan {
  /** An entity type (coloured as on the document page) or 'relation'. */
  kind: string;
}

/**
 * A passage with its context, the given spans marked inside it (document offsets, like the
 * passage's). When the passage could not be read (its document is gone or unreadable) the
 * fallback text is shown on its own.
 */
export function PassageSnippet({
  passage,
  marks,
  fallback,
}: {
  passage: PassageSnippetData | null;
  marks: readonly SnippetMark[];
  fallback: string;
}) {
  if (!passage || passage.text === null) {
    return (
      <q className="passage-snippet" data-testid="passage-snippet">
        <span className="passage-mark">{fallback}</span>
      </q>
    );
  }
  // A very long sentence (a table, a list) is shown around its marks only.
  const window = snippetWindow(
    passage.text,
    marks.map((mark) => ({ start: mark.start - passage.start, end: mark.end - passage.start })),
  );
  const segments = highlightSegments(passage.text.slice(window.from, window.to), {
    pageStart: passage.start + window.from,
    mentions: marks.map((mark) => ({ ...mark, type: mark.kind, entityKey: null, text: '' })),
    hits: [],
    target: null,
  });
  return (
    <q className="passage-snippet" data-testid="passage-snippet">
      {window.cutStart ? (
        <span className="passage-context">…</span>
      ) : passage.before ? (
        <span className="passage-context">…{passage.before}</span>
      ) : null}
      {segments.map((segment, index) => {
        const mark = segment.mentions.at(-1);
        if (!mark) return <span key={index}>{segment.text}</span>;
        return (
          <mark key={index} className={`passage-mark ${markClass(mark.type)}`}>
            {segment.text}
          </mark>
        );
      })}
      {window.cutEnd ? (
        <span className="passage-context">…</span>
      ) : passage.after ? (
        <span className="passage-context">{passage.after}…</span>
      ) : null}
    </q>
  );
}

function markClass(kind: string): string {
  if (kind === 'relation') return 'passage-mark-relation';
  return `entity-${entityColourKey(kind)}`;
}
