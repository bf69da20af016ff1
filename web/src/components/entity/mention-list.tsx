import Link from 'next/link';
import { passageHref } from '../../lib/document/passage-link.ts';
import type { EntityMentionRow } from '../../lib/operations/entity.ts';
import { formatDate } from '../../lib/text/format.ts';
import { PassageSnippet } from './passage-snippet.tsx';

/**
 * Mentions with their sentence as a snippet (the mention marked in its type's colour); each
 * opens the document at exactly that place, highlighted.
 */
export function MentionList({ mentions }: { mentions: readonly EntityMentionRow[] }) {
  return (
    <ol className="mention-list" data-testid="mentions">
      {mentions.map((mention) => {
        const href = passageHref({
          documentId: mention.documentId,
          start: mention.start,
          end: mention.end,
          page: mention.sentence.page,
        });
        return (
          <li key={mention.id} data-testid="mention">
            <div className="mention-source">
              <Link href={href} prefetch={false} data-testid="mention-link">
                {mention.document.title ?? 'Untitled document'}
              </Link>
              <span className="muted">
                {mention.seenAt ? formatDate(mention.seenAt) : 'undated'}
                {mention.text !== '' ? ` · “${mention.text}”` : ''}
              </span>
            </div>
            <PassageSnippet
              passage={mention.sentence}
              marks={[{ start: mention.start, end: mention.end, kind: mention.type }]}
              fallback={mention.text}
            />
          </li>
        );
      })}
    </ol>
  );
}
