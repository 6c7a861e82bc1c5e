/**
 * Heuristics for text that reads as code rather than a diagram: signatures with `->`,
 * lambdas, JS `=>`, shell pipelines and commands. One such line makes the whole block code.
 */

const CODE_LINE_PATTERNS: RegExp[] = [
  /^\s*(def|fn|func|function|class|struct|impl|interface|type|import|from|export|return|const|let|var|public|private|protected|static|async|await|if|elif|else|for|while|switch|case|try|catch|package|using|namespace|lambda)\b[^가-힣]*$/,
  /\b(def|fn|func)\s+\w+\s*[(<]/, // def f(x) -> int:, fn f(x) -> i32
  /\w\([^()]*\)\s*(->|=>)/, // f(x) -> y
  /\([^()]*\)\s*=>\s*\S/, // (a, b) => a
  /\blambda\b[^:]*:/,
  /=>\s*[{(]/, // x => { … }
  /^\s*\w+\s*=>\s*\w+\s*[;,]?\s*$/, // x => x
  /[;{}]\s*$/, // statement / block endings
  /^\s*[}\])]/,
  /::\s*\S+\s*->/, // Haskell signatures
  /^\s*[$#>]\s+\S/, // shell prompt
  /^\s*(\/\/|\/\*|--\s|#!)/, // comments
  /\b(grep|awk|sed|sort|uniq|xargs|cat|echo|curl|wc|head|tail|cut|tr|jq|find|ls|ps|kubectl|docker|aws|git|npm|pip|python3?|node)\b[^|]*\|/,
  /^\s*(aws|grep|awk|sed|cat|echo|curl|kubectl|docker|git|npm|npx|pip|python3?|node|sudo|cd|ls|mkdir|rm|cp|mv|chmod|export|ssh|scp|tar|make)\s+[^\s가-힣]*[-./:=][^가-힣]*$/, // shell commands
  /^\s*(grep|awk|sed|sort|uniq|xargs|wc|head|tail|cut|tr|jq)\s+[^가-힣]*$/,
  /\|\s*(grep|awk|sed|sort|uniq|xargs|cat|wc|head|tail|cut|tr|jq|tee|less|more|bash|sh)\b/,
  /(^|\s)--?[a-z][\w-]*(=|\s)/, // command-line flags
  /&&|\|\||2>&1|>>\s*\S/,
  /^\s*\w+(\.\w+)+\s*\(.*\)\s*$/, // method calls
  /^\s*[\w.]+\s*=\s*[^=].*[()\[\]]/, // assignments with calls / indexing
  /<\/?[a-zA-Z][\w-]*(\s[^>]*)?>/, // HTML / generics-like tags
];

/** True when some line of the text reads as code. */
export function looksLikeCode(text: string): boolean {
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const re of CODE_LINE_PATTERNS) if (re.test(line)) return true;
  }
  return false;
}
