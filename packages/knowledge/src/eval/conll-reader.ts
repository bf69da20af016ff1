/**
 * Reads a CoNLL NER file (a token and its tag per line, blank lines between sentences,
 * `-DOCSTART-` lines between documents) and splits WikiGold into the fixed development and held-out
 * parts: every third document (the 3rd, 6th, 9th, ... in file order, index % 3 === 2) is held out
 * and only ever scored; NER rules are developed and checked on the other two thirds. Text before
 * the first `-DOCSTART-` (WikiGold's first article has none) is a document of its own.
 */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export interface ConllDocument {
  /** 0-based position in the file */
  index: number;
  sentences: ConllSentence[];
}

export type ConllPart = 'development' | 'held-out' | 'all';

export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (sentence.tokens.length > 0) sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push({ index: documents.length, sentences });
    sentences = [];
  };
  for (const line of content.split(/\r?\n/u)) {
    const fields = line.trim().split(/\s+/u);
    const token = fields[0] ?? '';
    if (token === '') endSentence();
    else if (token === '-DOCSTART-') endDocument();
    else {
      sentence.tokens.push(token);
      // WikiGold has one tag written '0' for 'O'
      const tag = fields.at(-1) ?? 'O';
      sentence.tags.push(fields.length > 1 && tag !== '0' ? tag : 'O');
    }
  }
  endDocument();
  return documents;
}

export function isHeldOut(document: ConllDocument): boolean {
  return document.index % 3 === 2;
}

export function conllPart(documents: readonly ConllDocument[], part: ConllPart): ConllDocument[] {
  if (part === 'all') return [...documents];
  return documents.filter((d) => isHeldOut(d) === (part === 'held-out'));
}
