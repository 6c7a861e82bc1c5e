// Lines that once made a flow scanner backtrack without end. The time bounds are far above the
// expected cost (a few milliseconds), so they fail only on super-linear behaviour.
import { describe, it, expect } from 'vitest';
import { parseFlow } from '../../src/lib/flow/index.ts';
import { isTreeLine, matchTreeLine } from '../../src/lib/flow/tree.ts';

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('tree lines are matched in linear time', () => {
  it('a connector followed by 74 box dashes and a corner', () => {
    const { value, ms } = timed(() => parseFlow('├' + '─'.repeat(74) + '╯'));
    expect(value).toBeNull();
    expect(ms).toBeLessThan(2000);
  });
  it('an ordinary box drawing in a fence', () => {
    const box = ['┌───────────┐', '│ 프로듀서  │', '├───────────┤', '│ Kinesis   │', '└───────────┘'].join('\n');
    const { ms } = timed(() => parseFlow(box));
    expect(ms).toBeLessThan(2000);
  });
  it('still reads tree items after long dash runs', () => {
    expect(matchTreeLine('│   ├' + '─'.repeat(3000) + '→ 검증  ')).toEqual({ connector: 4, text: '검증' });
    expect(matchTreeLine('| |-- a')).toEqual({ connector: 2, text: 'a' });
    expect(isTreeLine('├──\tx')).toBe(false);
    expect(isTreeLine('├──')).toBe(false);
    expect(isTreeLine('a ├── b')).toBe(false);
  });
});

describe('buses, labels beside lines and double-line labels are read in linear time', () => {
  it('a bus of 5,000 joints under one node', () => {
    const { value, ms } = timed(() => parseFlow(['요청', '┌' + '─┴'.repeat(5000) + '┐', '▼', '응답'].join('\n')));
    expect(value!.edges).toHaveLength(1);
    expect(ms).toBeLessThan(2000);
  });
  it('a label beside a line, 10,000 words long', () => {
    const { value, ms } = timed(() => parseFlow(['요청', '│' + ' 인증'.repeat(10000), '▼', '응답'].join('\n')));
    expect(value!.edges[0].label!.length).toBe(3 * 10000 - 1);
    expect(ms).toBeLessThan(2000);
  });
  it('a ══ opener followed by 20,000 words and no closer', () => {
    const { value, ms } = timed(() => parseFlow('신청 ══' + ' 승인'.repeat(20000) + ' 처리'));
    expect(value).toBeNull();
    expect(ms).toBeLessThan(2000);
  });
});
