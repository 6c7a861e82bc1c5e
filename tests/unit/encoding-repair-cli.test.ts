import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it, expect, vi } from 'vitest';
import { run } from '../../src/cli/verbs/repair.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const dirs: string[] = [];
function vault(): string {
  const dir = mkdtempSync(join(tmpdir(), 'garden-repair-'));
  dirs.push(dir);
  cpSync(content, dir, { recursive: true });
  return dir;
}
function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('garden repair', () => {
  it('prints the repaired text and a summary without writing', async () => {
    const dir = vault();
    const file = join(dir, '002_907fe075da9f7913.md');
    const before = readFileSync(file, 'utf8');
    const io = capture();
    expect(await run([file])).toBe(0);
    expect(io.out()).toContain('# SageMaker 노트북 인스턴스 - AWS 서비스 계정 아키텍처');
    expect(io.err()).toMatch(/windows-1253.*confidence.*reconstructed/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(`${file}.orig`)).toBe(false);
  }, 60_000); // builds the base model (~1 s; several on a busy machine)

  it('--write keeps FILE.orig and never overwrites an existing one', async () => {
    const dir = vault();
    const file = join(dir, '002_907fe075da9f7913.md');
    const original = readFileSync(file, 'utf8');
    capture();
    expect(await run([file, '--write'])).toBe(0);
    expect(readFileSync(`${file}.orig`, 'utf8')).toBe(original);
    expect(readFileSync(file, 'utf8')).toContain('노트북 인스턴스');
    writeFileSync(`${file}.orig`, 'older backup');
    writeFileSync(file, original);
    expect(await run(['--write', file])).toBe(0);
    expect(readFileSync(`${file}.orig`, 'utf8')).toBe('older backup');
  }, 60_000); // builds the base model (~1 s; several on a busy machine)

  it('leaves healthy notes alone and rejects bad usage', async () => {
    const dir = vault();
    const io = capture();
    expect(await run([join(dir, '003_e45674b8a82906ae.md')])).toBe(0);
    expect(io.err()).toMatch(/no mojibake/);
    expect(await run([])).toBe(2);
    expect(await run([join(dir, 'missing.md')])).toBe(2);
  });
});
