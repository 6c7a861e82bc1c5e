import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVaultPaths, readVault } from '../../src/vault/read-vault.ts';
import { loadVault } from '../../src/vault/load-vault.ts';
import { attachmentPolicy } from '../../src/lib/vault/attachment-types.ts';
import { sanitizeSvg } from '../../src/lib/html/sanitize-svg.ts';
import { listAttachments, publishedAttachment } from '../../src/integrations/attachments.ts';
import type { Problem } from '../../src/lib/report/problem.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'garden-bounds-'));
const kinds = (ps: Problem[]) => ps.map((p) => `${p.file} ${p.kind}`).sort();

describe('reading a vault never leaves it, never crashes, never skips silently', () => {
  const outside = tmp();
  writeFileSync(join(outside, 'secret.txt'), 'root:x:0:0');
  const vault = tmp();
  mkdirSync(join(vault, 'sub'));
  writeFileSync(join(vault, 'a.md'), '# A\n');
  writeFileSync(join(vault, 'sub/b.md'), '# B\n');
  writeFileSync(join(vault, '..dots...md'), '# dots\n');
  writeFileSync(join(vault, '.hidden.md'), '# hidden\n');
  mkdirSync(join(vault, 'folder.md'));
  writeFileSync(join(vault, 'folder.md/inner.md'), '# inner\n');
  symlinkSync(join(outside, 'secret.txt'), join(vault, 'passwd.txt'));
  symlinkSync(outside, join(vault, 'out-dir'));
  symlinkSync(join(vault, 'a.md'), join(vault, 'link-to-a.md'));
  symlinkSync(vault, join(vault, 'sub/loop'));
  symlinkSync(join(vault, 'missing.md'), join(vault, 'broken.md'));

  it('reports dot-named files, symlinks out of the vault, loops, broken links and folders named *.md', () => {
    const problems: Problem[] = [];
    const files = readVault(vault, problems)
      .map((f) => f.file)
      .sort();
    expect(files).toEqual(['a.md', 'folder.md/inner.md', 'link-to-a.md', 'sub/b.md']);
    expect(kinds(problems)).toEqual([
      '..dots...md hidden-file',
      '.hidden.md hidden-file',
      'broken.md symlink',
      'folder.md folder-named-like-note',
      'out-dir symlink',
      'passwd.txt symlink',
      'sub/loop symlink',
    ]);
    expect(files.some((f) => f.includes('secret'))).toBe(false);
  });

  it('no attachment is listed from outside the vault', () => {
    expect(listAttachments(vault)).toEqual([]);
  });

  it('unreadable files and folders (EACCES) are reported, not a crash', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/x.md'), '# x\n');
    writeFileSync(join(dir, 'ok.md'), '# ok\n');
    writeFileSync(join(dir, 'secret.md'), '# s\n');
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'secret.md'), 0o000);
    chmodSync(dir, 0o755);
    // As root, permissions do not stop reads: the check runs as an unprivileged user then.
    const script = `import { loadVault } from ${JSON.stringify(join(process.cwd(), 'src/vault/load-vault.ts'))};
      const r = loadVault(${JSON.stringify(dir)});
      console.log(JSON.stringify({ notes: r.notes.map((n) => n.file), problems: r.problems.map((p) => p.file + ' ' + p.kind + ' ' + p.message) }));`;
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(
      join(process.cwd(), 'node_modules/.bin/node'),
      ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', script],
      { encoding: 'utf8', cwd: tmpdir(), ...asUser },
    );
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { notes: string[]; problems: string[] };
    expect(out.notes).toEqual(['ok.md']);
    expect(
      out.problems
        .filter((p) => / unreadable /.test(p))
        .map((p) => p.split(' ').slice(0, 2).join(' '))
        .sort(),
    ).toEqual(['locked unreadable', 'secret.md unreadable']);
    expect(out.problems.join('\n')).toMatch(/EACCES/);
  });

  it('a vault that is not there is one problem, not a crash', () => {
    const problems: Problem[] = [];
    expect(listVaultPaths(join(tmp(), 'nope'), problems)).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(['unreadable']);
  });
});

