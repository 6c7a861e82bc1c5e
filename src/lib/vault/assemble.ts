// Bad notes: errors and warnings
// ===============================
// (The same table, for readers of the docs: README.md ("Bad notes").)
//
// Every problem is printed as `path:line:col: error|warning: [field: ]message — hint`
// (src/lib/report/problem.ts), by `garden check [DIR] [--json]` and by the build.
// Lines and columns are those of the file as written (front matter included), 1-based;
// a problem about the whole file points at 1:1.
//
// ERROR: the build fails, after listing every error of the vault at once (no stack trace);
// `garden check` exits 1. Only front matter is an error: a note whose metadata cannot be read
// would publish with a wrong title, date, tags or URL, silently, so the author must decide.
//   frontmatter-yaml      invalid YAML: unclosed quote or `[`, tab indentation, a second `: `,
//                         text after a closing quote, duplicate key, a list or text instead of
//                         `key: value` lines. Reported where the cause is (the quote, the tab).
//   frontmatter-unclosed  the first line is `---` and no closing `---` follows.
//   frontmatter-type      a known field with the wrong type: `tags: 42`, `created: yesterday`,
//                         `aliases: {a: 1}`, `draft: maybe`… (field, expected, found, hint).
//
// WARNING: the note is published (or, for binary files, skipped and counted), the problem is
// reported, the build succeeds and ends with `N notes published, C decoded from CP949,
// R repaired, D drafts, S skipped; W warnings (kind: n, …)`. Nothing is dropped without one of these lines.
//   binary-file           a `.md` file that is not text: skipped (not published), counted.
//   encoding              text decoded by a guess or with damage (CP949/EUC-KR, UTF-16 without
//                         BOM, invalid UTF-8 replaced): published, "save it as UTF-8".
//                         UTF-8 with or without BOM, UTF-16 with BOM, CRLF and NFD text are
//                         simply decoded (LF, NFC): no message.
//   mojibake-repaired     text broken by a CP1252/CP1253 round trip, recovered (src/lib/encoding).
//   empty-note            an empty or whitespace-only file, or front matter with no body:
//                         published, titled by its file name.
//   large-note            over 2 MB or over 10,000 lines (a 5 MB clipping, a 20,000-item list):
//                         published; the page is slow to open.
//   slug-collision        two notes with one URL: both published, the later file (path order)
//                         gets `-2`, `-3`…; the message names both files.
//   file-name-case        two files whose names differ only in case (or only in Unicode
//                         normalization): they clash on macOS/Windows checkouts; both published.
//   tag-normalized        a front matter tag with spaces, capitals, a leading `#` (or not NFC):
//                         published normalized (`My Tag` → `my-tag`), reported at the tag.
//                         Hangul tags stay Hangul. Inline `#Tags` are matched case-insensitively
//                         as in Obsidian, without a message.
//   tag                   a tag with no letter (`2024`): ignored.
//   unclosed-fence        a top-level ``` or ~~~ never closed: the rest renders as code.
//   unsafe-html           what the sanitizer removes when publishing (src/lib/html/sanitize-tree.ts,
//                         the same pass that makes the page): <script>, <style>, <form>, inline
//                         <svg>/<math>, style= and on*= attributes, URLs other than http(s)/mailto/
//                         relative (`java&#x09;script:` too), iframes not from YouTube/Vimeo.
//                         At most 20 per note; a note with over 5,000 tags gets one line instead.
//   attachment-skipped    a file of a type that is not published (.html, .js, .xml, unknown):
//                         it would run on the site's origin. SVG images are sanitized.
//   hidden-file, symlink, unreadable, special-file, folder-named-like-note: from reading the
//                         vault (src/vault/read-vault.ts): dot-named files, symlinks outside
//                         the vault or in loops, EACCES: skipped, never read, never a crash.
//   deep-nesting          lists or quotes nested over 32 deep (`- - - - …`, `>>>>…`, indented
//                         5,000 levels), or an MDX note's elements over 32 deep: published, the
//                         deeper levels shown as text.
//   note-failed           one stage of one note (decoding, front matter, …) threw: that note is
//                         skipped with the reason; every other note is published.
//   excalidraw            an Excalidraw drawing note (`excalidraw-plugin` in front matter, or
//                         `Name.excalidraw.md`) is never published as text: its exported
//                         `Name.excalidraw.svg`/`.png` next to it is shown instead; without one the
//                         note is skipped, counted, and reported.
//   mdx-syntax            an `.mdx` note that is not valid MDX (or nests tags over 256 deep, which
//                         the parser would take minutes on): reported where the parser stopped;
//                         published as plain text with a notice (src/lib/vault/check-mdx.ts).
//   mdx-unsupported       `import`/`export`, `{expressions}`, non-literal attributes: never run
//                         (left out, or shown as written).
//   mdx-component         an unknown component, a component inside a paragraph, a `<Flow>` with
//                         no drawable diagram, a `<Quiz>` that is no question: shown as text.
//   alias-collision, unresolved-link, ambiguous-name: vault-wide, src/lib/vault/check-links.ts.
//
// NOT A PROBLEM (no message): Obsidian comments `%% … %%` (removed before anything reads the note);
// a note without front matter or with empty front matter (title from
// the first heading, dates from git or the file); file names with spaces, Hangul or NFD Hangul
// (read as NFC; the URL is the slug: `한글 노트.md` → `/한글-노트/`); drafts (`draft: true`,
// `publish: false`: counted as drafts, not published).
import { decodeNote } from '../encoding/decode-note.ts';
import { countLines } from '../frontmatter/split.ts';
import { parseFrontmatter } from '../frontmatter/validate.ts';
import { excerptOf } from '../garden/preview.ts';
import { noteSlug } from '../garden/slug.ts';
import { extractInlineTags, normalizeTag } from '../garden/tags.ts';
import { isMdxNote, isNoteFile } from '../notes/note-file.ts';
import { checkMdx } from './check-mdx.ts';
import { encodingLabel, type Note, type VaultFile, type VaultResult } from '../notes/note.ts';
import { readingMinutes } from '../notes/reading-time.ts';
import { noteTitle } from '../notes/title.ts';
import type { Problem } from '../report/problem.ts';
import { stripComments } from '../obsidian/comments.ts';
import { drawingBody, drawingName, exportedDrawing, isExcalidrawNote } from '../obsidian/excalidraw.ts';
import { attachmentPolicy } from './attachment-types.ts';
import { checkBody } from './check-body.ts';
import { repairVaultTexts, type DecodedText, type RepairedText } from './repair.ts';
import { limitNesting, MAX_NESTING } from './limit-nesting.ts';

