// Korean UI strings of the practice cards and the /quiz/ page (one place, so the site's string module can absorb it).

export const quizStrings = {
  questionLabel: '문제',
  check: '정답 확인',
  retry: '다시 풀기',
  reveal: '정답과 해설 보기',
  answer: '정답',
  explanation: '해설',
  chooseOne: '하나를 고르세요.',
  chooseMany: '알맞은 것을 {n}개 고르세요.',
  chooseFirst: '먼저 답을 고르세요.',
  resultRight: '정답입니다! ({answer})',
  resultWrong: '틀렸습니다. 정답은 {answer}입니다.',
  partialScore: '(정답 {total}개 중 {hits}개를 골랐고, 오답을 {misses}개 골랐습니다.)',
  verdictRightChosen: '정답 · 고름',
  verdictWrongChosen: '오답 · 고름',
  verdictRightMissed: '정답 · 고르지 않음',
  verdictWrong: '오답',
  markRight: '정답',
  markWrong: '오답',
  sourceNote: '노트: {title}',
  sourceNoteFallback: '노트로 가기',
  // /quiz/ page
  pageLoading: '문제를 불러오는 중…',
  pageLoadError: '문제 목록을 불러오지 못했습니다.',
  pageEmpty: '풀 문제가 없습니다.',
  pageEmptyWrong: '틀린 문제가 없습니다. 잘했어요!',
  tagFilter: '태그',
  allTags: '모든 태그',
  modeAll: '전체 문제',
  modeWrong: '틀린 문제만',
  mode: '보기 방식',
  previous: '이전 문제',
  next: '다음 문제',
  position: '{i} / {n}',
  score: '맞힘 {right} · 틀림 {wrong} · 안 푼 문제 {todo}',
  reset: '기록 지우기',
  resetConfirm: '풀이 기록을 모두 지울까요?',
  resetDone: '풀이 기록을 지웠습니다. 순서를 새로 섞었습니다.',
} as const;

/** Fills `{name}` placeholders. */
export function fillString(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
