// The document page's legend: how many mentions of each type the text has, in the order of the
// shared type table (unknown types after the known ones, alphabetically).
import { ENTITY_TYPES } from '../entity-types.ts';

export interface MentionTypeCount {
  type: string;
  count: number;
}

export function countMentionTypes(mentions: ReadonlyArray<{ type: string }>): MentionTypeCount[] {
  const counts = new Map<string, number>();
  for (const { type } of mentions) counts.set(type, (counts.get(type) ?? 0) + 1);
  const order: readonly string[] = ENTITY_TYPES;
  const rank = (type: string) => {
    const index = order.indexOf(type);
    return index < 0 ? order.length : index;
  };
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
}
