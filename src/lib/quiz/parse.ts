// Public entry of the quiz parser: question sections of a note → practice questions.

export { findQuizSections, isQuizHeading } from './sections.ts';
export { parseQuiz } from './parse-quiz.ts';
export type { Quiz, QuizOption, QuizProblem, QuizParseResult, QuizSection } from './types.ts';
