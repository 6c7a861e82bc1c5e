// Quiz → HTML string of a practice card (a progressive-enhancement form; src/scripts/quiz-card.ts makes it interactive).

import type { Quiz } from './types.ts';
import { escapeHtml } from './html.ts';
import { quizStrings, fillString } from './strings.ts';

export { quizStrings } from './strings.ts';

export type QuizCardOptions = {
  /** The progress key in localStorage (see questionId); also the HTML id unless htmlId is given. */
  id: string;
  /** Unique on the page; defaults to id. */
  htmlId?: string;
  /** Link to the note the question comes from (used on /quiz/); already complete, base path included. */
  noteUrl?: string;
  noteTitle?: string;
};

/**
 * The card: question as the fieldset legend, one radio (single answer) or checkbox (several) per option, hidden
 * `정답 확인`/`다시 풀기` buttons the script reveals, a live region, and the answer with per-option explanations in a
 * `<details>` that Pagefind ignores. Without JavaScript the options read as a list and the answer is a disclosure.
 */
export function renderQuizCard(quiz: Quiz, opts: QuizCardOptions): string {
  const s = quizStrings;
  const id = escapeHtml(opts.htmlId ?? opts.id);
  const quizKey = escapeHtml(opts.id);
  const type = quiz.multiple ? 'checkbox' : 'radio';
  const answerKeys = quiz.options.filter((o) => o.correct).map((o) => o.key);
  const hint = quiz.multiple ? fillString(s.chooseMany, { n: answerKeys.length }) : s.chooseOne;
  const paragraphs = quiz.question
    .split(/\n{2,}/)
    .map((p) => `<span class="quiz-card__para">${escapeHtml(p)}</span>`)
    .join('');

  const choices = quiz.options
    .map((o) => {
      const key = escapeHtml(o.key);
      const inputId = `${id}-opt-${key}`;
      return (
        `<li class="quiz-card__option" data-key="${key}">` +
        `<input class="quiz-card__input" type="${type}" name="${id}-choice" id="${inputId}" value="${key}" aria-describedby="${inputId}-verdict">` +
        `<label class="quiz-card__choice" for="${inputId}"><span class="quiz-card__key">${key}</span> <span class="quiz-card__text">${escapeHtml(o.text)}</span></label>` +
        `<span class="quiz-card__verdict" id="${inputId}-verdict"></span>` +
        `</li>`
      );
    })
    .join('');

  const explanations = quiz.options
    .map((o) => {
      const mark = o.correct ? s.markRight : s.markWrong;
      const expl = o.explanation ? `<span class="quiz-card__explanation">${escapeHtml(o.explanation)}</span>` : '';
      return (
        `<li class="quiz-card__explained" data-key="${escapeHtml(o.key)}" data-correct="${o.correct}">` +
        `<span class="quiz-card__mark">${mark}</span> <span class="quiz-card__key">${escapeHtml(o.key)}</span> ` +
        `<span class="quiz-card__text">${escapeHtml(o.text)}</span>${expl}</li>`
      );
    })
    .join('');

  const answerLine =
    `<p class="quiz-card__answer-line"><strong>${s.answer}: ${escapeHtml(answerKeys.join(', '))}</strong>` +
    (quiz.answerText ? ` — ${escapeHtml(quiz.answerText)}` : '') +
    `</p>`;

  const source = opts.noteUrl
    ? `<p class="quiz-card__source"><a href="${escapeHtml(opts.noteUrl)}">${escapeHtml(
        opts.noteTitle ? fillString(s.sourceNote, { title: opts.noteTitle }) : s.sourceNoteFallback,
      )}</a></p>`
    : '';

  return (
    `<form class="quiz-card" id="${id}" data-quiz-id="${quizKey}" data-multiple="${quiz.multiple}" data-answer="${escapeHtml(answerKeys.join(','))}">` +
    `<fieldset class="quiz-card__fieldset">` +
    `<legend class="quiz-card__question"><span class="quiz-card__label">${s.questionLabel}</span>${paragraphs}</legend>` +
    `<p class="quiz-card__hint" id="${id}-hint">${escapeHtml(hint)}</p>` +
    `<ol class="quiz-card__options" role="list">${choices}</ol>` +
    `</fieldset>` +
    `<div class="quiz-card__actions">` +
    `<button type="submit" class="quiz-card__check" hidden>${s.check}</button>` +
    `<button type="button" class="quiz-card__retry" hidden>${s.retry}</button>` +
    `</div>` +
    `<p class="quiz-card__result" role="status" aria-live="polite" aria-atomic="true"></p>` +
    `<details class="quiz-card__answer" data-pagefind-ignore="all">` +
    `<summary>${s.reveal}</summary>` +
    answerLine +
    `<ul class="quiz-card__explanations" role="list">${explanations}</ul>` +
    `</details>` +
    source +
    `</form>`
  );
}
