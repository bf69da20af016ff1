/**
 * From a document's mentions to its entities. Named mentions are clustered (cluster-names.ts),
 * each cluster is offered to the linker once, and clusters that link to the same knowledge-base
 * entry become one entity. Pattern mentions are one entity per type and normalized value. Keys
 * follow types.ts: `wikipedia:<Title>` / `geonames:<id>` when linked, `name:<TYPE>:<normalized>`
 * for an unlinked name, `value:<TYPE>:<normalized>` for a pattern entity.
 */
import type {
  EntityType,
  KnowledgeBaseLink,
  Mention,
  NamedEntityType,
  ResolvedEntity,
} from '../types.ts';
import { NAMED_ENTITY_TYPES } from '../types.ts';
import { clusterNameGroups, type NameCluster, type NameGroup } from './cluster-names.ts';
import { canonicalName, normalizeName, titleStart } from './name-normalization.ts';
import type { EntityLinker, LinkCandidate } from './services.ts';

export interface ResolutionInput {
  mentions: readonly Mention[];
  /** links that came with a mention (gazetteer hits), by mention index */
  presetLinks?: ReadonlyMap<number, KnowledgeBaseLink>;
  linker: EntityLinker | null;
  language: string | null;
  /** the document text; with it, the titled form before a person's name is an alias too */
  text?: string;
}

export interface Resolution {
  entities: ResolvedEntity[];
  /** the entity key of each mention, parallel to the mentions */
  keyOfMention: string[];
}

const isNamed = (type: EntityType): type is NamedEntityType =>
  (NAMED_ENTITY_TYPES as readonly string[]).includes(type);

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The mention's surface forms: its text, and for a person the text with the titles before it. */
function surfacesOf(mention: Mention, text: string | undefined): string[] {
  const surfaces = [collapse(mention.text)];
  if (mention.type === 'PERSON' && text !== undefined) {
    const titled = titleStart(text, mention.start);
    if (titled < mention.start) surfaces.push(collapse(text.slice(titled, mention.end)));
  }
  return surfaces;
}

/** Same type and normalized name (or value) -> one group. */
function groupMentions(
  mentions: readonly Mention[],
  text: string | undefined,
): { named: NameGroup[]; values: Map<string, number[]> } {
  const named = new Map<string, NameGroup>();
  const values = new Map<string, number[]>();
  mentions.forEach((mention, index) => {
    if (isNamed(mention.type)) {
      const normalized = normalizeName(mention.text, mention.type);
      const id = `${mention.type}\u0000${normalized}`;
      let group = named.get(id);
      if (group === undefined) {
        group = { type: mention.type, normalized, mentions: [], surfaces: [] };
        named.set(id, group);
      }
      group.mentions.push(index);
      for (const surface of surfacesOf(mention, text)) {
        if (!group.surfaces.includes(surface)) group.surfaces.push(surface);
      }
    } else {
      const key = `value:${mention.type}:${mention.normalized ?? normalizeName(mention.text, mention.type)}`;
      const list = values.get(key);
      if (list === undefined) values.set(key, [index]);
      else list.push(index);
    }
  });
  return { named: [...named.values()], values };
}

const longest = (surfaces: readonly string[]): string =>
  surfaces.reduce(
    (best, surface) => (surface.length > best.length ? surface : best),
    surfaces[0] ?? '',
  );

function clusterEntity(cluster: NameCluster): ResolvedEntity {
  const name = canonicalName(longest(cluster.canonical.surfaces), cluster.type);
  const surfaces = cluster.groups.flatMap((group) => group.surfaces);
  return {
    key: `name:${cluster.type}:${cluster.canonical.normalized}`,
    type: cluster.type,
    name,
    aliases: [...new Set([name, ...surfaces])],
    mentions: cluster.groups.flatMap((group) => group.mentions).sort((a, b) => a - b),
  };
}

function valueEntity(key: string, indexes: number[], mentions: readonly Mention[]): ResolvedEntity {
  const surfaces = [...new Set(indexes.map((index) => collapse(mentions[index]?.text ?? '')))];
  const type = mentions[indexes[0] ?? 0]?.type ?? 'MISC';
  return { key, type, name: longest(surfaces), aliases: surfaces, mentions: indexes };
}

/** The best link a cluster's own mentions brought along (gazetteer hits), if any. */
function presetLinkOf(
  entity: ResolvedEntity,
  presetLinks: ReadonlyMap<number, KnowledgeBaseLink> | undefined,
) {
  let best: KnowledgeBaseLink | undefined;
  for (const index of entity.mentions) {
    const link = presetLinks?.get(index);
    if (link !== undefined && (best === undefined || link.score > best.score)) best = link;
  }
  return best;
}

function applyLink(entity: ResolvedEntity, link: KnowledgeBaseLink): ResolvedEntity {
  return {
    ...entity,
    key: `${link.kb}:${link.id}`,
    name: link.title,
    aliases: [...new Set([link.title, ...entity.aliases])],
    link,
  };
}

async function linkEntities(
  named: ResolvedEntity[],
  input: ResolutionInput,
): Promise<ResolvedEntity[]> {
  const withPresets = named.map((entity) => {
    const preset = presetLinkOf(entity, input.presetLinks);
    return preset === undefined ? entity : applyLink(entity, preset);
  });
  const unlinked = withPresets.filter((entity) => entity.link === undefined);
  if (input.linker === null || unlinked.length === 0) return withPresets;
  const candidates: LinkCandidate[] = unlinked.map(({ name, type, aliases }) => ({
    name,
    type,
    aliases,
  }));
  const links = await input.linker.link(candidates, {
    language: input.language,
    names: withPresets.map((entity) => entity.name),
  });
  const linked = new Map<ResolvedEntity, KnowledgeBaseLink>();
  unlinked.forEach((entity, position) => {
    const link = links[position];
    if (link !== null && link !== undefined) linked.set(entity, link);
  });
  return withPresets.map((entity) => {
    const link = linked.get(entity);
    return link === undefined ? entity : applyLink(entity, link);
  });
}

/** Entities that ended up with the same key (two clusters linked to one title) become one. */
function mergeByKey(entities: readonly ResolvedEntity[]): ResolvedEntity[] {
  const byKey = new Map<string, ResolvedEntity>();
  for (const entity of entities) {
    const existing = byKey.get(entity.key);
    if (existing === undefined) {
      byKey.set(entity.key, entity);
      continue;
    }
    existing.aliases = [...new Set([...existing.aliases, ...entity.aliases])];
    existing.mentions.push(...entity.mentions);
  }
  const merged = [...byKey.values()];
  for (const entity of merged) entity.mentions.sort((a, b) => a - b);
  return merged;
}

export async function resolveEntities(input: ResolutionInput): Promise<Resolution> {
  const { named, values } = groupMentions(input.mentions, input.text);
  const namedEntities = await linkEntities(clusterNameGroups(named).map(clusterEntity), input);
  const valueEntities = [...values].map(([key, indexes]) =>
    valueEntity(key, indexes, input.mentions),
  );
  const entities = mergeByKey([...namedEntities, ...valueEntities]).sort(
    (a, b) => (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0),
  );
  const keyOfMention = new Array<string>(input.mentions.length).fill('');
  for (const entity of entities)
    for (const index of entity.mentions) keyOfMention[index] = entity.key;
  return { entities, keyOfMention };
}
