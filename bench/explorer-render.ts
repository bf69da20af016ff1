/// <reference lib="dom" />
// The page-side callbacks below run in the browser (page.evaluate), hence the DOM types.
// Explorer rendering (issue 14): is the entity graph explorer interactive at 2,000 visible nodes in
// headless Chromium? Opens /explore, loads a generated 2,000-node view through the explorer's own
// "Open JSON" import (no corpus needed), drives pan and zoom with the mouse while counting frames
// with requestAnimationFrame, then times an expand (Expand clicked -> the merged graph drawn) of a
// node whose neighbourhood is answered by a stand-in for the graph API (page.route on
// /api/graphql), and pans again while ForceAtlas2 settles the newcomers in its worker.
//
// The web app must be running (the stack's, or `next dev`). Sign-in, either:
//   QUARRY_E2E_EMAIL / QUARRY_E2E_PASSWORD   a Quarry login (through the login page), or
//   NEXTAUTH_SECRET                          the web app's secret: a session cookie is minted for
//                                            a stand-in user (the gateway is never asked: every
//                                            GraphQL request is answered by the stand-in).
//
//   node bench/explorer-render.ts [--url http://127.0.0.1:3000] [--nodes 2000] [--edges 6000]
//        [--expand 150] [--seconds 6] [--screenshot /tmp/explorer-2000.png]
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { stackEnv } from './lib/env.ts';

const env = stackEnv();

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: env.QUARRY_WEB_URL ?? env.WEB_URL ?? 'http://127.0.0.1:3000' },
    nodes: { type: 'string', default: '2000' },
    edges: { type: 'string', default: '6000' },
    expand: { type: 'string', default: '150' },
    seconds: { type: 'string', default: '6' },
    screenshot: { type: 'string' },
  },
});
const NODES = Number(args.nodes);
const EDGES = Number(args.edges);
const EXPAND = Number(args.expand);
const SECONDS = Number(args.seconds);
const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'DATE', 'MONEY'];

/** A deterministic pseudo-random stream (mulberry32), so every run draws the same graph. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Node {
  __typename: 'GraphNode';
  key: string;
  name: string;
  type: string;
  mentionCount: number;
  documentCount: number;
}
const node = (key: string, rnd: () => number): Node => ({
  __typename: 'GraphNode',
  key,
  name: `Entity ${key.slice(key.lastIndexOf(':') + 1)}`,
  type: TYPES[Math.floor(rnd() ** 2 * TYPES.length)] ?? 'MISC',
  mentionCount: 1 + Math.floor(rnd() ** 3 * 400),
  documentCount: 1 + Math.floor(rnd() * 40),
});
const edge = (source: string, target: string, rnd: () => number) => ({
  __typename: 'GraphEdge' as const,
  source,
  target,
  weight: 1 + Math.floor(rnd() ** 4 * 50),
  documents: 1 + Math.floor(rnd() * 10),
  firstSeen: '2019-01-01',
  lastSeen: '2024-06-30',
});

/**
 * A clustered graph (communities of ~50 with some links across), laid out in blobs as an exported
 * view would be: the import keeps positions, so the first frames are drawing only.
 */
function generatedView() {
  const rnd = random(14);
  const nodes = Array.from({ length: NODES }, (_, i) => {
    const n = node(`name:BENCH:${i}`, rnd);
    const cluster = Math.floor(i / 50);
    const angle = cluster * 2.4;
    const radius = 30 * Math.sqrt(cluster + 1);
    return {
      ...n,
      x: radius * Math.cos(angle) + (rnd() - 0.5) * 18,
      y: radius * Math.sin(angle) + (rnd() - 0.5) * 18,
    };
  });
  const seen = new Set<string>();
  const edges: ReturnType<typeof edge>[] = [];
  while (edges.length < EDGES) {
    const a = Math.floor(rnd() * NODES);
    const near = rnd() < 0.85;
    const b = near
      ? Math.min(NODES - 1, Math.floor(a / 50) * 50 + Math.floor(rnd() * 50))
      : Math.floor(rnd() * NODES);
    if (a === b) continue;
    const id = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(edge(`name:BENCH:${a}`, `name:BENCH:${b}`, rnd));
  }
  const strip = <T extends { __typename: string }>({ __typename: _, ...rest }: T) => rest;
  return {
    format: 'quarry-explorer',
    version: 1,
    view: '',
    nodes: nodes.map(strip),
    edges: edges.map(strip),
  };
}

