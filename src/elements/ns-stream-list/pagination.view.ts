/**
 * The paging bar of `<ns-stream-list>`: the range text, the page position, which page buttons are
 * enabled and where they go. Pure: no Lit, no DOM.
 */
import type {StreamPage} from '../../api/client.js';
import {formatNumber as number} from '../../i18n/format.js';
import type {StreamListStringKey} from './ns-stream-list.catalogues.js';
import type {LoadPhase, LoadedPage, OptionView, Words} from './view-types.js';
import {PAGE_SIZES, pageInfo, queryKey, type NormalisedQuery} from './query.js';

/** "1–25 of 312"; without a total "1–25 of 25+" (a full page) or the exact end (a short one). */
export function rangeText(page: StreamPage, query: NormalisedQuery, {text, locale}: Words): string {
  const info = pageInfo(page.total, query.page, query.pageSize, page.streams.length);
  if (!info.from) {
    return info.total === undefined ? '' : text('rangeEmpty', {total: number(info.total, locale)});
  }
  const from = number(info.from, locale);
  const to = number(info.to, locale);
  if (info.total === undefined) {
    return text('rangeAtLeast', {from, to, count: number(info.atLeast ?? info.to, locale)});
  }
  return text('range', {from, to, total: number(info.total, locale)});
}

export interface PageButtonView {
  label: string;
  glyph: string;
  /** The page it goes to. */
  target: number;
  enabled: boolean;
}

export interface PaginationView {
  label: string;
  sizeLabel: string;
  pageSize: number;
  sizes: OptionView<number>[];
  /** The range text; `placeholder` while a new query loads (it only holds the bar's width). */
  range: {text: string; placeholder: boolean} | undefined;
  first: PageButtonView;
  previous: PageButtonView;
  /** "Page 2 of 13" (or "Page 2" without a total), for screen readers. */
  position: string;
  next: PageButtonView;
  /** Only where the total is known. */
  last: PageButtonView | undefined;
}

/** Whether `page` answers the current query and is loaded (not the old page of a new query). */
export function pageKnown(
  page: LoadedPage | undefined,
  query: NormalisedQuery,
  phase: LoadPhase,
  quiet: boolean,
): page is LoadedPage {
  return page !== undefined && (phase === 'complete' || quiet) && page.key === queryKey(query);
}

/** The paging bar; undefined when there is nothing to page through. */
export function paginationView(
  page: LoadedPage | undefined,
  query: NormalisedQuery,
  known: boolean,
  words: Words,
): PaginationView | undefined {
  const {text, locale} = words;
  const info = pageInfo(page?.total, query.page, query.pageSize, page?.streams.length ?? 0);
  if (known && info.total === 0) return undefined;
  const button = (
    label: StreamListStringKey,
    glyph: string,
    target: number,
    enabled: boolean,
  ): PageButtonView => ({label: text(label), glyph, target, enabled});
  return {
    label: text('pagination'),
    sizeLabel: text('rowsPerPage'),
    pageSize: query.pageSize,
    sizes: PAGE_SIZES.map(size => ({
      value: size,
      label: String(size),
      selected: size === query.pageSize,
      disabled: false,
    })),
    range: page ? {text: rangeText(page, query, words), placeholder: !known} : undefined,
    first: button('firstPage', '«', 1, known && info.hasPrevious),
    previous: button('previousPage', '‹', query.page - 1, known && info.hasPrevious),
    position:
      info.pages === undefined
        ? text('pageUnknownTotal', {page: number(query.page, locale)})
        : text('pageOf', {page: number(query.page, locale), pages: number(info.pages, locale)}),
    next: button('nextPage', '›', query.page + 1, known && info.hasNext),
    last:
      info.pages === undefined
        ? undefined
        : button('lastPage', '»', info.pages, known && info.hasNext),
  };
}
