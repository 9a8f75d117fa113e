import { afterEach, describe, expect, it } from 'vitest';
import {
  isoWeekOfDate, isWeekKey, localDate, nextWeek, parseWeekKey, previousWeek, shiftWeek, startOfDay,
  weekKey, weekLabel, weekMonday, weekRange, weeksInYear,
} from '@/lib/weeks';

const at = (iso: string) => Date.parse(iso);

describe('weekKey: ISO weeks, Monday first', () => {
  it.each([
    ['2026-11-23T12:00:00Z', '2026-W48'], // a Monday
    ['2026-11-29T12:00:00Z', '2026-W48'], // its Sunday
    ['2026-11-30T12:00:00Z', '2026-W49'],
    // year boundaries
    ['2020-12-31T12:00:00Z', '2020-W53'],
    ['2021-01-03T12:00:00Z', '2020-W53'], // Sunday 3 Jan still in the last year's week 53
    ['2021-01-04T12:00:00Z', '2021-W01'],
    ['2024-12-30T12:00:00Z', '2025-W01'], // Monday 30 Dec is already next year's week 1
    ['2025-12-29T12:00:00Z', '2026-W01'],
    ['2026-01-01T12:00:00Z', '2026-W01'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-03T12:00:00Z', '2026-W53'],
    ['2027-01-04T12:00:00Z', '2027-W01'],
    ['2022-01-01T12:00:00Z', '2021-W52'],
    ['2023-01-01T12:00:00Z', '2022-W52'],
    ['2023-01-02T12:00:00Z', '2023-W01'],
  ])('%s is %s (UTC)', (iso, key) => {
    expect(weekKey(at(iso), 'UTC')).toBe(key);
  });

  it('agrees with a day-by-day count over 30 years', () => {
    // week 1 starts on the Monday on or before 4 January; weeks then run on
    let mondayOfW1 = (y: number) => {
      const jan4 = Date.UTC(y, 0, 4);
      return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    };
    for (let y = 2000; y < 2030; y++) {
      const start = mondayOfW1(y);
      const end = mondayOfW1(y + 1);
      for (let t = start, i = 0; t < end; t += 86_400_000, i++) {
        const d = new Date(t);
        const got = isoWeekOfDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(got).toEqual({ year: y, week: 1 + Math.floor(i / 7) });
      }
    }
  });

  it('knows 53-week years', () => {
    expect([2015, 2020, 2026, 2032].map(weeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2024, 2025, 2027].map(weeksInYear)).toEqual([52, 52, 52, 52]);
  });
});

describe('time zones: the reader’s calendar date decides', () => {
  it('Sunday evening in Los Angeles is Monday in UTC and in Tokyo', () => {
    const t = at('2026-11-23T03:00:00Z'); // Sun 22 Nov 19:00 in LA, Mon 12:00 in Tokyo
    expect(weekKey(t, 'America/Los_Angeles')).toBe('2026-W47');
    expect(weekKey(t, 'UTC')).toBe('2026-W48');
    expect(weekKey(t, 'Asia/Tokyo')).toBe('2026-W48');
  });

  it('Sunday 23:30 UTC is already next week in Berlin and Kolkata (+05:30)', () => {
    const t = at('2026-11-22T23:30:00Z');
    expect(weekKey(t, 'UTC')).toBe('2026-W47');
    expect(weekKey(t, 'Europe/Berlin')).toBe('2026-W48');
    expect(weekKey(t, 'Asia/Kolkata')).toBe('2026-W48');
    expect(weekKey(t, 'Pacific/Honolulu')).toBe('2026-W47');
  });

  it('a New Year crossing depends on the zone', () => {
    const t = at('2026-12-31T20:00:00Z'); // Thu 31 Dec in UTC; Fri 1 Jan in Auckland
    expect(weekKey(t, 'UTC')).toBe('2026-W53');
    expect(weekKey(t, 'Pacific/Auckland')).toBe('2026-W53');
    const t2 = at('2027-01-03T12:00:00Z'); // Sun 3 Jan noon UTC; Mon 4 Jan 01:00 in Auckland
    expect(weekKey(t2, 'UTC')).toBe('2026-W53');
    expect(weekKey(t2, 'Pacific/Auckland')).toBe('2027-W01');
    expect(localDate(t2, 'Pacific/Auckland')).toEqual({ year: 2027, month: 1, day: 4 });
  });

  describe('without a zone, the environment’s (TZ)', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it.each([
      ['America/Los_Angeles', '2026-W47'],
      ['Asia/Tokyo', '2026-W48'],
      ['UTC', '2026-W48'],
    ])('TZ=%s', (tz, key) => {
      process.env.TZ = tz;
      expect(new Date(at('2026-11-23T03:00:00Z')).getHours()).toBe(tz === 'UTC' ? 3 : tz === 'Asia/Tokyo' ? 12 : 19);
      expect(weekKey(at('2026-11-23T03:00:00Z'))).toBe(key);
      expect(weekKey(at('2026-11-23T03:00:00Z'))).toBe(weekKey(at('2026-11-23T03:00:00Z'), tz));
    });
    it('TZ=Europe/Berlin: the week range follows the local DST change', () => {
      process.env.TZ = 'Europe/Berlin';
      expect(weekRange('2026-W13')).toEqual(weekRange('2026-W13', 'Europe/Berlin'));
      expect(weekRange('2026-W43')).toEqual(weekRange('2026-W43', 'Europe/Berlin'));
    });
  });
});

