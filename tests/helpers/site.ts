import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { serveStaticSite } from '../../src/lib/serve/static-site.ts';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = join(ROOT, 'tests/.tmp');

export interface BuildResult {
  status: number;
  out: string;
  stdout: string;
  stderr: string;
}

/** Builds a vault with the real Astro build into tests/.tmp/<name>. */
export function buildSite(
  name: string,
  opts: { content?: string; base?: string; env?: Record<string, string> } = {},
): BuildResult {
  const out = join(TMP, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  // Vitest exports Vite's BASE_URL/MODE/DEV/PROD/SSR into process.env; a child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...clean } = process.env;
  const env = {
    ...clean,
    GARDEN_CONTENT: opts.content ?? join(ROOT, 'content'),
    GARDEN_BASE: opts.base ?? '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, out, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `garden <verb>` the way a person does (`npm run -s garden -- …`). */
export function garden(
  args: string[],
  env: Record<string, string> = {},
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '-s', 'garden', '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes a fixture vault from a map of file → content into tests/.tmp/vaults/<name>. */
export function writeVault(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(TMP, 'vaults', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    const p = join(dir, file);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function copyVault(name: string, from: string): string {
  const dir = join(TMP, 'vaults', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  return dir;
}

export function readHtml(out: string, path: string): string {
  const clean = decodeURIComponent(path.replace(/^\/+/, ''));
  const file = clean === '' || clean.endsWith('/') ? join(out, clean, 'index.html') : join(out, clean);
  return readFileSync(file, 'utf8');
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A static server for a built site under a base path, on 127.0.0.1 (like any static host). */
export async function serveStatic(out: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const site = await serveStaticSite(out, { base });
  return { url: site.url, close: site.close };
}

export type { ChildProcess };
export { spawn };