const EXPANDED = 'name:BENCH:7';

/** The graph API as the explorer's operations see it, answered in the page's network layer. */
async function standInGraphApi(page: Page) {
  const rnd = random(99);
  const newcomers = Array.from({ length: EXPAND }, (_, i) => node(`name:NEW:${i}`, rnd));
  await page.route('**/api/graphql', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const base = node(EXPANDED, random(7));
    const data: Record<string, unknown> = {
      ExplorerSuggestions: { topEntities: [] },
      ExplorerSearch: {
        searchEntities: [
          {
            __typename: 'EntityHit',
            matched: base.name,
            score: 1,
            entity: { ...base, __typename: 'Entity' },
          },
        ],
      },
      ExplorerEntities: {
        entitiesByKeys: [
          {
            ...base,
            __typename: 'Entity',
            aliases: [base.name],
            firstSeen: '2019-01-01',
            lastSeen: '2024-06-30',
            kb: null,
          },
        ],
      },
      ExplorerNeighbourhood: {
        neighbourhood: {
          __typename: 'Neighbourhood',
          nodes: [base, ...newcomers],
          edges: newcomers.map((n) => edge(EXPANDED, n.key, rnd)),
          capped: false,
          limit: 200,
        },
      },
    };
    const answer = body.operationName ? data[body.operationName] : undefined;
    await route.fulfill({
      json: answer
        ? { data: answer }
        : {
            errors: [
              {
                message: `not in the stand-in: ${body.operationName}`,
                extensions: { code: 'BAD_REQUEST' },
              },
            ],
          },
    });
  });
}

async function signIn(page: Page, base: string) {
  const email = env.QUARRY_E2E_EMAIL;
  const password = env.QUARRY_E2E_PASSWORD;
  if (email && password) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return;
  }
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('Set QUARRY_E2E_EMAIL and QUARRY_E2E_PASSWORD, or NEXTAUTH_SECRET.');
  const expires = Date.now() + 3600_000;
  const value = await encode({
    secret,
    token: {
      quarry: {
        accessToken: 'bench-stand-in',
        accessTokenExpires: expires,
        user: { id: 'bench', email: 'bench@quarry.local', name: 'Benchmark', roles: ['viewer'] },
      },
    },
  });
  await page
    .context()
    .addCookies([
      { name: 'next-auth.session-token', value, url: base, httpOnly: true, sameSite: 'Lax' },
    ]);
}

/** Frames per second while `drive` runs: rAF timestamps recorded in the page. */
async function measureFrames(page: Page, drive: () => Promise<void>) {
  await page.evaluate(() => {
    // A run number, so the loop of an earlier measurement stops instead of counting twice.
    const w = window as unknown as { __frames: number[]; __run: number };
    const run = (w.__run ?? 0) + 1;
    w.__run = run;
    w.__frames = [];
    const tick = (t: number) => {
      if (w.__run !== run) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __run: number };
    w.__run += 1;
    return w.__frames;
  });
  const gaps = frames
    .slice(1)
    .map((t, i) => t - (frames[i] ?? t))
    .sort((a, b) => a - b);
  const span = (frames.at(-1) ?? 0) - (frames[0] ?? 0);
  const pct = (p: number) => gaps[Math.min(gaps.length - 1, Math.floor(p * gaps.length))] ?? NaN;
  return {
    fps: span > 0 ? ((frames.length - 1) * 1000) / span : 0,
    p50ms: pct(0.5),
    p95ms: pct(0.95),
    worstMs: gaps.at(-1) ?? NaN,
  };
}

