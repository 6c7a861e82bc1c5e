import { describe, it, expect, vi, afterEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/verbs/quiz.ts';

const root = join(import.meta.dirname, '..', '..');
const seedPath = (prefix: string) =>
  join(
    root,
    'content',
    readdirSync(join(root, 'content')).find((f) => f.startsWith(prefix))!,
  );

afterEach(() => vi.restoreAllMocks());

async function capture(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const code = await run(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('garden quiz', () => {
  it('--json prints the questions with the documented shape', async () => {
    const { code, out } = await capture(['--json', seedPath('004_')]);
    expect(code).toBe(0);
    const data = JSON.parse(out) as Array<{
      question: string;
      multiple: boolean;
      options: Array<{ key: string; text: string; correct: boolean; explanation: string | null }>;
    }>;
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0])).toEqual(['question', 'multiple', 'options']);
    expect(data[0].multiple).toBe(true);
    expect(data[0].options.map((o: { key: string; correct: boolean }) => `${o.key}${o.correct ? '*' : ''}`)).toEqual([
      'A',
      'B',
      'C',
      'D*',
      'E*',
    ]);
    expect(data[0].options[0]).toEqual({
      key: 'A',
      text: 'Amazon EBS',
      correct: false,
      explanation: '단일 인스턴스 전용 블록 스토리지로 분산 환경에서 공유 불가',
    });
    expect(data[0].options[3].explanation).toBeNull();
  });
  it('prints a readable listing without --json', async () => {
    const { code, out } = await capture([seedPath('000_')]);
    expect(code).toBe(0);
    expect(out).toContain('정답: B, C, F — AWS Glue Development Endpoint 활용 및 IAM 권한 설정');
    expect(out).toMatch(/✓ B\) Create an AWS Glue development endpoint/);
  });
  it('prints [] for a note without questions and exits 2 on usage errors', async () => {
    expect(JSON.parse((await capture(['--json', seedPath('001_')])).out)).toEqual([]);
    expect((await capture([])).code).toBe(2);
    expect((await capture(['--json', join(root, 'no-such-file.md')])).code).toBe(2);
  });
});

describe('garden quiz on malformed sections', () => {
  it('prints FILE:LINE problems on stderr, no questions, and exits 1', async () => {
    const file = join(root, 'tests/fixtures/quiz/malformed.md');
    const { code, out, err } = await capture(['--json', file]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([]);
    const lines = err.split('\n');
    expect(lines).toContain(
      `${file}:16:1: warning: expected an answer among the options (A, B, C), found G) — fix the letter in the answer line, or add the missing option`,
    );
    expect(lines.some((l) => l.startsWith(`${file}:25:1: warning: expected an answer line after the options`))).toBe(
      true,
    );
  });
});

describe('garden quiz reads a note as the build does', () => {
  it('finds the question of seed 002, whose text is recovered from mojibake', async () => {
    const { code, out } = await capture(['--json', seedPath('002_')]);
    expect(code).toBe(0);
    const data = JSON.parse(out) as Array<{
      question: string;
      multiple: boolean;
      options: Array<{ key: string; text: string; correct: boolean; explanation: string | null }>;
    }>;
    expect(data).toHaveLength(1);
    expect(data[0].question).toContain('SageMaker notebook instance');
    // the explanations are Korean once repaired, not cp1253 mojibake
    expect(data[0].options.some((o: { explanation: string | null }) => /[가-힣]{2}/.test(o.explanation ?? ''))).toBe(
      true,
    );
  });
});

describe('garden quiz speaks the site language', () => {
  it('labels the questions in English on an English garden (GARDEN_LOCALE=en)', () => {
    const r = spawnSync(process.execPath, ['--no-warnings', 'src/cli/garden.ts', 'quiz', seedPath('004_')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GARDEN_LOCALE: 'en' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\[1\] lines \d+–\d+ · multiple choice \(2\)$/m);
    expect(r.stdout).toContain('  Answer: D, E');
    expect(r.stdout).toContain('  Explanation:');
    expect(r.stdout).not.toMatch(/정답:|해설:|단일 선택|복수 선택/);
  });
});
