/**
 * The stream list's query: its attributes normalised, and turned into the API's paging and filter
 * parameters. Pure: no DOM, no Lit.
 */
import type {StreamQuery} from '../../api/client.js';
import type {StreamState} from '../../api/types.js';
import type {StreamListQuery} from '../../events.js';
import {dateRangeInterval, isDateRange, type DateRange} from './date-range.js';
import type {AssumedParameter} from './offered.js';

/** The state filter's values: `all` means every state but `deleted`. */
export const STATE_FILTERS = ['all', 'live', 'created', 'ended', 'locked', 'deleted'] as const;

/** A value of the state filter (the `state` attribute). */
export type StateFilter = (typeof STATE_FILTERS)[number];

/** The rows-per-page choices. */
export const PAGE_SIZES = [25, 50, 100, 150] as const;

/** A rows-per-page choice. */
export type PageSize = (typeof PAGE_SIZES)[number];

/** Rows per page unless `page-size` says otherwise. */
export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** The list's query with every value normalised. */
export interface NormalisedQuery extends StreamListQuery {
  state: StateFilter;
  dateRange: DateRange | null;
  pageSize: PageSize;
}

/** Whether `value` is one of {@link STATE_FILTERS}. */
export function isStateFilter(value: unknown): value is StateFilter {
  return typeof value === 'string' && (STATE_FILTERS as readonly string[]).includes(value);
}

/** A page size from any number: one of {@link PAGE_SIZES} stays; others become the next larger one (at most 150); non-numbers 25. */
export function normalisePageSize(value: unknown): PageSize {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_PAGE_SIZE;
  return PAGE_SIZES.find(size => size >= n) ?? PAGE_SIZES[PAGE_SIZES.length - 1]!;
}

/** A 1-based page number from any value (anything below 1 or not a number is 1). */
export function normalisePage(value: unknown): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** The `tags` attribute's list: comma-separated, each trimmed, empty and repeated ones left out. */
export function parseTags(value: string | null | undefined): string[] {
  if (!value) return [];
  return normaliseTags(value.split(','));
}

