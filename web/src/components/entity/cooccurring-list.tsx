import type { EntityPageEntity } from '../../lib/operations/entity.ts';
import { formatCount, formatInteger } from '../../lib/text/format.ts';
import { EntityLink } from './entity-link.tsx';
import { entityTypeClass } from './entity-type-badge.tsx';

type CoOccurrence = EntityPageEntity['cooccurring'][number];

/** Entities named in the same sentences, heaviest first, with a bar for the weight. */
export function CooccurringList({ items }: { items: readonly CoOccurrence[] }) {
  const heaviest = Math.max(1, ...items.map((item) => item.weight));
  return (
    <ul className="cooccurring-list" data-testid="cooccurring">
      {items.map((item) => (
        <li key={item.entity.key} className={entityTypeClass(item.entity.type)}>
          <EntityLink entity={item.entity} />
          <span
            className="muted"
            title={`${formatCount(item.weight, 'sentence')} shared, in ${formatCount(item.documents, 'document')}`}
          >
            <span
              className="weight-bar"
              style={{ width: `${Math.max(6, (item.weight / heaviest) * 56)}px` }}
              aria-hidden="true"
            />
            {formatInteger(item.weight)}
          </span>
        </li>
      ))}
    </ul>
  );
}
