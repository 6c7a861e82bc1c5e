// Diagrams in the styles Korean engineers draw in study notes: box styles, connectors with heads,
// labels on or beside lines, two-column Hangul, fan-out/fan-in, stacks, flows in sentences, and
// drawings that are not flows (tables, file trees, memory layouts, ASCII art) and must stay code.
import { describe, it, expect } from 'vitest';
import { parseFlow, findProseFlow, findFlowsInMarkdown } from '../../src/lib/flow/index.ts';
import { edgeList, detailOf } from './flow-helpers.ts';

const flow = (lines: string[]) => parseFlow(lines.join('\n'));
const labels = (lines: string[]) => flow(lines)!.nodes.map((n) => n.label);

describe('box styles joined by connectors', () => {
  it('three ┌─┐ boxes in a row joined by ───▶', () => {
    const g = flow([
      '┌──────┐    ┌──────┐    ┌──────┐',
      '│ 수집 │───▶│ 정제 │───▶│ 적재 │',
      '└──────┘    └──────┘    └──────┘',
    ]);
    expect(edgeList(g!)).toEqual(['수집 -> 정제', '정제 -> 적재']);
    expect(g!.direction).toBe('LR');
  });
  it('a ╭╮╰╯ vertical stack of three joined by │ and ▼ from ┬', () => {
    const g = flow([
      '╭────────────╮',
      '│ 클라이언트 │',
      '╰─────┬──────╯',
      '      │',
      '      ▼',
      '╭────────────╮',
      '│ API 서버   │',
      '╰─────┬──────╯',
      '      │',
      '      ▼',
      '╭────────────╮',
      '│ DB         │',
      '╰────────────╯',
    ]);
    expect(g!.nodes.map((n) => n.label)).toEqual(['클라이언트', 'API 서버', 'DB']);
    expect(edgeList(g!)).toEqual(['API 서버 -> DB', '클라이언트 -> API 서버']);
    expect(g!.direction).toBe('TD');
  });
  it('╔═╗ boxes stacked with ║ and ▼ from ╦', () => {
    const g = flow(['╔══════╗', '║ 주문 ║', '╚══╦═══╝', '   ║', '   ▼', '╔══════╗', '║ 결제 ║', '╚══════╝']);
    expect(edgeList(g!)).toEqual(['주문 -> 결제']);
  });
  it('+-| boxes stacked with | and v', () => {
    const g = flow([
      '+--------+',
      '| 웹서버 |',
      '+--------+',
      '    |',
      '    v',
      '+--------+',
      '| WAS    |',
      '+--------+',
    ]);
    expect(edgeList(g!)).toEqual(['웹서버 -> WAS']);
    expect(g!.direction).toBe('TD');
  });
  it('+-| boxes in a row joined by ==>', () => {
    const g = flow(['+--------+     +--------+', '| 커밋   | ==> | 빌드   |', '+--------+     +--------+']);
    expect(edgeList(g!)).toEqual(['커밋 -> 빌드']);
  });
  it('heavy ━━━▶ between boxes', () => {
    const g = flow(['┌──────┐     ┌──────┐', '│ 발행 │━━━━▶│ 구독 │', '└──────┘     └──────┘']);
    expect(edgeList(g!)).toEqual(['발행 -> 구독']);
  });
  it('◀─── points back to the box on the left', () => {
    const g = flow(['┌──────┐     ┌──────┐', '│ 화면 │◀────│ 상태 │', '└──────┘     └──────┘']);
    expect(edgeList(g!)).toEqual(['상태 -> 화면']);
  });
  it('◀──▶ between boxes is two-way', () => {
    const g = flow(['┌──────┐      ┌──────┐', '│ 캐시 │◀────▶│ DB   │', '└──────┘      └──────┘']);
    expect(edgeList(g!)).toEqual(['캐시 <-> DB']);
  });
  it('▲ under a box points up: the lower box feeds the upper one', () => {
    const g = flow(['┌──────┐', '│ 결과 │', '└──────┘', '   ▲', '   │', '┌──────┐', '│ 입력 │', '└──────┘']);
    expect(edgeList(g!)).toEqual(['입력 -> 결과']);
  });
  it('a box joined to plain text by ───▶', () => {
    const g = flow(['┌─────────┐', '│ 앱 서버 │───▶ 로그 파일', '└─────────┘']);
    expect(edgeList(g!)).toEqual(['앱 서버 -> 로그 파일']);
  });
});

