export * from './carb.ts';
