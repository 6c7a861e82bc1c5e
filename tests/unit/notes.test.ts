import { describe, expect, it } from 'vitest';
import { noteTitle } from '../../src/lib/notes/title.ts';
import { readingMinutes } from '../../src/lib/notes/reading-time.ts';
import { formatKoreanDate } from '../../src/lib/notes/dates.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter/split.ts';
import { checkBody } from '../../src/lib/vault/check-body.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import { readFileSync } from 'node:fs';

const enc = new TextEncoder();
const file = (name: string, text: string | Uint8Array, extra: Partial<VaultFile> = {}): VaultFile => ({
  file: name, bytes: typeof text === 'string' ? enc.encode(text) : text,
  mtime: new Date('2025-09-02T00:00:00Z'), birthtime: new Date('2025-09-01T00:00:00Z'), ...extra,
});

describe('noteTitle', () => {
  it('prefers the first # heading, outside code fences', () => {
    expect(noteTitle({ body: '```\n# not this\n```\n\n# **진짜** 제목\n', frontmatterTitle: 'id', fileName: 'a.md' }).title).toBe('진짜 제목');
  });
  it('falls back to the front matter title, then the first line, then the file name', () => {
    expect(noteTitle({ body: '본문만', frontmatterTitle: 'my-id', fileName: 'a.md' }).title).toBe('my-id');
    expect(noteTitle({ body: '\n\nAWS Glue 개발 엔드포인트 - AWS Glue\n\n본문', fileName: 'a.md' }).title).toBe('AWS Glue 개발 엔드포인트 - AWS Glue');
    expect(noteTitle({ body: '  \n', fileName: 'dir/빈 노트.md' }).title).toBe('빈 노트');
  });
});

describe('reading time and dates', () => {
  it('counts Korean at ~500 syllables a minute, never below 1', () => {
    expect(readingMinutes('가'.repeat(1500))).toBe(3);
    expect(readingMinutes('짧다')).toBe(1);
  });
  it('formats dates the Korean way', () => {
    expect(formatKoreanDate(new Date('2025-08-23T00:00:00Z'))).toBe('2025년 8월 23일');
  });
});

describe('the text search indexes: what the rendered page shows', () => {
  it('keeps the question and options of seed 000 but drops its answer and explanations', async () => {
    const { body } = splitFrontmatter(readFileSync(new URL('../../content/000_ecde0a6713dd0052.md', import.meta.url), 'utf8'));
    const { facts } = await renderNote(body, { slug: 'glue', file: '000.md', base: '/' });
    const text = facts.text ?? '';
    expect(text).toContain('Create an AWS Glue development endpoint');
    expect(text).not.toContain('정답');
    expect(text).not.toContain('혼동을 유발하는 오답');
    expect(text).toContain('Glue Development Endpoint 활용 장점');
    // the flow's edge list is its text; the drawing and heading anchors are not
    expect(text).toContain('데이터 사이언스팀 VPC → AWS Glue Development Endpoint (B)');
    expect(text).not.toMatch(/#\n|#$/m);
  });
});

describe('checkBody', () => {
  it('warns about unclosed fences and unsafe raw HTML with line and column', () => {
    const p = checkBody('text\n<img src=x onerror="alert(1)">\n<script>x</script>\n```js\nopen', 'a.md', 5);
    expect(p.map((x) => [x.kind, x.line, x.column])).toEqual([
      ['unsafe-html', 6, 1],
      ['unsafe-html', 7, 1],
      ['unclosed-fence', 8, 1],
    ]);
  });
  it('does not flag HTML shown inside code', () => {
    expect(checkBody('```html\n<script>x</script>\n```', 'a.md', 1)).toEqual([]);
  });
});

describe('assembleVault', () => {
  it('publishes a note without front matter with file dates, and reports what it skips', () => {
    const r = assembleVault([
      file('clip.md', '# 클리핑 제목\n\n본문 #aws/glue'),
      file('bin.md', new Uint8Array([0, 1, 2, 0, 255, 0])),
      file('empty.md', '   \n'),
      file('draft.md', '---\ndraft: true\n---\n# 초안'),
      file('img.png', new Uint8Array([137, 80, 78, 71])),
    ]);
    expect(r.notes.map((n) => n.slug).sort()).toEqual(['clip', 'empty']);
    const clip = r.notes.find((n) => n.slug === 'clip')!;
    expect(clip.title).toBe('클리핑 제목');
    expect(clip.dateSource).toBe('file');
    expect(clip.created.toISOString()).toBe('2025-09-01T00:00:00.000Z');
    expect(clip.tags).toEqual(['aws/glue']);
    expect(r.attachments).toEqual(['img.png']);
    expect(r.stats).toMatchObject({ published: 2, drafts: 1, skipped: 1 });
    expect(r.problems.map((p) => p.kind).sort()).toEqual(['binary-file', 'empty-note']);
  });

  it('uses git dates when there is no front matter date', () => {
    const git = { created: new Date('2024-01-01T00:00:00Z'), modified: new Date('2024-02-01T00:00:00Z') };
    const r = assembleVault([file('n.md', '# n', { git })]);
    expect(r.notes[0].dateSource).toBe('git');
    expect(r.notes[0].modified.toISOString()).toBe('2024-02-01T00:00:00.000Z');
  });

  it('publishes both notes of a slug collision and names both files', () => {
    const r = assembleVault([file('A.md', '# a'), file('a.md', '# b')]);
    expect(r.notes.map((n) => n.slug).sort()).toEqual(['a', 'a-2']);
    const p = r.problems.find((x) => x.kind === 'slug-collision')!;
    expect(p.message).toContain('A.md');
    expect(p.hint).toContain('a.md');
  });

  it('normalizes tags and says what changed', () => {
    const r = assembleVault([file('t.md', '---\ntags: ["#Service/Glue", "my tag", 서비스]\n---\n# t')]);
    expect(r.notes[0].tags).toEqual(['Service/Glue', 'my-tag', '서비스']);
    expect(r.problems.find((p) => p.kind === 'tag-normalized')?.message).toContain('leading #');
  });
});
