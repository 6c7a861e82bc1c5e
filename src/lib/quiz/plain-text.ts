// Markdown inline syntax → plain text, for question/option/explanation strings.
// Removes emphasis (**, __, *, _, ~~), keeps the text of inline code, links and images, and decodes a few entities.

import { replaceCodeSpans } from '../garden/line-scan.ts';

export function stripInlineMarkdown(input: string): string {
  // Protect inline code first so that its content is kept verbatim (code spans paired in one pass).
  const codes: string[] = [];
  let s = replaceCodeSpans(input, (body) => {
    codes.push(body.trim() === '' ? body : body.replace(/^ (.*) $/s, '$1'));
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = s
    // images and links: keep the visible text (patterns stop at the next `[`: linear time)
    .replace(/!\[([^\][]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\][]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    // Obsidian wikilinks: [[target|label]] → label, [[target]] → target
    .replace(/\[\[([^\]|[]+)\|([^\][]+)\]\]/g, '$2')
    .replace(/\[\[([^\][]+)\]\]/g, '$1')
    // strong / emphasis / strike
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g, '$1$2')
    // stray markers left by unbalanced emphasis
    .replace(/\*\*|__/g, '')
    // backslash escapes
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  // eslint-disable-next-line no-control-regex -- puts back the NUL-delimited code placeholders inserted above
  s = s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)]);
  return s.replace(/[ \t]+/g, ' ').trim();
}
