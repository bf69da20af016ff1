import { entityColourKey, entityTypeName } from '../../lib/entity-types.ts';

/** The class that sets --entity-colour for a type (unknown types get the pattern grey). */
export function entityTypeClass(type: string | null | undefined): string {
  return `entity-${entityColourKey(type)}`;
}

export function EntityTypeBadge({ type }: { type: string | null | undefined }) {
  return (
    <span className={`entity-type-badge ${entityTypeClass(type)}`} data-testid="entity-type">
      <span className="entity-swatch" aria-hidden="true" />
      {entityTypeName(type, 1)}
    </span>
  );
}
