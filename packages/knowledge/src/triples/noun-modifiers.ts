/**
 * Facts stated inside a noun phrase, without a clause of their own:
 * - appositions, "Merz, the chancellor, ...": (Merz; is; the chancellor), the synthetic "is";
 * - participial prepositions, "Siemens Energy AG, based in Munich, ...": CoreNLP's parser attaches
 *   "based in" as the case markers of an nmod, so (Siemens Energy AG; based in; Munich).
 */
import type { NlpLanguage } from '../corenlp/types.ts';
import { CLAUSE_CONFIDENCE } from './confidence.ts';
import type { Clause, ClauseContext } from './clause-model.ts';
import { isNominal } from './clause-model.ts';
import { nounPhrase } from './noun-phrase.ts';

const APPOSITION_VERB: Record<NlpLanguage, string> = { en: 'is', de: 'ist', fr: 'est', es: 'es' };

export function nounModifierClauses(ctx: ClauseContext): Clause[] {
  const { tree } = ctx;
  const clauses: Clause[] = [];
  for (const token of tree.tokens) {
    const relation = tree.relation(token.index);
    const noun = tree.head(token.index);
    if (relation === 'appos') {
      if (
        !isNominal(ctx, noun) ||
        !isNominal(ctx, token.index) ||
        tree.child(noun, 'case') !== undefined
      )
        continue;
      clauses.push({
        subject: nounPhrase(ctx, noun),
        subjectHead: noun,
        relation: [],
        relationPrefix: APPOSITION_VERB[ctx.language],
        object: nounPhrase(ctx, token.index),
        objectHead: token.index,
        confidence: CLAUSE_CONFIDENCE.apposition,
      });
      continue;
    }
    if (relation !== 'nmod') continue;
    const markers = tree.children(token.index, (r) => r === 'case' || r === 'fixed');
    const participle = markers.some((m) => /^V/.test(tree.token(m)?.pos ?? ''));
    if (!participle) continue;
    const object = nounPhrase(ctx, token.index).filter((t) => !markers.includes(t));
    clauses.push({
      subject: nounPhrase(ctx, noun, new Set([token.index])),
      subjectHead: noun,
      relation: markers,
      object,
      objectHead: token.index,
      confidence: CLAUSE_CONFIDENCE.participle,
    });
  }
  return clauses;
}
