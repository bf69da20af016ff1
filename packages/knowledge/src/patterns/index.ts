export type { PatternMatch } from './types.ts';
export { findPatternEntities, PATTERN_PRECEDENCE } from './find.ts';
export { selectNonOverlapping } from './overlap.ts';
export { ibanChecksumValid } from './iban.ts';
export { defaultPhoneRegion } from './phone.ts';