export const LARGE_NOTE_BYTES = 2 * 1024 * 1024;
export const LARGE_NOTE_LINES = 10_000;
/** Decoder remarks that are not problems: the text was simply normalized. */
const ROUTINE_DECODING = /^(line endings converted to LF|normalized to Unicode NFC)$/;

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * From the files of a vault to its notes and every problem found, in one pass.
 * Pure: the caller reads the files (src/vault/read-vault.ts) and decides what to do with errors.
 * Rules: "Bad notes: errors and warnings" above. Nothing is dropped without a problem saying so.
 * `htmlAfterRender`: the caller renders every Markdown note and reports what the sanitizer removes
 * from the render's own findings (unsafeHtmlProblems), so the notes are not parsed for it here.
 */
export function assembleVault(
  files: VaultFile[],
  opts: { htmlAfterRender?: boolean; cache?: AssembleCache } = {},
): VaultResult {
  const problems: Problem[] = [];
  const attachments: string[] = [];
  const decoded: DecodedText[] = [];
  const decodedFrom = new Map<string, string>();
  let skipped = 0;

  checkFileNames(files, problems);
  for (const f of files) {
    if (!isNoteFile(f.file)) {
      const policy = attachmentPolicy(f.file);
      if ('skip' in policy) {
        skipped++;
        problems.push({
          file: f.file,
          line: 1,
          column: 1,
          severity: 'warning',
          kind: 'attachment-skipped',
          message: `expected an image, audio, video, PDF, text or document file, found ${policy.skip}; it is not published`,
          hint: 'link to the original on the web, or convert it (a PDF, an image) to publish it',
        });
        continue;
      }
      attachments.push(f.file);
      continue;
    }
    let d: ReturnType<typeof decodeNote>;
    try {
      d = decodeNote(f.bytes);
    } catch (err) {
      skipped++;
      problems.push(stageFailed(f.file, 'decoding', err));
      continue;
    }
    if (d.binary) {
      skipped++;
      problems.push({
        file: f.file,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'binary-file',
        message: `expected a text note, found binary data (${thousands(f.bytes.length)} bytes, ${d.notes.join('; ') || 'not text'}); the file is skipped, not published`,
        hint: 'rename it without the .md extension to publish it as an attachment',
      });
      continue;
    }
    const remarks = d.notes.filter((n) => !ROUTINE_DECODING.test(n));
    if (remarks.length) {
      problems.push({
        file: f.file,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'encoding',
        message: `expected UTF-8, found ${d.encoding === 'euc-kr' ? 'CP949/EUC-KR' : d.encoding === 'utf-8' ? 'invalid UTF-8' : d.encoding.toUpperCase()} (${remarks.join('; ')}); the decoded text is published`,
        hint: 'save the file as UTF-8',
      });
      // Counted as decoded: text read from another encoding by a guess (CP949, UTF-16 without BOM).
      if (d.encoding !== 'utf-8') decodedFrom.set(f.file, encodingLabel(d.encoding));
    }
    decoded.push({ file: f.file, text: d.text, encoding: d.encoding, source: f });
  }

  let repaired: RepairedText[];
  try {
    repaired = repairVaultTexts(decoded);
  } catch (err) {
    // Repair is an improvement, never a condition: every note is published as decoded.
    problems.push(
      stageFailed(decoded[0]?.file ?? '.', 'mojibake repair (for the whole vault)', err, 'published as decoded'),
    );
    repaired = decoded;
  }
  const attachmentSet = new Set(attachments);
  const notes: Note[] = [];
  const titleLines = new Map<Note, number>();
  let drafts = 0;
  let repairedCount = 0;
  const decodedBy: Record<string, number> = {};
  const cache = opts.cache;
  const kept: AssembleCache | undefined = cache ? new Map() : undefined;
  for (const r of repaired) {
    const key = cache ? cacheKey(r, opts) : null;
    const hit = key !== null ? cache?.get(r.file) : undefined;
    const outcome = hit && hit.key === key && hit.text === r.text ? hit.outcome : assembleNote(r, attachmentSet, opts);
    if (kept && key !== null && !outcome.uncached) kept.set(r.file, { key, text: r.text, outcome });
    problems.push(...outcome.problems);
    if (outcome.skipped) skipped++;
    else if (outcome.draft) drafts++;
    else if (outcome.note) {
      // a copy: slugs are made unique below, on this assembly's notes only
      const note = { ...outcome.note };
      if (outcome.titleLine !== undefined) titleLines.set(note, outcome.titleLine);
      notes.push(note);
      const label = decodedFrom.get(r.file);
      if (label) decodedBy[label] = (decodedBy[label] ?? 0) + 1;
      if (r.repair) repairedCount++;
    }
  }
  if (cache && kept) {
    cache.clear();
    for (const [k, v] of kept) cache.set(k, v);
  }

  disambiguateSlugs(notes, problems, titleLines);
  return {
    notes,
    attachments,
    problems,
    stats: {
      files: files.length,
      published: notes.length,
      drafts,
      decoded: decodedBy,
      repaired: repairedCount,
      skipped,
    },
  };
}

