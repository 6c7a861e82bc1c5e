// One question section (Markdown) → Quiz, or the reasons it cannot be read as one.

import type { Quiz, QuizOption, QuizParseResult, QuizProblem } from './types.ts';
import { stripInlineMarkdown } from './plain-text.ts';
import { parseAnswer, expectedAnswerCount } from './answer.ts';
import { optionKeyFromLabel } from './match-option.ts';
import {
  answerLabel,
  atxHeading,
  explanationItem,
  fenceOpen,
  isBlank,
  isDisclosureTag,
  isExplanationLabel,
  isOptionsLabel,
  isThematicBreak,
  optionLine,
  questionLabel,
} from './line-kinds.ts';

type Stage = 'question' | 'options' | 'explanations';

/**
 * Parses a question section: an optional heading, `Question:`/`문제:` text, optional `Options:`/`보기:` label,
 * lettered options, the `정답:` line, then optional per-option explanations. Problems carry 1-based line numbers
 * of `sectionMarkdown`; when there is any problem no quiz is returned.
 */
export function parseQuiz(sectionMarkdown: string): QuizParseResult {
  const lines = sectionMarkdown.split(/\r?\n/);
  const problems: QuizProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, message });

  let stage: Stage = 'question';
  const questionParas: string[][] = [[]];
  let questionLine = 0;
  const options: Array<QuizOption & { line: number }> = [];
  let answer: { rest: string; line: number } | undefined;
  const explanations = new Map<string, string>();
  let lastExplained: string | undefined;
  let sawQuestionLabel = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const n = i + 1;
    if (isBlank(raw)) {
      if (stage === 'question' && questionParas[questionParas.length - 1].length > 0) questionParas.push([]);
      lastExplained = undefined;
      continue;
    }
    if (isThematicBreak(raw) || isDisclosureTag(raw)) continue;
    if (fenceOpen(raw)) {
      problem(n, '문제 절 안의 코드 블록은 아직 지원하지 않습니다');
      break;
    }
    const heading = atxHeading(raw);
    if (heading) {
      if (i === 0) continue; // the section's own heading
      if (isExplanationLabel(heading.text) && answer) {
        stage = 'explanations';
        continue;
      }
      if (isOptionsLabel(heading.text) && stage === 'question') {
        stage = 'options';
        continue;
      }
      problem(n, `문제 절 안의 제목을 해석할 수 없습니다: "${heading.text}"`);
      continue;
    }

    const ans = answerLabel(raw);
    if (ans !== undefined) {
      if (answer) problem(n, '정답 줄이 두 번 이상 있습니다');
      else if (options.length === 0) problem(n, '보기보다 정답 줄이 먼저 나옵니다');
      else answer = { rest: ans, line: n };
      stage = 'explanations';
      continue;
    }

    const q = questionLabel(raw);
    if (q !== undefined) {
      if (sawQuestionLabel || options.length > 0) {
        problem(n, '한 절에 문제가 둘 이상 있습니다 (문제마다 제목을 따로 다세요)');
        break;
      }
      sawQuestionLabel = true;
      questionLine = n;
      if (q.trim() !== '') questionParas[questionParas.length - 1].push(q.trim());
      continue;
    }

    if (stage !== 'explanations' && isOptionsLabel(raw)) {
      stage = 'options';
      continue;
    }

    if (stage === 'question' || stage === 'options') {
      const opt = optionLine(raw);
      if (opt) {
        if (options.some((o) => o.key === opt.key)) problem(n, `보기 ${opt.key}) 중복: 같은 문자가 두 번 나옵니다`);
        options.push({ key: opt.key, text: opt.text, correct: false, line: n });
        stage = 'options';
        continue;
      }
      if (stage === 'options') {
        if (/^\s+/.test(raw) && options.length > 0) {
          const last = options[options.length - 1];
          last.text = `${last.text} ${stripInlineMarkdown(raw)}`.trim();
        } else {
          problem(n, `보기로 읽을 수 없는 줄입니다: "${raw.trim().slice(0, 40)}"`);
        }
        continue;
      }
      if (/^\s*\|/.test(raw) || /!\[[^\]]*\]\(/.test(raw) || /^\s*<(?!\/?(?:b|i|em|strong|code|br)\b)/i.test(raw)) {
        problem(n, '문제 본문의 표·그림·HTML은 아직 지원하지 않습니다');
        continue;
      }
      if (questionLine === 0) questionLine = n;
      questionParas[questionParas.length - 1].push(stripInlineMarkdown(raw.replace(/^\s*(?:>\s*)+/, '')));
      continue;
    }

    // stage === 'explanations'
    if (isExplanationLabel(raw)) {
      lastExplained = undefined;
      continue;
    }
    const item = explanationItem(raw);
    if (item) {
      const key = optionKeyFromLabel(item.label, options);
      if (!key || !options.some((o) => o.key === key)) {
        problem(n, `해설 "${item.label}"이(가) 어느 보기에 대한 것인지 알 수 없습니다`);
        continue;
      }
      const prev = explanations.get(key);
      explanations.set(key, prev ? `${prev} ${item.text}`.trim() : item.text);
      lastExplained = key;
      continue;
    }
    if (lastExplained && /^\s+\S/.test(raw)) {
      explanations.set(lastExplained, `${explanations.get(lastExplained) ?? ''} ${stripInlineMarkdown(raw)}`.trim());
      continue;
    }
    problem(n, `해설로 읽을 수 없는 줄입니다: "${raw.trim().slice(0, 40)}"`);
  }

  const question = questionParas
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
  const firstLine = lines.length > 0 && atxHeading(lines[0]) ? 1 : Math.max(questionLine, 1);
  if (question === '') problem(firstLine, '문제 문장(Question:/문제:)을 찾지 못했습니다');
  if (options.length < 2)
    problem(questionLine || firstLine, `보기(A) …, B) …)가 둘 이상 있어야 합니다 (찾은 보기: ${options.length}개)`);

  let correct: string[] = [];
  let answerText: string | undefined;
  if (!answer) {
    problem(
      options.length > 0 ? options[options.length - 1].line : firstLine,
      '정답 줄(**정답: B) …**)을 찾지 못했습니다',
    );
  } else {
    const parsed = parseAnswer(answer.rest, options);
    answerText = parsed.answerText;
    correct = [...new Set(parsed.keys)];
    if (correct.length === 0)
      problem(answer.line, `정답에서 보기 문자를 읽을 수 없습니다: "${answer.rest.slice(0, 40)}"`);
    for (const k of correct) {
      if (!options.some((o) => o.key === k))
        problem(answer.line, `정답 ${k}) 없음: 보기에 없는 문자입니다 (보기: ${options.map((o) => o.key).join(', ')})`);
    }
    const expected = expectedAnswerCount(question);
    if (typeof expected === 'number' && correct.length > 0 && correct.length !== expected) {
      problem(answer.line, `문제는 ${expected}개를 고르라고 하는데 정답은 ${correct.length}개입니다`);
    }
  }

  if (problems.length > 0) return { problems: problems.sort((a, b) => a.line - b.line) };

  const expected = expectedAnswerCount(question);
  const quiz: Quiz = {
    question,
    multiple: correct.length > 1 || expected === 'many' || (typeof expected === 'number' && expected > 1),
    options: options.map((o) => {
      const explanation = explanations.get(o.key);
      const opt: QuizOption = { key: o.key, text: o.text, correct: correct.includes(o.key) };
      if (explanation !== undefined && explanation !== '') opt.explanation = explanation;
      return opt;
    }),
  };
  if (answerText !== undefined) quiz.answerText = answerText;
  return { quiz, problems };
}
