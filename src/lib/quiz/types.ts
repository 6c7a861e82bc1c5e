// Data shapes shared by the quiz parser, the card renderer and the /quiz/ index.

export type QuizOption = {
  /** Upper-case option letter: "A", "B", … */
  key: string;
  /** Plain text (Markdown emphasis removed, inline code text kept). */
  text: string;
  correct: boolean;
  /** Plain-text explanation from the `💡 추가 설명` list; undefined when the note gives none. */
  explanation?: string;
};

export type Quiz = {
  /** Plain text; paragraphs separated by a blank line ("\n\n"). */
  question: string;
  /** True when more than one option is correct (checkboxes), false for a single answer (radios). */
  multiple: boolean;
  options: QuizOption[];
  /** The answer line's own wording when it adds something beyond the option texts, e.g. "AWS Glue Development Endpoint 활용 및 IAM 권한 설정". */
  answerText?: string;
};

export type QuizProblem = {
  /** 1-based line number (within the parsed text). */
  line: number;
  /** What was expected and what was found, in the words of every other problem `garden check` prints. */
  message: string;
  /** How to fix it. */
  hint?: string;
};

export type QuizParseResult = {
  quiz?: Quiz;
  problems: QuizProblem[];
};

export type QuizSection = {
  /** 1-based, inclusive: the section heading line. */
  startLine: number;
  /** 1-based, inclusive: last non-blank line of the section (a trailing `---` is outside). */
  endLine: number;
  quiz?: Quiz;
  /** Line numbers are lines of the whole document. */
  problems: QuizProblem[];
};
