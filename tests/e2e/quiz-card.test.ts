// Practice cards and the /quiz/ page in real Chromium, on a tiny page served from the sources
// (TypeScript modules type-stripped on the fly; the site build is covered elsewhere).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { stripTypeScriptTypes } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { findQuizSections } from '../../src/lib/quiz/parse.ts';
import { renderQuizCard } from '../../src/lib/quiz/card.ts';
import { buildQuizIndex } from '../../src/lib/quiz/index.ts';
import type { Quiz } from '../../src/lib/quiz/types.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seedText = (prefix: string) =>
  readFileSync(
    join(
      ROOT,
      'content',
      readdirSync(join(ROOT, 'content')).find((f) => f.startsWith(prefix))!,
    ),
    'utf8',
  );
const quizOf = (markdown: string): Quiz => findQuizSections(markdown)[0].quiz!;

const VARS =
  ':root{--fg:#1b1b1f;--bg:#fff;--muted:#55575d;--accent:#1f5fbf;--ok:#1b7a3a;--bad:#b3261e;--border:#c9ccd3;--radius:6px}';
const CSS = readFileSync(join(ROOT, 'src/styles/quiz.css'), 'utf8');
const page = (body: string, script: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>quiz</title><style>${VARS}${CSS}</style></head>` +
  `<body><main>${body}</main><script type="module">${script}</script></body></html>`;

let server: Server;
let base = '';
let browser: Browser;
const pages: Record<string, string> = {};
let indexJson = '';

beforeAll(async () => {
  const q000 = quizOf(seedText('000_'));
  pages['/card.html'] = page(
    `<h2>📝 관련 문제</h2>${renderQuizCard(q000, { id: 'q-seed-000-1' })}`,
    `import { initQuizCards } from '/src/scripts/quiz-card.ts'; initQuizCards(); document.body.dataset.ready = '1';`,
  );
  pages['/quiz/'] = page(
    `<h1>문제 풀기</h1><div id="quiz" data-src="/quiz/index.json"></div>`,
    `import { initQuizPage } from '/src/scripts/quiz-page.ts'; await initQuizPage(document.getElementById('quiz')); document.body.dataset.ready = '1';`,
  );
  indexJson = JSON.stringify(
    buildQuizIndex([
      { noteUrl: '/notes/000/', noteTitle: 'Glue 노트', tags: ['service/glue'], quizzes: [q000] },
      { noteUrl: '/notes/003/', noteTitle: 'EMR 노트', tags: ['service/emr'], quizzes: [quizOf(seedText('003_'))] },
      {
        noteUrl: '/notes/004/',
        noteTitle: '스토리지 노트',
        tags: ['storage/efs'],
        quizzes: [quizOf(seedText('004_'))],
      },
    ]),
  );
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path]) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (path === '/quiz/index.json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(indexJson);
    const file = normalize(join(ROOT, path));
    if (path.startsWith('/src/') && path.endsWith('.ts') && file.startsWith(join(ROOT, 'src'))) {
      const js = stripTypeScriptTypes(readFileSync(file, 'utf8'));
      return void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(path: string): Promise<Page> {
  const p = await browser.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(base + path);
  await p.waitForSelector('body[data-ready="1"]', { timeout: 10_000 }).catch(() => {
    throw new Error(`page did not start: ${errors.join('; ')}`);
  });
  return p;
}

const option = (p: Page, key: string) => p.locator(`.quiz-card__option[data-key="${key}"]`);

describe('practice card (seed 000, select three: B, C, F)', () => {
  it('hides the answer, grades a wrong try, resets, then accepts the right answer by keyboard', async () => {
    const p = await open('/card.html');
    const card = p.locator('form.quiz-card');
    await expect(card.locator('.quiz-card__answer').isVisible()).resolves.toBe(false);
    await expect(p.getByText('AWS Glue Development Endpoint 활용 및 IAM 권한 설정').isVisible()).resolves.toBe(false);
    expect(await p.getByRole('checkbox').count()).toBe(6);
    const check = p.getByRole('button', { name: '정답 확인' });
    await expect(check.isVisible()).resolves.toBe(true);

    // nothing chosen: asks for a choice
    await check.click();
    await expect(card.locator('.quiz-card__result').textContent()).resolves.toBe('먼저 답을 고르세요.');

    // wrong: A and B
    await p.getByLabel(/^A Create a SageMaker development endpoint/).check();
    await p.getByLabel(/^B Create an AWS Glue development endpoint/).check();
    await check.click();
    const result = card.locator('.quiz-card__result');
    await expect(result.textContent()).resolves.toContain('틀렸습니다. 정답은 B, C, F입니다.');
    await expect(option(p, 'A').getAttribute('data-state')).resolves.toBe('wrong-chosen');
    await expect(option(p, 'A').locator('.quiz-card__verdict').textContent()).resolves.toBe('오답 · 고름');
    await expect(option(p, 'B').getAttribute('data-state')).resolves.toBe('right-chosen');
    await expect(option(p, 'C').getAttribute('data-state')).resolves.toBe('right-missed');
    await expect(option(p, 'D').getAttribute('data-state')).resolves.toBe('wrong');
    await expect(p.getByText('AWS Glue Development Endpoint 활용 및 IAM 권한 설정').isVisible()).resolves.toBe(true);
    await expect(p.getByText('ETL 스크립트에 직접 접근할 수 없어 문제 요구사항 미충족').isVisible()).resolves.toBe(
      true,
    );
    const retry = p.getByRole('button', { name: '다시 풀기' });
    await expect(p.evaluate(() => document.activeElement?.textContent)).resolves.toBe('다시 풀기');
    const stored = () => p.evaluate(() => JSON.parse(localStorage.getItem('garden:quiz:v1') ?? '{}') as unknown);
    await expect(stored()).resolves.toMatchObject({ 'q-seed-000-1': { correct: false } });

    // retry resets everything
    await retry.press('Enter');
    await expect(card.locator('.quiz-card__answer').isVisible()).resolves.toBe(false);
    await expect(result.textContent()).resolves.toBe('');
    expect(await p.locator('.quiz-card__input:checked').count()).toBe(0);
    await expect(option(p, 'A').getAttribute('data-state')).resolves.toBeNull();
    await expect(p.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('A');

    // right, keyboard only: focus is on A; Tab to B, Space; Tab C, Space; Tab Tab Tab F, Space; Tab to the button, Enter
    for (const keys of [
      ['Tab', 'Space'],
      ['Tab', 'Space'],
      ['Tab', 'Tab', 'Tab', 'Space'],
      ['Tab', 'Enter'],
    ]) {
      for (const k of keys) await p.keyboard.press(k);
    }
    await expect(result.textContent()).resolves.toBe('정답입니다! (B, C, F)');
    for (const k of ['B', 'C', 'F'])
      await expect(option(p, k).getAttribute('data-state')).resolves.toBe('right-chosen');
    await expect(stored()).resolves.toMatchObject({ 'q-seed-000-1': { correct: true } });
    await p.close();
  });

  it('has no axe-core violations before and after checking', async () => {
    const p = await open('/card.html');
    const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await p.addScriptTag({ content: axeSource });
    const run = () =>
      p.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: Array<{ id: string }> }> } }
        ).axe.run(document.querySelector('form.quiz-card'));
        return r.violations.map((v) => v.id);
      });
    await expect(run()).resolves.toEqual([]);
    await p.getByLabel(/^D Create SageMaker notebooks by using the SageMaker console/).check();
    await p.getByRole('button', { name: '정답 확인' }).click();
    await expect(run()).resolves.toEqual([]);
    await p.close();
  });
});

describe('/quiz/ practice page', () => {
  it('shows one shuffled question at a time, scores, reviews the wrong ones, filters by tag and resets', async () => {
    const p = await open('/quiz/');
    expect(await p.locator('form.quiz-card').count()).toBe(1);
    await expect(p.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 3');
    await expect(p.locator('.quiz-page__score').textContent()).resolves.toBe('맞힘 0 · 틀림 0 · 안 푼 문제 3');
    await expect(p.locator('.quiz-card__source a').getAttribute('href')).resolves.toMatch(/^\/notes\/00[034]\/$/);

    // answer the first question wrongly (choose an option that is not correct)
    const wrongKey = await p.evaluate(() => {
      const f = document.querySelector<HTMLFormElement>('form.quiz-card')!;
      const answer = f.dataset.answer!.split(',');
      return [...f.querySelectorAll<HTMLInputElement>('.quiz-card__input')]
        .map((i) => i.value)
        .find((k) => !answer.includes(k))!;
    });
    const firstId = await p.locator('form.quiz-card').getAttribute('id');
    await p.locator(`.quiz-card__option[data-key="${wrongKey}"] input`).check();
    await p.getByRole('button', { name: '정답 확인' }).click();
    await expect(p.locator('.quiz-page__score').textContent()).resolves.toBe('맞힘 0 · 틀림 1 · 안 푼 문제 2');

    // next, then back: order is stable
    await p.getByRole('button', { name: '다음 문제' }).click();
    await expect(p.locator('.quiz-page__position').textContent()).resolves.toBe('2 / 3');
    await expect(p.locator('form.quiz-card').getAttribute('id')).resolves.not.toBe(firstId);
    await p.getByRole('button', { name: '이전 문제' }).click();
    await expect(p.locator('form.quiz-card').getAttribute('id')).resolves.toBe(firstId);

    // the order survives a reload
    await p.reload();
    await p.waitForSelector('body[data-ready="1"]');
    await expect(p.locator('form.quiz-card').getAttribute('id')).resolves.toBe(firstId);

    // review mode: only the wrong one
    await p.getByLabel('보기 방식').selectOption('wrong');
    await expect(p.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 1');
    await expect(p.locator('form.quiz-card').getAttribute('id')).resolves.toBe(firstId);

    // tag filter
    await p.getByLabel('보기 방식').selectOption('all');
    await p.getByLabel('태그').selectOption('service');
    await expect(p.locator('.quiz-page__position').textContent()).resolves.toBe('1 / 2');
    await expect(p.locator('.quiz-card__source a').getAttribute('href')).resolves.toMatch(/^\/notes\/00[03]\/$/);

    // reset
    p.once('dialog', (d) => void d.accept());
    await p.getByRole('button', { name: '기록 지우기' }).click();
    await expect(p.locator('.quiz-page__score').textContent()).resolves.toContain('맞힘 0 · 틀림 0 · 안 푼 문제 2');
    await expect(p.evaluate(() => localStorage.getItem('garden:quiz:v1'))).resolves.toBeNull();
    await p.close();
  });
});
