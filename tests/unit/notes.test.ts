import { describe, expect, it } from 'vitest';
import { noteTitle } from '../../src/lib/notes/title.ts';
import { readingMinutes } from '../../src/lib/notes/reading-time.ts';
import { formatDate } from '../../src/lib/notes/dates.ts';
import { renderNote } from '../../src/markdown/render-note.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter/split.ts';
import { checkBody } from '../../src/lib/vault/check-body.ts';
import { assembleVault } from '../../src/lib/vault/assemble.ts';
import type { VaultFile } from '../../src/lib/notes/note.ts';
import { readFileSync } from 'node:fs';

const enc = new TextEncoder();
const file = (name: string, text: string | Uint8Array, extra: Partial<VaultFile> = {}): VaultFile => ({
  file: name,
  bytes: typeof text === 'string' ? enc.encode(text) : text,
  mtime: new Date('2025-09-02T00:00:00Z'),
  birthtime: new Date('2025-09-01T00:00:00Z'),
  ...extra,
});

describe('noteTitle', () => {
  it('takes a human front matter title, else a leading # heading (code fences and comments aside)', () => {
    expect(noteTitle({ body: '# 제목\n', frontmatterTitle: 'AWS Glue 정리', fileName: 'a.md' })).toEqual({
      title: 'AWS Glue 정리',
      source: { kind: 'frontmatter' },
    });
    expect(noteTitle({ body: '# 제목', frontmatterTitle: '글루', fileName: 'a.md' }).title).toBe('글루');
    expect(noteTitle({ body: '# 제목', frontmatterTitle: 'Glue', fileName: 'a.md' }).title).toBe('Glue');
    expect(
      noteTitle({
        body: '\n%% 메모 %%\n<!-- x -->\n# **진짜** 제목\n',
        frontmatterTitle: 'kebab-case-id',
        fileName: 'a.md',
      }),
    ).toEqual({ title: '진짜 제목', source: { kind: 'heading', line: 4 } });
    expect(noteTitle({ body: '%%\n여러 줄\n%%\n# 주석 뒤 제목', fileName: 'a.md' }).title).toBe('주석 뒤 제목');
  });
  it('takes the file name when the # heading is not the first thing, or there is none', () => {
    expect(noteTitle({ body: '```\n# not this\n```\n\n# 제목\n', fileName: 'dir/내 노트.md' })).toEqual({
      title: '내 노트',
      source: { kind: 'file-name' },
    });
    expect(noteTitle({ body: '본문만', frontmatterTitle: 'my-id', fileName: 'a.md' }).title).toBe('a');
    expect(noteTitle({ body: '소개 문장이에요.\n\n## 절', fileName: 'Bases/베이스 소개.md' }).title).toBe(
      '베이스 소개',
    );
    expect(noteTitle({ body: '  \n', fileName: 'dir/빈 노트.md' }).title).toBe('빈 노트');
    expect(noteTitle({ body: 'x', fileName: 'torch.Tensor.md' }).title).toBe('torch.Tensor');
    expect(noteTitle({ body: 'x', fileName: '2023-10-11.md' }).title).toBe('2023-10-11');
  });
  it('gives a machine-id file name the first heading of any level, else the first line with text', () => {
    expect(
      noteTitle({ body: '\n\nAWS Glue 개발 엔드포인트 - AWS Glue\n\n본문', fileName: '001_89b60256bcfde2a5.md' }).title,
    ).toBe('AWS Glue 개발 엔드포인트 - AWS Glue');
    expect(
      noteTitle({ body: '소개\n\n### 세부 제목', fileName: '89b60256-bcfd-4e2a-9c1d-0123456789ab.md' }).title,
    ).toBe('세부 제목');
    expect(
      noteTitle({
        body: '![[Pasted image 20231011173130.png]]\n\n$$\nx^2\n$$\n\n---\n\n원본 문장',
        fileName: '20231011173130.md',
      }).title,
    ).toBe('원본 문장');
    expect(noteTitle({ body: '```\ncode\n```\n> [!note] 콜아웃 제목\n', fileName: 'deadbeef01.md' }).title).toBe(
      '콜아웃 제목',
    );
  });
  it('reduces Markdown, wiki-link, code and math syntax to the visible text', () => {
    const t = (h: string) => noteTitle({ body: `# ${h}\n`, fileName: 'a.md' }).title;
    expect(t('[[#Main features|Main features]]')).toBe('Main features');
    expect(t('[[#Main features]] 와 [[Note#절]]')).toBe('Main features 와 Note › 절');
    expect(t('`hasTag` 함수와 $x_i$ 값')).toBe('hasTag 함수와 x_i 값');
    expect(t('**굵게** _기울임_ ==강조== [링크](https://a.b) ~~취소~~')).toBe('굵게 기울임 강조 링크 취소');
    expect(t('제목 ![[그림.png]]')).toBe('제목');
    expect(noteTitle({ body: '$$\n', fileName: 'a1b2c3d4e5.md' }).title).toBe('a1b2c3d4e5');
  });
  it('is linear on a pathological heading', () => {
    const started = performance.now();
    noteTitle({ body: `# ${'*_`$[['.repeat(20000)}`, fileName: '0123456789abcdef.md' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('reading time and dates', () => {
  it('counts Korean at ~500 syllables a minute, never below 1', () => {
    expect(readingMinutes('가'.repeat(1500))).toBe(3);
    expect(readingMinutes('짧다')).toBe(1);
  });
  it('formats dates the Korean way', () => {
    expect(formatDate(new Date('2025-08-23T00:00:00Z'))).toBe('2025년 8월 23일');
  });
});

describe('the text search indexes: what the rendered page shows', () => {
  it('keeps the question and options of seed 000 but drops its answer and explanations', async () => {
    const { body } = splitFrontmatter(
      readFileSync(new URL('../../content/000_ecde0a6713dd0052.md', import.meta.url), 'utf8'),
    );
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
  it('reports a question section that cannot be a practice card, at its file line, with a fix', () => {
    const body = ['# 노트', '', '## 연습 문제', '', '**문제:** 답이 없는 문제?', '', '- A) 하나', '- B) 둘'].join('\n');
    const p = checkBody(body, 'q.md', 4);
    expect(p).toEqual([
      {
        file: 'q.md',
        line: 11,
        column: 1,
        severity: 'warning',
        kind: 'quiz-section',
        message:
          'expected an answer line after the options, found none; the question is shown as written, not as a practice card',
        hint: 'add **정답: B)** (or **Answer: B)**) below the options',
      },
    ]);
    // a section that parses, and a heading that only looks like one (`## 문제 해결`), say nothing
    expect(checkBody(`${body}\n\n**정답: B)**`, 'q.md', 4)).toEqual([]);
    expect(checkBody('## 문제 해결\n\n재시작하면 됩니다.', 'q.md', 1)).toEqual([]);
  });
});

describe('assembleVault', () => {
  it('never dates a note created after it was last modified (a copied file keeps its old mtime)', () => {
    const copied = file('old.md', '# 옛 노트', {
      birthtime: new Date('2026-12-03T00:00:00Z'),
      mtime: new Date('2020-01-02T00:00:00Z'),
    });
    const note = assembleVault([copied]).notes[0];
    expect(note.dateSource).toBe('file');
    expect(note.created.toISOString()).toBe('2020-01-02T00:00:00.000Z');
    expect(note.modified.toISOString()).toBe('2020-01-02T00:00:00.000Z');
  });
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
