export * from './types.ts';
export * from './corenlp/index.ts';
export * from './ner/index.ts';
export * from './patterns/index.ts';
export * from './linking/index.ts';
export * from './triples/index.ts';
export * from './extract/index.ts';
export * from './eval/index.ts';
