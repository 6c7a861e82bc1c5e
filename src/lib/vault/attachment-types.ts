/**
 * Which vault files are published as attachments, by extension: an allowlist. A published file
 * is served from the site's own origin, so a type a browser would run (HTML, XHTML, XML with
 * scripts, JavaScript) is never published as-is; SVG images are published only after sanitizing
 * (src/lib/html/sanitize-svg.ts). Anything not listed is reported and skipped.
 */
const PUBLISHED = new Set([
  // images
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'bmp',
  'ico',
  'tif',
  'tiff',
  'heic',
  'heif',
  // audio
  'mp3',
  'wav',
  'ogg',
  'oga',
  'm4a',
  'flac',
  'aac',
  'opus',
  'weba',
  // video
  'mp4',
  'webm',
  'ogv',
  'mov',
  'm4v',
  // text and documents
  'pdf',
  'txt',
  'csv',
  'tsv',
  'log',
  'json',
  'rtf',
  'epub',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'odp',
  'hwp',
  'hwpx',
  'key',
  'pages',
  'numbers',
  // archives
  'zip',
  '7z',
  'gz',
  'tar',
]);

/** Types a browser runs or renders as a page on the site's origin: never published. */
const ACTIVE = new Set([
  'html',
  'htm',
  'xhtml',
  'xht',
  'xml',
  'js',
  'mjs',
  'cjs',
  'svgz',
  'css',
  'wasm',
  'swf',
  'hta',
  'shtml',
  'php',
  'xsl',
  'xslt',
]);

export type AttachmentPolicy = { publish: 'as-is' } | { publish: 'sanitized-svg' } | { skip: string };

export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function attachmentPolicy(file: string): AttachmentPolicy {
  const ext = extensionOf(file);
  if (ext === 'svg') return { publish: 'sanitized-svg' };
  if (PUBLISHED.has(ext)) return { publish: 'as-is' };
  if (ACTIVE.has(ext)) return { skip: `a .${ext} file, which would run as a page or script on the site` };
  return {
    skip: ext
      ? `a .${ext} file, a type the garden does not publish`
      : 'a file without an extension, a type the garden does not publish',
  };
}

/** Content types the dev server sends for published attachments. */
export const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  bmp: 'image/bmp',
  ico: 'image/x-icon',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  log: 'text/plain; charset=utf-8',
  json: 'application/json',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  opus: 'audio/ogg',
  mp4: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  m4v: 'video/mp4',
  mjs: 'text/javascript',
  js: 'text/javascript',
};
