#!/usr/bin/env node
// Benchmark: build cost by vault size, rebuilds, page weight, search, Lighthouse.
// Usage: npm run bench -- [--browser-only | --render] [--sizes 100,1000,10000] [--skip-lighthouse] [--quick] [--keep] [--all-rebuilds]
//        npm run bench -- --profile 1000   (one cold build under node --cpu-prof; summary in bench/.tmp/profile-1000.txt)
//        npm run bench -- --vault DIR      (a real vault: cold build, then an unchanged one, with the image
//                                           cache counts; printed, results.md untouched)
//   --quick            one size (100 unless --sizes), no dev-server rebuild on 10,000, no Lighthouse
//   --skip-lighthouse  everything but Lighthouse
//   --keep             keep bench/.tmp/vault-N and out-N (they are always kept; --keep skips
//                      regenerating a vault that already exists)
// Writes bench/results.md and bench/results.json. Scratch files live in bench/.tmp/.
/* global document, window -- the page.evaluate callbacks below run in the browser */
import { spawn, execFileSync } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
  createWriteStream,
} from 'node:fs';
import { cpus, loadavg, totalmem, release, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveStaticSite } from '../src/lib/serve/static-site.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/helpers/browser.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const TMP = join(BENCH, '.tmp');
const LIGHTHOUSE_VERSION = '12.8.2';
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const CONFIG = 'bench/astro.bench.config.mjs'; // relative to the project root: Astro joins it to root
const MAKE_VAULT = resolve(ROOT, '..', 'shared', 'bench', 'make-vault.mjs');
// the same browser and flags as the test suite's (tests/helpers/browser.ts)
const CHROMIUM = process.env.CHROME_PATH || chromiumPath() || '/usr/bin/chromium';
const CHROME_FLAGS = CHROMIUM_ARGS;

// ---------- options ----------
const argv = process.argv.slice(2);
const opt = (name) => argv.includes(name);
const optVal = (name) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
};
const quick = opt('--quick');
const sizes = (optVal('--sizes') ?? (quick ? '100' : '100,1000,10000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
  .sort((a, b) => a - b);
const skipLighthouse = opt('--skip-lighthouse') || quick;
const keepVaults = opt('--keep');

mkdirSync(join(TMP, 'logs'), { recursive: true });
const log = (...a) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 0) => (x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

// ---------- process-tree sampling (/proc) ----------
const PAGE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE']).toString().trim()) || 4096;
  } catch {
    return 4096;
  }
})();
function procTable() {
  const kids = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch {
      /* gone */
    }
  }
  return kids;
}
function treeRss(root) {
  const kids = procTable();
  let total = 0;
  let n = 0;
  const parts = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      total += rss;
      n++;
      parts.push({ pid, comm: readFileSync(`/proc/${pid}/comm`, 'utf8').trim(), rss });
    } catch {
      /* gone */
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return { total, n, parts };
}
/** Samples the RSS of a process tree every `ms` until stop() is called; returns the peak. */
function sampleTree(pid, ms = 100) {
  let peak = 0;
  let procs = 0;
  let atPeak = [];
  const t0 = performance.now();
  let peakAtMs = 0;
  const tick = () => {
    const { total, n, parts } = treeRss(pid);
    if (total > peak) {
      peak = total;
      atPeak = parts;
      peakAtMs = performance.now() - t0;
    }
    if (n > procs) procs = n;
  };
  tick();
  const t = setInterval(tick, ms);
  // which processes made up the peak (e.g. node vs the pagefind binary), and when it happened
  const breakdown = () =>
    atPeak
      .filter((p) => p.rss > 20 * 2 ** 20)
      .sort((a, b) => b.rss - a.rss)
      .map((p) => `${p.comm} ${Math.round(p.rss / 2 ** 20)} MB`)
      .join(', ');
  return { stop: () => (clearInterval(t), { peak, procs, atPeak: breakdown(), peakAtMs: Math.round(peakAtMs) }) };
}

