import Link from 'next/link';
import { passageHref } from '../../lib/document/passage-link.ts';
import type { TripleRow } from '../../lib/operations/entity.ts';
import { formatDate } from '../../lib/text/format.ts';
import { EntityLink } from './entity-link.tsx';
import { entityTypeClass } from './entity-type-badge.tsx';
import { PassageSnippet, type SnippetMark } from './passage-snippet.tsx';

type Argument = TripleRow['subject'];

/**
 * Triples as subject – relation – object, each argument linked to its entity page when it is one,
 * with the source sentence (subject, relation and object marked in it) linking to the document at
 * that place. `showDocument` names the document (off on the document's own page).
 */
export function TripleTable({
  triples,
  caption,
  showDocument = true,
}: {
  triples: readonly TripleRow[];
  caption: string;
  showDocument?: boolean;
}) {
  return (
    <table className="triple-table" data-testid="triples">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Subject</th>
          <th scope="col">Relation</th>
          <th scope="col">Object</th>
          <th scope="col" className="triple-source">
            Source sentence
          </th>
        </tr>
      </thead>
      <tbody>
        {triples.map((triple) => (
          <tr key={triple.id} data-testid="triple">
            <td>
              <TripleArgument argument={triple.subject} />
            </td>
            <td className="triple-relation">{triple.relation.text}</td>
            <td>
              <TripleArgument argument={triple.object} />
            </td>
            <td className="triple-source">
              <PassageSnippet
                passage={triple.sentence}
                marks={tripleMarks(triple)}
                fallback={`${triple.subject.text} ${triple.relation.text} ${triple.object.text}`}
              />
              <p className="muted triple-where">
                <Link
                  href={passageHref(triple.sentence)}
                  prefetch={false}
                  data-testid="triple-source-link"
                >
                  {showDocument
                    ? (triple.document.title ?? 'Open the document')
                    : 'Show in the text'}
                </Link>
                {triple.seenAt ? ` · ${formatDate(triple.seenAt)}` : ''}
              </p>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TripleArgument({ argument }: { argument: Argument }) {
  if (argument.entity) return <EntityLink entity={argument.entity} />;
  return <span className={`triple-argument ${entityTypeClass(null)}`}>{argument.text}</span>;
}

/** Subject and object in their entity's colour, the relation dotted. */
function tripleMarks(triple: TripleRow): SnippetMark[] {
  const marks: SnippetMark[] = [];
  const add = (argument: { start?: number | null; end?: number | null }, kind: string) => {
    if (typeof argument.start === 'number' && typeof argument.end === 'number') {
      marks.push({ start: argument.start, end: argument.end, kind });
    }
  };
  add(triple.subject, triple.subject.entity?.type ?? 'ARGUMENT');
  add(triple.relation, 'relation');
  add(triple.object, triple.object.entity?.type ?? 'ARGUMENT');
  return marks;
}
