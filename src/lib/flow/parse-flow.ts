/**
 * parseFlow: a text block → FlowGraph, or null for "not a diagram / not sure".
 * The layout must give the same graph whether ambiguous-width characters (arrows…)
 * are read one or two columns wide; otherwise the block is left alone.
 */
import { looksLikeCode } from './code-guard.ts';
import { isTreeLine, parseTree } from './tree.ts';
import { parseNumberedSteps } from './numbered-steps.ts';
import { parseGrid } from './grid.ts';
import { hasAmbiguousWidth } from './display-width.ts';
import type { FlowGraph, ParseFlowOptions } from './types.ts';

const MAX_LINES = 80;
/** A row crossing a box: two box sides, or a side and a corner. */
const BOX_ROW_RE = /[│┃║|][^│┃║|]*[│┃║|]/;

const BUS_CHARS = new Set([
  ' ',
  '─',
  '━',
  '═',
  '┌',
  '┐',
  '└',
  '┘',
  '┬',
  '┴',
  '┼',
  '├',
  '┤',
  '╭',
  '╮',
  '╰',
  '╯',
  '│',
  '┃',
  '║',
]);
const BUS_JOINTS = new Set(['┬', '┴', '┼']);

/** `┌────┴────┐`: a line of box-drawing lines with a joint, joining vertical lines into a bus. */
function isBusLine(line: string): boolean {
  let joint = false;
  for (const c of line) {
    if (!BUS_CHARS.has(c)) return false;
    joint ||= BUS_JOINTS.has(c);
  }
  return joint;
}

function parseOnce(lines: string[], ambiguousWide: boolean, tabSize: number): FlowGraph | null {
  if (lines.some(isTreeLine)) {
    const tree = parseTree(lines, ambiguousWide, tabSize);
    if (tree) return tree;
  }
  const steps = parseNumberedSteps(lines);
  if (steps) return steps;
  return parseGrid(lines, ambiguousWide, tabSize);
}

export function parseFlow(text: string, opts: ParseFlowOptions = {}): FlowGraph | null {
  const tabSize = opts.tabSize ?? 4;
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  while (all.length && !all[0].trim()) all.shift();
  while (all.length && !all[all.length - 1].trim()) all.pop();
  if (all.length === 0 || all.length > MAX_LINES) return null;
  // common indentation does not matter
  const indent = Math.min(...all.filter((l) => l.trim()).map((l) => /^[ ]*/.exec(l)![0].length));
  const lines = all.map((l) => l.slice(indent));
  if (looksLikeCode(lines.join('\n'))) return null;
  try {
    // Box sides line up under one reading only when a box row holds an arrow (or another
    // ambiguous-width character): that reading is the author's font, the other misreads the boxes.
    // Likewise a bus `┌──┴──┐` (always one column a piece) lines up with the arrowheads under it
    // under one reading only.
    const oneReading =
      lines.some((l) => BOX_ROW_RE.test(l) && hasAmbiguousWidth(l)) ||
      (lines.some(isBusLine) && lines.some((l) => hasAmbiguousWidth(l)));
    const narrow = parseOnce(lines, false, tabSize);
    if (!narrow && !oneReading) return null;
    const wide = parseOnce(lines, true, tabSize);
    if (narrow && wide) return JSON.stringify(wide) === JSON.stringify(narrow) ? narrow : null;
    return oneReading ? (narrow ?? wide) : null;
  } catch {
    return null;
  }
}
