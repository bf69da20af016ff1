/**
 * Split rules applied to one document's knowledge before it is written (docs/graph-api.md,
 * "Curation"). A rule `(to)-[:SPLIT_FROM {aliases}]->(from)` says: a mention of `from` whose
 * normalized text is one of `aliases` belongs to `to`. Splits and rejected knowledge-base links are
 * both stored this way. The same function rewrites a fresh extraction (a re-ingest, a new document)
 * and a document rebuilt from what the graph stores, so both give the same graph.
 */
import {
  canonicalName,
  countCooccurrences,
  NAMED_ENTITY_TYPES,
  normalizeName,
  type DocumentKnowledge,
  type EntityType,
  type KnowledgeBaseLink,
  type ResolvedEntity,
  type Triple,
  type TripleArgument,
} from '@quarry/knowledge';

export interface SplitRule {
  /** the entity the aliases were split from */
  from: string;
  /** the entity they belong to: a curated one (split) or the alias's own `name:` entity (link) */
  to: string;
  /** normalized forms (aliasForm) */
  aliases: string[];
}

/** How an alias or a mention's text is compared with a rule: the pipeline's name normalization. */
export function aliasForm(text: string, type: EntityType): string {
  return normalizeName(text, type);
}

/** from key -> alias form -> to key. Rules are sorted first, so a conflict resolves the same way every time. */
type RuleIndex = Map<string, Map<string, string>>;

function indexRules(rules: readonly SplitRule[]): RuleIndex {
  const index: RuleIndex = new Map();
  const sorted = [...rules].sort((x, y) =>
    x.from === y.from ? (x.to < y.to ? -1 : 1) : x.from < y.from ? -1 : 1,
  );
  for (const rule of sorted) {
    let forms = index.get(rule.from);
    if (forms === undefined) {
      forms = new Map<string, string>();
      index.set(rule.from, forms);
    }
    for (const alias of rule.aliases) if (!forms.has(alias)) forms.set(alias, rule.to);
  }
  return index;
}