// ---------- running Astro ----------
function astroEnv(size, extra = {}) {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}:${process.env.PATH}`,
    GARDEN_CONTENT: join(TMP, `vault-${size}`),
    BENCH_CACHE_DIR: join(TMP, `cache-${size}`),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

/** Runs `astro build` for one vault, measuring wall time and the peak RSS of the process tree. */
async function build(size, label, nodeArgs = [], outName = `out-${size}`, env = {}) {
  const out = join(TMP, outName);
  const logFile = join(TMP, 'logs', `build-${size}-${label}.log`);
  const load = loadavg()[0];
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ASTRO, 'build', '--config', CONFIG, '--outDir', out], {
    cwd: ROOT,
    env: astroEnv(size, label === 'profile' ? { BENCH_CACHE_DIR: join(TMP, `cache-prof-${size}`), ...env } : env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTree(child.pid);
  let text = '';
  const sink = createWriteStream(logFile);
  child.stdout.on('data', (b) => ((text += b), sink.write(b)));
  child.stderr.on('data', (b) => ((text += b), sink.write(b)));
  const code = await new Promise((r) => child.on('close', r));
  const wallMs = performance.now() - t0;
  const { peak, atPeak, peakAtMs } = sampler.stop();
  sink.end();
  if (code !== 0)
    throw new Error(`astro build (${size} notes, ${label}) exited ${code}; see ${logFile}\n${text.slice(-2000)}`);
  // Astro's own timing lines
  const num = (re) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  const phases = parsePhases(text);

  const pages = num(/(\d+) page\(s\) built/);
  const cache = text.match(/(\d+) rendered, (\d+) from cache/);
  const notesRendered = cache ? Number(cache[1]) : null;
  const notesFromCache = cache ? Number(cache[2]) : null;
  // pages Astro's incremental build copied from the last build instead of rendering
  const pagesRestored = (text.match(/ \(restored\)/g) ?? []).length;
  const images = text.match(/images: (\d+) processed, (\d+) from the image cache/);
  return {
    label,
    imagesProcessed: images ? Number(images[1]) : null,
    imagesFromCache: images ? Number(images[2]) : null,
    wallMs: round(wallMs),
    peakRssMB: round(peak / 2 ** 20, 1),
    peakBreakdown: atPeak,
    peakAtMs,
    pages,
    notesRendered,
    notesFromCache,
    pagesRestored,
    loadBefore: round(load, 2),
    phases,
    log: logFile,
  };
}

/** The bare stack on the same vault (bench/bare: Astro's own Markdown, one plain page a note, then
 * the Pagefind CLI): wall time of both steps and the peak RSS of either process tree. */
async function bareBuild(size) {
  const out = join(TMP, `bare-out-${size}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(join(TMP, `bare-cache-${size}`), { recursive: true, force: true });
  const env = astroEnv(size, { BENCH_CACHE_DIR: join(TMP, `bare-cache-${size}`) });
  const run = async (args, cwd) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTree(child.pid);
    let text = '';
    child.stdout.on('data', (b) => (text += b));
    child.stderr.on('data', (b) => (text += b));
    const code = await new Promise((r) => child.on('close', r));
    const { peak } = sampler.stop();
    if (code !== 0) throw new Error(`bare stack: ${args.join(' ')} exited ${code}\n${text.slice(-1500)}`);
    return peak;
  };
  const load = loadavg()[0];
  const t0 = performance.now();
  const astroPeak = await run([ASTRO, 'build', '--outDir', out], join(BENCH, 'bare'));
  const tAstro = performance.now() - t0;
  const pagefindPeak = await run(
    [join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', out],
    ROOT,
  );
  const wallMs = performance.now() - t0;
  return {
    wallMs: round(wallMs),
    astroMs: round(tAstro),
    peakRssMB: round(Math.max(astroPeak, pagefindPeak) / 2 ** 20, 1),
    loadBefore: round(load, 2),
  };
}

/** Astro's own timing lines in a build log. */
function parsePhases(text) {
  const num = (re) => {
    const m = text.match(re);
    return m ? Number(m[1]) : null;
  };
  // Astro prints "1m 8s", "9.75s" or "413ms"
  const dur = (str) => {
    const m = str.match(/(?:(\d+)m\s*)?([\d.]+)(ms|s)/);
    return m ? (Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)) * 1000 : null;
  };
  const first = (re) => {
    const m = text.match(re);
    return m ? dur(m[1]) : null;
  };
  return {
    // "[build] ✓ Completed in" right after "Collecting build info": content sync (loader) + types
    contentSyncMs: first(/Collecting build info\.\.\.\s*\n[^\n]*\[build\] ✓ Completed in ([^\n]+)/),
    viteBuildMs: [...text.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce((a, m) => a + (dur(m[1]) ?? 0), 0) || null,
    renderMs: first(/generating static routes[\s\S]*?\n[^\n[]*✓ Completed in ([^\n]+)/),
    // how long the build waited, once the pages were written, for the index to be written and published
    pagefindMs: num(/\[garden-pagefind\] indexed .* the build waited (\d+) ms/),
    astroTotalMs: first(/page\(s\) built in ([^\n]+)/),
  };
}

const du = (dir) => Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
const countFiles = (dir) =>
  Number(
    execFileSync('sh', ['-c', `find "${dir}" -type f | wc -l`])
      .toString()
      .trim(),
  );

function makeVault(size) {
  const dir = join(TMP, `vault-${size}`);
  if (keepVaults && existsSync(dir)) return { dir };
  rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, [MAKE_VAULT, dir, String(size)], { stdio: 'ignore' });
  return { dir };
}

