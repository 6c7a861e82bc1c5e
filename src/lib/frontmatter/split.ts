/**
 * Splits a note into its YAML front matter and body.
 * Obsidian-style: the file must start with a `---` line; the block ends at the next `---` (or `...`) line.
 */
export interface SplitNote {
  /** YAML text between the fences, or null when the note has none. */
  yaml: string | null;
  /** 1-based line of the first YAML line (the line after the opening fence). */
  yamlStartLine: number;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
  /** The opening fence was never closed: the whole file is treated as body. */
  unclosed: boolean;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

export function splitFrontmatter(text: string): SplitNote {
  const lines = text.split('\n');
  if (lines.length === 0 || !FENCE.test(lines[0])) {
    return { yaml: null, yamlStartLine: 0, body: text, bodyStartLine: 1, unclosed: false };
  }
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE.test(lines[i])) {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlStartLine: 2,
        body: lines.slice(i + 1).join('\n'),
        bodyStartLine: i + 2,
        unclosed: false,
      };
    }
  }
  return { yaml: null, yamlStartLine: 2, body: text, bodyStartLine: 1, unclosed: true };
}

/** 1-based line of a top-level key inside the YAML block, for messages. */
export function keyLine(yaml: string, key: string, yamlStartLine: number): number | undefined {
  const lines = yaml.split('\n');
  const re = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  for (let i = 0; i < lines.length; i++) if (re.test(lines[i])) return yamlStartLine + i;
  return undefined;
}