/** Follows rules from `key` for this form, through chains (a split of a split), never in a circle. */
function follow(index: RuleIndex, key: string, form: string): string {
  let current = key;
  const seen = new Set([key]);
  for (;;) {
    const next = index.get(current)?.get(form);
    if (next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

const isNamed = (type: EntityType): boolean =>
  (NAMED_ENTITY_TYPES as readonly string[]).includes(type);

/**
 * The longest surface; ties go to the first in code-point order, so the name does not depend on the
 * order the aliases come in (an extraction and the graph's sorted copy of it give the same name).
 */
const longest = (surfaces: readonly string[]): string =>
  surfaces.reduce(
    (best, s) => (s.length > best.length || (s.length === best.length && s < best) ? s : best),
    surfaces[0] ?? '',
  );

/** The name a part gets when its own name went elsewhere: like the pipeline names a cluster. */
function nameFrom(aliases: readonly string[], type: EntityType): string {
  const surface = longest(aliases);
  return isNamed(type) ? canonicalName(surface, type) : surface;
}

/** The mentions of one original entity that end up under one key. */
interface Part {
  key: string;
  type: EntityType;
  /** the part that keeps the original entity's key (its type and link win when parts meet) */
  kept: boolean;
  /** the original name, when it stays with this part; else one is made from the aliases */
  name: string | null;
  link?: KnowledgeBaseLink;
  aliases: string[];
  mentions: number[];
}

function addAlias(part: Part, alias: string): void {
  if (!part.aliases.includes(alias)) part.aliases.push(alias);
}

function toEntity(part: Part): ResolvedEntity {
  const entity: ResolvedEntity = {
    key: part.key,
    type: part.type,
    name: part.name ?? nameFrom(part.aliases, part.type),
    aliases: part.aliases,
    mentions: [...part.mentions].sort((a, b) => a - b),
  };
  if (part.link) entity.link = part.link;
  return entity;
}

/**
 * The knowledge with every mention that a rule claims moved to its entity: entities split into
 * parts (a part without mentions is gone), triples' arguments re-pointed, co-occurrences counted
 * again exactly as the extractor counts them. Answers the same object when no rule applies, so
 * a document untouched by curation is written exactly as extracted.
 */
export function applySplitRules(
  knowledge: DocumentKnowledge,
  rules: readonly SplitRule[],
): DocumentKnowledge {
  if (rules.length === 0) return knowledge;
  const index = indexRules(rules);
  const keyOfMention = new Array<string>(knowledge.mentions.length).fill('');
  let changed = false;
  for (const entity of knowledge.entities) {
    for (const i of entity.mentions) {
      const mention = knowledge.mentions[i];
      if (mention === undefined) continue;
      const key = follow(index, entity.key, aliasForm(mention.text, mention.type));
      keyOfMention[i] = key;
      if (key !== entity.key) changed = true;
    }
  }
  if (!changed) return knowledge;

  const parts = new Map<string, Part>();
  for (const entity of knowledge.entities) {
    for (const part of splitEntity(entity, knowledge, keyOfMention, index)) {
      const existing = parts.get(part.key);
      if (existing === undefined) {
        parts.set(part.key, part);
        continue;
      }
      // Two entities of this document met under one key (an alias went to an entity the document
      // also names directly): one entity, whose own name, type and link win.
      const primary = part.kept && !existing.kept ? part : existing;
      const other = primary === part ? existing : part;
      for (const alias of other.aliases) addAlias(primary, alias);
      primary.mentions.push(...other.mentions);
      parts.set(part.key, primary);
    }
  }
  const entities = [...parts.values()]
    .map(toEntity)
    .sort((a, b) => (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0));
  const finalKeys = new Set(entities.map((entity) => entity.key));
  return {
    ...knowledge,
    entities,
    triples: knowledge.triples.map((triple) =>
      repointTriple(triple, knowledge, keyOfMention, index, finalKeys),
    ),
    cooccurrences: countCooccurrences(knowledge.mentions, keyOfMention),
  };
}

function splitEntity(
  entity: ResolvedEntity,
  knowledge: DocumentKnowledge,
  keyOfMention: readonly string[],
  index: RuleIndex,
): Part[] {
  const parts = new Map<string, Part>();
  for (const i of entity.mentions) {
    const key = keyOfMention[i] ?? entity.key;
    let part = parts.get(key);
    if (part === undefined) {
      part = {
        key,
        type: entity.type,
        kept: key === entity.key,
        name: null,
        aliases: [],
        mentions: [],
      };
      if (part.kept && entity.link) part.link = entity.link;
      parts.set(key, part);
    }
    part.mentions.push(i);
  }
  // Aliases follow the rules too (a titled form "Herr Merz" goes where "Merz" goes); an alias
  // whose part lost all its mentions goes with it.
  for (const alias of entity.aliases) {
    const part = parts.get(follow(index, entity.key, aliasForm(alias, entity.type)));
    if (part !== undefined) addAlias(part, alias);
  }
  // A knowledge-base title stays the kept part's name; any other name goes where its form goes.
  const nameGoesTo = entity.link
    ? entity.key
    : follow(index, entity.key, aliasForm(entity.name, entity.type));
  for (const part of parts.values()) {
    for (const i of part.mentions) addAlias(part, collapse(knowledge.mentions[i]?.text ?? ''));
    if (part.key === nameGoesTo) part.name = entity.name;
  }
  return [...parts.values()];
}

/**
 * A triple's argument points where the mention it overlaps went; without an overlapping mention,
 * where its text would go; and nowhere when that entity is not in the document any more.
 */
function repointArgument(
  argument: TripleArgument,
  knowledge: DocumentKnowledge,
  keyOfMention: readonly string[],
  index: RuleIndex,
  finalKeys: ReadonlySet<string>,
): TripleArgument {
  const original = argument.entityKey;
  if (original === undefined) return argument;
  const entity = knowledge.entities.find((candidate) => candidate.key === original);
  const overlapping = entity?.mentions.find((i) => {
    const mention = knowledge.mentions[i];
    return mention !== undefined && mention.start < argument.end && argument.start < mention.end;
  });
  let key =
    overlapping !== undefined
      ? (keyOfMention[overlapping] ?? original)
      : follow(index, original, aliasForm(argument.text, entity?.type ?? 'MISC'));
  if (!finalKeys.has(key)) key = original;
  if (key === original && finalKeys.has(original)) return argument;
  const { entityKey: _dropped, ...rest } = argument;
  return finalKeys.has(key) ? { ...rest, entityKey: key } : rest;
}

function repointTriple(
  triple: Triple,
  knowledge: DocumentKnowledge,
  keyOfMention: readonly string[],
  index: RuleIndex,
  finalKeys: ReadonlySet<string>,
): Triple {
  return {
    ...triple,
    subject: repointArgument(triple.subject, knowledge, keyOfMention, index, finalKeys),
    object: repointArgument(triple.object, knowledge, keyOfMention, index, finalKeys),
  };
}
