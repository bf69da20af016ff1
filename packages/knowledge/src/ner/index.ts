export { recognizeEntities, type RecognizeOptions } from './recognize.ts';
export type { RecognizedEntity, EntityRule } from './recognized-entity.ts';
export { knownNamesFrom, type KnownName, type KnownNameLookup } from './name-types.ts';
