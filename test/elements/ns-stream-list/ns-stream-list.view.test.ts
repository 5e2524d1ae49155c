import {expect} from '@open-wc/testing';
import type {Stream} from '../../../src/api/types.js';
import {formatBitrate, formatDateTime} from '../../../src/i18n/format.js';
import {localize} from '../../../src/i18n/localize.js';
import {streamListCatalogues} from '../../../src/elements/ns-stream-list/ns-stream-list.catalogues.js';
import {
  bodyView,
  droppedAnnouncement,
  filtersView,
  listRows,
  pageContent,
  pageKnown,
  paginationView,
  rangeText,
  rowId,
  rowKeyAction,
  selectDetail,
  type BodyInput,
  type LoadedPage,
  type MemberRowView,
  type StreamRowView,
  type TableView,
  type Words,
} from '../../../src/elements/ns-stream-list/ns-stream-list.view.js';
import {
  normaliseQuery,
  queryKey,
  type AssumedFilter,
  type NormalisedQuery,
  type QueryInput,
} from '../../../src/elements/ns-stream-list/query.js';

const words = (locale = 'en'): Words => ({
  text: (key, vars) => localize(streamListCatalogues, locale, undefined, key, vars),
  locale,
});
const en = words();

/** The default query (every value normalised from nothing), with `patch` on top. */
const query = (patch: Partial<NormalisedQuery> = {}): NormalisedQuery => ({
  ...normaliseQuery({} as QueryInput),
  ...patch,
});

const playout = (id: string, index: number, info?: object) =>
  ({
    id,
    index,
    rtmp: {url: 'rtmp://x/play', streamname: `name-${id}`},
    info,
  }) as unknown as NonNullable<NonNullable<Stream['playout']>['h5live']>[number];

const single = {
  id: 'aaaa-1111',
  state: 'live',
  tags: ['news', 'de'],
  ingest: {rtmp: {streamname: 'single-name'}},
  updated_at: '2026-11-18T10:00:00.000Z',
} as unknown as Stream;
const group = {
  id: 'gggg-0000',
  streamgroup: 'gggg-0000',
  state: 'created',
  tags: [],
  created_at: '2026-11-01T08:00:00.000Z',
  playout: {
    h5live: [
      playout('tttt-2222', 1, {width: 1280, height: 720, bitrate: 1500, fps: 30}),
      playout('gggg-0000', 0),
    ],
  },
} as unknown as Stream;
const member = {id: 'tttt-2222', streamgroup: 'gggg-0000', state: 'ended'} as unknown as Stream;
const emptyGroup = {id: 'eeee', streamgroup: 'eeee', state: 'locked'} as unknown as Stream;

const page = (streams: Stream[], total: number | undefined, q = query()): LoadedPage => ({
  streams,
  total,
  known: total ?? streams.length,
  key: queryKey(q),
});

const input = (patch: Partial<BodyInput> = {}): BodyInput => ({
  phase: 'complete',
  quiet: false,
  value: undefined,
  lastPage: undefined,
  query: query(),
  expanded: new Set(),
  focusKey: null,
  skeletonHeight: 0,
  ...patch,
});

