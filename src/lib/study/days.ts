// Calendar days in the learner's local time: a study day runs from local midnight to the next.

/** Local midnight starting the day of `d`. */
export function startOfDay(d: Date): Date {
  const x = new Date(d.getTime());
  x.setHours(0, 0, 0, 0);
  return x;
}

/** Local midnight `n` days after the day of `d` (n may be negative). */
export function addDays(d: Date, n: number): Date {
  const x = startOfDay(d);
  x.setDate(x.getDate() + n);
  return x;
}

/** `YYYY-MM-DD` of the local day of `d`. */
export function dayKey(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