describe('attachments are published from an allowlist of types', () => {
  it.each(['a.png', 'b.JPG', 'c.pdf', 'd.mp4', 'e.mp3', 'f.txt', 'g.docx', 'h.hwp', 'i.csv'])(
    '%s is published',
    (f) => {
      expect(attachmentPolicy(f)).toEqual({ publish: 'as-is' });
    },
  );
  it.each(['evil.html', 'evil.htm', 'evil.js', 'evil.mjs', 'evil.xml', 'evil.xhtml', 'x.unknownext', 'noext'])(
    '%s is reported and skipped',
    (f) => {
      expect('skip' in attachmentPolicy(f)).toBe(true);
    },
  );
  it('the vault reports skipped attachments as warnings and publishes the rest', () => {
    const dir = tmp();
    for (const f of ['evil.html', 'evil.js', 'ok.png', 'pic.svg'])
      writeFileSync(join(dir, f), f.endsWith('.svg') ? '<svg xmlns="http://www.w3.org/2000/svg"/>' : 'x');
    const r = loadVault(dir);
    expect(r.attachments).toEqual(['ok.png', 'pic.svg']);
    expect(r.problems.map((p) => `${p.file} ${p.kind} ${p.severity}`)).toEqual([
      'evil.html attachment-skipped warning',
      'evil.js attachment-skipped warning',
    ]);
    expect(listAttachments(dir)).toEqual(['ok.png', 'pic.svg']);
  });
  it('an SVG is published without script, foreignObject, handlers, script links, animation or external references', () => {
    const evil = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><rect width="5" height="5" onclick="x()"/></a><use href="#r"/><use xlink:href="https://evil.example/x.svg#a"/><image href="https://evil.example/t.png"/><foreignObject><iframe src="javascript:alert(4)"></iframe></foreignObject><animate attributeName="href" values="javascript:alert(5)"/><set attributeName="href" to="javascript:alert(6)"/><style>@import url(https://evil.example/x.css);</style><style>&lt;/style&gt;&lt;script&gt;alert(7)&lt;/script&gt;</style><text style="fill:url(https://evil.example/x)">hi</text></svg>`;
    const out = sanitizeSvg(evil)!;
    expect(out).toContain('<rect width="5" height="5" />');
    expect(out).toContain('<use href="#r" />');
    expect(out).toContain('<text>hi</text>');
    expect(out).not.toMatch(/script|onload|onclick|evil|foreignObject|animate|<set|iframe|@import/i);
    expect(publishedAttachment('x.svg', Buffer.from('not an svg'))).toBeNull();
    expect(publishedAttachment('x.html', Buffer.from('<p>'))).toBeNull();
  });
});

describe('npm run dev serves nothing from outside the vault', () => {
  it('refuses .., encoded .., symlinks out, dot files, skipped types and malformed URLs; sanitizes SVG', async () => {
    const { createServer } = await import('node:http');
    const { serveFolder } = await import('../../src/integrations/serve-folder.ts');
    const outside = tmp();
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0');
    const vault = tmp();
    writeFileSync(join(vault, 'ok.png'), 'PNG');
    writeFileSync(join(vault, 'evil.html'), '<script>x</script>');
    writeFileSync(
      join(vault, 'pic.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1" height="1"/></svg>',
    );
    writeFileSync(join(vault, '.secret.png'), 'x');
    symlinkSync(join(outside, 'passwd'), join(vault, 'passwd.png'));
    const handlers: Array<(req: unknown, res: unknown, next: () => void) => void> = [];
    const fake = { middlewares: { use: (h: (typeof handlers)[number]) => handlers.push(h) } };
    const publish = (rel: string) =>
      'skip' in attachmentPolicy(rel)
        ? ('skip' as const)
        : rel.endsWith('.svg')
          ? (b: Buffer) => publishedAttachment(rel, b)
          : ('as-is' as const);
    serveFolder(fake as never, '/_attachments/', () => vault, { publish });
    const server = createServer((req, res) =>
      handlers[0](req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const get = async (path: string) => {
      const { request } = await import('node:http');
      return new Promise<{ status: number; body: string }>((resolve) => {
        request({ host: '127.0.0.1', port, path }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }).end();
      });
    };
    try {
      expect(await get('/_attachments/ok.png')).toEqual({ status: 200, body: 'PNG' });
      for (const bad of [
        '/_attachments/../' + outside.split('/').pop() + '/passwd',
        '/_attachments/%2e%2e/%2e%2e/etc/passwd',
        '/_attachments/passwd.png',
        '/_attachments/.secret.png',
        '/_attachments/evil.html',
        '/_attachments/%E0%A4%A',
        '/_attachments/..%2f..%2fetc%2fpasswd',
      ]) {
        const r = await get(bad);
        expect(r.status, bad).toBe(404);
        expect(r.body).not.toContain('root:');
      }
      const svg = await get('/_attachments/pic.svg');
      expect(svg.status).toBe(200);
      expect(svg.body).toContain('<rect');
      expect(svg.body).not.toContain('script');
    } finally {
      server.close();
    }
  });
});
