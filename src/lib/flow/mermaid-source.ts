/**
 * An author's Mermaid flowchart, made ready for the build-time renderer (beautiful-mermaid),
 * or the reason it cannot be drawn faithfully there (the caller then lets Mermaid draw it in
 * the browser).
 *
 * beautiful-mermaid reads statements line by line with strict patterns: a `class A,B name;`
 * with its optional `;`, a class name with `-`, or a `click` line would otherwise be read as a
 * node called "class"/"classDef"/"click". So, before rendering:
 * - a trailing `;` (Mermaid's optional statement end) is dropped;
 * - class names are renamed to word characters in `classDef`, `class` and `:::name`, and a
 *   `classDef a,b …` defines each name;
 * - `click` lines are ignored (links and callbacks are interactive: only the browser has them);
 * - quotes around a subgraph title (`subgraph id["Blocked by"]`, `subgraph "Blocked by"`) are removed.
 * The result is checked (misreadStatement): a node whose id is a statement keyword means a line
 * was misread, and the flowchart is left to the browser.
 */

const KEYWORDS = new Set([
  'class',
  'classDef',
  'click',
  'style',
  'linkStyle',
  'direction',
  'subgraph',
  'end',
  'flowchart',
  'graph',
  'callback',
  'call',
  'href',
]);

const CLASS_NAME = /[A-Za-z_][\w-]*/;

export function prepareMermaid(source: string): string {
  const names = new Map<string, string>();
  const safe = (name: string) => {
    let s = names.get(name);
    if (!s) {
      s = /^\w+$/.test(name) ? name : `c${names.size}_${name.replace(/\W/g, '_')}`;
      names.set(name, s);
    }
    return s;
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  // class names first, so `:::name` before its `classDef` is renamed too
  for (const raw of lines) {
    const m = /^\s*classDef\s+(\S+)/.exec(raw);
    if (m) for (const n of m[1].split(',')) if (CLASS_NAME.test(n)) safe(n.trim());
  }
  const out: string[] = [];
  for (const raw of lines) {
    let line = raw.trim();
    if (line.startsWith('%%')) continue;
    if (line.endsWith(';')) line = line.slice(0, -1).trimEnd();
    if (line === '') continue;
    const word = /^\w+/.exec(line)?.[0] ?? '';
    if (word === 'click') continue;
    if (word === 'classDef') {
      const m = /^classDef\s+(\S+)\s+(.+)$/.exec(line);
      if (!m) continue;
      for (const n of m[1].split(',')) if (n.trim()) out.push(`classDef ${safe(n.trim())} ${m[2]}`);
      continue;
    }
    if (word === 'class') {
      const m = /^class\s+(.+?)\s+(\S+)$/.exec(line);
      if (!m) continue;
      out.push(`class ${m[1].replace(/\s*,\s*/g, ',')} ${safe(m[2])}`);
      continue;
    }
    if (word === 'subgraph') {
      const m = /^subgraph\s+(?:([\w-]+)\s*\[\s*"(.*)"\s*\]|"(.*)")$/.exec(line);
      if (m) line = m[1] !== undefined ? `subgraph ${m[1]} [${m[2]}]` : `subgraph ${m[3]}`;
      out.push(line);
      continue;
    }
    if (names.size > 0 && line.includes(':::')) {
      line = line.replace(/:::([A-Za-z_][\w-]*)/g, (whole, n: string) => (names.has(n) ? `:::${names.get(n)}` : whole));
    }
    out.push(line);
  }
  return out.join('\n') + '\n';
}

/** A node id that is a statement keyword: the renderer read a statement as a node. */
export function misreadStatement(nodeIds: Iterable<string>): string | null {
  for (const id of nodeIds) if (KEYWORDS.has(id)) return `a "${id}" statement would be drawn as a node`;
  return null;
}
