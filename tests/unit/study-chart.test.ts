import { describe, it, expect } from 'vitest';
import { studyChartSvg } from '../../src/lib/study/chart.ts';

const labels = { title: '제목 <b>', summary: '요약', past: '복습', ahead: '예정', today: '오늘' };
const days = (n: number, start: number, counts: Record<number, number> = {}) =>
  Array.from({ length: n }, (_, i) => ({
    day: `2026-03-${String(start + i).padStart(2, '0')}`,
    count: counts[i] ?? 0,
  }));

describe('the progress chart (SVG drawn by our code)', () => {
  const svg = studyChartSvg(days(30, 1, { 0: 2, 29: 4 }), days(7, 30, { 0: 1, 3: 8 }), labels, 600);

  it('is a labelled image with escaped text, as wide as asked', () => {
    expect(svg).toMatch(
      /^<svg class="study-chart" viewBox="0 0 600 180" role="img" aria-labelledby="study-chart-title study-chart-desc"/,
    );
    expect(svg).toContain(
      '<title id="study-chart-title">제목 &lt;b&gt;</title><desc id="study-chart-desc">요약</desc>',
    );
    expect(svg).not.toContain('<b>');
  });

  it('draws one bar per day with reviews, today stacked with what is still due, and one per forecast day', () => {
    expect(svg.match(/study-chart__bar--past/g)).toHaveLength(2);
    expect(svg.match(/study-chart__bar--ahead/g)).toHaveLength(2);
    expect(svg).toContain('<title>2026-03-30: 예정 1</title>');
    expect(svg).toContain('<title>2026-03-33: 예정 8</title>');
    // The tallest bar (8) reaches the top line, labelled with the maximum.
    expect(svg).toContain('text-anchor="end">8</text>');
  });

  it('draws an empty chart without bars when nothing happened', () => {
    const empty = studyChartSvg(days(30, 1), days(7, 30), labels);
    expect(empty).not.toContain('<rect');
    expect(empty).toContain('viewBox="0 0 740 180"');
  });
});