async function freePort() {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/** Dev server: time from saving a changed note to the page serving the new text. */
async function devRebuild(size) {
  const port = await freePort();
  const logFile = join(TMP, 'logs', `dev-${size}.log`);
  const sink = createWriteStream(logFile);
  const t0 = performance.now();
  // astro.config.mjs tells Vite's watcher to ignore bench/.tmp/**, so the dev server would never see
  // an edit there: the dev server gets a copy of the vault outside the project (the vault loader
  // supports GARDEN_CONTENT anywhere), and a copy of the build's content cache (a warm start).
  const devRoot = join(tmpdir(), `garden-bench-${process.pid}`);
  const devVault = join(devRoot, `vault-${size}`);
  rmSync(devRoot, { recursive: true, force: true });
  cpSync(join(TMP, `vault-${size}`), devVault, { recursive: true });
  const devCache = join(TMP, `cache-dev-${size}`);
  rmSync(devCache, { recursive: true, force: true });
  if (existsSync(join(TMP, `cache-${size}`))) cpSync(join(TMP, `cache-${size}`), devCache, { recursive: true });
  const child = spawn(
    process.execPath,
    [ASTRO, 'dev', '--config', CONFIG, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: astroEnv(size, { GARDEN_CONTENT: devVault, BENCH_CACHE_DIR: devCache }),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const sampler = sampleTree(child.pid);
  let text = '';
  child.stdout.on('data', (b) => ((text += b), sink.write(b)));
  child.stderr.on('data', (b) => ((text += b), sink.write(b)));
  const notePath = join(devVault, 'note-000001.md');
  const original = readFileSync(notePath, 'utf8');
  const url = `http://127.0.0.1:${port}/note-000001/`;
  const get = async () => {
    const r = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    return { status: r.status, body: await r.text() };
  };
  const result = { size };
  try {
    const deadline = Date.now() + 240_000;
    while (!/ready in|Local\s/i.test(text)) {
      if (child.exitCode != null) throw new Error(`astro dev exited ${child.exitCode}: ${text.slice(-1500)}`);
      if (Date.now() > deadline) throw new Error('astro dev did not become ready in 240 s');
      await sleep(100);
    }
    result.readyMs = round(performance.now() - t0);
    const t1 = performance.now();
    const first = await get();
    if (first.status !== 200) throw new Error(`dev server: GET ${url} → ${first.status}`);
    result.firstPageMs = round(performance.now() - t1);
    const t2 = performance.now();
    await get();
    result.warmPageMs = round(performance.now() - t2);
    const marker = `벤치마크표식${Date.now()}`;
    await sleep(300); // let the watcher settle
    const tEdit = performance.now();
    writeFileSync(notePath, original.replace(/\n## /, `\n${marker} 문장을 추가했습니다.\n\n## `));
    let polls = 0;
    for (;;) {
      polls++;
      const r = await get();
      if (r.body.includes(marker)) break;
      if (performance.now() - tEdit > 30_000) throw new Error('dev server never served the changed note (waited 30 s)');
      await sleep(25);
    }
    result.changeToPageMs = round(performance.now() - tEdit);
    result.polls = polls;
  } catch (e) {
    result.error = String(e.message ?? e);
  } finally {
    writeFileSync(notePath, original);
    result.peakRssMB = round(sampler.stop().peak / 2 ** 20, 1);
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await Promise.race([new Promise((r) => child.on('close', r)), sleep(5000)]);
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    sink.end();
    rmSync(devRoot, { recursive: true, force: true });
    const resynced = text.match(/vault re-synced in (\d+) ms/);
    if (resynced) result.loaderResyncMs = Number(resynced[1]);
  }
  return result;
}

// ---------- static server ----------
/** Serves DIR on 127.0.0.1, gzip for text when asked (like any real host), cacheable assets. */
async function serve(dir) {
  const site = await serveStaticSite(dir, { likeProduction: true });
  return { server: site, origin: site.origin };
}

// ---------- browser ----------
async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROME_FLAGS.filter((f) => f !== '--headless'),
    headless: true,
  });
}

const kindOf = (url, type) => {
  if (/css/.test(type)) return 'css';
  if (/javascript|ecmascript/.test(type)) return 'js';
  if (/html/.test(type)) return 'html';
  if (/font|woff/.test(type) || /\.woff2?$/.test(url)) return 'font';
  return 'other';
};
const emptyGroups = () =>
  Object.fromEntries(['html', 'css', 'js', 'font', 'other'].map((k) => [k, { raw: 0, gzip: 0, n: 0 }]));

/** Loads a page and records every response body. Inline <style>/<script> are counted as CSS/JS too. */
async function pageWeight(browser, origin, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  page.on('response', (r) => {
    responses.push(
      (async () => {
        try {
          const body = await r.body();
          return { url: r.url(), type: r.headers()['content-type'] ?? '', body };
        } catch {
          return null;
        }
      })(),
    );
  });
  const t0 = Date.now();
  const resp = await page.goto(origin + path, { waitUntil: 'load' });
  if (!resp || resp.status() !== 200) throw new Error(`${path}: HTTP ${resp?.status()}`);
  await page.waitForLoadState('networkidle');
  const loadMs = Date.now() - t0;
  const inline = await page.evaluate(() => ({
    css: [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n'),
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || /module|javascript/.test(s.type))
      .map((s) => s.textContent)
      .join('\n'),
    fontsBlocking: [...document.styleSheets]
      .flatMap((sh) => {
        try {
          return [...sh.cssRules];
        } catch {
          return [];
        }
      })
      .filter(
        (r) =>
          r.constructor.name === 'CSSFontFaceRule' &&
          !/swap|optional|fallback/.test(r.style.getPropertyValue('font-display')),
      ).length,
  }));
  const groups = emptyGroups();
  const list = (await Promise.all(responses)).filter(Boolean);
  for (const r of list) {
    const g = groups[kindOf(r.url, r.type)];
    g.raw += r.body.length;
    g.gzip += gzipSync(r.body).length;
    g.n++;
  }
  const inlineCss = Buffer.from(inline.css);
  const inlineJs = Buffer.from(inline.js);
  await context.close();
  return {
    path,
    requests: list.length,
    groups,
    inlineCss: { raw: inlineCss.length, gzip: inlineCss.length ? gzipSync(inlineCss).length : 0 },
    inlineJs: { raw: inlineJs.length, gzip: inlineJs.length ? gzipSync(inlineJs).length : 0 },
    // what the budget counts: external files plus what is inlined in the HTML
    cssGzipTotal: groups.css.gzip + (inlineCss.length ? gzipSync(inlineCss).length : 0),
    jsGzipTotal: groups.js.gzip + (inlineJs.length ? gzipSync(inlineJs).length : 0),
    blockingFontFaces: inline.fontsBlocking,
    loadMs,
    files: list.map((r) => ({ url: r.url.replace(origin, ''), kind: kindOf(r.url, r.type), raw: r.body.length })),
  };
}

/** Ctrl+K, type a query, ms from the last keystroke to the first result <li>; bytes from /pagefind/. */
async function searchTimings(browser, origin, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let phase = 'load';
  const bytes = {};
  const pending = [];
  page.on('response', (r) => {
    const p = phase;
    pending.push(
      r
        .body()
        .then((b) => {
          const key = `${p}:${new URL(r.url()).pathname.startsWith('/pagefind/') ? 'pagefind' : 'other'}`;
          bytes[key] ??= { raw: 0, n: 0 };
          bytes[key].raw += b.length;
          bytes[key].n++;
        })
        .catch(() => {}),
    );
  });
  await page.goto(`${origin}/note-000001/`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending.splice(0));
  phase = 'open';
  const tOpen = Date.now();
  await page.keyboard.press('Control+K');
  const input = page.locator('dialog[open] .search-input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  const openMs = Date.now() - tOpen;
  await page.evaluate(() => {
    const b = (window.__bench = { lastInput: 0, rendered: 0 });
    document.addEventListener(
      'input',
      () => {
        b.lastInput = performance.now();
        b.rendered = 0;
      },
      true,
    );
    const list = document.querySelector('dialog[open] .search-results');
    new MutationObserver(() => {
      if (!b.rendered && b.lastInput && list.querySelector('li')) b.rendered = performance.now();
    }).observe(list, { childList: true, subtree: true });
  });
  const out = { openMs, queries: [] };
  for (const q of queries) {
    phase = q;
    await input.fill('');
    await page.evaluate(() => {
      window.__bench.lastInput = 0;
      window.__bench.rendered = 0;
    });
    await input.pressSequentially(q, { delay: 60 });
    await page.waitForFunction(() => window.__bench.rendered > 0, null, { timeout: 30_000 });
    const ms = await page.evaluate(() => window.__bench.rendered - window.__bench.lastInput);
    const count = await page.locator('dialog[open] .search-results li').count();
    await page.waitForLoadState('networkidle');
    await sleep(300);
    await Promise.all(pending.splice(0));
    // the same query pasted (one input event): no searches queued by earlier keystrokes
    phase = `${q}:paste`;
    await input.fill('');
    await sleep(300);
    await page.evaluate(() => {
      window.__bench.lastInput = 0;
      window.__bench.rendered = 0;
    });
    await input.fill(q);
    await page.waitForFunction(() => window.__bench.rendered > 0, null, { timeout: 30_000 });
    const pastedMs = await page.evaluate(() => window.__bench.rendered - window.__bench.lastInput);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending.splice(0));
    out.queries.push({
      query: q,
      msToResults: round(ms),
      msPasted: round(pastedMs),
      results: count,
      pagefindBytes: bytes[`${q}:pagefind`]?.raw ?? 0,
      pagefindRequests: bytes[`${q}:pagefind`]?.n ?? 0,
    });
  }
  await Promise.all(pending.splice(0));
  out.openBytes = { pagefind: bytes['open:pagefind']?.raw ?? 0, other: bytes['open:other']?.raw ?? 0 };
  // the first query pays for pagefind.js/wasm/filters fetched when the dialog mounted
  if (out.queries[0]) out.queries[0].pagefindBytesInclOpen = out.queries[0].pagefindBytes + out.openBytes.pagefind;
  await context.close();
  return out;
}

async function runLighthouse(origin, paths) {
  // Lighthouse is installed for the benchmark alone, into bench/.tmp/tools: it depends on packages
  // pinned to `latest`, which would make the project's own `npm ci` fail whenever they publish.
  let lighthouse, chromeLauncher;
  try {
    const tools = join(TMP, 'tools');
    const entry = join(tools, 'node_modules/lighthouse/core/index.js');
    if (!existsSync(entry)) {
      mkdirSync(tools, { recursive: true });
      execFileSync(
        'npm',
        ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', tools, `lighthouse@${LIGHTHOUSE_VERSION}`],
        { stdio: 'inherit' },
      );
    }
    lighthouse = (await import(pathToFileURL(entry).href)).default;
    chromeLauncher = await import(pathToFileURL(join(tools, 'node_modules/chrome-launcher/dist/index.js')).href);
  } catch (e) {
    return { error: `lighthouse could not be installed or loaded (${e.code ?? e.message})` };
  }
  const results = [];
  for (const path of paths) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
    try {
      const r = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = r.lhr;
      const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
      const failing = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id);
      writeFileSync(join(TMP, `lighthouse-${path.replace(/\W+/g, '_') || 'home'}.json`), JSON.stringify(lhr));
      results.push({
        path,
        formFactor: lhr.configSettings.formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: round(lhr.audits['first-contentful-paint']?.numericValue),
        lcpMs: round(lhr.audits['largest-contentful-paint']?.numericValue),
        tbtMs: round(lhr.audits['total-blocking-time']?.numericValue),
        cls: round(lhr.audits['cumulative-layout-shift']?.numericValue, 3),
        failing,
        runtimeError: lhr.runtimeError?.message,
      });
    } catch (e) {
      results.push({ path, error: String(e.message ?? e) });
    } finally {
      await chrome.kill();
    }
  }
  return { results };
}

