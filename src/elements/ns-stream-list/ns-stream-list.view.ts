/**
 * What `<ns-stream-list>` shows, decided from its query, the loaded page, the open groups and what
 * the API offers: the filters, the body (skeleton, rows, empty state, error) and, from
 * `rows.view.ts` and `pagination.view.ts` (re-exported here), the rows and the paging bar, each as
 * a plain object of texts, flags and targets. Pure: no Lit, no DOM. Texts come from the element's
 * catalogue through `words.text`; numbers and dates are formatted in `words.locale`.
 */
import {DATE_RANGES, type DateRange} from './date-range.js';
import type {StreamListStringKey} from './ns-stream-list.catalogues.js';
import {rangeText} from './pagination.view.js';
import {
  STATE_FILTERS,
  isFiltered,
  queryKey,
  type AssumedFilter,
  type NormalisedQuery,
  type StateFilter,
} from './query.js';
import {listRows, rowView, type RowView} from './rows.view.js';
import type {LoadPhase, LoadedPage, OptionView, Words} from './view-types.js';

export * from './pagination.view.js';
export * from './rows.view.js';
export type * from './view-types.js';

const STATE_LABELS: Record<StateFilter, StreamListStringKey> = {
  all: 'stateAll',
  live: 'stateLive',
  created: 'stateCreated',
  ended: 'stateEnded',
  locked: 'stateLocked',
  deleted: 'stateDeleted',
};

/** What the note beside a filter says when this API does not offer it. */
const NOT_OFFERED_NOTES: Record<AssumedFilter, StreamListStringKey> = {
  deleted: 'deletedNotOffered',
  date: 'dateNotOffered',
  individual: 'individualNotOffered',
};

const DATE_LABELS: Record<DateRange, StreamListStringKey> = {
  today: 'dateToday',
  yesterday: 'dateYesterday',
  'this-week': 'dateThisWeek',
  'this-month': 'dateThisMonth',
  'past-month': 'datePastMonth',
  'last-3-months': 'dateLast3Months',
};

const COLUMN_LABELS: readonly StreamListStringKey[] = [
  'columnState',
  'columnId',
  'columnName',
  'columnGroup',
  'columnUpdated',
  'columnTags',
];

// ---- filters ----

/** The note beside a filter this API does not offer; `id` is for `aria-describedby`. */
export interface NoteView {
  id: string;
  text: string;
}

/** A select of the filter bar. */
export interface SelectFieldView<V extends string> {
  label: string;
  value: V;
  disabled: boolean;
  options: OptionView<V>[];
  note?: NoteView;
}

export interface FiltersView {
  label: string;
  state: SelectFieldView<StateFilter>;
  date: SelectFieldView<DateRange | ''>;
  individual: {label: string; checked: boolean; disabled: boolean; note?: NoteView};
  /** The applied tags (removable chips); none when no tag is applied. */
  applied: {label: string; tags: {tag: string; removeLabel: string}[]};
  /** Read out politely (a filter was dropped because this API does not offer it). */
  announcement: string;
}

/**
 * The filter bar for `query`. `offered(filter)` says whether the API may offer an [assumed]
 * filter (false once it answered that it does not): such a control is disabled with its note.
 */
export function filtersView(
  query: NormalisedQuery,
  offered: (filter: AssumedFilter) => boolean,
  announcement: string,
  {text}: Words,
): FiltersView {
  const note = (filter: AssumedFilter): NoteView | undefined =>
    offered(filter) ? undefined : {id: `${filter}-note`, text: text(NOT_OFFERED_NOTES[filter])};
  const withNote = <T extends object>(view: T, filter: AssumedFilter): T & {note?: NoteView} => {
    const shown = note(filter);
    return shown ? {...view, note: shown} : view;
  };
  return {
    label: text('filters'),
    state: withNote(
      {
        label: text('stateLabel'),
        value: query.state,
        disabled: false,
        options: STATE_FILTERS.map(value => ({
          value,
          label: text(STATE_LABELS[value]),
          selected: value === query.state,
          disabled: value === 'deleted' && !offered('deleted'),
        })),
      },
      'deleted',
    ),
    date: withNote(
      {
        label: text('dateLabel'),
        value: query.dateRange ?? ('' as const),
        disabled: !offered('date'),
        options: [
          {value: '', label: text('dateAny'), selected: query.dateRange === null, disabled: false},
          ...DATE_RANGES.map(value => ({
            value,
            label: text(DATE_LABELS[value]),
            selected: value === query.dateRange,
            disabled: false,
          })),
        ],
      },
      'date',
    ),
    individual: withNote(
      {
        label: text('individualLabel'),
        checked: query.individualStreams,
        disabled: !offered('individual'),
      },
      'individual',
    ),
    applied: {
      label: text('appliedTags'),
      tags: query.tags.map(tag => ({tag, removeLabel: text('removeTag', {tag})})),
    },
    announcement,
  };
}

