export { recognizeEntities, type RecognizeOptions } from './recognize.ts';
export type { RecognizedEntity, EntityRule } from './recognized-entity.ts';
