import { describe, it, expect } from 'vitest';
import { stripComments } from '../../src/lib/obsidian/comments.ts';

const lines = (s: string) => s.split('\n').length;

describe('stripComments', () => {
  it('removes an inline comment and keeps the rest of the line', () => {
    expect(stripComments('This is an %%inline%% comment.')).toBe('This is an  comment.');
  });

  it('removes a multi-line comment and keeps every line break', () => {
    const body = 'before\n%%\nThis is a block comment.\n\nBlock comments can span multiple lines.\n%%\nafter';
    const out = stripComments(body);
    expect(out).not.toContain('block comment');
    expect(out).not.toContain('%%');
    expect(lines(out)).toBe(lines(body));
    expect(out.split('\n')[6]).toBe('after');
  });

  it('an unclosed %% hides the rest of the note', () => {
    const out = stripComments('visible\n%% secret\nmore secret\n');
    expect(out).toBe('visible\n\n\n');
  });

  it('leaves %% inside code spans and fenced code alone', () => {
    expect(stripComments('Use `%%` to comment, like `%%this%%`.')).toBe('Use `%%` to comment, like `%%this%%`.');
    const fence = '```md\n%% not a comment %%\n```\n\n~~~\n%%\n~~~\n';
    expect(stripComments(fence)).toBe(fence);
    expect(stripComments('> ```\n> %%x%%\n> ```\n')).toBe('> ```\n> %%x%%\n> ```\n');
    expect(stripComments('``code with ` and %%``%%gone%%')).toBe('``code with ` and %%``');
  });

  it('a backtick inside a comment does not open code', () => {
    expect(stripComments('a %%`%% b %%c%% `d`')).toBe('a  b  `d`');
  });

  it('a comment inside a callout keeps the quote markers, so the callout goes on', () => {
    const out = stripComments('> [!note]\n> %%\n> hidden\n> %%\n> shown');
    expect(out).toBe('> [!note]\n> \n> \n> \n> shown');
  });

  it('an unmatched backtick run does not swallow a later comment', () => {
    expect(stripComments('one ` tick %%gone%%')).toBe('one ` tick ');
    expect(stripComments('`a\n\nb` %%gone%%')).toBe('`a\n\nb` ');
  });

  it('text without %% is returned unchanged (same string)', () => {
    const s = 'nothing to see `here`';
    expect(stripComments(s)).toBe(s);
  });

  it('stays linear on pathological input', () => {
    const cases = [
      '`'.repeat(50_000) + '%%',
      '` `` ``` '.repeat(20_000) + '%%x',
      '%%'.repeat(50_000),
      '> '.repeat(30_000) + '%%',
      ' '.repeat(100_000) + '%%',
      ('`a` %%b%% '.repeat(10_000) + '\n\n').repeat(5),
      '%%\n\n'.repeat(30_000),
    ];
    for (const c of cases) {
      const t = performance.now();
      stripComments(c);
      expect(performance.now() - t, c.slice(0, 20)).toBeLessThan(1000);
    }
  });
});
