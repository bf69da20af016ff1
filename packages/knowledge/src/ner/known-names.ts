/**
 * Two refinement steps on knowledge-base evidence (name-types.ts).
 * - A mention the knowledge base types as an organization is one ("North Melbourne" the football
 *   club, "Perth Glory"): of the title types, only organizations agree with WikiGold's labels more
 *   often than the CRF does (development part); nationality and religion adjectives keep their MISC.
 * - An untagged run of two or more proper nouns that is a known name becomes an entity: of its
 *   title's type, or an organization when the title has none (bands, companies and institutions
 *   are most of the names the CRF misses). Single words are left alone: too many capitalized
 *   common words ("Agriculture", "Studio") are titles too.
 */
import type { NlpAnalysis } from '../corenlp/types.ts';
import { overlaps, surfaceForm, type Candidate } from './candidate.ts';
import type { KnownNameLookup } from './name-types.ts';
import { properNounRuns } from './proper-noun-runs.ts';

const RULE_CONFIDENCE = 0.6;
/** fine classes whose MISC is an adjective ("Dutch"), not a name the knowledge base could type */
const ADJECTIVE_CLASSES = new Set(['NATIONALITY', 'RELIGION', 'IDEOLOGY']);

type Step = (candidates: Candidate[], analysis: NlpAnalysis) => Candidate[];

export function retypeKnownOrganizations(lookup: KnownNameLookup): Step {
  return (candidates, analysis) =>
    candidates.map((c) => {
      if (c.type === 'ORGANIZATION') return c;
      const tokens = analysis.sentences[c.sentence]!.tokens.slice(c.first, c.end);
      if (tokens.some((t) => ADJECTIVE_CLASSES.has(t.ner ?? 'O'))) return c;
      return lookup(surfaceForm(analysis.sentences, c))?.type === 'ORGANIZATION'
        ? { ...c, type: 'ORGANIZATION', rule: 'knowledge-base' }
        : c;
    });
}

export function tagKnownNames(lookup: KnownNameLookup): Step {
  return (candidates, analysis) => {
    const added: Candidate[] = [];
    analysis.sentences.forEach((sentence, s) => {
      for (const [first, end] of properNounRuns(sentence.tokens)) {
        if (end - first < 2) continue;
        const candidate: Candidate = {
          sentence: s,
          first,
          end,
          type: 'ORGANIZATION',
          confidence: RULE_CONFIDENCE,
          rule: 'knowledge-base',
        };
        if (candidates.some((c) => overlaps(c, candidate))) continue;
        const known = lookup(surfaceForm(analysis.sentences, candidate));
        if (known && (known.type === null || known.type === 'ORGANIZATION')) added.push(candidate);
      }
    });
    return [...candidates, ...added];
  };
}
