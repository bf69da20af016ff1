export {
  buildKnowledgeBase,
  type BuildReport,
  type KnowledgeBaseSources,
} from './build/build-knowledge-base.ts';
export {
  KNOWLEDGE_BASE_FILE,
  SCHEMA_VERSION as KNOWLEDGE_BASE_SCHEMA_VERSION,
} from './kb-schema.ts';
export {
  openKnowledgeBase,
  KnowledgeBaseMissingError,
  type KnowledgeBase,
  type PlaceRecord,
  type TitleRecord,
  type AnchorRecord,
} from './knowledge-base.ts';
export { createEntityLinker, DEFAULT_LINKER_OPTIONS, type LinkerOptions } from './entity-linker.ts';
export { createGazetteerMatcher } from './gazetteer-matcher.ts';
export { topAnchorLink } from './top-anchor-link.ts';
export { wikiDictRows } from './build/wikidict.ts';
export { linkKey, tallyLinks, type LinkJudgement, type LinkTally } from './link-precision.ts';
