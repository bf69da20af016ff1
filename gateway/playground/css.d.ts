// esbuild bundles imported CSS into playground.css.
declare module '*.css';