// ---------- report ----------
const kb = (b) => (b == null ? '—' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b) => (b == null ? '—' : `${(b / 2 ** 20).toFixed(1)} MB`);
const sec = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const rc = (b) =>
  b?.notesRendered == null
    ? ''
    : ` (${b.notesRendered} / ${b.notesFromCache}${b.pagesRestored ? `; ${b.pagesRestored} pages copied` : ''})`;
const ok = (v, limit) => (v == null ? '' : v <= limit ? ' ✅' : ' ❌');
const share = (b, cold, limit) =>
  b?.wallMs && cold?.wallMs
    ? `, ${Math.round((100 * b.wallMs) / cold.wallMs)}%${ok(b.wallMs / cold.wallMs, limit)}`
    : '';

function renderMarkdown(R) {
  const L = [];
  L.push('# Benchmark results', '');
  L.push(
    `Run ${R.date} on ${R.machine.cpus} × ${R.machine.cpuModel}, ${R.machine.memGB} GB RAM, Linux ${R.machine.kernel}, Node ${R.machine.node}, Astro ${R.machine.astro}, Pagefind ${R.machine.pagefind}. Load average at start: ${R.machine.loadStart.join(' / ')} (shared machine: other agents were building too; the load before each build is in the table).`,
    '',
  );
  L.push(
    `Command: \`npm run bench -- ${R.argv.join(' ')}\`. Vaults from \`../shared/bench/make-vault.mjs\`, as written.`,
    '',
  );
  L.push('## Full build', '');
  L.push(
    "Budgets are ratios measured in this run: a cold build within 2× the bare Astro 7 + Pagefind stack on the same vault (`bench/bare`: Astro's own Markdown, one plain page a note, the Pagefind CLI), and at 10,000 notes within 2 GB of peak RSS for the whole process tree and half of Quartz's time.",
    '',
  );
  L.push(
    '| notes | pages | cold build | bare stack (ours / bare, budget ≤ 2×) | per note | peak RSS, process tree (budget) | bare stack peak RSS | output | Pagefind index | load before | Astro phases: content sync / vite bundles / page render / wait for the search index |',
  );
  L.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const s of R.sizes) {
    const c = s.builds?.cold;
    if (!c) {
      L.push(`| ${s.size} | — | failed: ${s.error ?? ''} |||||||`);
      continue;
    }
    const bm = s.size === 10000 ? 2048 : null;
    const ratio = s.bare?.wallMs ? c.wallMs / s.bare.wallMs : null;
    const bare = s.bare ? `${sec(s.bare.wallMs)} (${ratio.toFixed(2)}×${ok(ratio, 2)})` : '—';
    L.push(
      `| ${s.size.toLocaleString('en')}${s.fromRun ? ` (run of ${s.fromRun.slice(0, 16)})` : ''} | ${c.pages ?? '—'} | ${sec(c.wallMs)} | ${bare} | ${(c.wallMs / s.size).toFixed(2)} ms | ${c.peakRssMB} MB${bm ? ` (≤ 2 GB${ok(c.peakRssMB, bm)})` : ''} | ${s.bare ? `${s.bare.peakRssMB} MB` : '—'} | ${mb(s.outBytes)} (${s.outFiles} files) | ${mb(s.pagefindBytes)} | ${c.loadBefore} | ${sec(c.phases.contentSyncMs)} / ${sec(c.phases.viteBuildMs)} / ${sec(c.phases.renderMs)} / ${sec(c.phases.pagefindMs)} |`,
    );
  }
  for (const s of R.sizes)
    if (s.builds?.cold?.peakBreakdown)
      L.push(
        '',
        `Peak RSS of the ${s.size.toLocaleString('en')}-note cold build: ${sec(s.builds.cold.peakAtMs)} into the build, ${s.builds.cold.peakBreakdown}.`,
      );
  const ok2 = R.sizes.filter((x) => x.builds?.cold);
  const marg = ok2
    .slice(1)
    .map(
      (x, i) =>
        `${ok2[i].size.toLocaleString('en')} → ${x.size.toLocaleString('en')}: ${((x.builds.cold.wallMs - ok2[i].builds.cold.wallMs) / (x.size - ok2[i].size)).toFixed(1)} ms and ${(((x.builds.cold.peakRssMB - ok2[i].builds.cold.peakRssMB) * 1024) / (x.size - ok2[i].size)).toFixed(0)} KB of peak RSS per added note`,
    );
  if (marg.length) L.push('', `Marginal cost (cold build): ${marg.join('; ')}.`);
  L.push(
    '',
    "Linearity: per-note cost should stay flat as the vault grows. Quartz is not built by this benchmark, so no Quartz ratio is computed here: figures from other runs were taken on other machines. An earlier side-by-side run on one machine (before the worker pool and the caches) found our 10,000-note build at 0.69× Quartz 4.5's time and 2.1× its memory (1.75 GB).",
    '',
  );
  L.push('## Rebuilds', '');
  L.push(
    'Builds run `astro build` with a cache directory of their own (bench/astro.bench.config.mjs). "rendered / cached" is what the vault loader logged (notes rendered vs taken from the content cache); "pages copied" are the pages the incremental build of Astro copied from the last build instead of rendering them. 10,000 notes: no unchanged rebuild and no dev server unless `--all-rebuilds`.',
    '',
  );
  L.push(
    '| notes | 2nd build, unchanged (rendered / cached; budget ≤ 40% of cold) | build after changing one note (rendered / cached; budget ≤ 50% of cold) | dev: ready | dev: first page | dev: changed note served (budget ≤ 1 s) | dev peak RSS |',
  );
  L.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of R.sizes) {
    const d = s.dev;
    L.push(
      `| ${s.size.toLocaleString('en')}${s.fromRun ? ` (run of ${s.fromRun.slice(0, 16)})` : ''} | ${sec(s.builds?.unchanged?.wallMs)}${rc(s.builds?.unchanged)}${share(s.builds?.unchanged, s.builds?.cold, 0.4)} | ${sec(s.builds?.oneChanged?.wallMs)}${rc(s.builds?.oneChanged)}${share(s.builds?.oneChanged, s.builds?.cold, 0.5)} | ${d ? (d.error && !d.readyMs ? `error: ${d.error}` : sec(d.readyMs)) : 'skipped'} | ${d?.firstPageMs != null ? sec(d.firstPageMs) : '—'} | ${d?.changeToPageMs != null ? `${sec(d.changeToPageMs)}${ok(d.changeToPageMs, 1000)}${d.loaderResyncMs != null ? ` (loader re-sync ${d.loaderResyncMs} ms)` : ''}` : d?.error ? `error: ${d.error}` : '—'} | ${d?.peakRssMB ?? '—'} MB |`,
    );
  }
  L.push('');
  if (R.pageWeights) {
    L.push(
      `## Page weight (${R.pageWeights.size.toLocaleString('en')}-note output, served gzip from 127.0.0.1, Chromium)`,
      '',
    );
    L.push(
      `Browser measurements (this section, search, Lighthouse) ${R.browserDate ? `re-run ${R.browserDate} ` : ''}with load average ${R.machine.loadBrowser?.join(' / ') ?? '?'}.`,
      '',
    );
    if (R.pageWeights.error) L.push(`Error: ${R.pageWeights.error}`, '');
    L.push(
      'Raw / gzip. CSS and JS include what is inlined in the HTML (`<style>`, inline `<script>`); the HTML column is the whole document. Budget for a note page without a diagram: JS < 20 KB and CSS < 20 KB gzip before search is opened.',
      '',
    );
    L.push(
      '| page | requests | HTML | CSS (inline + files) | JS (inline + files) | fonts | other | font faces without font-display swap/optional |',
    );
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of R.pageWeights.pages ?? []) {
      if (p.error) {
        L.push(`| ${p.label} \`${p.path}\` | error: ${p.error} |||||||`);
        continue;
      }
      const g = p.groups;
      const cssRaw = g.css.raw + p.inlineCss.raw;
      const jsRaw = g.js.raw + p.inlineJs.raw;
      const budget = p.label === 'note, no diagram';
      L.push(
        `| ${p.label} \`${p.path}\` | ${p.requests} | ${kb(g.html.raw)} / ${kb(g.html.gzip)} | ${kb(cssRaw)} / ${kb(p.cssGzipTotal)}${budget ? ok(p.cssGzipTotal, 20480) : ''} | ${kb(jsRaw)} / ${kb(p.jsGzipTotal)}${budget ? ok(p.jsGzipTotal, 20480) : ''} | ${g.font.n ? `${g.font.n}: ${kb(g.font.raw)}` : '0'} | ${g.other.n ? `${g.other.n}: ${kb(g.other.raw)}` : '0'} | ${p.blockingFontFaces} |`,
      );
    }
    L.push('');
  }
  if (R.search) {
    L.push(`## Search (${R.search.size.toLocaleString('en')}-note output, Chromium, Ctrl+K on a note page)`, '');
    if (R.search.error) L.push(`Error: ${R.search.error}`, '');
    else {
      L.push(
        `Dialog open (Ctrl+K → input visible): ${R.search.openMs} ms, fetching ${kb(R.search.openBytes.pagefind)} from /pagefind/ and ${kb(R.search.openBytes.other)} else (the search UI chunk).`,
        '',
      );
      L.push(
        'Typed: one character every 60 ms (every keystroke starts a search); pasted: the same query again as one input event, after the index chunks are cached.',
        '',
      );
      L.push(
        '| query | typed: ms from last keystroke to first result | pasted: ms to first result | results shown | bytes from /pagefind/ while typing (requests) |',
      );
      L.push('|---|---:|---:|---:|---:|');
      R.search.queries.forEach((q, i) =>
        L.push(
          `| ${i ? 'follow-up' : 'first'}: ${q.query} | ${q.msToResults} ms | ${q.msPasted ?? '—'} ms | ${q.results} | ${kb(q.pagefindBytes)} (${q.pagefindRequests})${q.pagefindBytesInclOpen != null ? `; ${kb(q.pagefindBytesInclOpen)} with what opening the dialog fetched` : ''} |`,
        ),
      );
      L.push('');
    }
  }
  L.push('## Lighthouse (mobile profile, simulated throttling; Debian Chromium headless)', '');
  if (!R.lighthouse) L.push('Skipped (`--skip-lighthouse` or `--quick`).', '');
  else if (R.lighthouse.error) L.push(`Could not run: ${R.lighthouse.error}`, '');
  else {
    L.push('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | audits below 1 |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of R.lighthouse.results) {
      if (r.error) {
        L.push(`| \`${r.path}\` | error: ${r.error} |||||||||`);
        continue;
      }
      L.push(
        `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs} ms | ${r.lcpMs} ms | ${r.tbtMs} ms | ${r.cls} | ${r.failing.join(', ') || '—'} |`,
      );
    }
    L.push('', 'Budget: 100 in all four on a note page (Quartz: 92, 83, 96, 100).', '');
  }
  return L.join('\n');
}

