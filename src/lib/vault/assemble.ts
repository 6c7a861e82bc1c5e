import { decodeNote } from '../encoding/decode-note.ts';
import { parseFrontmatter } from '../frontmatter/validate.ts';
import { noteSlug } from '../garden/slug.ts';
import { extractInlineTags, normalizeTag } from '../garden/tags.ts';
import type { Note, VaultFile, VaultResult } from '../notes/note.ts';
import { readingMinutes } from '../notes/reading-time.ts';
import { noteTitle } from '../notes/title.ts';
import type { Problem } from '../report/problem.ts';
import { checkBody } from './check-body.ts';
import { repairVaultTexts, type DecodedText } from './repair.ts';

export const NOTE_EXTENSIONS = /\.(md|markdown)$/i;
const LARGE_NOTE_BYTES = 2 * 1024 * 1024;

/**
 * From the files of a vault to its notes and every problem found, in one pass.
 * Pure: the caller reads the files (src/vault/read-vault.ts) and decides what to do with errors.
 * Rules: see README "Bad notes". Nothing is dropped without a problem saying so.
 */
export function assembleVault(files: VaultFile[]): VaultResult {
  const problems: Problem[] = [];
  const attachments: string[] = [];
  const decoded: DecodedText[] = [];
  let skipped = 0;

  for (const f of files) {
    if (!NOTE_EXTENSIONS.test(f.file)) {
      attachments.push(f.file);
      continue;
    }
    const d = decodeNote(f.bytes);
    if (d.binary) {
      skipped++;
      problems.push({
        file: f.file, line: 1, column: 1, severity: 'warning', kind: 'binary-file',
        message: `expected a text note, found binary data (${f.bytes.length} bytes); the file is not published`,
        hint: 'rename it without the .md extension to publish it as an attachment',
      });
      continue;
    }
    for (const n of d.notes) {
      problems.push({ file: f.file, severity: 'warning', kind: 'encoding', message: n });
    }
    decoded.push({ file: f.file, text: d.text, encoding: d.encoding, source: f });
  }

  const repaired = repairVaultTexts(decoded);
  const notes: Note[] = [];
  let drafts = 0;
  for (const r of repaired) {
    const { file, text, source } = r;
    if (r.repair) {
      problems.push({
        file, severity: 'warning', kind: 'mojibake-repaired',
        message: `text was broken by a ${r.repair.codepage} round trip and has been recovered (${r.repair.reconstructed} of ${r.repair.hangulSyllables} Hangul syllables reconstructed by inference, confidence ${(r.repair.confidence * 100).toFixed(0)}%)`,
        hint: `run \`npm run -s garden -- repair ${file} --write\` to save the recovered text`,
      });
    }
    if (text.trim() === '') {
      problems.push({
        file, line: 1, column: 1, severity: 'warning', kind: 'empty-note',
        message: 'expected some text, found an empty note; it is published with its file name as title',
        hint: 'write something or delete the file',
      });
    }
    if (source.bytes.length > LARGE_NOTE_BYTES) {
      problems.push({
        file, severity: 'warning', kind: 'large-note',
        message: `note is ${(source.bytes.length / 1048576).toFixed(1)} MB; it is published but makes a slow page`,
        hint: 'split it into several notes',
      });
    }
    const fm = parseFrontmatter(text, file);
    problems.push(...fm.problems);
    const data = fm.data;
    if (data.draft === true || data.publish === false) {
      drafts++;
      continue;
    }
    const { title } = noteTitle({ body: fm.body, frontmatterTitle: data.title, fileName: file });

    const tagProblems: string[] = [];
    const tags: string[] = [];
    const seenTags = new Set<string>();
    for (const raw of [...(data.tags ?? []), ...extractInlineTags(fm.body)]) {
      const t = normalizeTag(raw);
      if (!t.key) {
        problems.push({ file, severity: 'warning', kind: 'tag', field: 'tags', message: `tag "${raw}" has no letters and is ignored`, hint: 'tags need at least one letter, e.g. `#aws`' });
        continue;
      }
      if (t.reason && data.tags?.includes(raw)) tagProblems.push(`"${raw}" → "${t.key}" (${t.reason})`);
      if (seenTags.has(t.key)) continue;
      seenTags.add(t.key);
      tags.push(t.display);
    }
    if (tagProblems.length) {
      problems.push({ file, severity: 'warning', kind: 'tag-normalized', field: 'tags', message: `tags normalized: ${tagProblems.join('; ')}`, hint: 'write tags in lowercase with `-` for spaces and no leading `#` in front matter' });
    }

    const dateSource: Note['dateSource'] = data.created || data.modified ? 'frontmatter' : source.git ? 'git' : 'file';
    const created = data.created ?? source.git?.created ?? data.modified ?? source.birthtime;
    const modified = data.modified ?? source.git?.modified ?? data.created ?? source.mtime;
    const known = new Set(['title', 'created', 'modified', 'tags', 'aliases', 'description', 'draft', 'publish']);
    const extra = Object.fromEntries(Object.entries(fm.raw).filter(([k]) => !known.has(k)));

    problems.push(...checkBody(fm.body, file, fm.bodyStartLine));
    notes.push({
      file,
      slug: noteSlug({ title: data.title, fileName: file }),
      title,
      id: data.title,
      description: data.description,
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
    });
  }

  disambiguateSlugs(notes, problems);
  return {
    notes,
    attachments,
    problems,
    stats: { files: files.length, published: notes.length, drafts, repaired: repaired.filter((r) => r.repair).length, skipped },
  };
}

/** Two notes with one slug: both are published, the later file gets `-2`, `-3`…, and a warning names both files. */
function disambiguateSlugs(notes: Note[], problems: Problem[]): void {
  const byslug = new Map<string, Note>();
  const sorted = [...notes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const n of sorted) {
    const first = byslug.get(n.slug);
    if (!first) {
      byslug.set(n.slug, n);
      continue;
    }
    let i = 2;
    while (byslug.has(`${n.slug}-${i}`)) i++;
    const next = `${n.slug}-${i}`;
    problems.push({
      file: n.file, line: 1, column: 1, severity: 'warning', kind: 'slug-collision',
      message: `slug "${n.slug}" is already used by ${first.file}; this note is published at /${next}/`,
      hint: `give one of ${first.file} and ${n.file} another front matter title`,
    });
    n.slug = next;
    byslug.set(next, n);
  }
}