describe('labels on and beside lines', () => {
  it('── 라벨 ──▶ between ╭╮ boxes', () => {
    const g = flow([
      '╭──────╮                ╭──────╮',
      '│ 고객 │── 결제 요청 ──▶│ PG사 │',
      '╰──────╯                ╰──────╯',
    ]);
    expect(edgeList(g!)).toEqual(['고객 -[결제 요청]-> PG사']);
  });
  it('──(HTTPS)──▶ in a one-line chain', () => {
    expect(edgeList(flow(['브라우저 ──(HTTPS)──▶ 로드밸런서 ──▶ 웹 서버'])!)).toEqual([
      '로드밸런서 -> 웹 서버',
      '브라우저 -[HTTPS]-> 로드밸런서',
    ]);
  });
  it('-- 200 OK --> with an English label between +-| boxes', () => {
    const g = flow([
      '+------+               +------+',
      '| 서버 | -- 200 OK --> | 앱   |',
      '+------+               +------+',
    ]);
    expect(edgeList(g!)).toEqual(['서버 -[200 OK]-> 앱']);
  });
  it('══ 승인 ══▶ between ╔═╗ boxes', () => {
    const g = flow(['╔══════╗           ╔══════╗', '║ 신청 ║══ 승인 ══▶║ 처리 ║', '╚══════╝           ╚══════╝']);
    expect(edgeList(g!)).toEqual(['신청 -[승인]-> 처리']);
  });
  it('a label beside a vertical line between boxes', () => {
    const g = flow(['┌──────┐', '│ 요청 │', '└──┬───┘', '   │ 인증', '   ▼', '┌──────┐', '│ 응답 │', '└──────┘']);
    expect(edgeList(g!)).toEqual(['요청 -[인증]-> 응답']);
  });
  it('a label beside ↓ between plain lines', () => {
    const g = flow(['로그인 요청', '   ↓ 비밀번호 확인', '토큰 발급', '   ↓', '응답']);
    expect(edgeList(g!)).toEqual(['로그인 요청 -[비밀번호 확인]-> 토큰 발급', '토큰 발급 -> 응답']);
  });
});