describe('ns-stream-list view', () => {
  describe('filters', () => {
    it('offers every state and date range, the current one selected', () => {
      const view = filtersView(query({state: 'ended', dateRange: 'today'}), () => true, '', en);
      expect(view.state.options.map(o => o.label)).to.deep.equal([
        'All',
        'Live',
        'Created',
        'Ended',
        'Locked',
        'Deleted',
      ]);
      expect(view.state.options.filter(o => o.selected).map(o => o.value)).to.deep.equal(['ended']);
      expect(view.date.value).to.equal('today');
      expect(view.date.options[0]).to.deep.include({value: '', label: 'Any time', selected: false});
      expect(view.date.options.length).to.equal(7);
      expect(view.state.note).to.equal(undefined);
      expect(view.date.disabled || view.individual.disabled).to.equal(false);
    });

    it('disables what the API does not offer, with a note to point at', () => {
      const missing = new Set<AssumedFilter>(['deleted', 'date', 'individual']);
      const view = filtersView(query(), f => !missing.has(f), 'said', en);
      expect(view.state.options.find(o => o.value === 'deleted')!.disabled).to.equal(true);
      expect(view.state.options.find(o => o.value === 'live')!.disabled).to.equal(false);
      expect(view.state.note).to.deep.equal({
        id: 'deleted-note',
        text: 'This API does not offer the filter for deleted streams.',
      });
      expect(view.date.disabled && view.individual.disabled).to.equal(true);
      expect(view.date.note!.id).to.equal('date-note');
      expect(view.individual.note!.id).to.equal('individual-note');
      expect(view.announcement).to.equal('said');
    });

    it('lists the applied tags with their remove labels', () => {
      const view = filtersView(query({tags: ['a', 'b c']}), () => true, '', en);
      expect(view.applied.tags).to.deep.equal([
        {tag: 'a', removeLabel: 'Remove tag filter a'},
        {tag: 'b c', removeLabel: 'Remove tag filter b c'},
      ]);
    });

    it('says why filters were dropped, in the singular and the plural', () => {
      expect(droppedAnnouncement(['date'], en)).to.equal(
        'This API does not offer the date filter. The list shows the streams without this filter.',
      );
      expect(droppedAnnouncement(['date', 'individual'], en)).to.match(
        /date filter\. .*individual streams\. The list shows the streams without these filters\.$/,
      );
    });
  });

  describe('rows', () => {
    it("lists an open group's playouts after it, passthrough first", () => {
      const rows = listRows([single, group], new Set(['gggg-0000']), false);
      expect(rows.map(r => r.key)).to.deep.equal([
        'aaaa-1111',
        'gggg-0000',
        'gggg-0000/gggg-0000',
        'gggg-0000/tttt-2222',
      ]);
      expect(listRows([single, group], new Set(), false)).to.have.length(2);
      // Listed as individual streams, no group opens.
      expect(listRows([group], new Set(['gggg-0000']), true)).to.have.length(1);
    });

    it('shows a stream row: badge, name, group, last updated, tags', () => {
      const view = pageContent(page([single, group], 2), false, input(), en) as TableView;
      expect(view.kind).to.equal('table');
      expect(view.caption).to.equal('Streams, 1–2 of 2');
      expect(view.columns.join(' | ')).to.equal(
        'State | Stream ID | Streamname | Streamgroup | Last Updated (UTC) | Tags',
      );
      const [first, second] = view.rows as StreamRowView[];
      expect(first!.badge).to.deep.equal({state: 'live', label: 'live'});
      expect(first!.streamname).to.equal('single-name');
      expect(first!.group).to.deep.equal({kind: 'single', label: 'Single Stream'});
      expect(first!.updated).to.deep.equal({
        datetime: '2026-11-18T10:00:00.000Z',
        text: formatDateTime('2026-11-18T10:00:00.000Z', 'en', {label: false}),
      });
      expect(first!.tags).to.deep.equal(['news', 'de']);
      // The first row is the tab stop when the remembered one is not shown.
      expect(view.rows.map(r => r.tabStop)).to.deep.equal([true, false]);
      expect(second!.streamname).to.equal('—');
      expect(second!.updated!.datetime, 'created_at stands in').to.equal(
        '2026-11-01T08:00:00.000Z',
      );
      expect(second!.group).to.deep.equal({
        kind: 'toggle',
        label: 'Streamgroup (2 Playouts)',
        streamId: 'gggg-0000',
        open: false,
        controls: [],
      });
    });

    it('tells groups, members, and groups that list no playouts apart', () => {
      const view = pageContent(
        page([member, emptyGroup, group], 3),
        false,
        input({expanded: new Set(['gggg-0000']), focusKey: 'gggg-0000/tttt-2222'}),
        en,
      ) as TableView;
      const [m, e, g] = view.rows as StreamRowView[];
      expect(m!.group).to.deep.equal({
        kind: 'member',
        label: 'Streamgroup member',
        groupId: {before: 'Streamgroup ID ', id: 'gggg-0000', after: ''},
      });
      expect(e!.group).to.deep.include({kind: 'group', label: 'Streamgroup'});
      expect(g!.group).to.deep.include({
        kind: 'toggle',
        open: true,
        controls: [rowId('gggg-0000/gggg-0000'), rowId('gggg-0000/tttt-2222')],
      });
      const members = view.rows.filter(r => r.kind === 'member') as MemberRowView[];
      expect(members.map(r => r.role)).to.deep.equal([
        'Passthrough (original stream)',
        'Transcode 1',
      ]);
      expect(members[0]!.quality).to.equal('');
      expect(members[1]!.quality).to.equal(`1280×720 · ${formatBitrate(1500, 'en')} · 30 fps`);
      expect(members[1]!.streamname).to.equal('name-tttt-2222');
      expect(members[1]!.rowId).to.equal('row-gggg-0000_tttt-2222');
      expect(view.rows.filter(r => r.tabStop).map(r => r.key)).to.deep.equal([
        'gggg-0000/tttt-2222',
      ]);
    });

    it('shows a state it does not know as the API wrote it, without a shape', () => {
      const odd = {...single, state: 'paused'} as unknown as Stream;
      const [row] = (pageContent(page([odd], 1), false, input(), en) as TableView)
        .rows as StreamRowView[];
      expect(row!.badge).to.deep.equal({state: undefined, label: 'paused'});
    });

    it('reports the stream, its group, or the playout a row stands for', () => {
      expect(selectDetail([single, group], 'aaaa-1111')).to.deep.equal({streamId: 'aaaa-1111'});
      expect(selectDetail([single, group], 'gggg-0000')).to.deep.equal({
        streamId: 'gggg-0000',
        streamgroupId: 'gggg-0000',
      });
      expect(selectDetail([group], 'gggg-0000/tttt-2222')).to.deep.equal({
        streamId: 'tttt-2222',
        streamgroupId: 'gggg-0000',
      });
      expect(selectDetail([group], 'nope')).to.equal(undefined);
    });

    it('maps the keys of a row', () => {
      expect(
        ['Enter', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'Home', 'a'].map(rowKeyAction),
      ).to.deep.equal(['select', 'open', 'close', 'move', 'move', undefined]);
    });
  });

  describe('body', () => {
    const loaded = page([single], 1);

    it('shows the skeleton while a page loads, as long as the page before', () => {
      expect(bodyView(input({phase: 'initial'}), en).kind).to.equal('skeleton');
      const view = bodyView(
        input({phase: 'pending', lastPage: page(Array(40).fill(single), 40), skeletonHeight: 300}),
        en,
      );
      expect(view.kind).to.equal('skeleton');
      const skeleton = view.kind === 'skeleton' ? view.skeleton : undefined;
      expect(skeleton!.label).to.equal('Loading streams…');
      expect(skeleton!.columns).to.have.length(6);
      expect(skeleton!.rows, 'at most a page').to.equal(25);
      expect(skeleton!.minHeight).to.equal('300px');
      const few = bodyView(input({phase: 'pending', lastPage: page([single], 1)}), en);
      expect(few.kind === 'skeleton' && few.skeleton.rows).to.equal(3);
      const none = bodyView(input({phase: 'pending'}), en);
      expect(none.kind === 'skeleton' && none.skeleton.rows).to.equal(10);
      expect(none.kind === 'skeleton' && none.skeleton.minHeight).to.equal(undefined);
    });

    it('keeps the rows, busy, while a quiet refresh runs', () => {
      const view = bodyView(input({phase: 'pending', quiet: true, lastPage: loaded}), en);
      expect(view.kind === 'page' && view.content.kind === 'table' && view.content.busy).to.equal(
        true,
      );
      // A page of another query is not kept.
      const other = bodyView(
        input({phase: 'pending', quiet: true, lastPage: loaded, query: query({page: 2})}),
        en,
      );
      expect(other.kind).to.equal('skeleton');
    });

    it('keeps the last rows with a note when a quiet refresh fails, else shows the error', () => {
      const view = bodyView(input({phase: 'error', quiet: true, lastPage: loaded}), en);
      expect(view.kind === 'page' && view.refreshFailed).to.equal(
        'Could not refresh the list; it shows the last loaded streams.',
      );
      expect(bodyView(input({phase: 'error', lastPage: loaded}), en).kind).to.equal('error');
    });

    it('says why a page is empty and offers the way out', () => {
      const content = (p: LoadedPage, q: NormalisedQuery) => {
        const view = bodyView(input({value: p, query: q}), en);
        return view.kind === 'page' ? view.content : undefined;
      };
      expect(content(page([], 0), query())).to.deep.equal({
        kind: 'empty',
        message: 'There are no streams yet',
      });
      expect(content(page([], 0), query({state: 'live'}))).to.deep.equal({
        kind: 'empty',
        message: 'No streams match these filters',
        action: {label: 'Clear filters', does: 'clear-filters'},
      });
      expect(content(page([], undefined), query({page: 3}))).to.deep.equal({
        kind: 'empty',
        message: 'There are no streams on page 3',
        action: {label: 'Go to page 1', does: 'first-page'},
      });
    });
  });

  describe('paging', () => {
    it('reads the range with a total, without one, and at the end', () => {
      const full = page(Array(25).fill(single), undefined);
      expect(rangeText(page(Array(25).fill(single), 312), query(), en)).to.equal('1–25 of 312');
      expect(rangeText(full, query({page: 2}), en)).to.equal('26–50 of 50+');
      expect(rangeText(page([single], undefined), query({page: 2}), en)).to.equal('26–26 of 26');
      expect(rangeText(page([], 7), query({page: 9}), en)).to.equal('0 of 7');
      expect(rangeText(page([], undefined), query({page: 9}), en)).to.equal('');
      expect(rangeText(page(Array(25).fill(single), 1234), query(), words('de'))).to.match(
        /1\.234$/,
      );
    });

    it('enables the buttons that lead somewhere, once the page is in', () => {
      const q = query({page: 2});
      const p = page(Array(25).fill(single), 80, q);
      const view = paginationView(p, q, true, en)!;
      expect(view.range).to.deep.equal({text: '26–50 of 80', placeholder: false});
      expect(view.position).to.equal('Page 2 of 4');
      expect(
        [view.first, view.previous, view.next, view.last!].map(b => [b.label, b.target, b.enabled]),
      ).to.deep.equal([
        ['First page', 1, true],
        ['Previous page', 1, true],
        ['Next page', 3, true],
        ['Last page', 4, true],
      ]);
      expect(view.sizes.filter(s => s.selected).map(s => s.value)).to.deep.equal([25]);
      const loading = paginationView(p, q, false, en)!;
      expect(loading.range!.placeholder).to.equal(true);
      expect([loading.first, loading.next].some(b => b.enabled)).to.equal(false);
    });

    it('offers no last page without a total, and no bar for an empty list', () => {
      const q = query();
      const view = paginationView(page(Array(25).fill(single), undefined, q), q, true, en)!;
      expect(view.last).to.equal(undefined);
      expect(view.position).to.equal('Page 1');
      expect(view.next.enabled).to.equal(true);
      expect(paginationView(page([], 0, q), q, true, en)).to.equal(undefined);
      expect(paginationView(undefined, q, false, en)!.range).to.equal(undefined);
    });

    it('knows a page once it is in and answers the current query', () => {
      const q = query();
      const p = page([single], 1, q);
      expect(pageKnown(p, q, 'complete', false)).to.equal(true);
      expect(pageKnown(p, q, 'pending', false)).to.equal(false);
      expect(pageKnown(p, q, 'pending', true)).to.equal(true);
      expect(pageKnown(p, query({page: 2}), 'complete', false)).to.equal(false);
      expect(pageKnown(undefined, q, 'complete', false)).to.equal(false);
    });
  });
});
