/** The query as sent to Pagefind. Replaced by the shared Korean module (src/lib/korean) when it lands. */
export function normalizeForPagefind(query: string): string {
  return query.normalize('NFC').trim();
}
