// The progress chart as SVG markup: one bar per day, the last 30 days of reviews then the next 7 days of
// questions coming due, with today's bar marked. Colours come from CSS classes, so the theme applies.

import type { DayCount } from './stats.ts';
import { escapeHtml } from '../quiz/html.ts';

export type ChartLabels = { title: string; summary: string; past: string; ahead: string; today: string };

const H = 180;
const TOP = 22;
const BOTTOM = 26;
const LEFT = 30;

/**
 * `past` ends today, `ahead` starts today (today's bar shows both: reviews done, then what is still due). `width`
 * is the width the chart is shown at, in CSS pixels, so that its text keeps its size on a phone.
 */
export function studyChartSvg(past: DayCount[], ahead: DayCount[], labels: ChartLabels, width = 740): string {
  const W = Math.max(280, Math.round(width));
  const days = [
    ...past.map((d) => ({ ...d, kind: 'past' as const })),
    ...ahead.slice(1).map((d) => ({ ...d, kind: 'ahead' as const })),
  ];
  const todayIndex = past.length - 1;
  const todayAhead = ahead[0]?.count ?? 0;
  const max = Math.max(1, ...days.map((d, i) => d.count + (i === todayIndex ? todayAhead : 0)));
  const slot = (W - LEFT - 4) / Math.max(1, days.length);
  const barW = Math.max(2, slot * 0.7);
  const plotH = H - TOP - BOTTOM;
  const y = (n: number) => TOP + plotH - (n / max) * plotH;
  const parts: string[] = [];
  parts.push(`<line class="study-chart__axis" x1="${LEFT}" y1="${TOP + plotH}" x2="${W - 2}" y2="${TOP + plotH}"/>`);
  parts.push(`<line class="study-chart__grid" x1="${LEFT}" y1="${TOP}" x2="${W - 2}" y2="${TOP}"/>`);
  parts.push(`<text class="study-chart__label" x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${max}</text>`);
  parts.push(`<text class="study-chart__label" x="${LEFT - 6}" y="${TOP + plotH + 4}" text-anchor="end">0</text>`);
  days.forEach((d, i) => {
    const x = LEFT + i * slot + (slot - barW) / 2;
    const title = `${d.day}: ${d.kind === 'past' ? labels.past : labels.ahead} ${d.count}`;
    if (d.count > 0) {
      parts.push(
        `<rect class="study-chart__bar study-chart__bar--${d.kind}" x="${x.toFixed(1)}" y="${y(d.count).toFixed(1)}" width="${barW.toFixed(1)}" height="${(TOP + plotH - y(d.count)).toFixed(1)}"><title>${escapeHtml(title)}</title></rect>`,
      );
    }
    if (i === todayIndex && todayAhead > 0) {
      const top = y(d.count + todayAhead);
      parts.push(
        `<rect class="study-chart__bar study-chart__bar--ahead" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(d.count) - top).toFixed(1)}"><title>${escapeHtml(`${d.day}: ${labels.ahead} ${todayAhead}`)}</title></rect>`,
      );
    }
    const label = i === todayIndex ? labels.today : i % 7 === todayIndex % 7 ? d.day.slice(5).replace('-', '/') : '';
    if (label) {
      parts.push(
        `<text class="study-chart__label${i === todayIndex ? ' study-chart__label--today' : ''}" x="${(x + barW / 2).toFixed(1)}" y="${H - 8}" text-anchor="middle">${escapeHtml(label)}</text>`,
      );
    }
  });
  const todayX = LEFT + todayIndex * slot + slot;
  parts.push(
    `<line class="study-chart__today" x1="${todayX.toFixed(1)}" y1="${TOP - 6}" x2="${todayX.toFixed(1)}" y2="${TOP + plotH}"/>`,
  );
  return (
    `<svg class="study-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="study-chart-title study-chart-desc" preserveAspectRatio="xMidYMid meet">` +
    `<title id="study-chart-title">${escapeHtml(labels.title)}</title><desc id="study-chart-desc">${escapeHtml(labels.summary)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
