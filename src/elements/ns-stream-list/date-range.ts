/**
 * The stream list's date filter: a named range turned into a half-open UTC interval `[from, to)`
 * on the stream's "Last Updated". Pure: no DOM, no clock of its own (the caller passes `now`).
 *
 * The rule, in UTC calendar terms (a day starts at 00:00:00.000 UTC, a week on Monday):
 *
 * | range | from (inclusive) | to (exclusive) |
 * |---|---|---|
 * | `today` | today 00:00 | tomorrow 00:00 |
 * | `yesterday` | yesterday 00:00 | today 00:00 |
 * | `this-week` | Monday of this week 00:00 | tomorrow 00:00 |
 * | `this-month` | the 1st of this month 00:00 | tomorrow 00:00 |
 * | `past-month` | the 1st of the previous calendar month 00:00 | the 1st of this month 00:00 |
 * | `last-3-months` | the 1st of the month three months back 00:00 | tomorrow 00:00 |
 *
 * So on Wednesday 25 November 2026, `this-week` starts Monday 23 November, `past-month` is all of
 * October, and `last-3-months` starts 1 August: the three previous calendar months plus this month
 * so far (it contains `past-month` and `this-month`).
 */

/** The named date ranges, in the order the filter offers them. */
export const DATE_RANGES = [
  'today',
  'yesterday',
  'this-week',
  'this-month',
  'past-month',
  'last-3-months',
] as const;

/** A named date range (the `date-range` attribute of `<ns-stream-list>`). */
export type DateRange = (typeof DATE_RANGES)[number];

/** A half-open UTC interval: `from` inclusive, `to` exclusive. */
export interface UtcInterval {
  from: Date;
  to: Date;
}

const DAY = 86_400_000;

/** Whether `value` is one of {@link DATE_RANGES}. */
export function isDateRange(value: unknown): value is DateRange {
  return typeof value === 'string' && (DATE_RANGES as readonly string[]).includes(value);
}

/** 00:00 UTC of the day containing `ms`. */
function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** 00:00 UTC on the 1st of the month `offset` months from the one containing `ms`. */
function startOfMonth(ms: number, offset = 0): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

/**
 * The UTC interval of a named range at the instant `now` (see the table above).
 *
 * @param range - The named range.
 * @param now - The current instant (a `Date` or epoch milliseconds).
 */
export function dateRangeInterval(range: DateRange, now: number | Date): UtcInterval {
  const at = +now;
  const today = startOfDay(at);
  const tomorrow = today + DAY;
  const mondayOffset = (new Date(today).getUTCDay() + 6) % 7; // Monday = 0 … Sunday = 6
  const [from, to] = ((): [number, number] => {
    switch (range) {
      case 'today':
        return [today, tomorrow];
      case 'yesterday':
        return [today - DAY, today];
      case 'this-week':
        return [today - mondayOffset * DAY, tomorrow];
      case 'this-month':
        return [startOfMonth(at), tomorrow];
      case 'past-month':
        return [startOfMonth(at, -1), startOfMonth(at)];
      case 'last-3-months':
        return [startOfMonth(at, -3), tomorrow];
    }
  })();
  return {from: new Date(from), to: new Date(to)};
}
