import { keyphrasesSkill } from './keyphrases-skill.ts';
import { isKnowledgeSkill, knowledgeSkills, type KnowledgeSkill } from './knowledge-skills.ts';
import { languageSkill } from './language-skill.ts';
import type { ChunkInput, Skill } from './skill.ts';

/**
 * Every per-chunk skill of the search stage, in run order. A new one is added here and nowhere
 * else; knowledge-stage skills are in knowledge-skills.ts.
 */
export const skills: readonly Skill[] = [languageSkill, keyphrasesSkill];

/**
 * Where a skill runs: 'search' skills before the document is indexed (per chunk), 'knowledge'
 * skills in the knowledge stage afterwards, so search never waits for them.
 */
export type SkillStage = 'search' | 'knowledge';

export interface SkillInfo {
  name: string;
  version: string;
  description: string;
  default: boolean;
  stage: SkillStage;
}

/** Every skill a job may choose, both stages: what clients are offered and jobs are checked against. */
export const skillCatalogue: SkillInfo[] = [
  ...skills.map((skill) => ({ ...info(skill), stage: 'search' as const })),
  ...knowledgeSkills.map((skill) => ({ ...info(skill), stage: 'knowledge' as const })),
];

function info({ name, version, description, default: isDefault }: Skill | KnowledgeSkill) {
  return { name, version, description, default: isDefault };
}

/** The skills a job runs when it chooses none: the defaults of both stages. */
export function defaultSkillNames(): string[] {
  return skillCatalogue.filter((skill) => skill.default).map((skill) => skill.name);
}

export class UnknownSkillError extends Error {
  readonly names: string[];

  constructor(names: string[]) {
    super(`Unknown skill${names.length === 1 ? '' : 's'}: ${names.join(', ')}`);
    this.name = 'UnknownSkillError';
    this.names = names;
  }
}

/**
 * The per-chunk skills to run for a job: the default set when none are chosen, otherwise the
 * chosen ones plus their prerequisites (`after`), ordered so that every prerequisite runs first
 * and, apart from that, in registry order. Knowledge skills among the names are left to the
 * knowledge stage (a job of only knowledge skills has no per-chunk work). `from` exists for
 * tests; callers use the registry.
 */
export function resolveSkills(
  names?: readonly string[] | null,
  from: readonly Skill[] = skills,
): Skill[] {
  const byName = new Map(from.map((skill) => [skill.name, skill]));
  const wanted =
    names && names.length > 0
      ? [...new Set(names)].filter((name) => byName.has(name) || !isKnowledgeSkill(name))
      : from.filter((s) => s.default).map((s) => s.name);
  const unknown = wanted.filter((name) => !byName.has(name));
  if (unknown.length > 0) throw new UnknownSkillError(unknown);

  const ordered: Skill[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, chain: string[]) => {
    const skill = byName.get(name);
    if (!skill) throw new UnknownSkillError([name]);
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`Skill prerequisites form a cycle: ${[...chain, name].join(' -> ')}`);
    }
    state.set(name, 'visiting');
    // Prerequisites in registry order, so the result does not depend on how `after` is written.
    const prerequisites = [...(skill.after ?? [])].sort(
      (a, b) => registryIndex(from, a) - registryIndex(from, b),
    );
    for (const prerequisite of prerequisites) visit(prerequisite, [...chain, name]);
    state.set(name, 'done');
    ordered.push(skill);
  };
  for (const name of [...wanted].sort((a, b) => registryIndex(from, a) - registryIndex(from, b))) {
    visit(name, []);
  }
  return ordered;
}

function registryIndex(from: readonly Skill[], name: string): number {
  const index = from.findIndex((skill) => skill.name === name);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/**
 * Runs the selected skills on one chunk, one after another, and returns their results by skill
 * name in run order. The language skill's answer is handed on as `chunk.language`, so later
 * skills (key phrases, entities) work in the chunk's language.
 */
export async function runSkillsOnChunk(
  selected: Skill[],
  chunk: ChunkInput,
): Promise<Record<string, unknown>> {
  const input: ChunkInput = { ...chunk };
  const results: Record<string, unknown> = {};
  for (const skill of selected) {
    const result = await skill.runChunk(input);
    results[skill.name] = result;
    if (skill.name === 'language') input.language = detectedLanguage(result);
  }
  return results;
}

function detectedLanguage(result: unknown): string | null {
  if (typeof result === 'object' && result !== null && 'language' in result) {
    const { language } = result;
    return typeof language === 'string' ? language : null;
  }
  return null;
}
