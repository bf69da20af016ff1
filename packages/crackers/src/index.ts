// @quarry/crackers: sniff a file's real type and extract its text, metadata and
// children. Pure library: no I/O beyond the bytes it is given.
export { crack } from './crack.ts';
export { CrackPool, type CrackPoolOptions } from './isolation/crack-pool.ts';
export { sniff } from './sniff.ts';
export { DEFAULT_LIMITS } from './types.ts';
export type {
  ChildFile,
  CrackError,
  CrackFailure,
  CrackInput,
  CrackLimits,
  CrackResult,
  CrackSuccess,
  FormatKind,
  Metadata,
  PageSpan,
  SniffResult,
} from './types.ts';
