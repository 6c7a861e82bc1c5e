#!/usr/bin/env node
// Summarizes V8 .cpuprofile files (from `node --cpu-prof`): self time by package / project file,
// and the top functions. Usage: node bench/profile-summary.mjs DIR_OR_FILE... [--top 25]
// To profile the 1,000-note build:
//   GARDEN_CONTENT=$PWD/bench/.tmp/vault-1000 BENCH_CACHE_DIR=$PWD/bench/.tmp/cache-prof \
//   node --cpu-prof --cpu-prof-dir=bench/.tmp/prof node_modules/astro/bin/astro.mjs build \
//     --config bench/astro.bench.config.mjs --outDir bench/.tmp/out-prof
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const topI = args.indexOf('--top');
const TOP = topI >= 0 ? Number(args[topI + 1]) : 25;
const inputs = args.filter((a, i) => !a.startsWith('--') && i !== topI + 1);
const files = inputs.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(p, f))
    : [p],
);

const bucketOf = (url) => {
  if (!url) return '(native / vm)';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = u.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (u.includes('/src/')) return u.slice(u.indexOf('/src/') + 1);
  if (u.startsWith('node:')) return 'node: internals';
  return u.length > 60 ? `…${u.slice(-60)}` : u;
};

for (const f of files) {
  const prof = JSON.parse(readFileSync(f, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++)
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const buckets = new Map();
  const fns = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const b =
      cf.functionName === '(garbage collector)'
        ? '(garbage collector)'
        : cf.functionName === '(idle)'
          ? '(idle)'
          : cf.functionName === '(program)'
            ? '(program)'
            : bucketOf(cf.url);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const key = `${cf.functionName || '(anonymous)'}  ${bucketOf(cf.url)}:${cf.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
  console.log(`\n== ${f}: ${(total / 1e6).toFixed(2)} s sampled`);
  console.log('-- self time by package / file');
  for (const [b, us] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(us)}  ${b}`);
  // inclusive time per function (a function counted once per stack, recursion included)
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) =>
    `${n.callFrame.functionName || '(anonymous)'}  ${bucketOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const incl = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n.callFrame.url) continue;
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const projectOnly = (k) =>
    /src\/|\.prerender|elkjs|beautiful-mermaid|pagefind|@astrojs\/markdown-remark|shiki|astro:/.test(k);
  console.log('-- top functions (inclusive; project code, prerender chunks, Markdown, diagrams, Pagefind)');
  for (const [k, us] of [...incl]
    .filter(([k]) => projectOnly(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(`${pct(us)}  ${k}`);
  console.log('-- top functions (self)');
  for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(us)}  ${k}`);
}
