import { entityColourKey, entityTypeName } from '../../lib/entity-types.ts';
import type { MentionTypeCount } from '../../lib/document/mention-types.ts';
import { formatInteger } from '../../lib/text/format.ts';

/**
 * The colours of the mentions in the text, one switch per type. The switches work without
 * script: a type switched off loses its colour through CSS (:has, entity-pages.css), so the
 * text never reloads.
 */
export function MentionLegend({ types }: { types: readonly MentionTypeCount[] }) {
  if (types.length === 0) return null;
  return (
    <fieldset className="mention-legend" data-testid="mention-legend">
      <legend>Entities in the text</legend>
      {types.map(({ type, count }) => (
        <label key={type} className={`entity-${entityColourKey(type)}`}>
          <input type="checkbox" defaultChecked data-type-toggle={type} />
          <span className="entity-swatch" aria-hidden="true" />
          {entityTypeName(type, count)} <span className="muted">{formatInteger(count)}</span>
        </label>
      ))}
    </fieldset>
  );
}
