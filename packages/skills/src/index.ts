export { skillTag, type ChunkInput, type ChunkOutcome, type Skill } from './skill.ts';
export {
  UnknownSkillError,
  defaultSkillNames,
  resolveSkills,
  runSkillsOnChunk,
  skillCatalogue,
  skills,
  type SkillInfo,
  type SkillStage,
} from './registry.ts';
export {
  entitiesSkill,
  isKnowledgeSkill,
  knowledgeSkills,
  selectedKnowledgeSkills,
  triplesSkill,
  type KnowledgeSkill,
} from './knowledge-skills.ts';
export {
  MIN_LETTERS,
  detectLanguage,
  languageSkill,
  mergeLanguages,
  type LanguageChunkResult,
  type LanguageDocumentResult,
  type LanguageShare,
} from './language-skill.ts';
export {
  PHRASES_PER_CHUNK,
  PHRASES_PER_DOCUMENT,
  extractKeyPhrases,
  keyphrasesSkill,
  type KeyPhrase,
  type KeyPhrasesChunkResult,
  type KeyPhrasesDocumentResult,
} from './keyphrases-skill.ts';
export { normalisePhrase, type ScoredPhrase } from './phrases.ts';
