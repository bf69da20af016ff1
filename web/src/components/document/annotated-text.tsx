import type { ReactNode } from 'react';
import { highlightSegments, type MentionSpan } from '../../lib/document/highlight-segments.ts';
import { PASSAGE_ANCHOR } from '../../lib/document/passage-link.ts';
import { entityHref } from '../../lib/entity/entity-link.ts';
import { entityColourKey, entityTypeName } from '../../lib/entity-types.ts';
import type { TextSpan } from '../../lib/search/document-link.ts';
import type { TextRange } from '../../lib/text/segments.ts';

/**
 * A text page with its layers: entity mentions coloured by type (a mention of a known entity links
 * to its page; nested mentions nest), search hits as <mark id="hit-N">, and the passage a link
 * pointed at as <mark id="passage">, which the browser scrolls to. The text is always rendered as
 * text (React escapes it).
 */
export function AnnotatedText({
  text,
  pageStart,
  mentions,
  hits,
  target,
}: {
  text: string;
  pageStart: number;
  mentions: readonly MentionSpan[];
  hits: readonly TextRange[];
  target: TextSpan | null;
}) {
  const segments = highlightSegments(text, { pageStart, mentions, hits, target });
  const nodes = segments.map((segment, index) => {
    let node: ReactNode = segment.text;
    if (segment.hit !== null) {
      node = <mark id={segment.hitStart ? `hit-${segment.hit}` : undefined}>{node}</mark>;
    }
    // Innermost first, so the outer mentions wrap the inner ones; only the innermost links.
    segment.mentions.toReversed().forEach((mention, depth) => {
      node = (
        <Mention mention={mention} link={depth === 0}>
          {node}
        </Mention>
      );
    });
    return <span key={index}>{node}</span>;
  });
  // The target's runs are consecutive: one mark around all of them, so it reads as one passage.
  const first = segments.findIndex((segment) => segment.target);
  if (first < 0) return <>{nodes}</>;
  const after = segments.findIndex((segment, index) => index > first && !segment.target);
  const end = after < 0 ? segments.length : after;
  return (
    <>
      {nodes.slice(0, first)}
      <mark className="passage-target" id={PASSAGE_ANCHOR} data-testid="passage-target">
        {nodes.slice(first, end)}
      </mark>
      {nodes.slice(end)}
    </>
  );
}

function Mention({
  mention,
  link,
  children,
}: {
  mention: MentionSpan;
  link: boolean;
  children: ReactNode;
}) {
  const className = `mention entity-${entityColourKey(mention.type)}`;
  const title = `${entityTypeName(mention.type, 1)}: ${mention.text}`;
  if (link && mention.entityKey) {
    return (
      <a
        href={entityHref(mention.entityKey)}
        className={className}
        data-type={mention.type}
        title={`${title} (open the entity page)`}
      >
        {children}
      </a>
    );
  }
  return (
    <span className={className} data-type={mention.type} title={title}>
      {children}
    </span>
  );
}