describe('DST', () => {
  it('a week with the spring change is 167 hours, with the autumn change 169 (Berlin)', () => {
    const spring = weekRange('2026-W13', 'Europe/Berlin'); // Mon 23 – Sun 29 Mar 2026, clocks go forward on the 29th
    expect(new Date(spring.start).toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(new Date(spring.end).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((spring.end - spring.start) / 3_600_000).toBe(167);
    const autumn = weekRange('2026-W43', 'Europe/Berlin'); // Mon 19 – Sun 25 Oct, clocks go back on the 25th
    expect(new Date(autumn.start).toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect((autumn.end - autumn.start) / 3_600_000).toBe(169);
  });

  it('the hours around a DST change stay in their week (New York)', () => {
    // 8 Mar 2026 02:00 EST → 03:00 EDT, a Sunday
    expect(weekKey(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe('2026-W10'); // 01:59 EST Sun
    expect(weekKey(at('2026-03-08T07:01:00Z'), 'America/New_York')).toBe('2026-W10'); // 03:01 EDT Sun
    expect(weekKey(at('2026-03-09T03:59:00Z'), 'America/New_York')).toBe('2026-W10'); // 23:59 EDT Sun
    expect(weekKey(at('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-W11'); // 00:00 EDT Mon
    expect(weekRange('2026-W11', 'America/New_York').start).toBe(at('2026-03-09T04:00:00Z'));
  });

  it('a day whose midnight is skipped starts at 01:00 (Santiago, 6 Sep 2026)', () => {
    const t = startOfDay({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    expect(localDate(t, 'America/Santiago')).toEqual({ year: 2026, month: 9, day: 6 });
    expect(localDate(t - 1, 'America/Santiago')).toEqual({ year: 2026, month: 9, day: 5 });
  });

  it('every instant of a week range maps to that week, and the ranges tile (Sydney, a year)', () => {
    let key = '2026-W01';
    let prevEnd = weekRange(key, 'Australia/Sydney').start;
    for (let i = 0; i < 53; i++) {
      const r = weekRange(key, 'Australia/Sydney');
      expect(r.start).toBe(prevEnd);
      expect(weekKey(r.start, 'Australia/Sydney')).toBe(key);
      expect(weekKey(r.end - 1, 'Australia/Sydney')).toBe(key);
      expect(weekKey(r.end, 'Australia/Sydney')).toBe(nextWeek(key));
      prevEnd = r.end;
      key = nextWeek(key);
    }
  });
});

describe('week keys', () => {
  it('parses and validates', () => {
    expect(parseWeekKey('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseWeekKey('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekKey('2025-W53')).toBeNull();
    expect(parseWeekKey('2026-W00')).toBeNull();
    expect(parseWeekKey('2026-48')).toBeNull();
    expect(isWeekKey('2026-W01')).toBe(true);
    expect(isWeekKey(42)).toBe(false);
  });

  it('steps back and forth across years', () => {
    expect(previousWeek('2026-W01')).toBe('2025-W52');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
    expect(nextWeek('2026-W53')).toBe('2027-W01');
    expect(nextWeek('2026-W48')).toBe('2026-W49');
    expect(shiftWeek('2026-W48', -52)).toBe('2025-W48');
    expect(weekMonday('2026-W01')).toEqual({ year: 2025, month: 12, day: 29 });
    expect(weekMonday('2026-W48')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('labels a week by its dates', () => {
    expect(weekLabel('2026-W48', 'en-US')).toMatch(/Nov 23\s*[–-]\s*29, 2026/);
    expect(weekLabel('2026-W01', 'en-US')).toMatch(/Dec 29, 2025\s*[–-]\s*Jan 4, 2026/);
  });
});
