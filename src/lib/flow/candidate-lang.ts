/** Fence info-string languages whose content may be an ASCII flow. */
const FLOW_LANGS = new Set(['', 'text', 'txt', 'ascii', 'diagram', 'flow', 'plaintext', 'plain']);

/** True for a fence with no language or a text-like one; any code language is never a flow. */
export function isFlowCandidateLang(lang: string | null | undefined): boolean {
  if (lang == null) return true;
  const first = lang.trim().split(/[\s{]/)[0] ?? '';
  return FLOW_LANGS.has(first.toLowerCase());
}
