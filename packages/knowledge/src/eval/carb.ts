/**
 * CaRB (Bhardwaj, Aggarwal and Mausam, EMNLP-IJCNLP 2019): the Open IE benchmark's gold reader and
 * default scorer in TypeScript. Checked against carb.py itself on CaRB's published system outputs:
 * the same AUC and best (precision, recall, F1) to every printed digit (OpenIE-5 on dev
 * 0.240 / 0.526 0.406 0.458; ClausIE on test 0.224 / 0.411 0.496 0.450; OpenIE-4 on test
 * 0.272 / 0.553 0.437 0.488).
 */
export * from './carb-extraction.ts';
export * from './carb-match.ts';
export * from './carb-score.ts';
export * from './carb-split.ts';
