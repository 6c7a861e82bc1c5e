import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { countBySeverity, formatProblem, sortProblems } from '../lib/report/problem.ts';
import { h } from 'hastscript';
import { t } from '../i18n/ko.ts';
import { toHtml } from 'hast-util-to-html';
import { renderNote } from '../markdown/render-note.ts';
import { imageSize, publishedSize, type ImageSize } from '../lib/garden/image-size.ts';
import { checkVault } from '../vault/load-vault.ts';

/** Notes rendered at once: Shiki and the plugins are CPU-bound, a small pool keeps memory flat. */
const CONCURRENCY = 8;

/**
 * The content loader: reads the vault (decoding, repair, front matter), stops the build with every
 * error listed at once, renders each note through src/markdown, and stores it with a digest so
 * an unchanged note is not rendered again on the next build.
 */
export function vaultLoader(opts: { dir: string; base: string }): Loader {
  return {
    name: 'garden-vault',
    load: async ({ store, logger, generateDigest, parseData, watcher, config }) => {
      // A change to the renderer (plugins, lib) must re-render every note: its sources are part of each digest.
      const rendererDigest = generateDigest(rendererSources(fileURLToPath(config.root)));
      /** Reads the vault and brings the store up to date; in dev, errors are reported and the last good content kept. */
      const sync = async (dev: boolean) => {
      const { result, problems: found, links, linkSignature } = checkVault(opts.dir);
      const problems = sortProblems(found);
      // Every note's digest includes what its links resolve against (all slugs, titles, aliases, headings).
      const linksDigest = generateDigest(linkSignature);
      const { errors, warnings } = countBySeverity(problems);
      for (const p of problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
      if (errors > 0) {
        const lines = problems.filter((p) => p.severity === 'error').map(formatProblem);
        const err = new Error(`the vault has ${errors} error${errors > 1 ? 's' : ''}:\n${lines.join('\n')}\n\nFix them (\`npm run -s garden -- check\` lists them too) and build again.`);
        err.stack = err.message;
        if (dev) {
          logger.error(err.message);
          return;
        }
        throw err;
      }

      const attachmentSize = imageSizes(opts.dir);
      const keep = new Set<string>();
      const queue = [...result.notes];
      let rendered = 0;
      const worker = async () => {
        for (let note = queue.shift(); note; note = queue.shift()) {
          keep.add(note.slug);
          const digest = generateDigest(`${rendererDigest}\n${note.file}\n${note.slug}\n${opts.base}\n${linksDigest}\n${note.tags.join('\n')}\n${note.body}`);
          const existing = store.get(note.slug);
          const data = await parseData({
            id: note.slug,
            data: {
              slug: note.slug,
              file: note.file,
              title: note.title,
              id: note.id,
              description: note.description,
              created: note.created,
              modified: note.modified,
              dateSource: note.dateSource,
              tags: note.tags,
              aliases: note.aliases,
              readingMinutes: note.readingMinutes,
              repair: note.repair,
              extra: note.extra,
            },
          });
          if (existing && existing.digest === digest && existing.rendered) {
            store.set({ ...existing, data, digest });
            continue;
          }
          let out: Awaited<ReturnType<typeof renderNote>>;
          try {
            out = await renderNote(note.body, { slug: note.slug, file: note.file, base: opts.base, links, tags: note.tags, attachmentSize });
          } catch (err) {
            // One note never takes the vault down: its text is published as plain text, with a notice.
            const reason = String((err as Error)?.message ?? err).split('\n').find((l) => l.trim() && !l.startsWith('Failed to parse'))?.slice(0, 160) ?? 'unknown error';
            logger.warn(formatProblem({
              file: note.file, line: note.bodyStartLine, column: 1, severity: 'warning', kind: 'render-failed',
              message: `expected the note to render, found an error (${reason}); it is published as plain text with a notice`,
              hint: 'simplify the note (split it, flatten deep lists or HTML)',
            }));
            out = reducedPage(note.body);
          }
          rendered++;
          store.set({
            id: note.slug,
            data,
            body: note.body,
            digest,
            rendered: {
              html: out.html,
              metadata: { headings: out.headings.map((h) => ({ ...h, text: h.text.replace(/#$/, '') })) },
            },
          });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);

      const s = result.stats;
      logger.info(
        `${s.published} notes published (${rendered} rendered, ${s.published - rendered} from cache), ${s.repaired} repaired, ${s.drafts} drafts, ${s.skipped} skipped; ${warnings} warnings${summarizeKinds(problems)}`,
      );

      };

      await sync(false);
      if (watcher) {
        // Live reload, also for a vault outside the project (GARDEN_CONTENT): re-sync on any change in it;
        // only notes whose digest changed are rendered again.
        const root = resolve(opts.dir);
        watcher.add(root);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (path: string) => {
          if (!resolve(path).startsWith(root)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const started = performance.now();
            sync(true)
              .then(() => logger.info(`vault re-synced in ${Math.round(performance.now() - started)} ms (${relative(root, path)})`))
              .catch((e: Error) => logger.error(e.message));
          }, 30);
        };
        for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onChange);
      }
    },
  };
}

/** A note that failed to render: a notice, then its text as one plain paragraph (escaped by hast-util-to-html). */
function reducedPage(body: string): Awaited<ReturnType<typeof renderNote>> {
  const tree = h(null, [
    h('p', { className: ['render-failed'], role: 'note' }, t.renderFailed),
    h('p', { className: ['render-failed-text'] }, body),
  ]);
  return { html: toHtml(tree), headings: [] };
}

function summarizeKinds(problems: { kind: string; severity: string }[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.severity === 'warning') counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  if (counts.size === 0) return '';
  return ` (${[...counts].map(([k, n]) => `${k}: ${n}`).join(', ')})`;
}

/** The text of everything that turns a note into HTML (src/markdown, src/lib), in a stable order. */
function rendererSources(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) files.push(p);
    }
  };
  for (const dir of ['src/markdown', 'src/lib']) walk(join(root, dir));
  return files.map((f) => `${relative(root, f)}\n${readFileSync(f, 'utf8')}`).join('\n');
}

/** Published sizes of the vault's images, read from each file's first 64 KB once. */
function imageSizes(root: string): (file: string) => ImageSize | null {
  const sizes = new Map<string, ImageSize | null>();
  return (file) => {
    if (!sizes.has(file)) {
      let size: ImageSize | null = null;
      try {
        const fd = openSync(join(root, file), 'r');
        const head = new Uint8Array(65536);
        const n = readSync(fd, head, 0, head.length, 0);
        closeSync(fd);
        const found = imageSize(head.subarray(0, n));
        size = found ? publishedSize(found) : null;
      } catch {
        size = null;
      }
      sizes.set(file, size);
    }
    return sizes.get(file) ?? null;
  };
}