// ---------- main ----------
/** --profile N: one cold build of the N-note vault under `node --cpu-prof`, then a summary. */
async function profile(size) {
  const vault = join(TMP, `vault-${size}`);
  if (!existsSync(vault)) makeVault(size);
  const dir = join(TMP, `prof-${size}`);
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(TMP, `cache-prof-${size}`), { recursive: true, force: true });
  log(`profiling a cold build of ${size} notes (load ${loadavg()[0].toFixed(2)})`);
  const b = await build(size, 'profile', ['--cpu-prof', `--cpu-prof-dir=${dir}`], `out-prof-${size}`);
  const summary = execFileSync(process.execPath, [join(BENCH, 'profile-summary.mjs'), dir, '--top', '30']).toString();
  const text = `${JSON.stringify(b, null, 2)}\n${summary}`;
  writeFileSync(join(TMP, `profile-${size}.txt`), text);
  console.log(text);
  log(`profile in ${dir}, summary in bench/.tmp/profile-${size}.txt`);
}

/** Page weights, search and Lighthouse, on the outputs already built. */
async function browserPhase(R, save) {
  R.machine.loadBrowser = loadavg().map((x) => round(x, 2));
  const built = R.sizes
    .filter((s) => s.builds?.cold && !s.error && existsSync(join(TMP, `out-${s.size}`, 'index.html')))
    .map((s) => s.size);
  const weightSize = built.includes(1000) ? 1000 : (built.filter((n) => n <= 1000).pop() ?? built[0]);
  const searchSize = built.includes(10000) ? 10000 : built.includes(1000) ? 1000 : built[built.length - 1];
  if (weightSize != null) {
    const { server, origin } = await serve(join(TMP, `out-${weightSize}`));
    let browser;
    try {
      browser = await launch();
      const tagsDir = join(TMP, `out-${weightSize}`, 'tags');
      const group = readdirSync(tagsDir)
        .filter((d) => statSync(join(tagsDir, d)).isDirectory())
        .sort()[0];
      const leaf = readdirSync(join(tagsDir, group))
        .filter((d) => statSync(join(tagsDir, group, d)).isDirectory())
        .sort()[0];
      const targets = [
        ['note, no diagram', '/note-000001/'],
        ['note with diagram', '/note-000000/'],
        ['home', '/'],
        ['tag page', `/tags/${group}/${leaf ?? ''}${leaf ? '/' : ''}`],
      ];
      R.pageWeights = { size: weightSize, pages: [] };
      for (const [label, path] of targets) {
        log(`page weight ${path}`);
        try {
          R.pageWeights.pages.push({ label, ...(await pageWeight(browser, origin, path)) });
        } catch (e) {
          R.pageWeights.pages.push({ label, path, error: String(e.message) });
        }
      }
    } catch (e) {
      R.pageWeights = { size: weightSize, error: String(e.message ?? e) };
    } finally {
      save();
      if (searchSize !== weightSize) {
        await browser?.close();
        await server.close();
      }
    }
    let origin2 = origin;
    let server2 = server;
    if (searchSize !== weightSize) ({ server: server2, origin: origin2 } = await serve(join(TMP, `out-${searchSize}`)));
    try {
      if (searchSize !== weightSize || !browser) browser = await launch();
      log(`search on ${searchSize}`);
      R.search = { size: searchSize, ...(await searchTimings(browser, origin2, ['노트북', '스토리지'])) };
    } catch (e) {
      R.search = { size: searchSize, error: String(e.message ?? e).split('\n')[0] };
    } finally {
      await browser?.close();
      save();
    }
    if (!skipLighthouse) {
      log('lighthouse');
      try {
        R.lighthouse = await runLighthouse(origin2, ['/note-000001/', '/']);
      } catch (e) {
        R.lighthouse = { error: String(e.message ?? e) };
      }
    }
    await server2.close();
  }
}

