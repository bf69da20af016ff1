export * from './types.ts';
export { createNlpClient, NLP_CLIENT_DEFAULTS, type NlpClientOptions } from './client.ts';
export { judgeProse, looksLikeProse, type ProseVerdict } from './prose.ts';
export { namedEntityTypeOf } from './entity-types.ts';
export { planPieces, type TextPiece, type PieceLimits } from './pieces.ts';
