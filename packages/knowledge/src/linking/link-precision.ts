import type { KnowledgeBaseLink } from '../types.ts';

/** The entity key a link gives (`wikipedia:<Title>`, `geonames:<id>`), as types.ts defines it. */
export const linkKey = (link: KnowledgeBaseLink | null | undefined): string | null =>
  link ? `${link.kb}:${link.id}` : null;

/** A hand judgement of one mention: the keys that name its referent, and every key looked at. */
export interface LinkJudgement {
  /** keys that are right for this mention; empty when it should not be linked at all */
  gold: string[];
  /** keys a person judged for this mention, right or wrong */
  judged: string[];
}

export interface LinkTally {
  mentions: number;
  /** mentions given a link */
  linked: number;
  correct: number;
  /** linked to the wrong thing */
  wrong: number;
  /** linked although nothing should have been */
  shouldNotLink: number;
  /** linked to a key nobody judged (the linker changed after labelling): left out of precision */
  unjudged: number;
  /** correct / judged links */
  precision: number;
  /** linked / mentions */
  coverage: number;
}

/** Precision and coverage of one linker's proposals against hand judgements. */
export function tallyLinks(
  items: ReadonlyArray<{ judgement: LinkJudgement; proposal: string | null }>,
): LinkTally {
  const tally = {
    mentions: items.length,
    linked: 0,
    correct: 0,
    wrong: 0,
    shouldNotLink: 0,
    unjudged: 0,
  };
  for (const { judgement, proposal } of items) {
    if (proposal === null) continue;
    tally.linked++;
    if (judgement.gold.includes(proposal)) tally.correct++;
    else if (!judgement.judged.includes(proposal)) tally.unjudged++;
    else if (judgement.gold.length === 0) tally.shouldNotLink++;
    else tally.wrong++;
  }
  const judgedLinks = tally.correct + tally.wrong + tally.shouldNotLink;
  return {
    ...tally,
    precision: judgedLinks === 0 ? 0 : tally.correct / judgedLinks,
    coverage: tally.mentions === 0 ? 0 : tally.linked / tally.mentions,
  };
}
