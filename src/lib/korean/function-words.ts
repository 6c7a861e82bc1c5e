// Function words and connectives that never form a compound with their
// neighbour (이를 활용 is not a word 이를활용).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  '이를', '이것', '이것은', '이는', '이에', '그', '그것', '통해', '통한', '따라', '따른', '위해', '위한', '대해', '대한',
  '같은', '같이', '모든', '여러', '각각', '각각의', '또는', '그리고', '하지만', '그런', '그런데', '다음', '경우', '등',
  '등에', '등을', '등의', '예를', '들어', '즉', '및', '또한', '매우', '가장', '더', '덜', '함께', '대비', '중', '중인',
  '아닌', '있는', '없는', '있다', '없다', '수', '것', '때', '후', '전', '내', '외', '간', '별',
]);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}
