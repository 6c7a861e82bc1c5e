/**
 * Heuristics for text that reads as code rather than a diagram: signatures with `->`,
 * lambdas, JS `=>`, shell pipelines and commands. One such line makes the whole block code.
 *
 * Every check runs in linear time on a line of any length: plain patterns have no two
 * quantifiers that can share characters, and the checks that would need one ("a keyword,
 * then anywhere later a `|`") find the first keyword and then look for the rest once.
 */

type LineCheck = (line: string) => boolean;

const re =
  (r: RegExp): LineCheck =>
  (line) =>
    r.test(line);

/** Hangul syllables (the patterns below treat a Hangul word as prose). */
const HANGUL_RE = /[가-힣]/;
const LINE_BREAK_FREE_BRACKET_RE = /^[^\n\r\u2028\u2029]*[()[\]]/;

/** A keyword (first match of `start`) followed anywhere later by `then`. */
const thenLater =
  (start: RegExp, then: string): LineCheck =>
  (line) => {
    const m = start.exec(line);
    return m !== null && line.indexOf(then, m.index + m[0].length) >= 0;
  };

/** `:: Type ->` (Haskell signatures): `::`, optional space, a word, optional space, `->`. */
function haskellSignature(line: string): boolean {
  const isSpace = (i: number) => i < line.length && /\s/.test(line[i]);
  let from = 0;
  for (;;) {
    const p = line.indexOf('::', from);
    if (p < 0) return false;
    let q = p + 2;
    while (isSpace(q)) q++;
    let end = q;
    while (end < line.length && !isSpace(end)) end++;
    if (end > q) {
      // `->` inside the word after its first character, or after the space that ends it
      const arrow = line.indexOf('->', q + 1);
      if (arrow >= 0 && arrow < end) return true;
      let s = end;
      while (isSpace(s)) s++;
      if (line.startsWith('->', s)) return true;
    }
    // a later `::` in the same word sees a part of this word and the same text after it
    from = Math.max(p + 1, end);
  }
}

const SHELL_WORDS =
  'aws|grep|awk|sed|cat|echo|curl|kubectl|docker|git|npm|npx|pip|python3?|node|sudo|cd|ls|mkdir|rm|cp|mv|chmod|export|ssh|scp|tar|make';
const SHELL_COMMAND_RE = new RegExp(`^\\s*(?:${SHELL_WORDS})\\s+(\\S*)`);
/** `aws s3 cp …`, `git push origin main`: a command whose first argument has `-./:=` and no Hangul after it. */
function shellCommand(line: string): boolean {
  const m = SHELL_COMMAND_RE.exec(line);
  if (!m) return false;
  const word = m[1];
  const rest = line.slice(m[0].length - word.length);
  const cut = word.search(HANGUL_RE);
  const head = cut < 0 ? word : word.slice(0, cut);
  return /[-./:=]/.test(head) && !HANGUL_RE.test(rest);
}

const FILTER_RE = /^\s*(?:grep|awk|sed|sort|uniq|xargs|wc|head|tail|cut|tr|jq)\s/;
/** A text filter with arguments and no Hangul. */
function filterCommand(line: string): boolean {
  const m = FILTER_RE.exec(line);
  return m !== null && !HANGUL_RE.test(line.slice(m[0].length));
}

const ASSIGN_RE = /^\s*[\w.]+\s*=/;
/** `x = f(y)`, `a.b = c[0]`: an assignment whose value has a call or an index. */
function assignmentWithCall(line: string): boolean {
  const m = ASSIGN_RE.exec(line);
  if (!m) return false;
  const rest = line.slice(m[0].length);
  return rest.length > 0 && rest[0] !== '=' && LINE_BREAK_FREE_BRACKET_RE.test(rest.slice(1));
}

const TAG_START_RE = /<\/?[a-zA-Z][\w-]*/g;
/** `<div>`, `</a>`, `<a href="…">`, `List<String>`. */
function htmlTag(line: string): boolean {
  const last = line.lastIndexOf('>');
  if (last < 0) return false;
  TAG_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG_START_RE.exec(line))) {
    const e = m.index + m[0].length;
    if (line[e] === '>' || (e < line.length && /\s/.test(line[e]) && last > e)) return true;
  }
  return false;
}

const CODE_LINE_CHECKS: LineCheck[] = [
  re(
    /^\s*(def|fn|func|function|class|struct|impl|interface|type|import|from|export|return|const|let|var|public|private|protected|static|async|await|if|elif|else|for|while|switch|case|try|catch|package|using|namespace|lambda)\b[^가-힣]*$/,
  ),
  re(/\b(def|fn|func)\s+\w+\s*[(<]/), // def f(x) -> int:, fn f(x) -> i32
  re(/\w\([^()]*\)\s*(->|=>)/), // f(x) -> y
  re(/\([^()]*\)\s*=>\s*\S/), // (a, b) => a
  thenLater(/\blambda\b/, ':'),
  re(/=>\s*[{(]/), // x => { … }
  (line) => /^\s*\w+\s*=>\s*\w+\s*[;,]?$/.test(line.trimEnd()), // x => x
  (line) => /[;{}]$/.test(line.trimEnd()), // statement / block endings
  re(/^\s*[}\])]/),
  haskellSignature,
  re(/^\s*[$#>]\s+\S/), // shell prompt
  re(/^\s*(\/\/|\/\*|--\s|#!)/), // comments
  thenLater(
    /\b(grep|awk|sed|sort|uniq|xargs|cat|echo|curl|wc|head|tail|cut|tr|jq|find|ls|ps|kubectl|docker|aws|git|npm|pip|python3?|node)\b/,
    '|',
  ),
  shellCommand,
  filterCommand,
  re(/\|\s*(grep|awk|sed|sort|uniq|xargs|cat|wc|head|tail|cut|tr|jq|tee|less|more|bash|sh)\b/),
  re(/(^|\s)--?[a-z][\w-]*(=|\s)/), // command-line flags
  re(/&&|\|\||2>&1|>>\s*\S/),
  (line) => /^\s*\w+(\.\w+)+\s*\(.*\)$/.test(line.trimEnd()), // method calls
  assignmentWithCall, // assignments with calls / indexing
  htmlTag, // HTML / generics-like tags
];

/** True when some line of the text reads as code. */
export function looksLikeCode(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const check of CODE_LINE_CHECKS) if (check(line)) return true;
  }
  return false;
}
