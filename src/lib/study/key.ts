/** The localStorage key of the study record (see store.ts), in a module of its own so the home page's counts load nothing else. */
export const STUDY_STORE_KEY = 'garden:study:v1';
