import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { countBySeverity, formatProblem, sortProblems } from '../lib/report/problem.ts';
import { conversionSummary, publishedFields } from '../lib/notes/note.ts';
import { createRenderPool, type RenderPool } from '../pipeline/render-pool.ts';
import { searchRecordsDigest, writeRecordSources } from '../pipeline/search-records-file.ts';
import type { NoteFacts } from '../markdown/render-context.ts';
import type { RenderShared } from '../pipeline/render-worker.ts';
import { imageSize, publishedSize, type ImageSize } from '../lib/garden/image-size.ts';
import { checkVault } from '../vault/load-vault.ts';
import type { AssembleCache } from '../lib/vault/assemble.ts';
import { VAULT_CHANGE, type VaultChange } from '../integrations/vault-reload.ts';
import { embeddedNotes } from '../lib/garden/embeds.ts';
import { renderedProblems } from '../lib/vault/check-rendered.ts';
import { linkFacts, type LinkFactsChannel } from './link-facts.ts';
import { writeBuildFacts } from '../pipeline/build-facts-file.ts';
import { readNoteTexts, writeNoteTexts, type NoteText } from '../pipeline/note-texts-file.ts';
import { hasNoteHtml, noteHtmlPath, pruneNoteHtml, writeNoteHtml } from '../pipeline/note-html-file.ts';
import { localeName } from '../garden.config.ts';

/** Attachments whose size an `<img>` reserves. */
const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * The content loader: reads the vault (decoding, repair, front matter), stops the build with every
 * error listed at once, renders each note through src/markdown, and stores it with a digest so
 * an unchanged note is not rendered again on the next build.
 */
