import {expect} from '@open-wc/testing';
import {
  DATE_RANGES,
  dateRangeInterval,
  isDateRange,
} from '../../../src/elements/ns-stream-list/date-range.js';
import {
  formatTags,
  isFiltered,
  normalisePageSize,
  normaliseQuery,
  assumedFilters,
  pageInfo,
  parseTags,
  probeQuery,
  queryKey,
  stateOf,
  toStreamQuery,
  withoutFilters,
} from '../../../src/elements/ns-stream-list/query.js';
import {
  groupMembers,
  groupRole,
  playoutCount,
} from '../../../src/elements/ns-stream-list/groups.js';
import {lastUpdated, usableInfo} from '../../../src/elements/ns-stream-list/fields.js';
import {isOffered, learn, notOffered} from '../../../src/elements/ns-stream-list/offered.js';
import type {Stream} from '../../../src/api/types.js';

const at = (iso: string) => new Date(iso).toISOString();
const interval = (range: Parameters<typeof dateRangeInterval>[0], now: string) => {
  const {from, to} = dateRangeInterval(range, Date.parse(now));
  return [from.toISOString(), to.toISOString()];
};

describe('ns-stream-list logic: date ranges', () => {
  // Wednesday 25 November 2026, 10:30 UTC.
  const now = '2026-11-25T10:30:00.000Z';

  it('today and yesterday are whole UTC days', () => {
    expect(interval('today', now)).to.deep.equal([
      at('2026-11-25T00:00:00Z'),
      at('2026-11-26T00:00:00Z'),
    ]);
    expect(interval('yesterday', now)).to.deep.equal([
      at('2026-11-24T00:00:00Z'),
      at('2026-11-25T00:00:00Z'),
    ]);
  });

  it('this week starts on Monday, also on a Sunday and on a Monday', () => {
    expect(interval('this-week', now)[0]).to.equal(at('2026-11-23T00:00:00Z'));
    expect(interval('this-week', '2026-11-29T23:59:59.999Z')).to.deep.equal([
      at('2026-11-23T00:00:00Z'),
      at('2026-11-30T00:00:00Z'),
    ]);
    expect(interval('this-week', '2026-11-30T00:00:00.000Z')[0]).to.equal(
      at('2026-11-30T00:00:00Z'),
    );
  });

  it('this month, the past (previous calendar) month and the last 3 months', () => {
    expect(interval('this-month', now)).to.deep.equal([
      at('2026-11-01T00:00:00Z'),
      at('2026-11-26T00:00:00Z'),
    ]);
    expect(interval('past-month', now)).to.deep.equal([
      at('2026-10-01T00:00:00Z'),
      at('2026-11-01T00:00:00Z'),
    ]);
    expect(interval('last-3-months', now)).to.deep.equal([
      at('2026-08-01T00:00:00Z'),
      at('2026-11-26T00:00:00Z'),
    ]);
  });

  it('crosses year boundaries', () => {
    expect(interval('past-month', '2027-01-15T08:00:00Z')).to.deep.equal([
      at('2026-12-01T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
    ]);
    expect(interval('last-3-months', '2027-02-01T00:00:00Z')[0]).to.equal(
      at('2026-11-01T00:00:00Z'),
    );
    expect(interval('yesterday', '2027-01-01T00:30:00Z')[0]).to.equal(at('2026-12-31T00:00:00Z'));
  });

  it('on a Monday: this week is that day so far; last week is not in it', () => {
    // Monday 23 November 2026, 00:00:00.000 and 23:59:59.999 UTC.
    for (const now of ['2026-11-23T00:00:00.000Z', '2026-11-23T23:59:59.999Z']) {
      expect(interval('this-week', now), now).to.deep.equal([
        at('2026-11-23T00:00:00Z'),
        at('2026-11-24T00:00:00Z'),
      ]);
      expect(interval('yesterday', now), now).to.deep.equal([
        at('2026-11-22T00:00:00Z'),
        at('2026-11-23T00:00:00Z'),
      ]);
    }
  });

  it('on a Sunday: this week started the Monday six days before', () => {
    // Sunday 22 November 2026, one millisecond into the day and one before its end.
    for (const now of ['2026-11-22T00:00:00.001Z', '2026-11-22T23:59:59.999Z']) {
      expect(interval('this-week', now), now).to.deep.equal([
        at('2026-11-16T00:00:00Z'),
        at('2026-11-23T00:00:00Z'),
      ]);
      expect(interval('today', now), now).to.deep.equal([
        at('2026-11-22T00:00:00Z'),
        at('2026-11-23T00:00:00Z'),
      ]);
    }
  });

  it('on 1 January: every range reaches back into the old year as the calendar says', () => {
    // Friday 1 January 2027, 00:00 UTC: the week began on Monday 28 December 2026.
    const jan1 = '2027-01-01T00:00:00.000Z';
    expect(interval('today', jan1)).to.deep.equal([
      at('2027-01-01T00:00:00Z'),
      at('2027-01-02T00:00:00Z'),
    ]);
    expect(interval('yesterday', jan1)).to.deep.equal([
      at('2026-12-31T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
    ]);
    expect(interval('this-week', jan1)).to.deep.equal([
      at('2026-12-28T00:00:00Z'),
      at('2027-01-02T00:00:00Z'),
    ]);
    expect(interval('this-month', jan1)).to.deep.equal([
      at('2027-01-01T00:00:00Z'),
      at('2027-01-02T00:00:00Z'),
    ]);
    expect(interval('past-month', jan1)).to.deep.equal([
      at('2026-12-01T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
    ]);
    expect(interval('last-3-months', jan1)).to.deep.equal([
      at('2026-10-01T00:00:00Z'),
      at('2027-01-02T00:00:00Z'),
    ]);
    // One millisecond earlier it is still 2026.
    expect(interval('past-month', '2026-12-31T23:59:59.999Z')).to.deep.equal([
      at('2026-11-01T00:00:00Z'),
      at('2026-12-01T00:00:00Z'),
    ]);
  });

  it('on 1 March: the past month is all of February, 28 or 29 days', () => {
    expect(interval('past-month', '2027-03-01T00:00:00.000Z')).to.deep.equal([
      at('2027-02-01T00:00:00Z'),
      at('2027-03-01T00:00:00Z'),
    ]);
    expect(interval('past-month', '2028-03-01T12:00:00.000Z')).to.deep.equal([
      at('2028-02-01T00:00:00Z'),
      at('2028-03-01T00:00:00Z'),
    ]);
    // The last moment of February (a leap day) is still in February's "this month".
    expect(interval('this-month', '2028-02-29T23:59:59.999Z')).to.deep.equal([
      at('2028-02-01T00:00:00Z'),
      at('2028-03-01T00:00:00Z'),
    ]);
    expect(interval('last-3-months', '2027-03-01T00:00:00.000Z')[0]).to.equal(
      at('2026-12-01T00:00:00Z'),
    );
  });

  it('is the same rule whatever the time zone of the browser (UTC fields only)', () => {
    // 23:30 UTC on Sunday is already Monday east of UTC: the UTC week still began six days ago.
    expect(interval('this-week', '2026-11-29T23:30:00Z')[0]).to.equal(at('2026-11-23T00:00:00Z'));
    // 00:30 UTC on the 1st is still the previous month west of UTC: UTC says a new month.
    expect(interval('this-month', '2026-12-01T00:30:00Z')[0]).to.equal(at('2026-12-01T00:00:00Z'));
  });

  it('knows its range names', () => {
    expect(DATE_RANGES.every(isDateRange)).to.equal(true);
    expect(isDateRange('last-week')).to.equal(false);
    expect(isDateRange(null)).to.equal(false);
  });
});

describe('ns-stream-list logic: query', () => {
  const defaults = {
    state: 'all',
    tags: [],
    dateRange: null,
    individualStreams: false,
    pageSize: 25,
    page: 1,
  };

  it('parses and formats the tags attribute', () => {
    expect(parseTags(' production, event:finale ,,production ')).to.deep.equal([
      'production',
      'event:finale',
    ]);
    expect(parseTags(null)).to.deep.equal([]);
    expect(formatTags(['a', 'b'])).to.equal('a,b');
    expect(formatTags([])).to.equal(null);
  });

  it('normalises unknown values to the defaults', () => {
    const q = normaliseQuery({
      state: 'bogus',
      tags: ['x', ' x ', ''],
      dateRange: 'someday',
      individualStreams: 'yes',
      pageSize: 'ten',
      page: -3,
    });
    expect(q).to.deep.equal({...defaults, tags: ['x']});
    expect(isFiltered(q)).to.equal(true);
    expect(isFiltered(normaliseQuery(defaults))).to.equal(false);
  });

  it('reads a page size as one of 25, 50, 100, 150', () => {
    expect([25, 50, 100, 150].map(normalisePageSize)).to.deep.equal([25, 50, 100, 150]);
    expect(normalisePageSize(30)).to.equal(50);
    expect(normalisePageSize(1000)).to.equal(150);
    expect(normalisePageSize(0)).to.equal(25);
  });

  it('turns a query into one API page with its filters', () => {
    const q = normaliseQuery({
      ...defaults,
      state: 'ended',
      tags: ['production'],
      dateRange: 'yesterday',
      individualStreams: true,
      pageSize: 50,
      page: 3,
    });
    const api = toStreamQuery(q, Date.parse('2026-11-25T10:30:00Z'));
    expect(api).to.deep.equal({
      quantity: 50,
      offset: 100,
      state: 'ended',
      tags: ['production'],
      updatedAfter: new Date('2026-11-24T00:00:00Z'),
      updatedBefore: new Date('2026-11-25T00:00:00Z'),
      individual: true,
    });
    // "All" sends no state at all, as the official client does.
    expect(toStreamQuery(normaliseQuery(defaults), 0)).to.deep.equal({quantity: 25, offset: 0});
    expect(stateOf('all')).to.equal(undefined);
    expect(stateOf('deleted')).to.equal('deleted');
  });

  it('names the assumed filters of a query and drops the ones not offered', () => {
    const q = normaliseQuery({
      ...defaults,
      state: 'deleted',
      tags: ['production'],
      dateRange: 'today',
      individualStreams: true,
      page: 4,
    });
    expect(assumedFilters(q)).to.deep.equal(['deleted', 'date', 'individual']);
    expect(assumedFilters(normaliseQuery({...defaults, state: 'live'}))).to.deep.equal([]);
    expect(withoutFilters(q, new Set(['date']))).to.deep.equal({...q, dateRange: null});
    expect(withoutFilters(q, new Set(['deleted', 'individual']))).to.deep.equal({
      ...q,
      state: 'all',
      individualStreams: false,
    });
    // Nothing to drop: the same object, so that the list does not reload.
    const live = normaliseQuery({...defaults, state: 'live'});
    expect(withoutFilters(live, new Set(['deleted', 'date', 'individual']))).to.equal(live);
    // A probe asks one row with only that assumed filter (the documented ones stay).
    expect(probeQuery(q, 'individual', 0)).to.deep.equal({
      quantity: 1,
      offset: 0,
      tags: ['production'],
      individual: true,
    });
  });

  it('gives equal queries equal keys', () => {
    const a = normaliseQuery({...defaults, tags: ['a']});
    const b = normaliseQuery({...defaults, tags: ['a']});
    expect(queryKey(a)).to.equal(queryKey(b));
    expect(queryKey(a)).not.to.equal(queryKey(normaliseQuery({...defaults, page: 2})));
  });

  it('places a page in the list', () => {
    expect(pageInfo(312, 1, 25, 25)).to.deep.equal({
      pages: 13,
      from: 1,
      to: 25,
      total: 312,
      atLeast: undefined,
      hasPrevious: false,
      hasNext: true,
    });
    expect(pageInfo(312, 13, 25, 12)).to.include({from: 301, to: 312, hasNext: false});
    expect(pageInfo(0, 1, 25, 0)).to.include({pages: 1, from: 0, to: 0, hasNext: false});
  });

  it('pages without a total: a full page may have more, a short one ends the list', () => {
    // A full page: at least this many, next possible, no page count.
    expect(pageInfo(undefined, 2, 25, 25)).to.deep.equal({
      pages: undefined,
      from: 26,
      to: 50,
      total: undefined,
      atLeast: 50,
      hasPrevious: true,
      hasNext: true,
    });
    // A short page: its end is the exact total.
    expect(pageInfo(undefined, 3, 25, 7)).to.deep.equal({
      pages: 3,
      from: 51,
      to: 57,
      total: 57,
      atLeast: undefined,
      hasPrevious: true,
      hasNext: false,
    });
    // An empty first page: there are none.
    expect(pageInfo(undefined, 1, 25, 0)).to.include({total: 0, pages: 1, hasNext: false});
    // An empty page past the first says nothing about the total.
    expect(pageInfo(undefined, 5, 25, 0)).to.include({
      total: undefined,
      pages: undefined,
      atLeast: undefined,
      hasPrevious: true,
      hasNext: false,
    });
  });
});

describe('ns-stream-list logic: optional fields and what the API offers', () => {
  it('"Last Updated" falls back to created_at, and to nothing when neither is a date', () => {
    const created = '2026-10-02T08:53:50.377Z';
    const updated = '2026-11-20T17:02:11.000Z';
    expect(lastUpdated({created_at: created, updated_at: updated})).to.equal(updated);
    expect(lastUpdated({created_at: created})).to.equal(created);
    expect(lastUpdated({created_at: created, updated_at: 'soon'})).to.equal(created);
    expect(lastUpdated({created_at: 'never'})).to.equal(undefined);
    expect(lastUpdated({} as {created_at: string})).to.equal(undefined);
  });

  it('uses a playout quality only when every number is usable', () => {
    const info = {width: 1280, height: 720, bitrate: 1600, fps: 30};
    expect(usableInfo(info)).to.deep.equal(info);
    expect(usableInfo(undefined)).to.equal(undefined);
    expect(usableInfo({width: 1280, height: 720, bitrate: 1600})).to.equal(undefined);
    expect(usableInfo({...info, fps: Number.NaN})).to.equal(undefined);
  });

  it("remembers per client what its server does not offer, for the client's lifetime", () => {
    const a = {};
    const b = {};
    expect(isOffered(a, 'date')).to.equal(undefined);
    learn(a, 'date', false);
    learn(a, 'individual', true);
    expect(isOffered(a, 'date')).to.equal(false);
    expect(isOffered(a, 'individual')).to.equal(true);
    expect([...notOffered(a)]).to.deep.equal(['date']);
    // "Not offered" is final: a later success of another request does not undo it.
    learn(a, 'date', true);
    expect(isOffered(a, 'date')).to.equal(false);
    // Another client knows nothing yet; no client knows nothing.
    expect(notOffered(b).size).to.equal(0);
    expect(isOffered(undefined, 'date')).to.equal(undefined);
  });
});

describe('ns-stream-list logic: groups', () => {
  const playout = (id: string, index: number, streamname: string) =>
    ({
      id,
      index,
      tags: [],
      rtmp: {url: 'rtmp://x/play', streamname},
      server: {},
      info: {width: 1920, height: 1080, bitrate: 3000, fps: 30},
    }) as unknown as NonNullable<Stream['playout']['h5live']>[number];
  const group = {
    id: 'g',
    streamgroup: 'g',
    tags: [],
    playout: {h5live: [playout('t2', 2, 'AAAAA-22222'), playout('g', 0, 'AAAAA-00000')]},
  } as unknown as Stream;

  it('tells single streams, groups and members apart', () => {
    expect(groupRole({id: 'a'})).to.equal('single');
    expect(groupRole({id: 'g', streamgroup: 'g'})).to.equal('group');
    expect(groupRole({id: 't', streamgroup: 'g'})).to.equal('member');
  });

  it("lists a group's playouts from its h5live entries, passthrough first", () => {
    expect(playoutCount(group)).to.equal(2);
    expect(groupMembers(group).map(m => [m.id, m.index, m.streamname])).to.deep.equal([
      ['g', 0, 'AAAAA-00000'],
      ['t2', 2, 'AAAAA-22222'],
    ]);
    expect(groupMembers({...group, streamgroup: undefined} as Stream)).to.deep.equal([]);
  });
});
