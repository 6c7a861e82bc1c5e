// The site speaks of the user's garden, not of the notes shipped with the project.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readHtml, writeVault, type BuildResult } from '../helpers/site.ts';

describe('a vault given by GARDEN_CONTENT', () => {
  let site: BuildResult;
  beforeAll(() => {
    const vault = writeVault('garden-text', {
      'described.md': '---\ndescription: 쿠버네티스 파드 스케줄링 요약\n---\n# 파드 스케줄링\n\n노드 선택과 테인트.\n',
      'footnoted.md':
        '# 각주가 있는 노트\n\n첫 문단은 이 노트의 요약이 됩니다. 스케줄러가 파드를 배치합니다[^1].\n\n[^1]: 쿠버네티스 문서 참고.\n',
    });
    site = buildSite('garden-text', { content: vault });
  });

  it('builds', () => {
    expect(site.status, site.stderr + site.stdout).toBe(0);
  });

  it('gets a neutral description, never the one written for the shipped AWS notes', () => {
    const home = readHtml(site.out, '/');
    expect(home).not.toContain('AWS 자격증');
    expect(home).toContain('<meta name="description" content="공부하며 남긴 노트를 모아 둔 디지털 정원"');
  });

  it('describes each note by its own summary: front matter description, else its first lines', () => {
    expect(readHtml(site.out, '/described/')).toContain(
      '<meta name="description" content="쿠버네티스 파드 스케줄링 요약"',
    );
    const page = readHtml(site.out, '/footnoted/');
    expect(page).toMatch(/<meta name="description" content="첫 문단은 이 노트의 요약이 됩니다\.[^"]*"/);
    expect(page).toMatch(/<meta property="og:description" content="첫 문단은/);
  });

  it('heads footnotes in Korean', () => {
    const page = readHtml(site.out, '/footnoted/');
    expect(page).toMatch(/<h2[^>]*id="user-content-footnote-label"[^>]*>각주</);
    expect(page).not.toContain('>Footnotes<');
    expect(page).not.toContain('Back to reference');
  });
});

describe('GARDEN_NAME and GARDEN_DESCRIPTION', () => {
  it('name and describe the garden', () => {
    const vault = writeVault('garden-named', { 'a.md': '# 한 노트\n\n본문.\n' });
    const site = buildSite('garden-named', {
      content: vault,
      env: { GARDEN_NAME: '나의 정원', GARDEN_DESCRIPTION: '네트워크 공부 기록' },
    });
    expect(site.status, site.stderr + site.stdout).toBe(0);
    const home = readHtml(site.out, '/');
    expect(home).toContain('<title>나의 정원</title>');
    expect(home).toContain('네트워크 공부 기록');
  });
});
