import Link from 'next/link';
import { entityHref } from '../../lib/entity/entity-link.ts';
import { entityTypeName } from '../../lib/entity-types.ts';
import type { EntityMatch } from '../../lib/operations/entity.ts';
import { formatCount } from '../../lib/text/format.ts';
import { entityTypeClass } from '../entity/entity-type-badge.tsx';

/** Above the results: the entity the query names, with a link to its page. */
export function EntityOffer({ match }: { match: EntityMatch }) {
  const { entity } = match;
  return (
    <aside
      className={`panel entity-offer ${entityTypeClass(entity.type)}`}
      aria-label="Entity"
      data-testid="entity-offer"
    >
      <span>
        <strong>
          <Link href={entityHref(entity.key)} prefetch={false} data-testid="entity-offer-link">
            {entity.name}
          </Link>
        </strong>{' '}
        <span className="muted">
          {entityTypeName(entity.type, 1)}
          {match.matched !== entity.name ? `, also written “${match.matched}”` : ''}
        </span>
      </span>
      <span className="muted">
        {formatCount(entity.mentionCount, 'mention')} in{' '}
        {formatCount(entity.documentCount, 'document')} ·{' '}
        <Link href={entityHref(entity.key)} prefetch={false}>
          Open the entity page
        </Link>
      </span>
    </aside>
  );
}