/** What one note's text comes to: the note (or why it is not published) and its problems. */
interface NoteOutcome {
  problems: Problem[];
  note?: Note;
  titleLine?: number;
  draft?: true;
  skipped?: true;
  /** Depends on more than the note's own file (an Excalidraw drawing's exported image). */
  uncached?: boolean;
}

/**
 * Outcomes of an earlier assembly of the same vault, by file: a file whose text, encoding and
 * dates are unchanged (and that needed no repair) is not read again. The dev server keeps one
 * across re-syncs, so an edit re-reads only the edited note.
 */
export type AssembleCache = Map<string, { key: string; text: string; outcome: NoteOutcome }>;

function cacheKey(r: RepairedText, opts: { htmlAfterRender?: boolean }): string | null {
  if (r.repair) return null;
  const { source } = r;
  return [
    r.encoding,
    source.mtime.getTime(),
    source.birthtime.getTime(),
    source.git?.created.getTime() ?? '',
    source.git?.modified.getTime() ?? '',
    opts.htmlAfterRender ? 'after-render' : '',
  ].join('\u0000');
}

/** Front matter, comments, nesting, title, tags, dates and body checks of one decoded note. */
function assembleNote(r: RepairedText, attachmentSet: Set<string>, opts: { htmlAfterRender?: boolean }): NoteOutcome {
  const problems: Problem[] = [];
  const { file, text, source } = r;
  let stage = 'front matter';
  let uncached = false;
  try {
    if (r.repair) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'mojibake-repaired',
        message: `text was broken by a ${r.repair.codepage} round trip and has been recovered (${r.repair.reconstructed} of ${r.repair.hangulSyllables} Hangul syllables reconstructed by inference, confidence ${(r.repair.confidence * 100).toFixed(0)}%)`,
        hint: `run \`npm run -s garden -- repair ${file} --write\` to save the recovered text`,
      });
    }
    const lines = countLines(text);
    if (source.bytes.length > LARGE_NOTE_BYTES || lines > LARGE_NOTE_LINES) {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'large-note',
        message: `expected a note under ${LARGE_NOTE_BYTES / 1048576} MB and ${thousands(LARGE_NOTE_LINES)} lines, found ${(source.bytes.length / 1048576).toFixed(1)} MB in ${thousands(lines)} lines; it is published, but its page is slow to build and to open`,
        hint: 'split it into several notes linked with [[wiki links]]',
      });
    }
    const fm = parseFrontmatter(text, file);
    problems.push(...fm.problems);
    if (fm.skip) return { problems, skipped: true };
    // Comments are private (visible only while editing in Obsidian): blanked before the title,
    // tags, checks, search text, previews, backlinks, quiz and RSS read the body; lines stay put.
    fm.body = stripComments(fm.body);
    stage = 'the nesting limit';
    const nested = limitNesting(fm.body);
    if (nested.lines.length > 0) {
      const more = nested.lines.length - 1;
      problems.push({
        file,
        line: fm.bodyStartLine + nested.lines[0] - 1,
        column: 1,
        severity: 'warning',
        kind: 'deep-nesting',
        message: `expected lists and quotes nested at most ${MAX_NESTING} deep, found ${thousands(nested.firstDepth)} levels${more ? ` (and ${thousands(more)} more deep lines)` : ''}; the deeper levels are shown as text`,
        hint: 'flatten the list or quote (Obsidian shows only a few levels)',
      });
      fm.body = nested.text;
    }
    stage = 'its text (title, tags, HTML check)';
    const data = fm.data;
    if (data.draft === true || data.publish === false) return { problems, draft: true };
    if (isExcalidrawNote(file, fm.raw)) {
      const image = exportedDrawing(file, attachmentSet);
      if (image === null) {
        problems.push({
          file,
          line: 1,
          column: 1,
          severity: 'warning',
          kind: 'excalidraw',
          message: `expected an exported image of this Excalidraw drawing (${drawingName(file)}.excalidraw.svg or .png next to it), found none; the drawing is skipped, not published`,
          hint: 'turn on "Auto-export SVG" in the Excalidraw plugin settings (or export the drawing as SVG/PNG next to the note)',
        });
        return { problems, skipped: true, uncached: true };
      }
      uncached = true;
      fm.body = drawingBody(file, image);
    }
    if (text.trim() === '') {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'empty-note',
        message: `expected some text, found ${text === '' ? 'an empty file' : 'only whitespace'}; it is published with its file name as title`,
        hint: 'write something or delete the file',
      });
    } else if (fm.body.trim() === '' && !fm.problems.some((p) => p.kind === 'frontmatter-unclosed')) {
      problems.push({
        file,
        line: fm.bodyStartLine,
        column: 1,
        severity: 'warning',
        kind: 'empty-note',
        message: 'expected text after the front matter, found none; the page shows only the title',
        hint: 'write something below the closing `---`',
      });
    }
    const { title } = noteTitle({ body: fm.body, frontmatterTitle: data.title, fileName: file });
    const at = (key: string) => fm.keyLine(key);

    const tags: string[] = [];
    const seenTags = new Set<string>();
    const fromFrontmatter = new Set(data.tags ?? []);
    const tagPosition = tagLocator(fm.yaml, fm.yamlStartLine);
    for (const raw of [...(data.tags ?? []), ...extractInlineTags(fm.body)]) {
      const t = normalizeTag(raw);
      const inFrontmatter = fromFrontmatter.has(raw);
      if (!t.key) {
        problems.push({
          file,
          ...(inFrontmatter ? tagPosition(raw) : { line: 1, column: 1 }),
          severity: 'warning',
          kind: 'tag',
          field: 'tags',
          message: `expected a tag with a letter, found "${raw}"; it is ignored`,
          hint: 'tags need at least one letter, e.g. `#aws` or `#2024-회고`',
        });
        continue;
      }
      if (t.reason && inFrontmatter) {
        problems.push({
          file,
          ...tagPosition(raw),
          severity: 'warning',
          kind: 'tag-normalized',
          field: 'tags',
          message: `tag "${raw}" is normalized to "${t.key}" (${t.reason})`,
          hint: 'write tags in lowercase, with `-` for spaces and no leading `#` in front matter',
        });
      }
      if (seenTags.has(t.key)) continue;
      seenTags.add(t.key);
      tags.push(t.display);
    }

    const dateSource: Note['dateSource'] = data.created || data.modified ? 'frontmatter' : source.git ? 'git' : 'file';
    // a copied or checked-out file is born now but keeps its old modification time: it was
    // written no later than it was last modified
    const fileCreated = source.birthtime <= source.mtime ? source.birthtime : source.mtime;
    const created = data.created ?? source.git?.created ?? data.modified ?? fileCreated;
    const modified = data.modified ?? source.git?.modified ?? data.created ?? source.mtime;
    const known = new Set(['title', 'created', 'modified', 'tags', 'aliases', 'description', 'draft', 'publish']);
    const extra = Object.fromEntries(Object.entries(fm.raw).filter(([k]) => !known.has(k)));

    if (isMdxNote(file)) {
      stage = 'its MDX check';
      const mdx = checkMdx(fm.body, file, fm.bodyStartLine);
      problems.push(...mdx.problems, ...checkBody(fm.body, file, fm.bodyStartLine, mdx.html));
    } else
      problems.push(...checkBody(fm.body, file, fm.bodyStartLine, opts.htmlAfterRender ? 'after-render' : undefined));
    const note: Note = {
      file,
      slug: noteSlug({ title: data.title, displayTitle: title, fileName: file }),
      title,
      frontmatterTitle: data.title,
      description: data.description,
      summary: data.description?.trim() || excerptOf(fm.body),
      created,
      modified,
      dateSource,
      tags,
      aliases: [...new Set(data.aliases ?? [])],
      draft: false,
      body: fm.body,
      bodyStartLine: fm.bodyStartLine,
      hasFrontmatter: fm.hasFrontmatter,
      extra,
      encoding: r.encoding,
      repair: r.repair,
      readingMinutes: readingMinutes(fm.body),
    };
    const titleLine = data.title !== undefined ? at('title') : undefined;
    return { problems, note, titleLine, uncached };
  } catch (err) {
    // One note never takes the vault down: it is skipped with the reason, every other note is published.
    problems.push(stageFailed(file, stage, err));
    return { problems, skipped: true };
  }
}

