// The practice cards' and the /quiz/ page's strings live in the locale modules (src/i18n); fillString fills them.

export { quizStrings } from '../../i18n/quiz.ts';

/** Fills `{name}` placeholders. */
export function fillString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
