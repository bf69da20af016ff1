import type { EntityPageEntity } from '../../lib/operations/entity.ts';

type Link = NonNullable<EntityPageEntity['kb']>;

/** 53.5511 → "53.5511° N" (four decimals: about 10 m). */
function coordinate(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(4)}° ${value >= 0 ? positive : negative}`;
}

const SOURCE_NAMES: Record<string, string> = { wikipedia: 'Wikipedia', geonames: 'GeoNames' };

/**
 * The knowledge-base entry the entity is linked to: the Wikipedia title, or the GeoNames id with
 * its coordinates. The address is on the public web, which an offline deployment may not reach,
 * so the title and id are shown as text too.
 */
export function KnowledgeBaseLink({ kb }: { kb: Link | null }) {
  if (!kb) return <span className="muted">Not linked to a knowledge base</span>;
  const source = SOURCE_NAMES[kb.source] ?? kb.source;
  const label =
    kb.source === 'geonames' ? `${source} ${kb.id} (${kb.title})` : `${source}: ${kb.title}`;
  const hasPoint = typeof kb.latitude === 'number' && typeof kb.longitude === 'number';
  return (
    <span data-testid="kb-link">
      {kb.url ? (
        <a href={kb.url} rel="noreferrer noopener external" target="_blank">
          {label}
        </a>
      ) : (
        label
      )}
      {hasPoint ? (
        <span className="muted" data-testid="kb-coordinates">
          {' '}
          · {coordinate(kb.latitude!, 'N', 'S')}, {coordinate(kb.longitude!, 'E', 'W')}
        </span>
      ) : null}
    </span>
  );
}
