// `astro dev` shows an edited note, and a new one, without a restart: the vault is watched on its
// own (src/integrations/vault-reload.ts) and the loader brings the store up to date.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, writeVault } from '../helpers/site.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Polls `url` until its page holds `text`; the bound guards against a reload that never comes. */
async function waitFor(url: string, text: string, ms = 60_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    const r = await fetch(url).catch(() => null);
    last = r ? await r.text() : '';
    if (r?.status === 200 && last.includes(text)) return last;
    await sleep(100);
  }
  throw new Error(`${url} never showed "${text}"; last response: ${last.slice(0, 300)}`);
}

describe('the dev server', () => {
  let server: ChildProcess;
  let log = '';
  let base = '';
  let vault = '';
  beforeAll(async () => {
    vault = writeVault('dev-reload', {
      'a.md': '# 첫 노트\n\n처음 쓴 문장.\n',
      'b.md': '# 둘째 노트\n\n[[첫 노트]]로 이어집니다.\n',
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Vitest's environment (NODE_ENV=test, VITEST, Vite's BASE_URL/MODE/DEV/PROD/SSR) would make
    // Astro serve no pages: the server gets the environment a person's shell has
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(VITEST|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|TEST$)/.test(k)),
    );
    server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...clean, GARDEN_CONTENT: vault, GARDEN_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      detached: true,
    });
    server.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    server.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    await waitFor(`${base}/a/`, '처음 쓴 문장', 60_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${log.slice(-2000)}`);
    });
  });
  afterAll(async () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await Promise.race([new Promise((r) => server.once('close', r)), sleep(5000)]);
  });

  it('shows an edited note without a restart', async () => {
    writeFileSync(join(vault, 'a.md'), '# 첫 노트\n\n고쳐 쓴 문장.\n');
    const html = await waitFor(`${base}/a/`, '고쳐 쓴 문장');
    expect(html).not.toContain('처음 쓴 문장');
    expect(log).toMatch(/vault re-synced in \d+ ms \(a\.md\)/);
  });

  it('publishes a note added while it runs, with its links resolved', async () => {
    writeFileSync(join(vault, 'c.md'), '# 셋째 노트\n\n[[둘째 노트]]를 가리킵니다.\n');
    const html = await waitFor(`${base}/c/`, '셋째 노트');
    expect(html).toMatch(/<a [^>]*href="\/b\/"/);
  });
});