/** A real vault (e.g. ../vaults/obsidian-help/ko): a cold build, then an unchanged one. */
async function vaultBuilds(dir) {
  const name = dir
    .replace(/\/+$/, '')
    .split('/')
    .slice(-2)
    .join('-')
    .replace(/[^\w.-]+/g, '_');
  const env = { GARDEN_CONTENT: resolve(dir), BENCH_CACHE_DIR: join(TMP, `cache-vault-${name}`) };
  rmSync(env.BENCH_CACHE_DIR, { recursive: true, force: true });
  const out = `out-vault-${name}`;
  log(`vault ${dir}: cold build (load ${loadavg()[0].toFixed(2)})`);
  const cold = await build(name, 'cold', [], out, env);
  log(`vault ${dir}: unchanged build (load ${loadavg()[0].toFixed(2)})`);
  const unchanged = await build(name, 'unchanged', [], out, env);
  for (const b of [cold, unchanged]) {
    console.log(
      `${b.label}: ${sec(b.wallMs)}, ${b.pages} pages, notes ${b.notesRendered} rendered / ${b.notesFromCache} cached, images ${b.imagesProcessed ?? 0} processed / ${b.imagesFromCache ?? 0} cached, load before ${b.loadBefore}; phases ${JSON.stringify(b.phases)}`,
    );
  }
  console.log(`unchanged / cold: ${Math.round((100 * unchanged.wallMs) / cold.wallMs)}%`);
}

