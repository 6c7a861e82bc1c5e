import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '../../src/lib/frontmatter/validate.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter/split.ts';
import { formatProblem } from '../../src/lib/report/problem.ts';

const seed = (n: string) => readFileSync(new URL(`../../content/${n}.md`, import.meta.url), 'utf8');

describe('splitFrontmatter', () => {
  it('finds the YAML of seed 000 (blank lines inside the fences) and where the body starts', () => {
    const s = splitFrontmatter(seed('000_ecde0a6713dd0052'));
    expect(s.yaml).toContain('title: glue-sagemaker-vpc-integration');
    expect(s.body.trimStart().startsWith('# VPC 환경에서')).toBe(true);
    expect(s.bodyStartLine).toBe(15);
  });
  it('treats a note without a leading --- as all body', () => {
    const s = splitFrontmatter(seed('001_89b60256bcfde2a5'));
    expect(s.yaml).toBeNull();
    expect(s.unclosed).toBe(false);
  });
  it('reports an opening fence that is never closed', () => {
    expect(splitFrontmatter('---\ntitle: x\n\n# body').unclosed).toBe(true);
  });
});

describe('parseFrontmatter', () => {
  it('reads the seeds: dates with trailing spaces, tag lists, alias lists', () => {
    const r = parseFrontmatter(seed('000_ecde0a6713dd0052'), '000.md');
    expect(r.problems).toEqual([]);
    expect(r.data.title).toBe('glue-sagemaker-vpc-integration');
    expect(r.data.created?.toISOString()).toBe('2025-08-23T00:00:00.000Z');
    expect(r.data.tags).toEqual([
      'service/glue',
      'service/sagemaker',
      'infrastructure/vpc',
      'development/endpoint',
      'integration/etl-ml',
    ]);
    expect(r.data.aliases).toEqual(['glue-dev-endpoint', 'sagemaker-glue', 'vpc-integration']);
  });

  it('accepts a single string for tags and aliases, datetimes, and keeps unknown keys', () => {
    const r = parseFrontmatter(
      '---\ntitle: a\ntags: aws\naliases: 별칭\ncreated: 2025-08-23T10:30:00\ncssclass: wide\n---\nbody',
      'a.md',
    );
    expect(r.problems).toEqual([]);
    expect(r.data.tags).toEqual(['aws']);
    expect(r.data.aliases).toEqual(['별칭']);
    expect(r.data.created?.toISOString()).toBe('2025-08-23T10:30:00.000Z');
    expect(r.raw.cssclass).toBe('wide');
    expect((r.data as Record<string, unknown>).cssclass).toBe('wide');
  });

  it('lists every bad field at once with its line, what was expected and what was found', () => {
    const text = '---\ntitle: bad\ncreated: yesterday\ntags: 42\naliases: {a: 1}\n---\n# 제목';
    const r = parseFrontmatter(text, 'notes/bad.md');
    const lines = r.problems.map(formatProblem);
    expect(lines).toEqual([
      'notes/bad.md:3:1: error: created: expected a date like 2025-08-23 or 2025-08-23T10:30, found "yesterday" — write the date as YYYY-MM-DD',
      'notes/bad.md:4:1: error: tags: expected a list of strings or a single string, found 42 (number) — write `tags: [service/glue]` or one `- tag` per line',
      'notes/bad.md:5:1: error: aliases: expected a list of strings or a single string, found a mapping ({"a":1}) — write `aliases: ["other name"]`',
    ]);
    expect(r.data.title).toBe('bad');
  });

  it('reports invalid YAML with its line: unclosed quote and tab indentation', () => {
    const q = parseFrontmatter('---\ntitle: "oops\ntags: [a]\n---\nbody', 'q.md');
    expect(q.problems).toHaveLength(1);
    expect(q.problems[0].kind).toBe('frontmatter-yaml');
    expect(q.problems[0].line).toBeGreaterThanOrEqual(2);
    const t = parseFrontmatter('---\ntags:\n\t- a\n---\nbody', 't.md');
    expect(t.problems[0].message).toContain('tab');
    expect(t.problems[0].line).toBe(3);
  });

  it('takes empty front matter and empty values as absent', () => {
    expect(parseFrontmatter('---\n---\nbody', 'e.md').problems).toEqual([]);
    expect(parseFrontmatter('---\ntags:\naliases:\n---\nbody', 'e.md').data.tags).toBeUndefined();
  });

  it('rejects impossible dates', () => {
    expect(parseFrontmatter('---\ncreated: 2025-02-30\n---\n', 'd.md').problems[0]?.field).toBe('created');
  });
});

describe('the same front matter read again', () => {
  const text = '---\ntitle: 같은 노트\ntags: [a, b]\n---\n본문\n';

  it('gives every reader its own copy of the values', () => {
    const first = parseFrontmatter(text, 'a.md');
    (first.raw.tags as string[]).push('changed');
    first.raw.title = 'changed';
    const second = parseFrontmatter(text, 'b.md');
    expect(second.raw).toEqual({ title: '같은 노트', tags: ['a', 'b'] });
    expect(second.data.tags).toEqual(['a', 'b']);
  });

  it('reports the same error, under the second file name, on a second read', () => {
    const broken = '---\ntitle: [unclosed\n---\n';
    const a = parseFrontmatter(broken, 'a.md').problems.map(formatProblem);
    const b = parseFrontmatter(broken, 'b.md').problems.map(formatProblem);
    expect(a).toHaveLength(1);
    expect(b).toEqual(a.map((p) => p.replace('a.md', 'b.md')));
  });
});
