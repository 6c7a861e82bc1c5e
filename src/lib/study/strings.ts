// Study mode's strings on /quiz/ live in the locale modules (src/i18n), apart from quizStrings, which note pages load.
export { studyStrings } from '../../i18n/study.ts';
