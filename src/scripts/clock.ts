// The one clock of the study pages. Tests simulate days by setting, in this order of precedence,
// `globalThis.__gardenNow`, a `?now=` query parameter, or the localStorage key `garden:now`
// (an ISO date or milliseconds since 1970); otherwise it is the real time.

export const CLOCK_STORAGE_KEY = 'garden:now';

function parse(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : new Date(v.getTime());
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(v) : undefined;
  if (typeof v !== 'string' || v === '') return undefined;
  const d = /^\d+$/.test(v) ? new Date(Number(v)) : new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function gardenNow(): Date {
  const fromGlobal = parse((globalThis as { __gardenNow?: unknown }).__gardenNow);
  if (fromGlobal) return fromGlobal;
  try {
    const fromQuery = parse(new URLSearchParams(globalThis.location?.search ?? '').get('now'));
    if (fromQuery) return fromQuery;
  } catch {
    // no location
  }
  try {
    const fromStorage = parse(globalThis.localStorage?.getItem(CLOCK_STORAGE_KEY));
    if (fromStorage) return fromStorage;
  } catch {
    // storage blocked
  }
  return new Date();
}
