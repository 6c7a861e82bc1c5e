// Task states beyond `[ ]` and `[x]`: many Obsidian themes and the Tasks plugin give meaning to
// `[?]` (question), `[-]` (cancelled), `[/]` (in progress), `[>]` (deferred), `[!]` (important)…
// GFM only knows the two; every other single character keeps its state here.

/** A task marker `[c] ` at the start of a list item's text: its character and the marker's length. */
export function taskMarker(text: string): { state: string; length: number } | null {
  if (text.length < 4 || text[0] !== '[' || text[2] !== ']') return null;
  const c = text[1];
  if (c === '\n' || c === '[' || c === ']') return null;
  if (text[3] !== ' ' && text[3] !== '\t' && text[3] !== '\n') return null;
  return { state: c, length: 4 };
}

/** A class-safe name for a state character (`?` → `task-question`), used by the stylesheet. */
const NAMES: Record<string, string> = {
  ' ': 'open',
  x: 'done',
  X: 'done',
  '-': 'cancelled',
  '/': 'in-progress',
  '>': 'deferred',
  '<': 'scheduled',
  '?': 'question',
  '!': 'important',
  '*': 'star',
  '"': 'quote',
  l: 'location',
  b: 'bookmark',
  i: 'info',
  S: 'savings',
  I: 'idea',
  p: 'pro',
  c: 'con',
  f: 'fire',
  k: 'key',
  w: 'win',
  u: 'up',
  d: 'down',
};

export function taskClass(state: string): string {
  return `task-${NAMES[state] ?? 'other'}`;
}

/** States that count as finished (struck through or checked). */
export function taskChecked(state: string): boolean {
  return state === 'x' || state === 'X';
}
