// Builds the offline playground into dist/playground: npm run build -w @quarry/gateway
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outdir = here('../dist/playground');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { playground: here('main.ts') },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  outdir,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images inside GraphiQL's CSS stay inline (data: URLs, allowed by the CSP).
  loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});
await copyFile(here('index.html'), `${outdir}/index.html`);
process.stdout.write(`wrote ${outdir}\n`);
