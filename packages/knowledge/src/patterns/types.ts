import type { PatternEntityType } from '../types.ts';

/** A pattern entity found in a piece of text; offsets are relative to that text. */
export interface PatternMatch {
  start: number;
  end: number;
  /** exactly `text.slice(start, end)` */
  text: string;
  type: PatternEntityType;
  /** 0..1 */
  confidence: number;
  /** a comparable form: ISO date, `EUR 2500000`, E.164 phone, compact IBAN, lower-cased email, ... */
  normalized: string;
}
