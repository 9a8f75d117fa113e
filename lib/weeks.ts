/**
 * ISO 8601 weeks in the reader's time zone: weeks start on Monday, week 1 is the week with the
 * year's first Thursday, so 29 Dec 2025 is in "2026-W01" and 1 Jan 2027 in "2026-W53".
 *
 * A week key is computed from the reader's *calendar date* at an instant, so Sunday 23:30 in
 * Berlin is still last week even though it is Monday in UTC. Every function takes an optional IANA
 * `timeZone`; without it the environment's own zone is used (the browser's, or `TZ` in Node), so
 * the code is testable without touching the process's zone.
 */

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export interface WeekRange {
  /** Epoch ms of Monday 00:00 in the zone (inclusive). */
  start: number;
  /** Epoch ms of the next Monday 00:00 in the zone (exclusive). */
  end: number;
}

const DAY = 86_400_000;
const KEY = /^(\d{4})-W(\d{2})$/;

/** The environment's IANA time zone (e.g. "Europe/Berlin"), or undefined where Intl cannot say. */
export function currentTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type in out) (out as Record<string, number>)[p.type] = Number(p.value);
  }
  // some engines print midnight as 24 even with h23
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** The calendar date at `instant` in `timeZone` (default: the environment's zone). */
export function localDate(instant: number | Date, timeZone?: string): CalendarDate {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  if (!timeZone) {
    const d = new Date(t);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }
  const { year, month, day } = zonedParts(t, timeZone);
  return { year, month, day };
}

/** ISO year and week of a calendar date (no time zone involved). */
export function isoWeekOfDate({ year, month, day }: CalendarDate): { year: number; week: number } {
  const t = Date.UTC(year, month - 1, day);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(t + (3 - dow) * DAY);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY));
  return { year: isoYear, week };
}

export function formatWeekKey(year: number, week: number): string {
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** "YYYY-Www" of an instant, in `timeZone` (default: the environment's zone). */
export function weekKey(instant: number | Date = Date.now(), timeZone?: string): string {
  const { year, week } = isoWeekOfDate(localDate(instant, timeZone));
  return formatWeekKey(year, week);
}

/** Number of ISO weeks in an ISO year (52 or 53). */
export function weeksInYear(year: number): number {
  return isoWeekOfDate({ year, month: 12, day: 28 }).week;
}

export function parseWeekKey(key: string): { year: number; week: number } | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

export function isWeekKey(key: unknown): key is string {
  return typeof key === 'string' && parseWeekKey(key) !== null;
}

/** The Monday of a week, as a calendar date. */
export function weekMonday(key: string): CalendarDate {
  const p = parseWeekKey(key);
  if (!p) throw new RangeError(`not an ISO week key: ${key}`);
  // 4 January is always in week 1
  const jan4 = Date.UTC(p.year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = new Date(jan4 - dow * DAY + (p.week - 1) * 7 * DAY);
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() };
}

function addDays(d: CalendarDate, n: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + n * DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The week `n` weeks after `key` (negative: before). Pure calendar arithmetic. */
export function shiftWeek(key: string, n: number): string {
  const { year, week } = isoWeekOfDate(addDays(weekMonday(key), 7 * n));
  return formatWeekKey(year, week);
}

export const previousWeek = (key: string): string => shiftWeek(key, -1);
export const nextWeek = (key: string): string => shiftWeek(key, 1);

/**
 * Epoch ms of 00:00 on a calendar date in `timeZone`. Where that midnight does not exist (a DST
 * jump at midnight), the first instant of the day.
 */
export function startOfDay(d: CalendarDate, timeZone?: string): number {
  if (!timeZone) return new Date(d.year, d.month - 1, d.day).getTime();
  const wall = Date.UTC(d.year, d.month - 1, d.day);
  const offsetAt = (t: number) => {
    const p = zonedParts(t, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  };
  // two rounds settle every real zone; then step forward if midnight was skipped
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  const got = localDate(t, timeZone);
  if (got.year !== d.year || got.month !== d.month || got.day !== d.day) {
    // we landed on the previous day (midnight skipped): move to the first hour of the date
    for (let h = 1; h <= 3; h++) {
      const u = t + h * 3_600_000;
      const g = localDate(u, timeZone);
      if (g.day === d.day) return u - zonedParts(u, timeZone).minute * 60_000;
    }
  }
  return t;
}

/** The instants a week covers in `timeZone`: Monday 00:00 to the next Monday 00:00. */
export function weekRange(key: string, timeZone?: string): WeekRange {
  const monday = weekMonday(key);
  return { start: startOfDay(monday, timeZone), end: startOfDay(addDays(monday, 7), timeZone) };
}

/** "Nov 23 – 29, 2026" (or the locale's equivalent) for a week key. */
export function weekLabel(key: string, locale?: string): string {
  const monday = weekMonday(key);
  const sunday = addDays(monday, 6);
  const a = new Date(Date.UTC(monday.year, monday.month - 1, monday.day));
  const b = new Date(Date.UTC(sunday.year, sunday.month - 1, sunday.day));
  try {
    const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    return (f as Intl.DateTimeFormat & { formatRange(a: Date, b: Date): string }).formatRange(a, b);
  } catch {
    return `${a.toISOString().slice(0, 10)} – ${b.toISOString().slice(0, 10)}`;
  }
}
