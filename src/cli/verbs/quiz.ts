import { existsSync } from 'node:fs';
import { formatProblem } from '../../lib/report/problem.ts';
import { readNote } from '../../vault/read-note.ts';
import { noteQuizSections } from '../../lib/mdx/quizzes.ts';
import type { Quiz, QuizSection } from '../../lib/quiz/types.ts';
import { t } from '../../i18n/index.ts';

const USAGE = 'usage: garden quiz [--json] FILE';

/** The JSON shape of `quiz --json`: every option carries `explanation` (null when the note gives none). */
function toJson(quiz: Quiz) {
  return {
    question: quiz.question,
    multiple: quiz.multiple,
    options: quiz.options.map((o) => ({
      key: o.key,
      text: o.text,
      correct: o.correct,
      explanation: o.explanation ?? null,
    })),
  };
}

function toText(section: QuizSection, n: number): string {
  const quiz = section.quiz!;
  const correct = quiz.options.filter((o) => o.correct).map((o) => o.key);
  const out = [
    t.quizCli.heading(n, section.startLine, section.endLine, quiz.multiple, correct.length),
    quiz.question,
    '',
  ];
  for (const o of quiz.options) out.push(`  ${o.correct ? '✓' : ' '} ${o.key}) ${o.text}`);
  out.push('', `  ${t.quizCli.answer}: ${correct.join(', ')}${quiz.answerText ? ` — ${quiz.answerText}` : ''}`);
  const explained = quiz.options.filter((o) => o.explanation);
  if (explained.length > 0) {
    out.push(`  ${t.quizCli.explanation}:`);
    for (const o of explained) out.push(`    ${o.key}) ${o.explanation}`);
  }
  return out.join('\n');
}

/** `garden quiz [--json] FILE`: the exam questions of a note. Exit 1 when a question section does not parse, 2 on usage or I/O errors. */
// eslint-disable-next-line @typescript-eslint/require-await -- garden.ts loads every verb as an async run(args); this one awaits nothing
export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0];
  if (!existsSync(file)) {
    console.error(`garden quiz: cannot read ${file}: no such file`);
    return 2;
  }
  // The note as the build reads it (decoded, repaired, without front matter): the CLI and the page agree.
  const { note, problems } = readNote(file);
  if (!note) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`garden quiz: ${file} is not published as a note (see the problems above)`);
    return 2;
  }
  const offset = note.bodyStartLine - 1;
  const sections = noteQuizSections(note.body, note.file).map((s) => ({
    ...s,
    startLine: s.startLine + offset,
    endLine: s.endLine + offset,
    problems: s.problems.map((p) => ({ ...p, line: p.line + offset })),
  }));
  const parsed = sections.filter((s) => s.quiz);
  for (const s of sections) {
    for (const p of s.problems)
      console.error(`${file}:${p.line}:1: warning: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`);
  }
  if (json) {
    console.log(
      JSON.stringify(
        parsed.map((s) => toJson(s.quiz!)),
        null,
        2,
      ),
    );
  } else if (sections.length === 0) {
    console.log(`${file}: ${t.quizCli.none}`);
  } else if (parsed.length === 0) {
    console.log(`${file}: ${t.quizCli.unreadable(sections.length)}`);
  } else {
    console.log(parsed.map((s, i) => toText(s, i + 1)).join('\n\n'));
  }
  return sections.some((s) => s.problems.length > 0) ? 1 : 0;
}