async function main() {
  if (optVal('--profile')) return profile(Number(optVal('--profile')));
  if (optVal('--vault')) return vaultBuilds(optVal('--vault'));
  if (opt('--browser-only')) {
    // re-measure page weights, search and Lighthouse on the outputs of the last run
    const R = JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8'));
    delete R.pageWeights;
    delete R.search;
    if (!skipLighthouse) delete R.lighthouse;
    R.browserDate = new Date().toISOString();
    const save = () => {
      writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(R, null, 2)}\n`);
      writeFileSync(join(BENCH, 'results.md'), `${renderMarkdown(R)}\n`);
    };
    for (const s of R.sizes)
      for (const b of Object.values(s.builds ?? {}))
        if (b?.log && existsSync(b.log)) b.phases = parsePhases(readFileSync(b.log, 'utf8'));
    await browserPhase(R, save);
    save();
    return;
  }
  if (opt('--render')) {
    // re-render results.md from results.json (and re-read Astro's timings from the build logs)
    const R = JSON.parse(readFileSync(join(BENCH, 'results.json'), 'utf8'));
    for (const s of R.sizes)
      for (const b of Object.values(s.builds ?? {}))
        if (b?.log && existsSync(b.log)) b.phases = parsePhases(readFileSync(b.log, 'utf8'));
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(R, null, 2)}\n`);
    writeFileSync(join(BENCH, 'results.md'), `${renderMarkdown(R)}\n`);
    return;
  }
  const astroVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version;
  const pagefindVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')).version;
  const R = {
    date: new Date().toISOString(),
    argv,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model?.trim(),
      memGB: round(totalmem() / 2 ** 30, 1),
      kernel: release(),
      node: process.version,
      astro: astroVersion,
      pagefind: pagefindVersion,
      loadStart: loadavg().map((x) => round(x, 2)),
    },
    sizes: [],
  };
  if (!existsSync(MAKE_VAULT)) throw new Error(`missing ${MAKE_VAULT}`);
  if (existsSync(join(BENCH, 'results.json')))
    writeFileSync(join(TMP, 'results.prev.json'), readFileSync(join(BENCH, 'results.json')));
  const save = () => {
    writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(R, null, 2)}\n`);
    writeFileSync(join(BENCH, 'results.md'), `${renderMarkdown(R)}\n`);
  };
  for (const size of sizes) {
    const s = { size, builds: {} };
    R.sizes.push(s);
    try {
      log(`vault ${size}`);
      const { dir } = makeVault(size);
      rmSync(join(TMP, `cache-${size}`), { recursive: true, force: true });
      rmSync(join(TMP, `out-${size}`), { recursive: true, force: true });
      log(`build ${size} (cold), load ${loadavg()[0].toFixed(2)}`);
      s.builds.cold = await build(size, 'cold');
      log(`  ${sec(s.builds.cold.wallMs)}, ${s.builds.cold.peakRssMB} MB`);
      log(`bare Astro + Pagefind ${size}, load ${loadavg()[0].toFixed(2)}`);
      s.bare = await bareBuild(size);
      log(`  ${sec(s.bare.wallMs)}, ${s.bare.peakRssMB} MB`);
      s.outBytes = du(join(TMP, `out-${size}`));
      s.outFiles = countFiles(join(TMP, `out-${size}`));
      s.pagefindBytes = existsSync(join(TMP, `out-${size}`, 'pagefind'))
        ? du(join(TMP, `out-${size}`, 'pagefind'))
        : null;
      save();
      // The 10,000-note build is costly on the shared 2-core machines: there we do the cold build
      // and the one-note rebuild only (and no dev server) unless --all-rebuilds is given.
      const big = size >= 10000 && !opt('--all-rebuilds');
      if (!big) {
        log(`build ${size} (unchanged)`);
        s.builds.unchanged = await build(size, 'unchanged');
        log(`  ${sec(s.builds.unchanged.wallMs)}`);
      }
      const note = join(dir, 'note-000002.md');
      appendFileSync(note, `\n벤치마크로 한 문장을 덧붙였습니다 (${Date.now()}).\n`);
      log(`build ${size} (one note changed)`);
      s.builds.oneChanged = await build(size, 'one-changed');
      log(`  ${sec(s.builds.oneChanged.wallMs)}`);
      save();
      if (!big) {
        log(`dev server ${size}`);
        s.dev = await devRebuild(size);
        log(`  ${JSON.stringify(s.dev)}`);
      }
    } catch (e) {
      s.error = String(e.message ?? e).split('\n')[0];
      log(`size ${size} failed: ${e.message}`);
    }
    save();
  }

  // sizes not measured this time: keep the figures of the previous run, marked with its date
  try {
    const prev = JSON.parse(readFileSync(join(TMP, 'results.prev.json'), 'utf8'));
    for (const ps of prev.sizes ?? []) {
      if (!R.sizes.some((x) => x.size === ps.size) && ps.builds?.cold)
        R.sizes.push({ ...ps, fromRun: ps.fromRun ?? prev.date });
    }
    R.sizes.sort((a, b) => a.size - b.size);
  } catch {
    /* no previous run */
  }
  await browserPhase(R, save);
  R.machine.loadEnd = loadavg().map((x) => round(x, 2));
  save();
  log('wrote bench/results.md and bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
