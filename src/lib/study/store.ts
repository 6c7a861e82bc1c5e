// The study record kept in localStorage under `garden:study:v1`: one FSRS card and its review log per question
// id, the daily limit of new questions, and a snapshot of how many questions each tag holds (for the counts that
// the home and tag pages show without loading the quiz index). Pure data functions, no ts-fsrs.

export { STUDY_STORE_KEY } from './key.ts';
export const DEFAULT_NEW_PER_DAY = 20;
export const MAX_NEW_PER_DAY = 999;

/** A ts-fsrs Card with its dates as ISO strings. `state`: 0 new, 1 learning, 2 review, 3 relearning. */
export type StoredCard = {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review?: string;
};

/** One review: ISO time and rating (1 다시 · 2 어려움 · 3 알맞음 · 4 쉬움). */
export type Review = [at: string, rating: 1 | 2 | 3 | 4];

export type StudyRecord = {
  card: StoredCard;
  /** Oldest first. */
  log: Review[];
  /** Tags of the question's note when it was last seen on /quiz/. */
  tags: string[];
};

export type StudyStore = {
  version: 1;
  newPerDay: number;
  cards: Record<string, StudyRecord>;
  /** Questions per tag at the last /quiz/ visit; `""` is the whole garden. */
  totals: Record<string, number>;
};

export function emptyStore(): StudyStore {
  return { version: 1, newPerDay: DEFAULT_NEW_PER_DAY, cards: {}, totals: {} };
}

/** Has the learner reviewed anything? (The home and tag pages stay silent until then.) */
export function hasStarted(store: StudyStore): boolean {
  return Object.keys(store.cards).length > 0;
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

export function clampNewPerDay(n: unknown): number {
  const v = typeof n === 'string' ? Number(n) : n;
  if (!isNum(v)) return DEFAULT_NEW_PER_DAY;
  return Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(v)));
}

function parseCard(v: unknown): StoredCard | undefined {
  if (!isObject(v) || !isDate(v.due)) return undefined;
  const nums = [
    'stability',
    'difficulty',
    'elapsed_days',
    'scheduled_days',
    'learning_steps',
    'reps',
    'lapses',
  ] as const;
  if (!nums.every((k) => isNum(v[k]))) return undefined;
  if (v.state !== 0 && v.state !== 1 && v.state !== 2 && v.state !== 3) return undefined;
  if (v.last_review !== undefined && !isDate(v.last_review)) return undefined;
  const card: StoredCard = {
    due: new Date(v.due).toISOString(),
    stability: v.stability as number,
    difficulty: v.difficulty as number,
    elapsed_days: v.elapsed_days as number,
    scheduled_days: v.scheduled_days as number,
    learning_steps: v.learning_steps as number,
    reps: v.reps as number,
    lapses: v.lapses as number,
    state: v.state,
  };
  if (v.last_review !== undefined) card.last_review = new Date(v.last_review).toISOString();
  return card;
}

function parseRecord(v: unknown): StudyRecord | undefined {
  if (!isObject(v)) return undefined;
  const card = parseCard(v.card);
  if (!card) return undefined;
  const log: Review[] = Array.isArray(v.log)
    ? v.log.flatMap((r): Review[] =>
        Array.isArray(r) && isDate(r[0]) && (r[1] === 1 || r[1] === 2 || r[1] === 3 || r[1] === 4)
          ? [[new Date(r[0]).toISOString(), r[1]]]
          : [],
      )
    : [];
  log.sort((a, b) => a[0].localeCompare(b[0]));
  const tags = Array.isArray(v.tags) ? v.tags.filter((t): t is string => typeof t === 'string') : [];
  return { card, log, tags };
}

/** Reads a stored or exported record, keeping every well-formed card and dropping the rest (never throws). */
export function parseStore(json: string | null | undefined): StudyStore {
  const store = emptyStore();
  if (!json) return store;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return store;
  }
  if (!isObject(data)) return store;
  store.newPerDay = clampNewPerDay(data.newPerDay);
  if (isObject(data.cards)) {
    for (const [id, v] of Object.entries(data.cards)) {
      const r = parseRecord(v);
      if (r) store.cards[id] = r;
    }
  }
  if (isObject(data.totals)) {
    for (const [tag, n] of Object.entries(data.totals)) if (isNum(n) && n >= 0) store.totals[tag] = Math.floor(n);
  }
  return store;
}

/** Time of a record's latest review (0 when it has none). */
export function lastReviewTime(r: StudyRecord): number {
  const fromCard = r.card.last_review ? Date.parse(r.card.last_review) : 0;
  const fromLog = r.log.length ? Date.parse(r.log[r.log.length - 1][0]) : 0;
  return Math.max(fromCard, fromLog);
}

/**
 * Merges an imported record into ours by question id: for a question in both, the record with the newer latest
 * review wins (its card, tags and log). The daily limit and tag totals stay ours.
 */
export function mergeStores(ours: StudyStore, theirs: StudyStore): StudyStore {
  const cards: Record<string, StudyRecord> = { ...ours.cards };
  for (const [id, r] of Object.entries(theirs.cards)) {
    const mine = cards[id];
    if (!mine || lastReviewTime(r) > lastReviewTime(mine)) cards[id] = r;
  }
  return { ...ours, cards };
}

/** Drops the records of questions no longer in the garden (a materially edited question has a new id). */
export function pruneStore(store: StudyStore, ids: Iterable<string>): StudyStore {
  const keep = new Set(ids);
  const cards: Record<string, StudyRecord> = {};
  for (const [id, r] of Object.entries(store.cards)) if (keep.has(id)) cards[id] = r;
  return { ...store, cards };
}

/** Records a review: the card FSRS computed and one more log line; `tags` refreshes the question's tags. */
export function withReview(
  store: StudyStore,
  id: string,
  card: StoredCard,
  rating: 1 | 2 | 3 | 4,
  at: Date,
  tags: string[],
): StudyStore {
  const prev = store.cards[id];
  const log: Review[] = [...(prev?.log ?? []), [at.toISOString(), rating]];
  return { ...store, cards: { ...store.cards, [id]: { card, log, tags: [...tags] } } };
}

/** Forgets every review, keeping the learner's daily limit. */
export function resetStore(store: StudyStore): StudyStore {
  return { ...emptyStore(), newPerDay: store.newPerDay, totals: store.totals };
}

/** The export file's content (also what localStorage holds). */
export function serializeStore(store: StudyStore, exportedAt?: Date): string {
  return JSON.stringify(exportedAt ? { ...store, app: 'garden-study', exportedAt: exportedAt.toISOString() } : store);
}
