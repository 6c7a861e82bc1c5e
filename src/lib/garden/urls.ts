// URLs of the garden's own pages and files, base path included (pure; the site
// passes import.meta.env.BASE_URL, the Markdown renderer its context's base).
//
// Attachments (the vault's non-Markdown files) are published under
// `<base>_attachments/<vault path>`: a note slug never starts with `_`
// (slugify turns `_` into `-` and trims it), so no note can shadow them.

export const ATTACHMENT_DIR = '_attachments';

function withSlash(base: string): string {
  return String(base || '/').replace(/\/?$/, '/');
}

const encodePath = (p: string) =>
  p
    .split('/')
    .filter((s) => s !== '')
    .map(encodeURIComponent)
    .join('/');

/** `<base><slug>/` with each segment percent-encoded, plus `#anchor` when given. */
export function noteUrl(base: string, slug: string, anchor?: string): string {
  const path = encodePath(slug);
  return `${withSlash(base)}${path ? `${path}/` : ''}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

export function tagUrl(base: string, tagSlug: string): string {
  return `${withSlash(base)}tags/${encodePath(tagSlug)}/`;
}

/** URL of a published attachment, from its vault-relative path. */
export function attachmentUrl(base: string, file: string): string {
  return `${withSlash(base)}${ATTACHMENT_DIR}/${encodePath(String(file).normalize('NFC'))}`;
}

const IMAGE_EXT = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

export function isImageFile(file: string): boolean {
  return IMAGE_EXT.test(file);
}

/** `rel` (`../img/a.png`) joined onto a vault folder (`notes/aws`, or '' for the root); null when it leaves the vault. */
export function joinRelative(fromDir: string, rel: string): string | null {
  const out = fromDir ? fromDir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** A vault-relative path from a relative href written in `fromFile` (`../img/a.png`), or null when it leaves the vault. */
export function resolveRelativePath(fromFile: string, href: string): string | null {
  const fromDir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
  const rel = href.replace(/\\/g, '/');
  const joined = joinRelative(rel.startsWith('/') ? '' : fromDir, rel);
  return joined ? joined.normalize('NFC') : null;
}
