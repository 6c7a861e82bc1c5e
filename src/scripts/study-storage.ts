// localStorage access for the study record (`garden:study:v1`). Quietly does nothing where storage is unavailable.

import { STUDY_STORE_KEY, parseStore, serializeStore, type StudyStore } from '../lib/study/store.ts';

/** The stored text, or null when the learner never studied (or storage is blocked). */
export function readStudyText(): string | null {
  try {
    return globalThis.localStorage?.getItem(STUDY_STORE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function readStudy(): StudyStore {
  return parseStore(readStudyText());
}

export function writeStudy(store: StudyStore): void {
  try {
    globalThis.localStorage?.setItem(STUDY_STORE_KEY, serializeStore(store));
  } catch {
    // storage full or denied: the schedule lasts for this visit only
  }
}
