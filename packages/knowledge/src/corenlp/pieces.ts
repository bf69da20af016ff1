/**
 * Cuts a text into the pieces sent to the NLP service, so that no request is larger than the
 * server accepts and no sentence is longer than the cap. CoreNLP's sentence splitter has no length
 * limit, and tagging and parsing cost grows steeply with sentence length: one 5,000-token "sentence"
 * (a table, a log, text without punctuation) would hold a server thread for minutes. Token counts
 * here are estimates (words and single punctuation marks), a little above CoreNLP's own count, so
 * the cap errs on the safe side.
 */
export interface TextPiece {
  start: number;
  end: number;
  /** the piece begins where an over-long sentence was cut */
  cutBefore: boolean;
  /** the piece ends where an over-long sentence was cut */
  cutAfter: boolean;
}

export interface PieceLimits {
  maxSentenceTokens: number;
  maxPieceChars: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
const SENTENCE_END = /^[.!?…。！？]$/u;

export function planPieces(text: string, limits: PieceLimits): TextPiece[] {
  const pieces: TextPiece[] = [];
  let pieceStart = 0;
  let cutBefore = false;
  let tokensInSentence = 0;
  /** where the last natural sentence boundary of the current piece lies (start of the next token) */
  let lastBoundary = -1;
  let previousEnd = 0;
  let previousWasSentenceEnd = false;

  const close = (at: number, forced: boolean) => {
    pieces.push({ start: pieceStart, end: at, cutBefore, cutAfter: forced });
    pieceStart = at;
    cutBefore = forced;
    lastBoundary = -1;
  };

  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const boundaryBefore = (previousWasSentenceEnd && gap.length > 0) || /\n[^\S\n]*\n/u.test(gap);
    if (boundaryBefore && start > pieceStart) {
      tokensInSentence = 0;
      lastBoundary = start;
    }
    if (start - pieceStart >= limits.maxPieceChars) {
      if (lastBoundary > pieceStart) close(lastBoundary, false);
      else {
        close(start, true);
        tokensInSentence = 0;
      }
    }
    if (tokensInSentence >= limits.maxSentenceTokens && start > pieceStart) {
      close(start, true);
      tokensInSentence = 0;
    }
    tokensInSentence += 1;
    previousEnd = start + match[0].length;
    previousWasSentenceEnd = SENTENCE_END.test(match[0]);
  }
  if (pieceStart < text.length || pieces.length === 0) {
    pieces.push({ start: pieceStart, end: text.length, cutBefore, cutAfter: false });
  }
  return pieces;
}
