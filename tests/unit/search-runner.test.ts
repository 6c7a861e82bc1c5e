// End to end: a real Pagefind index built with the Node API from pages marked up
// as src/lib/korean/README.md prescribes, searched through `garden search`'s
// pipeline (loadPagefind + searchNotes, and the verb's run()).
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindIndexer from 'pagefind';
import { loadPagefind, type PagefindInstance } from '../../src/cli/pagefind-node.ts';
import { run, parseSearchArgs } from '../../src/cli/verbs/search.ts';
import { PAGEFIND_OPTIONS, searchNotes } from '../../src/lib/korean/search-pipeline.ts';
import { searchMeta, type SearchableNote } from '../../src/lib/korean/search-meta.ts';
import { learnVocabulary } from '../../src/lib/korean/vocabulary.ts';
import { SEARCH_LANGUAGE } from '../../src/lib/korean/search-config.ts';

interface FixtureNote extends SearchableNote {
  url: string;
  answer?: string;
}

const NOTES: FixtureNote[] = [
  {
    url: '/notes/glue-endpoint/',
    title: 'VPC 환경에서 Glue와 SageMaker 통합',
    aliases: ['glue-dev-endpoint', 'sagemaker-glue'],
    tags: ['service/glue', 'service/sagemaker'],
    body: 'SageMaker 노트북에서 Glue 개발 엔드포인트를 사용한다. API를 호출하지 않고 Spark 컨텍스트로 접근한다.',
    answer: '정답: B, C, F 비밀정답단어',
  },
  {
    url: '/notes/notebook-instance/',
    title: 'SageMaker 노트북 인스턴스 계정',
    tags: ['service/sagemaker'],
    body: '노트북이 AWS 서비스 계정에서 실행된다. 엔드포인트에 연결한다. spark.driver.memory 설정은 없다.',
  },
  {
    url: '/notes/storage/',
    title: '분산 전처리 스토리지 솔루션',
    tags: ['storage/efs'],
    body: '대용량 머신러닝 데이터를 POSIX 호환 파일 시스템에서 처리한다. 핵심 포인트를 정리한다.',
  },
  {
    url: '/notes/pipeline/',
    title: '스트리밍 파이프라인',
    tags: ['service/emr'],
    body: '머신 러닝 파이프라인과 파일시스템 없이 스트리밍한다. 엔드포인트를 배포한다. glue dev endpoint 용어 비교.',
  },
  {
    url: '/notes/animals/',
    title: '고양이 나이',
    body: '고양이의 나이를 센다. 고양 시에 산다.',
  },
];

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function notePage(note: FixtureNote, vocab: ReturnType<typeof learnVocabulary>): string {
  const meta = Object.entries(searchMeta(note, vocab))
    .map(([name, value]) => `<meta data-pagefind-meta="${name}[content]" content="${escapeAttr(value)}">`)
    .join('');
  const answer = note.answer
    ? `<details data-pagefind-ignore><summary>정답 보기</summary><p>${note.answer}</p></details>`
    : '';
  return (
    `<!doctype html><html lang="ko"><head><title>${note.title}</title>${meta}</head><body>` +
    `<nav>사이트 메뉴 고양이</nav><main data-pagefind-body><h1 data-pagefind-meta="title">${note.title}</h1>` +
    `<p>${note.body}</p>${answer}</main></body></html>`
  );
}

// An index page (tag list) carries no data-pagefind-body, so it is not indexed at all.
const TAG_INDEX =
  '<!doctype html><html lang="ko"><body><h1>태그 노트북 엔드포인트 스토리지</h1><ul><li>service/sagemaker 노트북</li></ul></body></html>';

let dir: string;
let pagefind: PagefindInstance;

async function urls(query: string): Promise<string[]> {
  return (await searchNotes(pagefind, query)).hits.map((h) => h.url);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'garden-search-'));
  const vocab = learnVocabulary(NOTES.map((n) => [n.title, n.body].join('\n')));
  const { index, errors } = await pagefindIndexer.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  expect(errors).toEqual([]);
  for (const note of NOTES) {
    const added = await index!.addHTMLFile({ url: note.url, content: notePage(note, vocab) });
    expect(added.errors).toEqual([]);
  }
  await index!.addHTMLFile({ url: '/tags/', content: TAG_INDEX });
  const written = await index!.writeFiles({ outputPath: join(dir, 'dist', 'pagefind') });
  expect(written.errors).toEqual([]);
  await pagefindIndexer.close();
  pagefind = await loadPagefind(join(dir, 'dist', 'pagefind'), PAGEFIND_OPTIONS);
}, 60_000);

