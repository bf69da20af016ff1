/**
 * The contract every enrichment skill implements. A skill is pure: it gets one chunk of a
 * document's text, returns a JSON-serialisable result with offsets into the DOCUMENT text, and
 * can fold the per-chunk results of a whole document into one document-level result. Chunks of
 * one document may run on different workers, so a skill keeps no state between calls.
 */

export interface ChunkInput {
  text: string;
  /** offset of this chunk in the document text */
  start: number;
  seq: number;
  /** language already detected for this chunk, when the language skill ran before */
  language?: string | null;
}

/** One chunk's result as handed to `mergeDocument`, with the chunk's span in the document. */
export interface ChunkOutcome<ChunkResult> {
  seq: number;
  start: number;
  end: number;
  result: ChunkResult;
}

export interface Skill<ChunkResult = unknown, DocResult = unknown> {
  /** 'language' | 'keyphrases' | later 'entities', ... */
  name: string;
  /** Bump when output changes, e.g. '1', so stored results can be re-run selectively. */
  version: string;
  description: string;
  /** runs when an ingest job does not choose skills */
  default: boolean;
  /** skills that must run first on the same chunk (language before keyphrases) */
  after?: string[];
  runChunk(chunk: ChunkInput): Promise<ChunkResult>;
  mergeDocument(chunks: Array<ChunkOutcome<ChunkResult>>): DocResult;
}

/** `name@version`, the form recorded on indexed documents to track which skill output they hold. */
export function skillTag(skill: Pick<Skill, 'name' | 'version'>): string {
  return `${skill.name}@${skill.version}`;
}
