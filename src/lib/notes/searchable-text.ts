import { findMath } from '../obsidian/math-dollars.ts';
import { findQuizSections } from '../quiz/sections.ts';

/**
 * The text of a note that search may index: the body without the answers and explanations of
 * its exam questions (they would spoil the question in excerpts). The question and options stay.
 */
export function searchableText(body: string): string {
  const sections = findQuizSections(body);
  if (sections.length === 0) return withoutTex(body);
  const lines = body.split('\n');
  for (const s of sections) {
    const from = s.startLine - 1;
    const to = Math.min(s.endLine, lines.length);
    const answerAt = lines.slice(from, to).findIndex((l) => /^\s*(\*\*|__)?\s*(정답|답|answer|correct answer)\s*[:：]/i.test(l));
    const cut = answerAt >= 0 ? from + answerAt : from;
    for (let i = cut; i < to; i++) lines[i] = '';
  }
  return withoutTex(lines.join('\n'));
}

/**
 * Math stays searchable by its letters, not by its TeX: `$\frac{a}{b}$` indexes as `a b`, so the
 * vocabulary and excerpts do not fill with `frac`, `mathrm`, `$$`. Only math is touched
 * (src/lib/obsidian/math-dollars.ts finds it as Obsidian does); code and prose keep `_` and `\`.
 */
function withoutTex(body: string): string {
  const { text, math } = findMath(body);
  if (math.length === 0) return body;
  const out: string[] = [];
  let kept = 0;
  for (const m of math) {
    if (m.from < kept) continue;
    out.push(text.slice(kept, m.from), text.slice(m.from, m.to).replace(/\\[A-Za-z]*|[${}^_&]+/g, ' '));
    kept = m.to;
  }
  out.push(text.slice(kept));
  return out.join('');
}