describe('multi-line box text and mixed Hangul/English', () => {
  it('a vertical stack whose boxes have a title and a sub-label', () => {
    const g = flow([
      '┌────────────┐',
      '│ Kafka      │',
      '│ (메시지 큐)│',
      '└─────┬──────┘',
      '      │',
      '      ▼',
      '┌────────────┐',
      '│ Consumer   │',
      '│ (Spring)   │',
      '└────────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['Kafka -> Consumer']);
    expect(detailOf(g!, 'Kafka')).toEqual(['(메시지 큐)']);
    expect(detailOf(g!, 'Consumer')).toEqual(['(Spring)']);
  });
  it('boxes with English titles and Hangul sub-labels side by side', () => {
    const g = flow([
      '┌──────────────┐     ┌──────────────┐',
      '│ Nginx        │────→│ 애플리케이션 │',
      '│ 리버스 프록시│     │ (Node.js)    │',
      '└──────────────┘     └──────────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['Nginx -> 애플리케이션']);
    expect(detailOf(g!, 'Nginx')).toEqual(['리버스 프록시']);
    expect(detailOf(g!, '애플리케이션')).toEqual(['(Node.js)']);
  });
  it('a chain of nodes that hold spaces and both scripts', () => {
    expect(labels(['사용자 요청 → API Gateway → Lambda 함수 → DynamoDB 테이블'])).toEqual([
      '사용자 요청',
      'API Gateway',
      'Lambda 함수',
      'DynamoDB 테이블',
    ]);
  });
  it('a chain turning down at its last node (Hangul before the arrow)', () => {
    const g = flow(['수집 → 정제', '        ↓', '       적재']);
    expect(edgeList(g!)).toEqual(['수집 -> 정제', '정제 -> 적재']);
  });
  it('a v stack of mixed lines with a (…) detail under one node', () => {
    const g = flow(['Client', '(브라우저)', '   |', '   v', 'Server', '   |', '   v', 'Database']);
    expect(edgeList(g!)).toEqual(['Client -> Server', 'Server -> Database']);
    expect(detailOf(g!, 'Client')).toEqual(['(브라우저)']);
  });
});

describe('fan-out and fan-in', () => {
  it('one box fans out to two boxes with ↓ ↓', () => {
    const g = flow([
      '      ┌──────┐',
      '      │ 요청 │',
      '      └──────┘',
      '     ↓        ↓',
      ' ┌──────┐  ┌──────┐',
      ' │ 읽기 │  │ 쓰기 │',
      ' └──────┘  └──────┘',
    ]);
    expect(edgeList(g!)).toEqual(['요청 -> 쓰기', '요청 -> 읽기']);
  });
  it('two boxes fan in to one box with ↓ ↓', () => {
    const g = flow([
      '┌──────┐  ┌──────┐',
      '│ 앱 A │  │ 앱 B │',
      '└──────┘  └──────┘',
      '   ↓         ↓',
      '    ┌─────────┐',
      '    │ 공용 DB │',
      '    └─────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['앱 A -> 공용 DB', '앱 B -> 공용 DB']);
  });
  it('a ┌──┴──┐ bus fans one box out to three', () => {
    const g = flow([
      '           ┌────────┐',
      '           │ 라우터 │',
      '           └───┬────┘',
      '    ┌──────────┼──────────┐',
      '    ▼          ▼          ▼',
      '┌───────┐  ┌───────┐  ┌───────┐',
      '│ 서버1 │  │ 서버2 │  │ 서버3 │',
      '└───────┘  └───────┘  └───────┘',
    ]);
    expect(edgeList(g!)).toEqual(['라우터 -> 서버1', '라우터 -> 서버2', '라우터 -> 서버3']);
    expect(g!.direction).toBe('TD');
  });
  it('a └──┬──┘ bus joins two boxes into one', () => {
    const g = flow([
      '┌────────┐    ┌────────┐',
      '│ 웹     │    │ 모바일 │',
      '└───┬────┘    └───┬────┘',
      '    └──────┬──────┘',
      '           ▼',
      '      ┌────────┐',
      '      │ API    │',
      '      └────────┘',
    ]);
    expect(edgeList(g!)).toEqual(['모바일 -> API', '웹 -> API']);
  });
  it('diagonal / and \\ fan out from a plain line', () => {
    const g = flow(['    라우터', '   /      \\', ' 스위치A   스위치B']);
    expect(edgeList(g!)).toEqual(['라우터 -> 스위치A', '라우터 -> 스위치B']);
  });
  it('one node on a chain line fans out with several → lines', () => {
    const g = flow(['주문 → 결제', '주문 → 재고 차감', '주문 → 알림']);
    expect(edgeList(g!)).toEqual(['주문 -> 결제', '주문 -> 알림', '주문 -> 재고 차감']);
  });
});

describe('ASCII heads and chains', () => {
  it('---> and ==> mixed on one line', () => {
    expect(edgeList(flow(['요청 ---> 처리 ==> 완료'])!)).toEqual(['요청 -> 처리', '처리 -> 완료']);
  });
  it('<--> between plain words is two-way', () => {
    expect(edgeList(flow(['클라이언트 <--> 서버'])!)).toEqual(['클라이언트 <-> 서버']);
  });
  it('a vertical ^ arrow points up', () => {
    expect(edgeList(flow(['화면', '  ^', '  |', '이벤트'])!)).toEqual(['이벤트 -> 화면']);
  });
  it('TCP handshake steps keep SYN-ACK as one name', () => {
    expect(labels(['SYN → SYN-ACK → ACK'])).toEqual(['SYN', 'SYN-ACK', 'ACK']);
  });
});

describe('flows in prose', () => {
  it('처리 순서: with four steps is a flow; the caption is not a node', () => {
    const g = findProseFlow('처리 순서: 요청 수신 → 인증 → 권한 확인 → 응답');
    expect(g!.nodes.map((n) => n.label)).toEqual(['요청 수신', '인증', '권한 확인', '응답']);
    expect(edgeList(g!)).toEqual(['권한 확인 -> 응답', '요청 수신 -> 인증', '인증 -> 권한 확인']);
  });
  it('a networking handshake written after a caption', () => {
    const g = findProseFlow('TCP 연결 수립: SYN → SYN-ACK → ACK');
    expect(g!.nodes.map((n) => n.label)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
  });
  it('a paragraph of ASCII arrows only', () => {
    expect(edgeList(findProseFlow('수집 -> 정제 -> 적재')!)).toEqual(['수집 -> 정제', '정제 -> 적재']);
  });
  it('a single arrow inside a sentence stays text', () => {
    expect(findProseFlow('요청이 오면 캐시 → DB 순서로 조회한다.')).toBeNull();
    expect(findProseFlow('트랜잭션은 BEGIN → COMMIT 사이에서 원자적으로 실행되었다.')).toBeNull();
  });
  it('a caption with only two steps stays text', () => {
    expect(findProseFlow('조회 순서: 캐시 → DB')).toBeNull();
  });
  it('a chain whose last step ends a sentence stays text', () => {
    expect(findProseFlow('요청 → 검증 → 저장한다.')).toBeNull();
  });
  it('in a note: the captioned paragraph is drawn, a list item and a table cell stay text', () => {
    const md = [
      '# 네트워크 정리',
      '',
      '처리 순서: DNS 조회 → TCP 연결 → TLS 협상 → HTTP 요청',
      '',
      '- 처리 순서: 요청 → 인증 → 응답',
      '',
      '| 단계 | 흐름 |',
      '| --- | --- |',
      '| 조회 | 캐시 → DB → 응답 |',
      '',
      '요청은 캐시 → DB 순서로 간다.',
    ].join('\n');
    const found = findFlowsInMarkdown(md);
    expect(found.map((f) => [f.kind, f.startLine])).toEqual([['prose', 3]]);
    expect(found[0].graph.nodes.map((n) => n.label)).toEqual(['DNS 조회', 'TCP 연결', 'TLS 협상', 'HTTP 요청']);
  });
});

describe('drawings that stay code', () => {
  it('a three-column table drawn with ╔═╦═╗', () => {
    expect(
      flow([
        '╔══════╦══════╦══════╗',
        '║ 계층 ║ 이름 ║ 단위 ║',
        '╠══════╬══════╬══════╣',
        '║ L4   ║ TCP  ║ 세그 ║',
        '╚══════╩══════╩══════╝',
      ]),
    ).toBeNull();
  });
  it('a +---+ table with a header row', () => {
    expect(
      flow(['+------+------+', '| 키   | 값   |', '+------+------+', '| a    | 1    |', '+------+------+']),
    ).toBeNull();
  });
  it('a directory tree with ├── and file names', () => {
    expect(flow(['project/', '├── src/', '│   ├── index.ts', '│   └── util.ts', '└── package.json'])).toBeNull();
  });
  it('a tree of topics with one file-like name (Node.js) is still a tree', () => {
    expect(edgeList(flow(['백엔드', '├── Node.js', '├── 스프링', '└── 장고'])!)).toEqual([
      '백엔드 -> Node.js',
      '백엔드 -> 스프링',
      '백엔드 -> 장고',
    ]);
  });
  it('an org chart bus without arrowheads stays code (which way is not sure)', () => {
    expect(
      flow([
        '     ┌──────┐',
        '     │ 팀장 │',
        '     └──┬───┘',
        '   ┌────┴────┐',
        '┌──────┐ ┌──────┐',
        '│ 개발 │ │ 운영 │',
        '└──────┘ └──────┘',
      ]),
    ).toBeNull();
  });
  it('a directory tree drawn with |-- and `--', () => {
    expect(flow(['.', '|-- docs', '|   `-- README.md', '`-- .gitignore'])).toBeNull();
  });
  it('a process memory layout with addresses beside it', () => {
    expect(
      flow([
        '+-----------+ 0xFFFF',
        '| 스택      |',
        '+-----------+',
        '| 힙        |',
        '+-----------+',
        '| 데이터    |',
        '+-----------+ 0x0000',
      ]),
    ).toBeNull();
  });
  it('a memory layout with growth arrows inside its rows', () => {
    expect(
      flow([
        '┌──────────┐ 높은 주소',
        '│ 스택  ↓  │',
        '├──────────┤',
        '│          │',
        '│ 힙    ↑  │',
        '├──────────┤',
        '│ 데이터   │',
        '└──────────┘ 낮은 주소',
      ]),
    ).toBeNull();
  });
  it('ASCII art', () => {
    expect(flow([' /\\_/\\', '( o.o )', ' > ^ <'])).toBeNull();
  });
  it('a | Markdown table inside a fence', () => {
    expect(flow(['| 이름 | 설명 |', '|------|------|', '| A    | 첫째 |', '| B    | 둘째 |'])).toBeNull();
  });
  it('a rounded framed note with a ├───┤ row and an arrow inside', () => {
    expect(
      flow([
        '╭────────────────╮',
        '│ 핵심 요약      │',
        '├────────────────┤',
        '│ 읽기 → 쓰기    │',
        '╰────────────────╯',
      ]),
    ).toBeNull();
  });
  it('a packet header drawn as a bit ruler', () => {
    expect(
      flow([
        '0                   1',
        '0 1 2 3 4 5 6 7 8 9 0',
        '+-+-+-+-+-+-+-+-+-+-+',
        '|  소스 포트  | 길이 |',
        '+-+-+-+-+-+-+-+-+-+-+',
      ]),
    ).toBeNull();
  });
});