afterAll(async () => {
  await pagefind?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Korean recall through a real Pagefind index', () => {
  it('particle-attached queries find every form of the stem', async () => {
    for (const q of ['노트북을', '노트북이', '노트북에서']) {
      expect((await urls(q)).sort(), q).toEqual(['/notes/glue-endpoint/', '/notes/notebook-instance/']);
    }
    // what is sent to Pagefind is the stem
    expect(
      (await searchNotes(pagefind, '노트북에서는')).query.terms.filter((t) => !t.loose).map((t) => t.term),
    ).toEqual(['노트북']);
  });

  it('a common misspelling finds what the right spelling finds (앤드포인트 → 엔드포인트)', async () => {
    const right = (await urls('엔드포인트에')).sort();
    expect(right.length).toBeGreaterThan(0);
    expect((await urls('앤드포인트에')).sort()).toEqual(right);
  });

  it('엔드포인트에 finds 엔드포인트를; SageMaker의 and API를 find SageMaker and API', async () => {
    expect(await urls('엔드포인트에')).toEqual(
      expect.arrayContaining(['/notes/glue-endpoint/', '/notes/pipeline/', '/notes/notebook-instance/']),
    );
    expect((await urls('SageMaker의')).sort()).toEqual(['/notes/glue-endpoint/', '/notes/notebook-instance/']);
    expect(await urls('API를')).toEqual(['/notes/glue-endpoint/']);
  });

  it('spacing: 파일시스템 finds 파일 시스템 and 머신 러닝 finds 머신러닝 (both ways)', async () => {
    expect((await urls('파일시스템')).sort()).toEqual(['/notes/pipeline/', '/notes/storage/']);
    expect((await urls('파일 시스템')).sort()).toEqual(['/notes/pipeline/', '/notes/storage/']);
    expect((await urls('머신 러닝')).sort()).toEqual(['/notes/pipeline/', '/notes/storage/']);
    expect((await urls('머신러닝')).sort()).toEqual(['/notes/pipeline/', '/notes/storage/']);
  });

  it('초성: ㅅㅌㄹㅈ finds the note titled 스토리지', async () => {
    expect(await urls('ㅅㅌㄹㅈ')).toEqual(['/notes/storage/']);
  });

  it('English: case-insensitive and dotted names', async () => {
    expect((await urls('sagemaker')).sort()).toEqual(['/notes/glue-endpoint/', '/notes/notebook-instance/']);
    expect(await urls('spark.driver.memory')).toEqual(['/notes/notebook-instance/']);
    expect(await urls('driver')).toEqual(['/notes/notebook-instance/']);
  });

  it('aliases are searchable and rank above body matches', async () => {
    const hits = await urls('glue-dev-endpoint');
    expect(hits[0]).toBe('/notes/glue-endpoint/');
    const spaced = await urls('glue dev endpoint');
    expect(spaced[0]).toBe('/notes/glue-endpoint/');
    expect(spaced).toContain('/notes/pipeline/');
  });

  it('precision: AND across words, no syllable substrings, no over-stripping', async () => {
    expect(await urls('노트북 스토리지')).toEqual([]);
    expect(await urls('포인트')).toEqual(['/notes/storage/']); // not 엔드포인트
    expect(await urls('고양이')).toEqual(['/notes/animals/']);
    expect(await urls('나이')).toEqual(['/notes/animals/']);
  });

  it('exam answers and index pages are not indexed', async () => {
    expect(await urls('비밀정답단어')).toEqual([]);
    expect(await urls('태그')).toEqual([]);
    const { hits } = await searchNotes(pagefind, '엔드포인트');
    expect(hits.every((h) => !h.excerpt.includes('비밀정답단어'))).toBe(true);
  });
});

describe('garden search verb', () => {
  it('prints ranked [{url,title,score}] JSON', async () => {
    const out: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)));
    const code = await run(['노트북을', '--dist', join(dir, 'dist')]);
    spy.mockRestore();
    expect(code).toBe(0);
    const results = JSON.parse(out.join('\n')) as { url: string; title: string; score: number }[];
    expect(results.map((r) => r.url).sort()).toEqual(['/notes/glue-endpoint/', '/notes/notebook-instance/']);
    for (const r of results) expect(Object.keys(r).sort()).toEqual(['score', 'title', 'url']);
    expect(results[0].score).toBeGreaterThanOrEqual(results[1].score);
    expect(results.find((r) => r.url === '/notes/notebook-instance/')?.title).toBe('SageMaker 노트북 인스턴스 계정');
  });

  it('fails with exit 2 without a query or a bundle', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run([])).toBe(2);
    expect(await run(['x', '--dist', join(dir, 'missing')])).toBe(2);
    err.mockRestore();
    expect(parseSearchArgs(['a', 'b', '--limit', '3'])).toEqual({ query: 'a b', dist: 'dist', limit: 3 });
    expect(typeof parseSearchArgs(['q', '--limit', '0'])).toBe('string');
  });
});
