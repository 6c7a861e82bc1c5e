import { describe, it, expect, vi, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/verbs/flow.ts';

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('garden flow', () => {
  const dir = mkdtempSync(join(tmpdir(), 'flow-cli-'));
  const note = join(dir, 'note.md');
  writeFileSync(note, '# t\n\n```\nA → B\n```\n\n```python\nx -> y\n```\n\n수집 → 저장\n');

  it('prints Mermaid for every flow of a note', async () => {
    const c = capture();
    expect(await run([note])).toBe(0);
    expect(c.out()).toContain(`%% ${note}:3-5 (fence)\nflowchart LR\n  n0["A"]`);
    expect(c.out()).toContain(`%% ${note}:11-11 (prose)`);
    expect(c.out().match(/flowchart/g)).toHaveLength(2);
  });
  it('--json reads a Kinesis box sketch as three nodes', async () => {
    const box = join(dir, 'box.md');
    writeFileSync(
      box,
      [
        '# 구조',
        '',
        '```',
        '┌──────────┐    ┌────────────────┐',
        '│ 프로듀서 │───▶│ Kinesis 스트림 │',
        '└──────────┘    └────────────────┘',
        '                         │',
        '                         ▼',
        '                 ┌───────────────┐',
        '                 │ Lambda 소비자 │',
        '                 └───────────────┘',
        '```',
        '',
      ].join('\n'),
    );
    const c = capture();
    expect(await run([box, '--json'])).toBe(0);
    const [d] = (
      JSON.parse(c.out()) as {
        diagrams: Array<{ nodes: Array<{ label: string }>; edges: unknown[]; direction: string }>;
      }
    ).diagrams;
    expect(d.nodes.map((n: { label: string }) => n.label)).toEqual(['프로듀서', 'Kinesis 스트림', 'Lambda 소비자']);
    expect(d.edges).toEqual([
      { from: 'n0', to: 'n1', label: null, both: false },
      { from: 'n1', to: 'n2', label: null, both: false },
    ]);
  });
  it('--json prints the diagrams as plain data', async () => {
    const c = capture();
    expect(await run([note, '--json'])).toBe(0);
    const j = JSON.parse(c.out()) as {
      diagrams: Array<{ nodes: Array<{ label: string }>; edges: unknown[]; direction: string }>;
    };
    expect(j.diagrams).toHaveLength(2);
    expect(j.diagrams[0]).toEqual({
      direction: 'LR',
      nodes: [
        { id: 'n0', label: 'A', detail: [] },
        { id: 'n1', label: 'B', detail: [] },
      ],
      edges: [{ from: 'n0', to: 'n1', label: null, both: false }],
      groups: [],
    });
  });
  it('a plain text file is one block', async () => {
    const txt = join(dir, 'f.txt');
    writeFileSync(txt, 'X\n ↓\nY\n');
    const c = capture();
    expect(await run([txt, '--json'])).toBe(0);
    expect(
      (
        JSON.parse(c.out()) as {
          diagrams: Array<{ nodes: Array<{ label: string }>; edges: unknown[]; direction: string }>;
        }
      ).diagrams[0].direction,
    ).toBe('TD');
  });
  it('usage and missing files', async () => {
    const c = capture();
    expect(await run([])).toBe(2);
    expect(await run([join(dir, 'nope.md')])).toBe(1);
    expect(c.err()).toContain('usage');
  });
});
