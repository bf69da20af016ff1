/**
 * Names the CRF found once are names everywhere in the document: an untagged run of tokens that
 * spells a multi-word entity found elsewhere, or a capitalized proper noun that is a tagged
 * single-word entity elsewhere, gets that entity's label. Partial names follow the same idea: the
 * surname of "Friedrich Merz" alone is the same PERSON ("Merz said ..."), whatever the CRF made of
 * it out of context. A label is copied only where the form was tagged at least as often as it
 * was left untagged, so one slip of the CRF on a common word does not spread through the document.
 */
import type { NlpAnalysis, NlpToken } from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import { overlaps, surfaceForm, type Candidate } from './candidate.ts';
import { isCapitalized, isProperNoun } from './name-shape.ts';

/** confidence of a label copied from elsewhere in the document */
const COPIED_CONFIDENCE = 0.7;

interface KnownForm {
  words: string[];
  type: NamedEntityType;
  /** how often the service tagged it; surnames of full names are exempt from the vote */
  tagged: number;
  surname: boolean;
}

export function tagRepeatedForms(candidates: Candidate[], analysis: NlpAnalysis): Candidate[] {
  const forms = knownForms(candidates, analysis);
  const found = new Map<KnownForm, Candidate[]>();
  const taken = (c: Candidate) =>
    [...candidates, ...[...found.values()].flat()].some((o) => overlaps(o, c));
  analysis.sentences.forEach((sentence, s) => {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      for (const form of forms) {
        if (!matchesAt(tokens, i, form.words)) continue;
        const candidate: Candidate = {
          sentence: s,
          first: i,
          end: i + form.words.length,
          type: form.type,
          confidence: COPIED_CONFIDENCE,
          rule: 'repeated-form',
        };
        if (!taken(candidate)) found.set(form, [...(found.get(form) ?? []), candidate]);
        break;
      }
    }
  });
  // A form tagged once and left untagged many times is more likely a common word the CRF slipped
  // on once than a name it missed many times: copy a label only where the tagged occurrences are
  // at least as many as the untagged ones (surnames of full names are exempt).
  const added = [...found].flatMap(([form, occurrences]) =>
    form.surname || form.tagged >= occurrences.length ? occurrences : [],
  );
  return [...candidates, ...added];
}

/** Known forms, longest first so that "Siemens Energy" wins over "Siemens" at the same token. */
function knownForms(candidates: Candidate[], analysis: NlpAnalysis): KnownForm[] {
  const byForm = new Map<string, KnownForm>();
  for (const c of candidates) {
    const tokens = analysis.sentences[c.sentence]!.tokens.slice(c.first, c.end);
    const words = tokens.map((t) => t.word);
    if (words.length === 1 && !(isCapitalized(words[0]!) && isProperNoun(tokens[0]!))) continue;
    const form = surfaceForm(analysis.sentences, c);
    const known = byForm.get(form);
    byForm.set(form, { words, type: c.type, tagged: (known?.tagged ?? 0) + 1, surname: false });
    if (c.type === 'PERSON' && words.length >= 2) {
      const surname = words.at(-1)!;
      if (surname.length > 1 && isCapitalized(surname) && !byForm.has(surname)) {
        byForm.set(surname, { words: [surname], type: 'PERSON', tagged: 0, surname: true });
      }
    }
  }
  return [...byForm.values()].sort((a, b) => b.words.length - a.words.length);
}

function matchesAt(tokens: readonly NlpToken[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  return words.every((w, k) => tokens[at + k]!.word === w);
}
