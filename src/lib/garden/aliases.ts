// The alias glossary (/aliases/), the alias redirect pages (/<alias-slug>/) and the
// collisions `garden check` must report. Nothing is resolved silently: a contested
// URL gets no redirect at all and is listed in `collisions`.
//
// - alias-alias: two or more notes claim aliases with the same slug.
// - alias-slug: an alias's slug is another note's slug (the note page keeps the URL).
// - slug-slug: two or more notes have the same slug.
// - alias-reserved: an alias's slug is a site route (`tags`, `search`, …).
// An alias whose slug is its own note's slug makes no redirect and is no collision;
// an alias whose slug is empty (only punctuation) gets no redirect either.
import { compareInitials, compareKo, koreanInitial } from './collate.ts';
import { aliasSlug, isReservedSlug } from './slug.ts';

export interface AliasNoteInput {
  slug: string;
  title: string;
  aliases: string[];
  /** Vault-relative file path, for reports. */
  file: string;
}

export interface AliasEntry {
  label: string;
  kind: 'title' | 'alias';
  /** Slug of the note the entry points to. */
  slug: string;
}

export interface AliasGroup {
  /** 'ㄱ'…'ㅎ', 'A'…'Z' or '#'. */
  initial: string;
  entries: AliasEntry[];
}

export interface AliasRedirect {
  /** Slug of the redirect page (aliasSlug of the alias). */
  from: string;
  /** Slug of the target note. */
  to: string;
  /** The alias as written (first spelling met). */
  alias: string;
}

export type AliasCollisionKind = 'alias-alias' | 'alias-slug' | 'slug-slug' | 'alias-reserved';

export interface AliasCollision {
  kind: AliasCollisionKind;
  /** The contested slug. */
  key: string;
  /** Files of every note involved (sorted, distinct). */
  files: string[];
  /** The aliases involved, as written (empty for slug-slug). */
  aliases: string[];
}

export interface AliasIndex {
  groups: AliasGroup[];
  redirects: AliasRedirect[];
  collisions: AliasCollision[];
}

function foldLabel(s: string): string {
  return s.normalize('NFC').trim().toLowerCase();
}

function compareEntries(a: AliasEntry, b: AliasEntry): number {
  return (
    compareKo(a.label, b.label) || (a.kind === b.kind ? 0 : a.kind === 'title' ? -1 : 1) || compareKo(a.slug, b.slug)
  );
}

const distinctSorted = (xs: string[]) => [...new Set(xs)].sort(compareKo);

export function buildAliasIndex(notes: AliasNoteInput[]): AliasIndex {
  const entries: AliasEntry[] = [];
  const slugOwners = new Map<string, AliasNoteInput[]>();
  // alias slug → claims (one per note, first spelling)
  const claims = new Map<string, Array<{ note: AliasNoteInput; alias: string }>>();

  for (const note of notes) {
    const owners = slugOwners.get(note.slug);
    if (owners) owners.push(note);
    else slugOwners.set(note.slug, [note]);

    const title =
      String(note.title ?? '')
        .normalize('NFC')
        .trim() || note.slug;
    entries.push({ label: title, kind: 'title', slug: note.slug });
    const seenLabels = new Set([foldLabel(title)]);
    const seenSlugs = new Set<string>();
    for (const raw of note.aliases ?? []) {
      const alias = String(raw ?? '')
        .normalize('NFC')
        .trim();
      if (!alias) continue;
      const folded = foldLabel(alias);
      if (!seenLabels.has(folded)) {
        seenLabels.add(folded);
        entries.push({ label: alias, kind: 'alias', slug: note.slug });
      }
      const key = aliasSlug(alias);
      if (!key || key === note.slug || seenSlugs.has(key)) continue;
      seenSlugs.add(key);
      const list = claims.get(key);
      if (list) list.push({ note, alias });
      else claims.set(key, [{ note, alias }]);
    }
  }

  const collisions: AliasCollision[] = [];
  for (const [key, owners] of slugOwners) {
    if (owners.length > 1) {
      collisions.push({ kind: 'slug-slug', key, files: distinctSorted(owners.map((n) => n.file)), aliases: [] });
    }
  }

  const redirects: AliasRedirect[] = [];
  for (const [key, list] of claims) {
    const owners = slugOwners.get(key);
    const aliases = distinctSorted(list.map((c) => c.alias));
    const claimFiles = list.map((c) => c.note.file);
    if (owners) {
      collisions.push({
        kind: 'alias-slug',
        key,
        files: distinctSorted([...owners.map((n) => n.file), ...claimFiles]),
        aliases,
      });
    } else if (isReservedSlug(key)) {
      collisions.push({ kind: 'alias-reserved', key, files: distinctSorted(claimFiles), aliases });
    } else if (list.length > 1) {
      collisions.push({ kind: 'alias-alias', key, files: distinctSorted(claimFiles), aliases });
    } else {
      redirects.push({ from: key, to: list[0].note.slug, alias: list[0].alias });
    }
  }

  const byInitial = new Map<string, AliasEntry[]>();
  for (const e of entries) {
    const initial = koreanInitial(e.label);
    const list = byInitial.get(initial);
    if (list) list.push(e);
    else byInitial.set(initial, [e]);
  }
  const groups: AliasGroup[] = [...byInitial.entries()]
    .sort((a, b) => compareInitials(a[0], b[0]))
    .map(([initial, list]) => ({ initial, entries: list.sort(compareEntries) }));

  redirects.sort((a, b) => compareKo(a.from, b.from));
  const kindOrder: AliasCollisionKind[] = ['slug-slug', 'alias-slug', 'alias-reserved', 'alias-alias'];
  collisions.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || compareKo(a.key, b.key));
  return { groups, redirects, collisions };
}
