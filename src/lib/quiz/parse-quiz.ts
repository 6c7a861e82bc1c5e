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
  const problem = (line: number, message: string, hint: string) => problems.push({ line, message, hint });

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
      problem(
        n,
        'expected question text, options or an answer line, found a code block: code blocks inside a question are not supported',
        'write the code inline with `backticks`, or move it above the question section',
      );
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
      problem(
        n,
        `expected "보기"/"Options" or "해설"/"Explanation" as a heading inside the question, found "${heading.text}"`,
        'give each question its own section, or make this line plain text',
      );
      continue;
    }

    const ans = answerLabel(raw);
    if (ans !== undefined) {
      if (answer) problem(n, 'expected one answer line, found a second one', 'keep one **정답: B)** line per question');
      else if (options.length === 0)
        problem(
          n,
          'expected the options before the answer line, found the answer first',
          'move the answer line below the options',
        );
      else answer = { rest: ans, line: n };
      stage = 'explanations';
      continue;
    }

    const q = questionLabel(raw);
    if (q !== undefined) {
      if (sawQuestionLabel || options.length > 0) {
        problem(
          n,
          'expected one question per section, found a second question label',
          'give each question a heading of its own (### 문제 2)',
        );
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
        if (options.some((o) => o.key === opt.key))
          problem(
            n,
            `expected a new option letter, found ${opt.key}) a second time`,
            'letter the options A), B), C) … once each',
          );
        options.push({ key: opt.key, text: opt.text, correct: false, line: n });
        stage = 'options';
        continue;
      }
      if (stage === 'options') {
        if (/^\s+/.test(raw) && options.length > 0) {
          const last = options[options.length - 1];
          last.text = `${last.text} ${stripInlineMarkdown(raw)}`.trim();
        } else {
          problem(
            n,
            `expected an option (A) …) or the answer line, found "${raw.trim().slice(0, 40)}"`,
            'start the line with its letter, A) text, or indent it to continue the option above',
          );
        }
        continue;
      }
      if (/^\s*\|/.test(raw) || /!\[[^\]]*\]\(/.test(raw) || /^\s*<(?!\/?(?:b|i|em|strong|code|br)\b)/i.test(raw)) {
        problem(
          n,
          'expected question text, found a table, image or HTML: these are not supported inside a question',
          'describe it in words, or move it above the question section',
        );
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
        problem(
          n,
          `expected an explanation for one of the options (${options.map((o) => o.key).join(', ')}), found "${item.label}"`,
          'start the explanation with the option letter, - A) why',
        );
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
    problem(
      n,
      `expected an explanation of an option (- A) …), found "${raw.trim().slice(0, 40)}"`,
      'start the line with the option letter, or indent it to continue the explanation above',
    );
  }

  const question = questionParas
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
  const firstLine = lines.length > 0 && atxHeading(lines[0]) ? 1 : Math.max(questionLine, 1);
  if (question === '')
    problem(
      firstLine,
      'expected the question text, found none',
      'write it after the heading, or after **Question:** / **문제:**',
    );
  if (options.length < 2)
    problem(
      questionLine || firstLine,
      `expected at least two options (A) …, B) …), found ${options.length}`,
      'list the options one per line, each starting with its letter',
    );

  let correct: string[] = [];
  let answerText: string | undefined;
  if (!answer) {
    problem(
      options.length > 0 ? options[options.length - 1].line : firstLine,
      'expected an answer line after the options, found none',
      'add **정답: B)** (or **Answer: B)**) below the options',
    );
  } else {
    const parsed = parseAnswer(answer.rest, options);
    answerText = parsed.answerText;
    correct = [...new Set(parsed.keys)];
    if (correct.length === 0)
      problem(
        answer.line,
        `expected option letters in the answer, found "${answer.rest.slice(0, 40)}"`,
        'write the letters of the right options: **정답: B)** or **정답: A, C)**',
      );
    for (const k of correct) {
      if (!options.some((o) => o.key === k))
        problem(
          answer.line,
          `expected an answer among the options (${options.map((o) => o.key).join(', ')}), found ${k})`,
          'fix the letter in the answer line, or add the missing option',
        );
    }
    const expected = expectedAnswerCount(question);
    if (typeof expected === 'number' && correct.length > 0 && correct.length !== expected) {
      problem(
        answer.line,
        `expected ${expected} answers (the question asks for ${expected}), found ${correct.length}`,
        'fix the answer line, or the number the question asks for',
      );
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
