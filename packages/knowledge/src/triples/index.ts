export { extractTriples, type SentenceTriple } from './extract-triples.ts';
