// Recognisers for the lines of a question section. Each takes one raw Markdown line.

import { stripInlineMarkdown } from './plain-text.ts';
import { matchAtx } from '../garden/line-scan.ts';

/** The line as plain text, without list marker, blockquote marker or leading emoji. */
export function plainLine(raw: string): string {
  let s = raw.replace(/^\s*(?:>\s*)+/, '');
  s = stripInlineMarkdown(s);
  return s.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, '').trim();
}

const QUESTION_LABEL = /^(?:question|문제|질문|q)\s*(?:\d+\s*)?[.:：]\s*(.*)$/i;
const OPTIONS_LABEL = /^(?:options|choices|answers|보기|선택지)\s*[:：]?$/i;
const ANSWER_LABEL = /^(?:정답|답|correct answers?|answers?)\s*[:：]\s*(.*)$/i;
const EXPLANATION_LABEL =
  /^(?:추가\s*설명|(?:정답\s*(?:및|과)?\s*)?해설|설명|풀이|오답\s*(?:설명|해설|풀이)|explanations?)\s*[:：]?$/i;

/** `**Question:** text`, `문제: text` → the text after the label (may be empty). */
export function questionLabel(raw: string): string | undefined {
  const m = QUESTION_LABEL.exec(plainLine(raw));
  return m ? m[1] : undefined;
}

export function isOptionsLabel(raw: string): boolean {
  return OPTIONS_LABEL.test(plainLine(raw));
}

/** `**정답: B, C, F) text**` → "B, C, F) text". */
export function answerLabel(raw: string): string | undefined {
  const m = ANSWER_LABEL.exec(plainLine(raw));
  return m ? m[1].trim() : undefined;
}

export function isExplanationLabel(raw: string): boolean {
  return EXPLANATION_LABEL.test(plainLine(raw));
}

const OPTION_LINE = /^(?:[-*+]\s+|\d+[.)]\s+)?(?:\(([A-Za-z])\)|([A-Za-z])[).:：])\s*(.*)$/;

/** `- A) text`, `A. text`, `(A) text`, `- **A)** text` → { key: "A", text }. */
export function optionLine(raw: string): { key: string; text: string } | undefined {
  const s = plainLine(raw);
  const m = OPTION_LINE.exec(s);
  if (!m || m[3].trim() === '') return undefined;
  return { key: (m[1] ?? m[2]).toUpperCase(), text: m[3].trim() };
}

const BOLD_ITEM = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__)(.+?)\1\s*(?:[-–—:：]\s*)?(.*)$/;
const PLAIN_ITEM = /^(?:[-*+]\s+|\d+[.)]\s+)?((?:option\s+|보기\s+)?\(?[A-Z]\)?(?:\s*번)?)\s*(?:[-–—:：)]\s*)(.*)$/i;

/** `- **A) label** - text`, `- **Amazon EBS** - text`, `- A: text` → { label, text }. */
export function explanationItem(raw: string): { label: string; text: string } | undefined {
  const b = BOLD_ITEM.exec(raw);
  if (b) {
    const label = stripInlineMarkdown(b[2])
      .replace(/[:：]\s*$/, '')
      .trim();
    return { label, text: stripInlineMarkdown(b[3]) };
  }
  if (!/^\s*(?:>\s*)*[-*+]\s+|^\s*\d+[.)]\s+/.test(raw)) return undefined;
  const p = PLAIN_ITEM.exec(plainLine(raw));
  if (p && p[2].trim() !== '') return { label: p[1].trim(), text: p[2].trim() };
  return undefined;
}

export function isBlank(raw: string): boolean {
  return raw.trim() === '';
}

export function isThematicBreak(raw: string): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(raw);
}

/** ATX heading → { level, text } (closing #s removed). */
export function atxHeading(raw: string): { level: number; text: string } | undefined {
  const m = matchAtx(raw);
  return m ? { level: m.level, text: (m.text ?? '').trim() } : undefined;
}

/** ``` or ~~~ fence opener → its marker (char + length). */
export function fenceOpen(raw: string): { char: string; length: number } | undefined {
  const m = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
  return m ? { char: m[1][0], length: m[1].length } : undefined;
}

export function closesFence(raw: string, fence: { char: string; length: number }): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length;
}

/** Bare `<details>`, `</details>`, `<summary>…</summary>` lines some notes wrap answers in. */
export function isDisclosureTag(raw: string): boolean {
  return /^\s*(?:<\/?details[^>]*>|<summary[^>]*>.*<\/summary>|<\/?summary[^>]*>)\s*$/i.test(raw);
}