/** An exception in one stage of one note, as that note's problem (the message bounded, no stack). */
function stageFailed(
  file: string,
  stage: string,
  err: unknown,
  outcome = 'the note is skipped, not published',
): Problem {
  const what = String((err as Error)?.message ?? err)
    .split('\n')[0]
    .slice(0, 120);
  return {
    file,
    line: 1,
    column: 1,
    severity: 'warning',
    kind: 'note-failed',
    message: `expected the note to go through ${stage}, found an error (${(err as Error)?.name ?? 'Error'}: ${what}); ${outcome}`,
    hint: 'simplify the note (split it, flatten deep lists), and report the note if it is ordinary Markdown',
  };
}

/**
 * Finds front matter tags as written (inside the `tags:` block), in YAML order: each search starts
 * where the previous tag was found, so a note with 20,000 tags is not searched 20,000 times over.
 * Falls back to the `tags:` line.
 */
function tagLocator(yaml: string | null, yamlStartLine: number): (raw: string) => { line: number; column: number } {
  if (yaml === null) return () => ({ line: 1, column: 1 });
  let lines: string[] | null = null;
  let start = -1;
  let end = -1;
  let cursor = { line: 0, col: 0 };
  const find = (raw: string, from: { line: number; col: number }) => {
    for (let i = from.line; i < end; i++) {
      const col = lines![i].indexOf(raw, i === from.line ? from.col : i === start ? lines![i].indexOf(':') + 1 : 0);
      if (col >= 0) return { line: i, col };
    }
    return null;
  };
  return (raw) => {
    if (lines === null) {
      lines = yaml.split('\n');
      start = lines.findIndex((l) => /^tags\s*:/.test(l));
      end = start + 1;
      while (end < lines.length && !/^[^\s#-]/.test(lines[end])) end++; // up to the next top-level key
      cursor = { line: start, col: start >= 0 ? lines[start].indexOf(':') + 1 : 0 };
    }
    if (start < 0) return { line: yamlStartLine, column: 1 };
    const hit = find(raw, cursor) ?? find(raw, { line: start, col: lines[start].indexOf(':') + 1 });
    if (!hit) return { line: yamlStartLine + start, column: 1 };
    cursor = { line: hit.line, col: hit.col + raw.length };
    return { line: yamlStartLine + hit.line, column: hit.col + 1 };
  };
}

/**
 * Files whose names differ only in case or in Unicode normalization (`Note.md`, `note.md`): both
 * are read and published here, but they clash on case-insensitive file systems. The warning goes
 * on the second file (path order; for an NFC/NFD pair, on the NFD one) and names both.
 */
function checkFileNames(files: VaultFile[], problems: Problem[]): void {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const key = f.file.normalize('NFC').toLowerCase();
    const g = groups.get(key);
    if (g) g.push(f.file);
    else groups.set(key, [f.file]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const first = g.find((name) => name === name.normalize('NFC')) ?? g[0];
    for (const name of g) {
      if (name === first) continue;
      const nfd = name.normalize('NFC') === first.normalize('NFC');
      problems.push({
        file: name,
        line: 1,
        column: 1,
        severity: 'warning',
        kind: 'file-name-case',
        message: nfd
          ? `file name is ${first} written in NFD (decomposed Hangul, as macOS writes names) and ${first} also exists in NFC: both are published, but the two files are one on macOS`
          : `file name differs from ${first} only in case: both are published, but the two files clash when the vault is copied to macOS or Windows`,
        hint: nfd ? 'keep one of the two files (this one is the NFD copy)' : `rename ${name} or ${first}`,
      });
    }
  }
}

/** Two notes with one slug: both are published, the later file gets `-2`, `-3`…, and a warning names both files. */
function disambiguateSlugs(notes: Note[], problems: Problem[], titleLines: Map<Note, number>): void {
  const byslug = new Map<string, Note>();
  // Path order (NFC, so an NFD copy comes after the NFC file it duplicates).
  const order = (n: Note) => n.file.normalize('NFC') + (n.file === n.file.normalize('NFC') ? '' : '\u0000');
  const sorted = [...notes].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  for (const n of sorted) {
    const first = byslug.get(n.slug);
    if (!first) {
      byslug.set(n.slug, n);
      continue;
    }
    let i = 2;
    while (byslug.has(`${n.slug}-${i}`)) i++;
    const next = `${n.slug}-${i}`;
    const line = titleLines.get(n);
    problems.push({
      file: n.file,
      line: line ?? 1,
      column: 1,
      severity: 'warning',
      kind: 'slug-collision',
      ...(line !== undefined ? { field: 'title' } : {}),
      message: `expected a URL of its own, found /${n.slug}/ already used by ${first.file}; ${n.file} is published at /${next}/`,
      hint: `give ${first.file} or ${n.file} another front matter title (or file name)`,
    });
    n.slug = next;
    byslug.set(next, n);
  }
}
