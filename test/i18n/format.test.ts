import {expect} from '@open-wc/testing';
import {
  EMPTY_VALUE,
  formatBitrate,
  formatBytes,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatRelative,
  resolveLocale,
  toDate,
} from '../../src/i18n/format.js';

// Intl output can contain narrow no-break spaces (U+202F) and no-break spaces; compare on plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const ISO = '2023-03-09T23:07:40.522Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('format', () => {
  describe('formatDateTime', () => {
    it('shows the date and time in UTC, labelled so', () => {
      expect(plain(formatDateTime(ISO, 'en'))).to.equal('Mar 9, 2023, 11:07:40 PM UTC');
      expect(plain(formatDateTime(ISO, 'de'))).to.equal('09.03.2023, 23:07:40 UTC');
    });

    it('accepts a Date and epoch milliseconds alike', () => {
      const date = new Date(ISO);
      expect(formatDateTime(date, 'en')).to.equal(formatDateTime(ISO, 'en'));
      expect(formatDateTime(date.getTime(), 'en')).to.equal(formatDateTime(ISO, 'en'));
    });

    it('reads an ISO date-time without a zone as UTC', () => {
      expect(formatDateTime('2023-03-09T23:07:40', 'de')).to.equal(formatDateTime(ISO, 'de'));
    });

    it('can leave out the label where a header already says UTC', () => {
      expect(plain(formatDateTime(ISO, 'de', {label: false}))).to.equal('09.03.2023, 23:07:40');
    });

    it('shows a dash for invalid input, without throwing', () => {
      for (const bad of ['', 'not a date', '2023-13-45', Number.NaN, new Date('x')]) {
        expect(formatDateTime(bad, 'en'), String(bad)).to.equal(EMPTY_VALUE);
      }
      expect(formatDateTime(null as unknown as string, 'en')).to.equal(EMPTY_VALUE);
    });

    it('falls back to English for an invalid locale', () => {
      for (const bad of ['', 'en_US', 'not a locale!', '123']) {
        expect(formatDateTime(ISO, bad), bad).to.equal(formatDateTime(ISO, 'en'));
      }
    });
  });

  describe('formatDate', () => {
    it('shows the UTC date only (the UTC day, not the local one)', () => {
      expect(plain(formatDate(ISO, 'en'))).to.equal('Mar 9, 2023 UTC');
      expect(plain(formatDate('2023-03-09T23:59:59+00:00', 'de'))).to.equal('09.03.2023 UTC');
      expect(plain(formatDate('2023-03-10T00:30:00+02:00', 'de', {label: false}))).to.equal(
        '09.03.2023',
      );
    });

    it('shows a dash for invalid input and uses English for an invalid locale', () => {
      expect(formatDate('yesterday-ish', 'en')).to.equal(EMPTY_VALUE);
      expect(formatDate(ISO, '!!')).to.equal(formatDate(ISO, 'en'));
    });
  });

  describe('formatBytes (decimal: 1 kB = 1000 bytes)', () => {
    it('picks a readable unit', () => {
      expect(plain(formatBytes(0, 'en'))).to.equal('0 bytes');
      expect(plain(formatBytes(512, 'en'))).to.equal('512 bytes');
      expect(plain(formatBytes(1500, 'en'))).to.equal('1.5 kB');
      expect(plain(formatBytes(1_500_000, 'en'))).to.equal('1.5 MB');
      expect(plain(formatBytes(2_345_000_000, 'en'))).to.equal('2.3 GB');
      expect(plain(formatBytes(3e12, 'en'))).to.equal('3 TB');
    });

    it('does not show "1,000 kB" just below a megabyte', () => {
      expect(plain(formatBytes(999_960, 'en'))).to.equal('1 MB');
    });

    it('uses German separators and words', () => {
      expect(plain(formatBytes(1_500_000, 'de'))).to.equal('1,5 MB');
      expect(plain(formatBytes(512, 'de'))).to.equal('512 Byte');
    });

    it('shows a dash for negative or non-numeric sizes', () => {
      for (const bad of [-1, Number.NaN, Infinity, '12' as unknown as number]) {
        expect(formatBytes(bad, 'en')).to.equal(EMPTY_VALUE);
      }
    });
  });

  describe('formatBitrate', () => {
    it('shows kbit/s below 1000 and Mbit/s above', () => {
      expect(formatBitrate(800, 'en')).to.equal('800 kbit/s');
      expect(formatBitrate(128.46, 'en')).to.equal('128.5 kbit/s');
      expect(formatBitrate(2500, 'en')).to.equal('2.5 Mbit/s');
      expect(formatBitrate(0, 'en')).to.equal('0 kbit/s');
    });

    it('uses German decimal commas', () => {
      expect(formatBitrate(2500, 'de')).to.equal('2,5 Mbit/s');
      expect(formatBitrate(800, 'de')).to.equal('800 kbit/s');
    });

    it('shows a dash for invalid values', () => {
      expect(formatBitrate(-5, 'en')).to.equal(EMPTY_VALUE);
      expect(formatBitrate(Number.NaN, 'de')).to.equal(EMPTY_VALUE);
    });
  });

  describe('formatNumber', () => {
    it('groups digits as the locale does', () => {
      expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
      expect(formatNumber(1234567, 'de')).to.equal('1.234.567');
      expect(formatNumber(2.5, 'de')).to.equal('2,5');
    });

    it('falls back to English for a locale that is not a BCP 47 tag, and never throws', () => {
      expect(formatNumber(1234, 'not a locale!')).to.equal('1,234');
      expect(formatNumber(Number.NaN, 'en')).to.equal(EMPTY_VALUE);
      expect(formatNumber(Number.POSITIVE_INFINITY, 'de')).to.equal(EMPTY_VALUE);
    });

    it('gives each locale its own format when one call follows another', () => {
      expect(formatNumber(1000, 'de')).to.equal('1.000');
      expect(formatNumber(1000, 'en')).to.equal('1,000');
      expect(plain(formatNumber(1000, 'fr'))).to.equal('1 000');
    });
  });

  describe('formatDuration', () => {
    it('shows the two largest units', () => {
      expect(plain(formatDuration(3 * 3600 + 5 * 60, 'en'))).to.equal('3 hr 5 min');
      expect(plain(formatDuration(45, 'en'))).to.equal('45 sec');
      expect(plain(formatDuration(5 * 60 + 30, 'en'))).to.equal('5 min 30 sec');
      expect(plain(formatDuration(2 * 86400 + 4 * 3600 + 59, 'en'))).to.equal('2 days 4 hr');
    });

    it('leaves out a zero unit and rounds to the smaller unit shown', () => {
      expect(plain(formatDuration(3600, 'en'))).to.equal('1 hr');
      expect(plain(formatDuration(86400 + 5 * 60, 'en'))).to.equal('1 day');
      expect(plain(formatDuration(3 * 3600 + 5 * 60 + 40, 'en'))).to.equal('3 hr 6 min');
      expect(plain(formatDuration(59.6, 'en'))).to.equal('1 min');
      expect(plain(formatDuration(0, 'en'))).to.equal('0 sec');
    });

    it('is localised', () => {
      expect(plain(formatDuration(3 * 3600 + 5 * 60, 'de'))).to.equal('3 Std., 5 Min.');
    });

    it('shows a dash for invalid values', () => {
      expect(formatDuration(-1, 'en')).to.equal(EMPTY_VALUE);
      expect(formatDuration(Infinity, 'en')).to.equal(EMPTY_VALUE);
    });
  });

  describe('formatRelative', () => {
    it('uses the largest fitting unit, in the past and the future', () => {
      expect(formatRelative(3 * HOUR, 'en')).to.equal('in 3 hours');
      expect(formatRelative(-2 * DAY, 'en')).to.equal('2 days ago');
      expect(formatRelative(-90_000, 'en')).to.equal('2 minutes ago');
      expect(formatRelative(400 * DAY, 'en')).to.equal('next year');
      expect(formatRelative(-3 * 365 * DAY, 'en')).to.equal('3 years ago');
      expect(formatRelative(0, 'en')).to.equal('now');
    });

    it('moves to the next unit instead of saying "60 minutes"', () => {
      expect(formatRelative(59.8 * 60_000, 'en')).to.equal('in 1 hour');
    });

    it('is localised', () => {
      expect(formatRelative(3 * HOUR, 'de')).to.equal('in 3 Stunden');
      expect(formatRelative(-DAY, 'de')).to.equal('gestern');
    });

    it('shows a dash for invalid values and English for an invalid locale', () => {
      expect(formatRelative(Number.NaN, 'en')).to.equal(EMPTY_VALUE);
      expect(formatRelative(3 * HOUR, 'xx_!!')).to.equal('in 3 hours');
    });
  });

  it('resolveLocale canonicalises valid tags and falls back to en', () => {
    expect(resolveLocale('de-de')).to.equal('de-DE');
    expect(resolveLocale(undefined)).to.equal('en');
    expect(resolveLocale('en_US')).to.equal('en');
  });

  it('toDate rejects what is not a date', () => {
    expect(toDate('')).to.equal(undefined);
    expect(toDate(undefined)).to.equal(undefined);
    expect(toDate('2024-01-02')?.toISOString()).to.equal('2024-01-02T00:00:00.000Z');
  });
});
