import { t } from '../../i18n/index.ts';

/** Date formats used across the site, in the configured locale. Dates are calendar days, shown in Asia/Seoul. */
const TZ = 'Asia/Seoul';
const longFmt = new Intl.DateTimeFormat(t.intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: TZ });

/** `2025년 8월 23일` (ko), `August 23, 2025` (en) */
export function formatDate(d: Date): string {
  return longFmt.format(d);
}

/** `2025-08-23`, for `<time datetime>` and sitemaps. */
const isoFmt = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TZ });
export function isoDay(d: Date): string {
  return isoFmt.format(d);
}