/** Drags across the canvas and zooms in and out with the wheel, for about `seconds`. */
async function panAndZoom(page: Page, seconds: number) {
  const box = await page.getByTestId('explorer-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const end = Date.now() + seconds * 1000;
  let round = 0;
  while (Date.now() < end) {
    round += 1;
    // Start on empty stage near a corner (a node under the mouse would be dragged, not the view).
    await page.mouse.move(box.x + 12, box.y + box.height - 12);
    await page.mouse.down();
    for (let i = 1; i <= 20; i += 1)
      await page.mouse.move(box.x + 12 + i * 12, box.y + box.height - 12 - i * 6);
    await page.mouse.up();
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 5; i += 1) {
      await page.mouse.wheel(0, round % 2 ? -120 : 120);
      await page.waitForTimeout(40);
    }
  }
}

const drawn = (page: Page, atLeast: number) =>
  page.evaluate(
    (min) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const listener = (event: Event) => {
          const nodes = (event as CustomEvent<{ nodes: number }>).detail.nodes;
          if (nodes >= min) {
            document.removeEventListener('quarry:explorer-drawn', listener);
            resolve(performance.now() - start);
          }
        };
        document.addEventListener('quarry:explorer-drawn', listener);
      }),
    atLeast,
  );

async function main() {
  const base = args.url.replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // WebGL 2 on the CPU (SwiftShader): what a headless server has.
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await signIn(page, base);
  await standInGraphApi(page);
  await page.goto(`${base}/explore`, { timeout: 300_000 });
  await page.getByTestId('explorer-empty').waitFor({ timeout: 120_000 });
  const webgl = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'webgl2') : 'none';
  });

  const file = JSON.stringify(generatedView());
  const importStart = Date.now();
  const firstDraw = drawn(page, NODES);
  await page.getByTestId('explorer-import').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await firstDraw;
  const importMs = Date.now() - importStart;
  const visible = Number(await page.getByTestId('explorer-stage').getAttribute('data-nodes'));
  // The first full draw of an opened file can hold the main thread for a while on a CPU renderer.
  await page.waitForTimeout(3000);
  if (args.screenshot) await page.screenshot({ path: args.screenshot });
  const idle = await measureFrames(page, () => page.waitForTimeout(2000));
  const panZoom = await measureFrames(page, () => panAndZoom(page, SECONDS));

  // Expand: select the node through the search box, then press Expand.
  await page.getByTestId('explorer-search').fill('Entity 7');
  await page.getByTestId('explorer-search-hits').getByRole('option').first().click();
  const expandButton = page.getByTestId('explorer-expand');
  await expandButton.waitFor();
  const expanded = drawn(page, visible + EXPAND);
  let answeredAt = 0;
  page.on('requestfinished', (request) => {
    if (request.postData()?.includes('ExplorerNeighbourhood')) answeredAt = Date.now();
  });
  const clickAt = Date.now();
  await expandButton.click();
  const inPage = await expanded;
  const expandMs = Date.now() - clickAt;
  const answerMs = answeredAt - clickAt;
  const during = await measureFrames(page, () => panAndZoom(page, Math.min(4, SECONDS)));
  const after = Number(await page.getByTestId('explorer-stage').getAttribute('data-nodes'));
  await browser.close();

  const f = (n: number) => n.toFixed(1);
  console.log(`explorer render benchmark: ${base}/explore, Chromium headless, WebGL: ${webgl}`);
  console.log(
    `view: ${visible} nodes, ${EDGES} edges generated (${(file.length / 1e6).toFixed(1)} MB JSON), opened in ${importMs} ms`,
  );
  for (const [name, m] of [
    ['idle (no input)', idle],
    [`pan + wheel zoom, ${SECONDS} s`, panZoom],
    [`pan + zoom right after expand (layout running)`, during],
  ] as const)
    console.log(
      `${name.padEnd(48)} ${f(m.fps).padStart(6)} fps  frame p50 ${f(m.p50ms)} ms  p95 ${f(m.p95ms)} ms  worst ${f(m.worstMs)} ms`,
    );
  console.log(
    `expand: +${EXPAND} nodes (${visible} -> ${after}) drawn ${expandMs} ms after the click ` +
      `(${f(inPage)} ms in the page; the stand-in's answer was in after ${answerMs} ms, ` +
      `so merging, laying out and drawing took ${expandMs - answerMs} ms)`,
  );
  const { loadavg, cpus } = await import('node:os');
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${cpus().length} cores`,
  );
}

await main();
