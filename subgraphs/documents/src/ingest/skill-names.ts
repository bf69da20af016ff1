import { BadUserInputError } from '@quarry/service-kit';

export interface SkillInfo {
  name: string;
  version: string;
  description: string;
  default: boolean;
  stage: 'search' | 'knowledge';
}

let catalogue: Promise<SkillInfo[]> | undefined;

/**
 * The skills the pipeline offers. Loaded on first use: importing @quarry/skills loads its
 * language-detection model (about half a gigabyte), which only the skills and mutation fields need.
 */
export function skillCatalogue(): Promise<SkillInfo[]> {
  catalogue ??= import('@quarry/skills').then((skills) => skills.skillCatalogue);
  return catalogue;
}

/**
 * Checks requested skill names against the catalogue. Omitted or empty: the default skills when
 * `fallbackToDefaults`, otherwise an error (a re-run must say what to run).
 */
export async function checkSkillNames(
  requested: readonly string[] | null | undefined,
  argument: string,
  fallbackToDefaults: boolean,
): Promise<string[]> {
  const known = await skillCatalogue();
  if (!requested || requested.length === 0) {
    if (!fallbackToDefaults) throw new BadUserInputError('Choose at least one skill.', argument);
    return known.filter((skill) => skill.default).map((skill) => skill.name);
  }
  const names = [...new Set(requested)];
  const unknown = names.filter((name) => !known.some((skill) => skill.name === name));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      `Unknown skill${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. ` +
        `Available: ${known.map((skill) => skill.name).join(', ')}.`,
      argument,
    );
  }
  return names;
}
