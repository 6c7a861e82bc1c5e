// FNV-1a over UTF-16 code units: a small, stable, non-cryptographic hash that gives the same value in
// Node and in browsers (diagram element ids, preview chunk numbers).

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
