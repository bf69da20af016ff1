import Link from 'next/link';
import { entityHref } from '../../lib/entity/entity-link.ts';
import { entityTypeName } from '../../lib/entity-types.ts';
import { entityTypeClass } from './entity-type-badge.tsx';

/** A link to an entity's page, marked with its type's colour. */
export function EntityLink({
  entity,
}: {
  entity: { key: string; name: string; type?: string | null };
}) {
  return (
    <Link
      href={entityHref(entity.key)}
      prefetch={false}
      className={`entity-name ${entityTypeClass(entity.type)}`}
      title={`${entityTypeName(entity.type, 1)}: open the entity page`}
    >
      {entity.name}
    </Link>
  );
}
