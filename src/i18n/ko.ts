/** Every UI string of the site, in Korean. Add a locale by adding a module of the same shape. */
export const ko = {
  lang: 'ko',
  skipToContent: '본문으로 건너뛰기',
  home: '홈',
  recentNotes: '최근 수정한 노트',
  allTags: '태그',
  tagTree: '태그 트리',
  aliases: '별칭 색인',
  search: '검색',
  searchPlaceholder: '노트 검색…',
  searchShortcut: '검색 열기 (Ctrl+K 또는 /)',
  searchPage: '검색',
  themeToggle: '테마 전환',
  themeLight: '밝은 테마',
  themeDark: '어두운 테마',
  created: '작성',
  modified: '수정',
  readingTime: (min: number) => `${min}분`,
  readingTimeLabel: '읽는 시간',
  tags: '태그',
  aliasesLabel: '별칭',
  toc: '목차',
  backlinks: '이 노트를 가리키는 노트',
  related: '관련 노트',
  notesCount: (n: number) => `노트 ${n}개`,
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 삭제된 페이지입니다. 검색하거나 홈에서 다시 찾아보세요.',
  backHome: '홈으로',
  footer: (name: string) => `${name} · Astro와 Pagefind로 만든 한국어 디지털 정원`,
  rss: 'RSS 구독',
  repairedNotice: (n: number, total: number) =>
    `이 노트는 깨진 인코딩(모지바케)에서 복구되었습니다. 한글 ${total}자 중 ${n}자는 손실된 바이트를 추론해 복원했으므로 일부 글자가 원문과 다를 수 있습니다.`,
  noFrontmatterNotice: '머리말(front matter)이 없는 노트입니다. 날짜는 파일 기록에서 가져왔습니다.',
  notesUnderTag: (tag: string) => `‘${tag}’ 태그의 노트`,
  subtags: '하위 태그',
  redirecting: (title: string) => `‘${title}’ 노트로 이동합니다…`,
  redirectLink: '바로 이동',
  quiz: '문제 풀기',
  /** Filled in the browser: `{due}` questions due today, `{fresh}` new questions left for today. */
  studyDue: '오늘 복습 {due} · 새 문제 {fresh}',
  graph: '그래프',
  footnotes: '각주',
  renderFallback: '이 노트는 제때 변환하지 못해 원문 그대로 보여 줍니다. 빌드 기록에 원인이 있습니다.',
  footnoteBack: (n: number, k: number) => (k > 1 ? `${n}번 각주의 ${k}번째 본문 위치로 돌아가기` : `${n}번 각주 본문 위치로 돌아가기`),
  /** Default titles of Obsidian callouts (`> [!tip]` without a title), by documented type. */
  callouts: {
    note: '노트', abstract: '요약', info: '정보', todo: '할 일', tip: '팁', success: '성공', question: '질문',
    warning: '주의', failure: '실패', danger: '위험', bug: '버그', example: '예시', quote: '인용',
  },
  /** Names of task states (`- [?] …`), read by screen readers and shown on hover. */
  taskStates: {
    open: '할 일', done: '완료', cancelled: '취소됨', 'in-progress': '진행 중', deferred: '미룸', scheduled: '예정',
    question: '질문', important: '중요', star: '별표', quote: '인용', location: '장소', bookmark: '책갈피', info: '정보',
    savings: '절약', idea: '아이디어', pro: '장점', con: '단점', fire: '급함', key: '핵심', win: '성과', up: '상승',
    down: '하락', other: '기타 상태',
  } as Record<string, string>,
  flowZoomTitle: '흐름도 크게 보기',
  flowZoomClose: '닫기',
} as const;

export type Strings = typeof ko;
export const t = ko;
