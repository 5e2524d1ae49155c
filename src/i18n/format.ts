/**
 * Locale-aware formatting with `Intl`, for display only. Every function is total: an invalid value
 * gives `'—'` (`EMPTY_VALUE`) and an invalid locale falls back to `en`; nothing throws.
 * Formatters are cached per locale and options.
 */

/** What a formatter returns for a value it cannot show. */
export const EMPTY_VALUE = '—';

const FALLBACK_LOCALE = 'en';

const resolved = new Map<string, string>();

/** Returns `locale` canonicalised when it is a valid BCP 47 tag, else `en` (worked out once per tag). */
export function resolveLocale(locale: string | undefined): string {
  if (!locale) return FALLBACK_LOCALE;
  let result = resolved.get(locale);
  if (result === undefined) {
    try {
      result = Intl.getCanonicalLocales(locale)[0] ?? FALLBACK_LOCALE;
    } catch {
      result = FALLBACK_LOCALE;
    }
    resolved.set(locale, result);
  }
  return result;
}

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, create: (l: string) => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create(resolveLocale(locale));
    cache.set(key, formatter);
  }
  return formatter;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('dt', locale, options, l => new Intl.DateTimeFormat(l, options));

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  cached('nf', locale, options, l => new Intl.NumberFormat(l, options));

// An ISO date-time without `Z` or an offset would be parsed as local time; the API means UTC.
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * Reads a date: a `Date`, milliseconds since the epoch, or a string `Date` understands. An ISO
 * date-time without a zone is taken as UTC. Returns undefined when it is not a valid date.
 */
