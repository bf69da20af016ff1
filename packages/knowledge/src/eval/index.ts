export * from './carb.ts';
export * from './conll.ts';
export * from './conll-reader.ts';
export * from './conll-align.ts';
