/**
 * Every user-visible string of `<ns-stream-list>`, in one place (English; a translation is a
 * complete `StreamListStrings` object, German in `ns-stream-list.strings.de.ts`). Placeholders are
 * `{name}`; the results are plain text. Set `strings` on the element to replace some of them.
 */

export const streamListStrings = {
  filters: 'Stream filters',
  stateLabel: 'State',
  stateAll: 'All',
  stateLive: 'Live',
  stateCreated: 'Created',
  stateEnded: 'Ended',
  stateLocked: 'Locked',
  stateDeleted: 'Deleted',
  tagsLabel: 'Tags',
  tagsPlaceholder: 'Add a tag filter',
  tagsHint: 'Type a tag and press Enter. Suggestions appear from the 3rd character.',
  tagsHintNoSuggestions: 'Type a tag and press Enter.',
  tagSuggestions: 'Tag suggestions',
  tagSuggestionsNotOffered:
    'Suggestions are not available from this API; press Enter to apply a tag',
  appliedTags: 'Applied tags',
  removeTag: 'Remove tag filter {tag}',
  dateLabel: 'Last updated',
  dateAny: 'Any time',
  dateToday: 'Today',
  dateYesterday: 'Yesterday',
  dateThisWeek: 'This week',
  dateThisMonth: 'This month',
  datePastMonth: 'Past month',
  dateLast3Months: 'Last 3 months',
  individualLabel: 'Show streamgroups as individual streams',
  deletedNotOffered: 'This API does not offer the filter for deleted streams.',
  dateNotOffered: 'This API does not offer the date filter.',
  individualNotOffered: 'This API does not offer streamgroups as individual streams.',
  shownWithoutFilter: 'The list shows the streams without this filter.',
  shownWithoutFilters: 'The list shows the streams without these filters.',
  clearFilters: 'Clear filters',
  caption: 'Streams',
  columnState: 'State',
  columnId: 'Stream ID',
  columnName: 'Streamname',
  columnGroup: 'Streamgroup',
  columnUpdated: 'Last Updated (UTC)',
  columnTags: 'Tags',
  singleStream: 'Single Stream',
  streamgroupOne: 'Streamgroup (1 Playout)',
  streamgroupMany: 'Streamgroup ({count} Playouts)',
  streamgroupNoPlayouts: 'Streamgroup',
  groupMember: 'Streamgroup member',
  passthrough: 'Passthrough (original stream)',
  transcode: 'Transcode {index}',
  groupId: 'Streamgroup ID {id}',
  memberQuality: '{width}×{height} · {bitrate} · {fps} fps',
  noTags: 'No tags',
  notListed: 'Not listed',
  loadingStreams: 'Loading streams…',
  refreshFailed: 'Could not refresh the list; it shows the last loaded streams.',
  empty: 'No streams match these filters',
  emptyOrganisation: 'There are no streams yet',
  pastLastPage: 'There are no streams on page {page}',
  firstPageAction: 'Go to page 1',
  pagination: 'Pagination',
  rowsPerPage: 'Rows per page',
  range: '{from}–{to} of {total}',
  rangeEmpty: '0 of {total}',
  rangeAtLeast: '{from}–{to} of {count}+',
  pageOf: 'Page {page} of {pages}',
  pageUnknownTotal: 'Page {page}',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  stateBadge_live: 'live',
  stateBadge_created: 'created',
  stateBadge_ended: 'ended',
  stateBadge_locked: 'locked',
  stateBadge_deleted: 'deleted',
} as const;

/** A complete catalogue of the list's strings. */
export type StreamListStrings = Record<keyof typeof streamListStrings, string>;

declare module '../../i18n/catalogues.js' {
  interface NsStringNamespaces {
    'ns-stream-list': StreamListStrings;
  }
}
