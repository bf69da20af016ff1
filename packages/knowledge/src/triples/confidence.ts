/**
 * How much each kind of clause is trusted, 0..1. The order follows how precise each kind was on the
 * development part of the CaRB dev set (never the held-out part): clauses with a subject of their own
 * or shared through a conjunction are the most reliable; relative and participial clauses, whose
 * subject the rules infer, and appositions, whose attachment the parser often gets wrong, less.
 */
export const CLAUSE_CONFIDENCE = {
  ownSubject: 0.9,
  sharedSubject: 0.85,
  relativeObject: 0.7,
  relativeSubject: 0.6,
  participle: 0.6,
  apposition: 0.55,
} as const;

/** Arguments longer than this many tokens are rarely one fact. */
export const LONG_ARGUMENT_TOKENS = 12;
export const LONG_ARGUMENT_FACTOR = 0.8;