export function vaultLoader(opts: { dir: string; base: string; links?: LinkFactsChannel }): Loader {
  // In dev: brings the store up to date after a change in the vault, with what the first load set
  // up (render threads, the last read of every note); src/integrations/vault-reload.ts asks for it.
  let resync: ((changed: string) => Promise<void>) | undefined;
  return {
    name: 'garden-vault',
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Astro's loader context passes generateDigest and parseData as plain functions (no `this`)
    load: async ({ store, logger, generateDigest, parseData, watcher, config, refreshContextData }) => {
      const changed = (refreshContextData as Partial<VaultChange> | undefined)?.[VAULT_CHANGE];
      if (typeof changed === 'string' && resync) return resync(changed);
      const pools = renderPools();
      // A change to the renderer (plugins, lib) or of the locale must re-render every note: both are part of each digest.
      const rendererDigest = generateDigest(`${localeName()}\n${rendererSources(fileURLToPath(config.root))}`);
      // the dev server reads the vault again on every change: notes whose files did not change are
      // taken from the last read
      const assembled: AssembleCache | undefined = watcher ? new Map() : undefined;
      /** Reads the vault and brings the store up to date; in dev, errors are reported and the last good content kept. */
      const sync = async (dev: boolean) => {
      // unsafe HTML is reported from each note's render (below), not from a parse of its own
      const { result, problems: found, links, linkSignature } = checkVault(opts.dir, { htmlAfterRender: true, cache: assembled });
      const problems = sortProblems(found);
      // Every note's digest includes what its links resolve against (all slugs, titles, aliases, headings).
      const linksDigest = generateDigest(linkSignature);
      const { errors } = countBySeverity(problems);
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

      const keep = new Set<string>();
      // each note's search text, kept beside the store (a build only: the dev server has no search index)
      const keptTexts = watcher ? new Map<string, NoteText>() : readNoteTexts(config.cacheDir);
      const texts = new Map<string, NoteText>();
      // Embeds (`![[Note]]`) show other notes' text: each render task carries the notes it embeds.
      const bySlug = new Map(result.notes.map((n) => [n.slug, n]));
      const todo: Array<{ note: (typeof result.notes)[number]; data: Record<string, unknown>; digest: string; embeds: string[] }> = [];
      for (const note of result.notes) {
        keep.add(note.slug);
        const embeds = embeddedNotes(links, note.slug, (s) => bySlug.get(s)?.body);
        // a page shows the text of the notes it embeds: editing one of them renders it again
        const embedded = embeds.map((s) => `${s}\u0000${bySlug.get(s)?.tags.join('\n')}\u0000${bySlug.get(s)?.body}`).join('\u0001');
        const digest = generateDigest(`${rendererDigest}\n${note.file}\n${note.slug}\n${opts.base}\n${linksDigest}\n${note.tags.join('\n')}\n${note.body}\n${embedded}`);
        const existing = store.get(note.slug);
        const data = await parseData({
          id: note.slug,
          data: { ...publishedFields(note) },
        });
        const text = keptTexts.get(note.slug);
        const kept = existing && existing.digest === digest && existing.rendered && (watcher || (text?.digest === digest && hasNoteHtml(config.cacheDir, digest)));
        if (kept && watcher) store.set({ id: existing.id, data, digest, rendered: existing.rendered });
        else if (kept) {
          // the kept HTML file is named in this cache folder (a copied cache folder moves it)
          const metadata = { ...existing.rendered!.metadata, htmlFile: noteHtmlPath(config.cacheDir, digest) };
          store.set({ id: existing.id, data, digest, rendered: { ...existing.rendered!, metadata } });
          texts.set(note.slug, text!);
        } else todo.push({ note, data, digest, embeds });
      }
      let rendered = 0;
      if (todo.length > 0) {
        const renderPool = pools.get(linksDigest, () => ({ base: opts.base, links, imageSizes: imageSizes(opts.dir, result.attachments), fileSizes: fileSizes(opts.dir, result.attachments) }));
        await Promise.all(
          todo.map(async ({ note, data, digest, embeds }) => {
            const sources = [note.slug, ...embeds].map((s) => ({ slug: s, body: bySlug.get(s)!.body, tags: bySlug.get(s)!.tags }));
            const out = await renderPool.render({ slug: note.slug, file: note.file, bodyStartLine: note.bodyStartLine, body: note.body, tags: note.tags, sources });
            // a problem `garden check` already found (an MDX syntax error) is reported once
            if (out.problem && !problems.some((p) => formatProblem(p) === formatProblem(out.problem!))) {
              problems.push(out.problem);
              logger.warn(formatProblem(out.problem));
            }
            rendered++;
            // a note published in its reduced form is rendered again on the next build
            const stored = out.problem ? `${digest}:fallback` : digest;
            const { text = '', ...facts } = out.facts;
            const headings = out.headings.map((h) => ({ ...h, text: h.text.replace(/#$/, '') }));
            texts.set(note.slug, { digest: stored, text });
            store.set({
              id: note.slug,
              // no body and no search text: pages read what the render made of it (HTML, headings,
              // facts), and the store, written to disk and loaded by every page, stays smaller
              data,
              digest: stored,
              // A build keeps the HTML as a file of its own that the page reads
              // (src/pipeline/note-html-file.ts); the dev server keeps it in the store, whose reload
              // is what shows an edit.
              rendered: watcher
                ? { html: out.html, metadata: { headings, facts } }
                : { html: '', metadata: { headings, facts, htmlFile: writeNoteHtml(config.cacheDir, stored, out.html) } },
            });
          }),
        );
      }
      // the dev server keeps its render threads for the next change (started again only when the
      // link index changes); a build lets them go once every note is rendered
      if (!watcher) await pools.close();
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      // the dev server writes no HTML files, so it leaves the build's alone
      if (!watcher) pruneNoteHtml(config.cacheDir, [...store.values()].map((e) => String(e.digest ?? '')));
      const factsOf = (slug: string) => store.get(slug)?.rendered?.metadata?.facts as NoteFacts | undefined;
      // Same-page links to a place the rendered page does not have and the HTML the sanitizer
      // removed, as `garden check` reports them; from the stored facts, so a build that renders
      // nothing warns about them as well.
      for (const note of result.notes) {
        for (const p of renderedProblems(note, factsOf(note.slug), { htmlAfterRender: true })) {
          problems.push(p);
          logger.warn(formatProblem(p));
        }
      }
      // Backlinks for the pages, from the link index checked above; named by every note's digest
      // (body, links, embeds), so an unchanged vault reuses the stored facts without resolving a link.
      opts.links?.publish(
        generateDigest(`${linksDigest}\n${result.notes.map((n) => store.get(n.slug)?.digest ?? '').join('\n')}`),
        () => linkFacts(result.notes, links),
      );
      if (!watcher) {
        // What the search index's records are made of, for the Pagefind integration, which makes
        // the records and indexes them while pages render; written again only when it changed.
        const inputs = result.notes.map((n) => ({
          slug: n.slug, title: n.title, aliases: n.aliases, tags: n.tags, modified: n.modified,
          text: texts.get(n.slug)?.text ?? '',
        }));
        if (rendered > 0 || texts.size !== keptTexts.size) writeNoteTexts(config.cacheDir, texts);
        const recordsKey = generateDigest(`${rendererDigest}\n${opts.base}\n${JSON.stringify(inputs)}`);
        if (searchRecordsDigest(config.cacheDir) !== recordsKey) {
          writeRecordSources(config.cacheDir, { base: opts.base, notes: inputs }, recordsKey);
        }
        // What the build-done integrations need to know about the notes, so none reads the pages' HTML.
        writeBuildFacts(config.cacheDir, { clientMermaid: result.notes.filter((n) => factsOf(n.slug)?.features?.clientMermaid).map((n) => n.slug) });
      }

      const s = result.stats;
      logger.info(
        `${s.published} notes published (${rendered} rendered, ${s.published - rendered} from cache), ${conversionSummary(s)}, ${s.drafts} drafts, ${s.skipped} skipped; ${countBySeverity(problems).warnings} warnings${summarizeKinds(problems)}`,
      );

      };

      try {
        await sync(false);
      } finally {
        opts.links?.done();
      }
      if (watcher) {
        // only notes whose digest changed are rendered again
        resync = async (path) => {
          const started = performance.now();
          try {
            await sync(true);
            logger.info(`vault re-synced in ${Math.round(performance.now() - started)} ms (${path})`);
          } catch (e) {
            logger.error((e as Error).message);
          }
        };
      }
    },
  };
}

function summarizeKinds(problems: { kind: string; severity: string }[]): string {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.severity === 'warning') counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  if (counts.size === 0) return '';
  return ` (${[...counts].map(([k, n]) => `${k}: ${n}`).join(', ')})`;
}

/** The text of everything that turns a note into HTML (src/markdown, src/lib, src/pipeline, src/i18n), in a stable order. */
function rendererSources(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|json)$/.test(e.name)) files.push(p);
    }
  };
  for (const dir of ['src/markdown', 'src/lib', 'src/pipeline', 'src/i18n']) walk(join(root, dir));
  return files.map((f) => `${relative(root, f)}\n${readFileSync(f, 'utf8')}`).join('\n');
}

