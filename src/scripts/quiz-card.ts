// Enhances every `form.quiz-card` (rendered by src/lib/quiz/card.ts): check, mark, explain, retry, record progress.

import { gradeChoices } from '../lib/quiz/grade.ts';
import { quizStrings as s, fillString } from '../lib/quiz/strings.ts';
import { recordQuizResult } from './quiz-progress.ts';

export { recordQuizResult, readQuizProgress, clearQuizProgress } from './quiz-progress.ts';
export { QUIZ_PROGRESS_KEY } from '../lib/quiz/progress.ts';

/** Dispatched (bubbling) on the form after checking: detail { id, correct }. */
export const QUIZ_CHECKED_EVENT = 'quiz:checked';

const VERDICT = {
  'right-chosen': s.verdictRightChosen,
  'wrong-chosen': s.verdictWrongChosen,
  'right-missed': s.verdictRightMissed,
  wrong: s.verdictWrong,
} as const;

export function initQuizCards(root: ParentNode = document): void {
  root.querySelectorAll<HTMLFormElement>('form.quiz-card').forEach(enhanceCard);
}

function enhanceCard(form: HTMLFormElement): void {
  if (form.dataset.enhanced === 'true') return;
  const check = form.querySelector<HTMLButtonElement>('.quiz-card__check');
  const retry = form.querySelector<HTMLButtonElement>('.quiz-card__retry');
  const result = form.querySelector<HTMLElement>('.quiz-card__result');
  const details = form.querySelector<HTMLDetailsElement>('.quiz-card__answer');
  if (!check || !retry || !result || !details) return;
  form.dataset.enhanced = 'true';
  const id = form.dataset.quizId ?? form.id;
  const answer = (form.dataset.answer ?? '').split(',').filter((k) => k !== '');
  const inputs = [...form.querySelectorAll<HTMLInputElement>('.quiz-card__input')];

  details.open = false;
  details.hidden = true;
  check.hidden = false;
  retry.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
    if (chosen.length === 0) {
      result.removeAttribute('data-outcome');
      result.textContent = s.chooseFirst;
      inputs[0]?.focus();
      return;
    }
    const grade = gradeChoices(
      inputs.map((i) => i.value),
      answer,
      chosen,
    );
    for (const input of inputs) {
      const state = grade.states[input.value];
      const item = input.closest<HTMLElement>('.quiz-card__option');
      if (item) item.dataset.state = state;
      const verdict = item?.querySelector<HTMLElement>('.quiz-card__verdict');
      if (verdict) verdict.textContent = VERDICT[state];
      input.disabled = true;
    }
    const answerText = answer.join(', ');
    let message = fillString(grade.correct ? s.resultRight : s.resultWrong, { answer: answerText });
    if (!grade.correct && grade.total > 1) {
      message += ` ${fillString(s.partialScore, { hits: grade.hits, total: grade.total, misses: grade.misses })}`;
    }
    result.dataset.outcome = grade.correct ? 'right' : 'wrong';
    result.textContent = message;
    details.hidden = false;
    details.open = true;
    check.hidden = true;
    retry.hidden = false;
    retry.focus();
    recordQuizResult(id, grade.correct);
    form.dispatchEvent(new CustomEvent(QUIZ_CHECKED_EVENT, { bubbles: true, detail: { id, correct: grade.correct } }));
  });

  retry.addEventListener('click', () => {
    for (const input of inputs) {
      input.disabled = false;
      input.checked = false;
      const item = input.closest<HTMLElement>('.quiz-card__option');
      if (item) delete item.dataset.state;
      const verdict = item?.querySelector<HTMLElement>('.quiz-card__verdict');
      if (verdict) verdict.textContent = '';
    }
    result.removeAttribute('data-outcome');
    result.textContent = '';
    details.open = false;
    details.hidden = true;
    retry.hidden = true;
    check.hidden = false;
    inputs[0]?.focus();
  });
}