export function toDate(value: string | number | Date | null | undefined): Date | undefined {
  let date: Date;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string' && value.trim() !== '') {
    const text = value.trim();
    date = new Date(ISO_WITHOUT_ZONE.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  } else return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Options of the date formatters. */
export interface DateFormatOptions {
  /**
   * Append " UTC" (default true); pass false where a column header already says UTC, or a
   * template with `{date}` (a translation's wording, e.g. `'{date} UTC'`).
   */
  label?: boolean | string;
}

function withLabel(text: string, label: DateFormatOptions['label']): string {
  if (label === false) return text;
  if (typeof label === 'string') return label.replace(/\{date\}/g, () => text);
  return `${text} UTC`;
}

/**
 * A date and time in UTC, e.g. "Mar 9, 2023, 12:07:40 PM UTC" (en), "09.03.2023, 12:07:40 UTC" (de).
 *
 * @param value - A `Date`, epoch milliseconds or a date string (zone-less ISO is taken as UTC).
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatDateTime(
  value: string | number | Date,
  locale: string,
  options: DateFormatOptions = {},
): string {
  return formatUtc(value, locale, {dateStyle: 'medium', timeStyle: 'medium'}, options);
}

/**
 * A date in UTC, without the time, e.g. "Mar 9, 2023 UTC" (en), "09.03.2023 UTC" (de).
 *
 * @param value - A `Date`, epoch milliseconds or a date string (zone-less ISO is taken as UTC).
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatDate(
  value: string | number | Date,
  locale: string,
  options: DateFormatOptions = {},
): string {
  return formatUtc(value, locale, {dateStyle: 'medium'}, options);
}

/** `value` in UTC with `styles`, "UTC" appended unless `options.label` is false. */
function formatUtc(
  value: string | number | Date,
  locale: string,
  styles: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>,
  options: DateFormatOptions,
): string {
  const date = toDate(value);
  if (!date) return EMPTY_VALUE;
  return withLabel(
    dateTimeFormat(locale, {timeZone: 'UTC', ...styles}).format(date),
    options.label,
  );
}

/** A number with the locale's digit grouping, e.g. "1,234" (en), "1.234" (de). */
export function formatNumber(value: number, locale: string): string {
  return Number.isFinite(value) ? numberFormat(locale, {}).format(value) : EMPTY_VALUE;
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/**
 * A file size in decimal (SI) units, 1 kB = 1000 bytes, as `Intl` names them: "512 bytes",
 * "1.5 MB" (en), "1,5 MB" (de). Decimal because `Intl`'s unit names (kB, MB) are the SI ones and
 * it matches what storage and CDNs report. Negative or non-finite → `'—'`.
 *
 * @param bytes - The size in bytes.
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatBytes(bytes: number, locale: string): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return EMPTY_VALUE;
  let exponent =
    bytes < 1000 ? 0 : Math.min(BYTE_UNITS.length - 1, Math.floor(Math.log10(bytes) / 3));
  // 999,950 bytes would round to "1,000 kB": show it as "1 MB" instead.
  if (
    exponent < BYTE_UNITS.length - 1 &&
    Math.round((bytes / 1000 ** exponent) * 10) / 10 >= 1000
  ) {
    exponent += 1;
  }
  const unit = BYTE_UNITS[exponent] ?? 'byte';
  return numberFormat(locale, {
    style: 'unit',
    unit,
    // "0 byte" (short) reads oddly; the long form gives "0 bytes" / "0 Byte".
    unitDisplay: exponent === 0 ? 'long' : 'short',
    maximumFractionDigits: exponent === 0 ? 0 : 1,
  }).format(bytes / 1000 ** exponent);
}

/**
 * A bitrate: "800 kbit/s" below 1000 kbit/s, else "2.5 Mbit/s" (de "2,5 Mbit/s"). The unit is
 * written out because `Intl`'s English short form ("kb/s") reads as kilobytes to many people.
 * Negative or non-finite → `'—'`.
 *
 * @param kbps - Kilobits (1000 bits) per second.
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatBitrate(kbps: number, locale: string): string {
  if (typeof kbps !== 'number' || !Number.isFinite(kbps) || kbps < 0) return EMPTY_VALUE;
  const rounded = Math.round(kbps * 10) / 10;
  if (rounded < 1000) {
    return `${numberFormat(locale, {maximumFractionDigits: 1}).format(rounded)} kbit/s`;
  }
  return `${numberFormat(locale, {maximumFractionDigits: 2}).format(kbps / 1000)} Mbit/s`;
}

const DURATION_UNITS = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const;

/**
 * A duration with its two largest units, e.g. "3 hr 5 min", "45 sec", "2 days 4 hr" (en),
 * "3 Std., 5 Min." (de). Rounded to the smaller unit shown (so 3 h 5 min 40 s → "3 hr 6 min").
 * Negative or non-finite → `'—'`.
 *
 * @param seconds - The duration in seconds.
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatDuration(seconds: number, locale: string): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return EMPTY_VALUE;
  // Round to the granularity of the smaller unit shown: seconds below an hour, minutes below a
  // day, hours beyond.
  const step = seconds >= 86400 ? 3600 : seconds >= 3600 ? 60 : 1;
  let rest = Math.round(seconds / step) * step;
  const amounts = DURATION_UNITS.map(([unit, size]) => {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    return [unit, amount] as const;
  });
  const largest = amounts.findIndex(([, amount]) => amount > 0);
  if (largest === -1) return formatUnit(0, 'second', locale);
  // The largest unit and the one below it, leaving out a zero ("1 day", not "1 day 0 hr").
  const shown = amounts
    .slice(largest, largest + 2)
    .filter(([, amount]) => amount > 0)
    .map(([unit, amount]) => formatUnit(amount, unit, locale));
  return cached(
    'lf',
    locale,
    {type: 'unit', style: 'narrow'},
    l => new Intl.ListFormat(l, {type: 'unit', style: 'narrow'}),
  ).format(shown);
}

function formatUnit(amount: number, unit: string, locale: string): string {
  return numberFormat(locale, {style: 'unit', unit, unitDisplay: 'short'}).format(amount);
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  // unit, its length in ms, how many of it before the next unit takes over
  ['second', 1000, 60],
  ['minute', 60_000, 60],
  ['hour', 3_600_000, 24],
  ['day', 86_400_000, 30],
  ['month', 30 * 86_400_000, 12],
  ['year', 365 * 86_400_000, Infinity],
];

/**
 * A time offset from now in words, with the largest fitting unit: "in 3 hours", "2 days ago",
 * "yesterday", "now" (en); "in 3 Stunden", "vorgestern" (de). Non-finite → `'—'`.
 *
 * @param ms - Milliseconds from now: positive in the future, negative in the past (e.g.
 *   `expiresAt.getTime() - Date.now()`).
 * @param locale - BCP 47 tag; invalid → `en`.
 */
export function formatRelative(ms: number, locale: string): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return EMPTY_VALUE;
  const format = cached(
    'rtf',
    locale,
    {numeric: 'auto'},
    l => new Intl.RelativeTimeFormat(l, {numeric: 'auto'}),
  );
  const abs = Math.abs(ms);
  for (const [unit, size, limit] of RELATIVE_UNITS) {
    const amount = Math.round(abs / size);
    if (amount < limit) return format.format(Math.sign(ms) * amount || 0, unit);
  }
  return EMPTY_VALUE; // unreachable: years have no limit
}
