// Korean message catalogs (.mo) of installed Debian packages: translated UI and diagnostic
// strings of command-line tools and libraries. Some train the base model
// (bench/build-base-model.ts), the others are held out to measure it (bench/repair-held-out.ts);
// the two lists never share a catalog. Only pruned counts are shipped, never the text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALE_DIR = '/usr/share/locale/ko/LC_MESSAGES';

/** Held out: never read by the model build. [path, licence]. */
export const HELD_OUT_CATALOGS: [string, string][] = [
  [`${LOCALE_DIR}/grep.mo`, 'GPL-3+'],
  [`${LOCALE_DIR}/sed.mo`, 'GPL-3+'],
  [`${LOCALE_DIR}/make.mo`, 'GPL-3+'],
  [`${LOCALE_DIR}/libc.mo`, 'LGPL-2.1+'],
  [`${LOCALE_DIR}/libapt-pkg6.0.mo`, 'GPL-2+'],
  [`${LOCALE_DIR}/glib20.mo`, 'LGPL-2.1+'],
  [`${LOCALE_DIR}/gstreamer-1.0.mo`, 'LGPL-2+'],
  ['/usr/share/vim/vim90/lang/ko/LC_MESSAGES/vim.mo', 'Vim licence (GPL-compatible)'],
];

/**
 * Training catalogs: every other Korean catalog in LOCALE_DIR. Their packages' licences are
 * GPL-2+/GPL-3+/LGPL (coreutils, bash, git, tar, wget, dpkg, apt, gettext, procps, shadow, systemd,
 * gtk, …), the PostgreSQL licence (postgres-15, psql-15, pg_*), MIT/X11 (xkeyboard-config) and
 * GPL (iso-codes); see /usr/share/doc/PACKAGE/copyright.
 */
export function trainingCatalogs(): string[] {
  if (!existsSync(LOCALE_DIR)) return [];
  const held = new Set(HELD_OUT_CATALOGS.map(([p]) => p));
  return readdirSync(LOCALE_DIR)
    .filter((f) => f.endsWith('.mo'))
    .sort()
    .map((f) => join(LOCALE_DIR, f))
    .filter((p) => !held.has(p));
}

/** The translated strings of a GNU .mo catalog that hold Hangul (little- or big-endian). */
export function moStrings(path: string): string[] {
  const b = readFileSync(path);
  const le = b.readUInt32LE(0) === 0x950412de;
  const u32 = (o: number) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const n = u32(8);
  const table = u32(16);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = u32(table + i * 8);
    const off = u32(table + i * 8 + 4);
    for (const part of b
      .subarray(off, off + len)
      .toString('utf8')
      .split('\0'))
      if (/[\uac00-\ud7a3]/.test(part)) out.push(part);
  }
  return out;
}
