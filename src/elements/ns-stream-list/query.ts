/**
 * The stream list's query: its attributes normalised, and turned into the API's paging and filter
 * parameters. Pure: no DOM, no Lit.
 */
import type {StreamQuery} from '../../api/client.js';
import type {StreamState} from '../../api/types.js';
import {VISIBLE_STATES} from '../../api/types.js';
import type {StreamListQuery} from '../../events.js';
import {dateRangeInterval, isDateRange, type DateRange} from './date-range.js';

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

/** Whether any filter (not paging) differs from the defaults. */
export function isFiltered(query: NormalisedQuery): boolean {
  return (
    query.state !== 'all' ||
    query.tags.length > 0 ||
    query.dateRange !== null ||
    query.individualStreams
  );
}

/** The API states of a state filter: `all` is live, created, ended and locked. */
export function statesOf(filter: StateFilter): StreamState[] {
  return filter === 'all' ? [...VISIBLE_STATES] : [filter];
}

/**
 * The `listStreams` parameters of a query: one page (`quantity` = page size, `offset`), the
 * states, the tags (every one required), the date range as a UTC interval at `now`, and
 * `individual` only when set.
 */
export function toStreamQuery(query: NormalisedQuery, now: number | Date): StreamQuery {
  const out: StreamQuery = {
    quantity: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    states: statesOf(query.state),
  };
  if (query.tags.length) out.tags = [...query.tags];
  if (query.dateRange) {
    const {from, to} = dateRangeInterval(query.dateRange, now);
    out.updatedAfter = from;
    out.updatedBefore = to;
  }
  if (query.individualStreams) out.individual = true;
  return out;
}

/** Where a page sits in the whole list. */
export interface PageInfo {
  /** The number of pages (at least 1). */
  pages: number;
  /** 1-based position of the page's first row; 0 when the page is empty. */
  from: number;
  /** 1-based position of the page's last row; 0 when the page is empty. */
  to: number;
  /** Whether there is a page before / after this one. */
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The page's place in a list of `total` rows: "from–to of total", the number of pages. */
export function pageInfo(total: number, page: number, pageSize: number, rows: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = rows > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = rows > 0 ? from + rows - 1 : 0;
  return {pages, from, to, hasPrevious: page > 1, hasNext: page < pages};
}