/** Tags trimmed, without empty or repeated ones, in their order. */
export function normaliseTags(tags: readonly unknown[] | null | undefined): string[] {
  const out: string[] = [];
  for (const tag of tags ?? []) {
    const text = String(tag).trim();
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/** The `tags` attribute for a list (null, i.e. no attribute, when it is empty). */
export function formatTags(tags: readonly string[] | null | undefined): string | null {
  return tags?.length ? tags.join(',') : null;
}

/** Lit's converter of the `tags` attribute. */
export const tagsConverter = {
  fromAttribute: (value: string | null): string[] => parseTags(value),
  toAttribute: (value: readonly string[]): string | null => formatTags(value),
};

/** What the element's properties hold (anything a page may have set). */
export interface QueryInput {
  state: unknown;
  tags: readonly unknown[] | null | undefined;
  dateRange: unknown;
  individualStreams: unknown;
  pageSize: unknown;
  page: unknown;
}

/** The query from the element's properties, each value normalised (unknown values fall back to the defaults). */
export function normaliseQuery(input: QueryInput): NormalisedQuery {
  return {
    state: isStateFilter(input.state) ? input.state : 'all',
    tags: normaliseTags(input.tags),
    dateRange: isDateRange(input.dateRange) ? input.dateRange : null,
    individualStreams: input.individualStreams === true,
    pageSize: normalisePageSize(input.pageSize),
    page: normalisePage(input.page),
  };
}

/** A key that is equal for equal queries. */
export function queryKey(query: NormalisedQuery): string {
  return JSON.stringify([
    query.state,
    query.tags,
    query.dateRange,
    query.individualStreams,
    query.pageSize,
    query.page,
  ]);
}

/** The `ns-query-change` detail of a query (a copy: the event does not share the query's arrays). */
export function queryDetail(query: NormalisedQuery): StreamListQuery {
  return {
    state: query.state,
    tags: [...query.tags],
    dateRange: query.dateRange,
    individualStreams: query.individualStreams,
    pageSize: query.pageSize,
    page: query.page,
  };
}

/** Whether any filter (not paging) differs from the defaults. */
export function isFiltered(query: NormalisedQuery): boolean {
  return (
    query.state !== 'all' ||
    query.tags.length > 0 ||
    query.dateRange !== null ||
    query.individualStreams
  );
}

/** The one API state of a state filter; `all` is none (no `state` is sent: live, created, ended and locked). */
export function stateOf(filter: StateFilter): StreamState | undefined {
  return filter === 'all' ? undefined : filter;
}

/** The list filters that rely on [assumed] request parameters. */
export type AssumedFilter = Extract<AssumedParameter, 'deleted' | 'date' | 'individual'>;

/** The [assumed] filters a query uses: `state=deleted`, the date range, individual streams. */
export function assumedFilters(query: NormalisedQuery): AssumedFilter[] {
  const out: AssumedFilter[] = [];
  if (query.state === 'deleted') out.push('deleted');
  if (query.dateRange) out.push('date');
  if (query.individualStreams) out.push('individual');
  return out;
}

/**
 * The query without the filters in `drop`, each set back to its default (`deleted` → state `all`,
 * `date` → any time, `individual` → grouped); the same object when nothing changes.
 */
export function withoutFilters(
  query: NormalisedQuery,
  drop: ReadonlySet<AssumedParameter>,
): NormalisedQuery {
  const used = assumedFilters(query).filter(f => drop.has(f));
  if (!used.length) return query;
  const out = {...query};
  if (used.includes('deleted')) out.state = 'all';
  if (used.includes('date')) out.dateRange = null;
  if (used.includes('individual')) out.individualStreams = false;
  return out;
}

/**
 * The `listStreams` parameters of a query: one page (`quantity` = page size, `offset`), the
 * state (none for `all`), the tags (every one required), the date range as a UTC interval at
 * `now`, and `individual` only when set.
 */
export function toStreamQuery(query: NormalisedQuery, now: number | Date): StreamQuery {
  const out: StreamQuery = {
    quantity: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const state = stateOf(query.state);
  if (state) out.state = state;
  if (query.tags.length) out.tags = [...query.tags];
  if (query.dateRange) {
    const {from, to} = dateRangeInterval(query.dateRange, now);
    out.updatedAfter = from;
    out.updatedBefore = to;
  }
  if (query.individualStreams) out.individual = true;
  return out;
}

/**
 * A one-row request that uses `filter` as the only [assumed] parameter of `query`: it tells
 * whether the server offers that filter when a request with several of them was refused.
 */
export function probeQuery(
  query: NormalisedQuery,
  filter: AssumedFilter,
  now: number | Date,
): StreamQuery {
  const others = new Set(assumedFilters(query).filter(f => f !== filter));
  return {...toStreamQuery(withoutFilters(query, others), now), quantity: 1, offset: 0};
}

/** Where a page sits in the whole list. */
export interface PageInfo {
  /** The number of pages; undefined while the total is not known. */
  pages: number | undefined;
  /** 1-based position of the page's first row; 0 when the page is empty. */
  from: number;
  /** 1-based position of the page's last row; 0 when the page is empty. */
  to: number;
  /**
   * How many rows there are over all pages: the API's total, or (without one) `offset + rows`
   * once a page came back short; undefined while it is not known.
   */
  total: number | undefined;
  /** Without a total, after a full page: there are at least this many rows (maybe more). */
  atLeast: number | undefined;
  /** Whether there is a page before / after this one. */
  hasPrevious: boolean;
  hasNext: boolean;
}

/**
 * The page's place in the list: "from–to of total", the number of pages. `total` is the API's
 * (`undefined` when it sent none). Without it, a full page means "maybe more" (next stays
 * possible, the count is a lower bound); a short page ends the list, so its end is the total;
 * an empty page past the first tells nothing about the total.
 */
export function pageInfo(
  total: number | undefined,
  page: number,
  pageSize: number,
  rows: number,
): PageInfo {
  const offset = (page - 1) * pageSize;
  const from = rows > 0 ? offset + 1 : 0;
  const to = rows > 0 ? offset + rows : 0;
  const hasPrevious = page > 1;
  if (total === undefined) {
    if (rows >= pageSize) {
      return {pages: undefined, from, to, total, atLeast: to, hasPrevious, hasNext: true};
    }
    if (rows === 0 && page > 1) {
      return {pages: undefined, from, to, total, atLeast: undefined, hasPrevious, hasNext: false};
    }
    total = offset + rows;
  }
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return {pages, from, to, total, atLeast: undefined, hasPrevious, hasNext: page < pages};
}
