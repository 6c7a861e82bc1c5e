/**
 * Numbered steps (`1. 수집`, `2) 전처리`, …) read as a vertical chain.
 * Numbers must run 1, 2, 3… (any start, step 1); indented lines under a step are its detail.
 */
import { GraphBuilder } from './graph-builder.ts';
import { hasChainArrow } from './chain-tokens.ts';
import type { FlowGraph } from './types.ts';

/** Matched against the line without its trailing white space (a lazy label before `\s*$` would rescan it). */
const STEP_RE = /^(\d{1,2})[.)]\s+(\S.*)$/;

export function parseNumberedSteps(lines: string[]): FlowGraph | null {
  const steps: Array<{ n: number; label: string; detail: string[] }> = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = STEP_RE.exec(line.trimEnd());
    if (m) {
      if (hasChainArrow(m[2])) return null;
      steps.push({ n: Number(m[1]), label: m[2], detail: [] });
    } else if (/^\s+\S/.test(line) && steps.length > 0) {
      steps[steps.length - 1].detail.push(line.trim());
    } else return null;
  }
  if (steps.length < 2) return null;
  for (let i = 1; i < steps.length; i++) if (steps[i].n !== steps[i - 1].n + 1) return null;
  const b = new GraphBuilder(false);
  const ids = steps.map((s) => b.node(s.label, s.detail));
  for (let i = 1; i < ids.length; i++) b.edge(ids[i - 1], ids[i]);
  return b.build('TD');
}
