/**
 * Clusters one document's named mentions into entities. Mentions with the same type and
 * normalized name are one group; groups are then taken longest first, and a shorter group joins a
 * longer one when it can only mean that one:
 *   PERSON: its words are a subset of the longer name's words ("Merz", "Friedrich Merz" ->
 *     "Friedrich Merz Müller"), except a lone first name ("Friedrich"), which is too often someone
 *     else; when two longer names both fit ("Merz" with "Friedrich Merz" and "Angela Merz"), it
 *     joins neither.
 *   ORGANIZATION: it is the acronym of exactly one longer name ("DPA" -> "Deutsche
 *     Presse-Agentur"; German compounds such as "EZB" for "Europäische Zentralbank" are missed); "Siemens" does not join "Siemens Energy", they are different companies.
 *   LOCATION, MISC: only the same normalized name.
 * Lookups go through word and acronym indexes, so a document with thousands of names stays fast.
 */
import type { NamedEntityType } from '../types.ts';
import { nameTokens } from './name-normalization.ts';

export interface NameGroup {
  type: NamedEntityType;
  normalized: string;
  /** indexes of the group's mentions, in document order */
  mentions: number[];
  /** surface forms, in order of first appearance */
  surfaces: string[];
}

export interface NameCluster {
  type: NamedEntityType;
  /** the group with the longest name, which names the cluster */
  canonical: NameGroup;
  groups: NameGroup[];
}

/** Words left out of an acronym: "Bank for International Settlements" -> BIS. */
// prettier-ignore
const ACRONYM_FILLERS = new Set(['of', 'for', 'and', 'the', '&', 'für', 'und', 'der', 'die', 'des', 'de', 'du', 'la', 'le', 'les', 'el', 'los', 'y', 'et', 'del']);

/** Initials of the words, a hyphenated word giving one per part ("Presse-Agentur" -> PA). */
function acronymOf(tokens: readonly string[]): string {
  return tokens
    .flatMap((token) => token.split('-'))
    .filter((token) => !ACRONYM_FILLERS.has(token))
    .map((token) => token.charAt(0))
    .join('');
}

function looksLikeAcronym(group: NameGroup): boolean {
  return group.surfaces.some((surface) => /^\p{Lu}{2,6}$/u.test(surface.trim()));
}

class ClusterIndex {
  private readonly byWord = new Map<string, NameCluster[]>();
  private readonly byAcronym = new Map<string, NameCluster[]>();

  add(cluster: NameCluster): void {
    const tokens = nameTokens(cluster.canonical.normalized);
    for (const token of new Set(tokens))
      this.push(this.byWord, `${cluster.type}\u0000${token}`, cluster);
    if (cluster.type === 'ORGANIZATION' && tokens.length >= 2) {
      this.push(this.byAcronym, `${acronymOf(tokens)}`, cluster);
    }
  }

  /** Longer person names containing every word of `tokens`. */
  personsContaining(tokens: readonly string[]): NameCluster[] {
    const lists = tokens.map((token) => this.byWord.get(`PERSON\u0000${token}`) ?? []);
    const shortest = lists.reduce(
      (best, list) => (list.length < best.length ? list : best),
      lists[0] ?? [],
    );
    return shortest.filter((cluster) => {
      const words = nameTokens(cluster.canonical.normalized);
      return words.length > tokens.length && tokens.every((token) => words.includes(token));
    });
  }

  organizationsAbbreviatedAs(acronym: string): NameCluster[] {
    return this.byAcronym.get(acronym) ?? [];
  }

  private push(index: Map<string, NameCluster[]>, key: string, cluster: NameCluster): void {
    const list = index.get(key);
    if (list === undefined) index.set(key, [cluster]);
    else list.push(cluster);
  }
}

function joinTarget(group: NameGroup, index: ClusterIndex): NameCluster | undefined {
  const tokens = nameTokens(group.normalized);
  let candidates: NameCluster[] = [];
  if (group.type === 'PERSON') {
    candidates = index
      .personsContaining(tokens)
      .filter(
        (cluster) => tokens.length > 1 || nameTokens(cluster.canonical.normalized)[0] !== tokens[0],
      );
  } else if (group.type === 'ORGANIZATION' && tokens.length === 1 && looksLikeAcronym(group)) {
    candidates = index.organizationsAbbreviatedAs(tokens[0] ?? '');
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

export function clusterNameGroups(groups: readonly NameGroup[]): NameCluster[] {
  const ordered = [...groups].sort(
    (a, b) =>
      nameTokens(b.normalized).length - nameTokens(a.normalized).length ||
      b.mentions.length - a.mentions.length ||
      (a.mentions[0] ?? 0) - (b.mentions[0] ?? 0),
  );
  const index = new ClusterIndex();
  const clusters: NameCluster[] = [];
  for (const group of ordered) {
    const target = joinTarget(group, index);
    if (target !== undefined) {
      target.groups.push(group);
      continue;
    }
    const cluster: NameCluster = { type: group.type, canonical: group, groups: [group] };
    clusters.push(cluster);
    index.add(cluster);
  }
  return clusters;
}
