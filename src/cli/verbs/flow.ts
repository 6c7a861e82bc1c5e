/**
 * `garden flow FILE [--json]`: prints the Mermaid of every flow found in a note or text file,
 * or with --json {"diagrams": [{direction, nodes, edges, groups}]}.
 * A note file (.md, .mdx) is scanned for candidate fences and flow paragraphs; any other file is one block.
 */
import { isMdxNote, isNoteFile } from '../../lib/notes/note-file.ts';
import { mdxFlowDiagrams } from '../../lib/mdx/flows.ts';
import { readFile } from 'node:fs/promises';
import { findFlowsInMarkdown } from '../../lib/flow/markdown-flows.ts';
import { parseFlow } from '../../lib/flow/parse-flow.ts';
import { toMermaid } from '../../lib/flow/mermaid.ts';
import type { FlowGraph } from '../../lib/flow/types.ts';
import { readNote } from '../../vault/read-note.ts';

const USAGE = 'usage: garden flow FILE [--json]\n';

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0].startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = files[0];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    process.stderr.write(`flow: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const isNote = isNoteFile(file);
  // A note is read as the build reads it (decoded, repaired, without front matter), so the CLI
  // finds the flows the page draws; lines stay those of the file.
  const note = isNote ? readNote(file).note : undefined;
  const offset = note ? note.bodyStartLine - 1 : 0;
  const found: Array<{ where: string; graph: FlowGraph }> = isNote
    ? noteFlows(note ? note.body : text, isMdxNote(file)).map((f) => ({
        where: `${file}:${f.startLine + offset}-${f.endLine + offset} (${f.kind})`,
        graph: f.graph,
      }))
    : (() => {
        const g = parseFlow(text);
        return g ? [{ where: file, graph: g }] : [];
      })();
  if (json) {
    const diagrams = found.map(({ graph }) => ({
      direction: graph.direction,
      nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, detail: n.detail })),
      edges: graph.edges.map((e) => ({ from: e.from, to: e.to, label: e.label, both: e.both })),
      groups: graph.groups.map((g) => ({ label: g.label, nodes: g.nodes })),
    }));
    process.stdout.write(JSON.stringify({ diagrams }, null, 2) + '\n');
    return 0;
  }
  const blocks = found.map(({ where, graph }) => `%% ${where}\n${toMermaid(graph)}`);
  process.stdout.write(blocks.join('\n'));
  if (found.length === 0) process.stderr.write(`flow: no flow found in ${file}\n`);
  return 0;
}

/** The flows of a note body in document order: fences and flow paragraphs, and an MDX note's `<Flow>` elements. */
function noteFlows(
  body: string,
  mdx: boolean,
): Array<{ startLine: number; endLine: number; kind: string; graph: FlowGraph }> {
  const found: Array<{ startLine: number; endLine: number; kind: string; graph: FlowGraph }> =
    findFlowsInMarkdown(body);
  if (!mdx) return found;
  // a fence inside <Flow> is found by both: listed once, as the fence
  for (const f of mdxFlowDiagrams(body)) {
    if (!found.some((g) => g.startLine <= f.endLine && g.endLine >= f.startLine)) found.push({ ...f, kind: 'Flow' });
  }
  return found.sort((a, b) => a.startLine - b.startLine);
}
