export { readCurationAccess, type CurationAccess } from './access.ts';
export { isCuratedKey } from './curated-key.ts';
export { CurationError } from './curation-error.ts';
export {
  ENTITY_TYPES,
  MAX_ALIASES,
  MAX_MERGE_KEYS,
  MAX_NAME_LENGTH,
  type Curator,
} from './curation-input.ts';
export { mergeEntities, unmergeEntity, type MergeResult } from './merge.ts';
export {
  hideEntity,
  renameEntity,
  retypeEntity,
  unhideEntity,
  type PropertyChange,
} from './properties.ts';
export { applySplitRules, aliasForm, type SplitRule } from './split-rules.ts';
export {
  markLinkWrong,
  splitEntity,
  type LinkRejection,
  type SplitInput,
  type SplitResult,
} from './split.ts';
