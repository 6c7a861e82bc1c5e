import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitDates, readVault } from '../../src/vault/read-vault.ts';

const git = (cwd: string, args: string[], date: string) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    },
    stdio: 'ignore',
  });

describe('dates from git history (notes without front matter dates)', () => {
  it('takes the first commit as created and the last as modified, for Hangul paths in sub-folders too', () => {
    const repo = mkdtempSync(join(tmpdir(), 'garden-git-'));
    git(repo, ['init', '-q'], '2024-01-01T00:00:00Z');
    mkdirSync(join(repo, 'vault/노트'), { recursive: true });
    writeFileSync(join(repo, 'vault/노트/클리핑.md'), '첫 줄\n');
    git(repo, ['add', '.'], '2024-01-01T00:00:00Z');
    git(repo, ['commit', '-q', '-m', 'a'], '2024-01-01T00:00:00Z');
    writeFileSync(join(repo, 'vault/노트/클리핑.md'), '첫 줄\n둘째 줄\n');
    git(repo, ['commit', '-q', '-am', 'b'], '2024-03-05T12:00:00Z');

    const dates = gitDates(join(repo, 'vault'));
    expect(dates.get('노트/클리핑.md')).toEqual({
      created: new Date('2024-01-01T00:00:00Z'),
      modified: new Date('2024-03-05T12:00:00Z'),
    });
    const [file] = readVault(join(repo, 'vault'));
    expect(file.git?.modified.toISOString()).toBe('2024-03-05T12:00:00.000Z');
  });

  it('is empty outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'garden-nogit-'));
    expect(gitDates(dir).size).toBe(0);
  });
});