/** What is read out when filters were dropped: why, and that the rows are shown without them. */
export function droppedAnnouncement(missing: readonly AssumedFilter[], {text}: Words): string {
  return [
    ...missing.map(filter => text(NOT_OFFERED_NOTES[filter])),
    text(missing.length > 1 ? 'shownWithoutFilters' : 'shownWithoutFilter'),
  ].join(' ');
}

// ---- the body: skeleton, rows, empty, error ----

export interface SkeletonView {
  label: string;
  columns: readonly string[];
  rows: number;
  /** The height of the table it replaces, so that the layout does not jump. */
  minHeight: string | undefined;
}

export interface TableView {
  kind: 'table';
  caption: string;
  columns: readonly string[];
  busy: boolean;
  rows: RowView[];
}

export interface EmptyView {
  kind: 'empty';
  message: string;
  /** The way out: back to page 1, or clearing the filters. */
  action?: {label: string; does: 'first-page' | 'clear-filters'};
}

/** What the body shows. `refreshFailed` is the note above the last rows when a quiet refresh failed. */
export type BodyView =
  | {kind: 'skeleton'; skeleton: SkeletonView}
  | {kind: 'page'; content: TableView | EmptyView; refreshFailed?: string}
  | {kind: 'error'};

export interface BodyInput {
  phase: LoadPhase;
  /** Whether the running (or last) load is a quiet refresh. */
  quiet: boolean;
  /** The task's value, and the last page that loaded. */
  value: LoadedPage | undefined;
  lastPage: LoadedPage | undefined;
  query: NormalisedQuery;
  expanded: ReadonlySet<string>;
  /** The row that is the table's tab stop (the first row when it is not shown). */
  focusKey: string | null;
  skeletonHeight: number;
}

/** The column headers. */
export function columnLabels({text}: Words): string[] {
  return COLUMN_LABELS.map(key => text(key));
}

function skeletonView(input: BodyInput, words: Words): SkeletonView {
  // As many rows as the page shown before (or a screenful), so that the layout does not jump.
  const rows = Math.min(input.lastPage?.streams.length || 10, input.query.pageSize);
  return {
    label: words.text('loadingStreams'),
    columns: columnLabels(words),
    rows: Math.max(rows, 3),
    minHeight: input.skeletonHeight ? `${input.skeletonHeight}px` : undefined,
  };
}

/** The rows of a page, or what is said when it has none. */
export function pageContent(
  page: LoadedPage,
  busy: boolean,
  input: Pick<BodyInput, 'query' | 'expanded' | 'focusKey'>,
  words: Words,
): TableView | EmptyView {
  const {text} = words;
  const {query} = input;
  if (!page.streams.length) {
    // Past the end; without a total the list may have ended on an earlier, full page.
    if (query.page > 1 && (page.total === undefined || page.total > 0)) {
      return {
        kind: 'empty',
        message: text('pastLastPage', {page: query.page}),
        action: {label: text('firstPageAction'), does: 'first-page'},
      };
    }
    if (isFiltered(query)) {
      return {
        kind: 'empty',
        message: text('empty'),
        action: {label: text('clearFilters'), does: 'clear-filters'},
      };
    }
    return {kind: 'empty', message: text('emptyOrganisation')};
  }
  const rows = listRows(page.streams, input.expanded, query.individualStreams);
  const focusKey = rows.some(r => r.key === input.focusKey) ? input.focusKey : rows[0]!.key;
  return {
    kind: 'table',
    caption: `${text('caption')}, ${rangeText(page, query, words)}`,
    columns: columnLabels(words),
    busy,
    rows: rows.map(row =>
      rowView(row, row.key === focusKey, input.expanded, query.individualStreams, words),
    ),
  };
}

/**
 * What the body shows: the skeleton while a page loads (a quiet refresh keeps the rows), the rows
 * or the empty state, the last rows with a note when a quiet refresh failed, else the error.
 */
export function bodyView(input: BodyInput, words: Words): BodyView {
  const {phase, quiet} = input;
  const last = input.lastPage?.key === queryKey(input.query) ? input.lastPage : undefined;
  const skeleton = (): BodyView => ({kind: 'skeleton', skeleton: skeletonView(input, words)});
  if (phase === 'initial' || (phase === 'pending' && !quiet)) return skeleton();
  if (phase === 'pending') {
    return last ? {kind: 'page', content: pageContent(last, true, input, words)} : skeleton();
  }
  if (phase === 'error') {
    if (quiet && last) {
      return {
        kind: 'page',
        content: pageContent(last, false, input, words),
        refreshFailed: words.text('refreshFailed'),
      };
    }
    return {kind: 'error'};
  }
  return input.value
    ? {kind: 'page', content: pageContent(input.value, false, input, words)}
    : skeleton();
}