/** Published sizes of the vault's images, each read from its file's first 64 KB. */
function imageSizes(root: string, attachments: string[]): Map<string, ImageSize | null> {
  const sizes = new Map<string, ImageSize | null>();
  const head = new Uint8Array(65536);
  for (const file of attachments) {
    if (!IMAGE_FILE.test(file)) continue;
    let size: ImageSize | null;
    try {
      const fd = openSync(join(root, file), 'r');
      const n = readSync(fd, head, 0, head.length, 0);
      closeSync(fd);
      const found = imageSize(head.subarray(0, n));
      size = found ? publishedSize(found) : null;
    } catch {
      size = null;
    }
    sizes.set(file, size);
  }
  return sizes;
}

/** Sizes in bytes of the vault's PDFs (shown on their embed cards). */
function fileSizes(root: string, attachments: string[]): Map<string, number | null> {
  const sizes = new Map<string, number | null>();
  for (const file of attachments) {
    if (!/\.pdf$/i.test(file)) continue;
    try {
      sizes.set(file, statSync(join(root, file)).size);
    } catch {
      sizes.set(file, null);
    }
  }
  return sizes;
}

/**
 * The render pool of the loader, kept while the vault's link facts stay the same (in dev, a changed
 * note renders in threads that are already warm); a change of those facts starts new threads.
 */
function renderPools() {
  let current: { key: string; pool: RenderPool } | null = null;
  return {
    get(key: string, shared: () => RenderShared): RenderPool {
      if (current?.key !== key) {
        void current?.pool.close();
        current = { key, pool: createRenderPool(shared()) };
      }
      return current.pool;
    },
    async close() {
      await current?.pool.close();
      current = null;
    },
  };
}
