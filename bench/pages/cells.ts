/**
 * What each column of the stream table shows, worked out the plain way for the comparison tables
 * (the vanilla, Lit and Vaadin ones): the same six columns and English texts as
 * `<ns-stream-list>`, dates in UTC with one cached `Intl.DateTimeFormat`.
 */
import {streamListStrings} from '../../src/elements/ns-stream-list/ns-stream-list.strings.js';
import {EMPTY_VALUE} from '../../src/i18n/format.js';
import type {Stream} from '../../src/index.js';

const {columnState, columnId, columnName, columnGroup, columnUpdated, columnTags} =
  streamListStrings;

/** The list's column headers, from its English catalogue. */
export const COLUMNS = [
  columnState,
  columnId,
  columnName,
  columnGroup,
  columnUpdated,
  columnTags,
] as const;

/** What the list shows for a value it does not have. */
export const EMPTY = EMPTY_VALUE;

/** One row's texts. `tags` as a list; `grouping` says which Streamgroup cell the list shows. */
export interface RowCells {
  key: string;
  state: string;
  id: string;
  name: string;
  group: string;
  grouping: 'single' | 'member' | 'group' | 'toggle';
  /** The group's id, for a member (and a group that cannot expand). */
  groupId: string;
  /** `updated_at` (else `created_at`) as the API wrote it, and as shown. */
  datetime: string;
  updated: string;
  tags: string[];
  /** The tags as one text, for the tables that show them as plain text. */
  tagText: string;
}

const dateTime = new Intl.DateTimeFormat('en', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

function formatDate(iso: string | undefined): string {
  const date = iso ? new Date(iso) : undefined;
  return date && !Number.isNaN(date.getTime()) ? dateTime.format(date) : EMPTY;
}

function groupCell(stream: Stream): Pick<RowCells, 'group' | 'grouping' | 'groupId'> {
  const groupId = stream.streamgroup ?? '';
  if (!stream.streamgroup) return {group: 'Single Stream', grouping: 'single', groupId};
  if (stream.streamgroup !== stream.id) {
    return {group: 'Streamgroup member', grouping: 'member', groupId};
  }
  const playouts = stream.playout?.h5live?.length ?? 0;
  if (playouts === 0) return {group: 'Streamgroup', grouping: 'group', groupId};
  const group = playouts === 1 ? 'Streamgroup (1 Playout)' : `Streamgroup (${playouts} Playouts)`;
  return {group, grouping: 'toggle', groupId};
}

/** The texts of one stream's row. */
export function rowCells(stream: Stream): RowCells {
  const tags = (stream.tags ?? []).map(String);
  const datetime = stream.updated_at ?? stream.created_at;
  return {
    key: stream.id,
    state: stream.state,
    id: stream.id,
    name: stream.ingest?.rtmp?.streamname ?? EMPTY,
    ...groupCell(stream),
    datetime,
    updated: formatDate(datetime),
    tags,
    tagText: tags.length ? tags.join(', ') : 'No tags',
  };
}
