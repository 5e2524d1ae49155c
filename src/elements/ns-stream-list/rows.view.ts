/**
 * The rows of `<ns-stream-list>`: which rows a page has (its streams, and the playouts of the open
 * groups), what each row's cells show, which key does what on a row, and what a row's activation
 * reports. Pure: no Lit, no DOM.
 */
import type {Stream, StreamState} from '../../api/types.js';
import type {NsStreamSelectDetail} from '../../events.js';
import {EMPTY_VALUE, formatBitrate, formatDateTime} from '../../i18n/format.js';
import {lastUpdated, usableInfo} from './fields.js';
import {groupMembers, groupRole, playoutCount, type GroupMember} from './groups.js';
import type {StreamListStringKey} from './ns-stream-list.catalogues.js';
import type {Words} from './view-types.js';

/** The states that have a badge text and shape of their own. */
const KNOWN_STATES: readonly StreamState[] = ['live', 'created', 'ended', 'locked', 'deleted'];

/** A row of the table: a stream, or a playout of an expanded group. */
export type Row =
  | {key: string; kind: 'stream'; stream: Stream}
  | {key: string; kind: 'member'; member: GroupMember; group: Stream};

/** The key of a group member's row: `groupId/memberId`. */
export function memberKey(groupId: string, member: GroupMember): string {
  return `${groupId}/${member.id}`;
}

/** The element id of a row (what an expand button's `aria-controls` names). */
export function rowId(key: string): string {
  return `row-${key.replace(/[^\w-]/g, '_')}`;
}

/** Whether a row's group can be opened: a grouped list, a group passthrough with playouts. */
export function canExpand(stream: Stream, individualStreams: boolean): boolean {
  return !individualStreams && groupRole(stream) === 'group' && groupMembers(stream).length > 0;
}

/** The rows of a page: each stream, followed by its playouts when its group is open. */
export function listRows(
  streams: readonly Stream[],
  expanded: ReadonlySet<string>,
  individualStreams: boolean,
): Row[] {
  const rows: Row[] = [];
  for (const stream of streams) {
    rows.push({key: stream.id, kind: 'stream', stream});
    if (canExpand(stream, individualStreams) && expanded.has(stream.id)) {
      for (const member of groupMembers(stream)) {
        rows.push({key: memberKey(stream.id, member), kind: 'member', member, group: stream});
      }
    }
  }
  return rows;
}

/** "Streamgroup ID {id}" around its id, so that the id can be set apart. */
export interface GroupIdView {
  before: string;
  id: string;
  after: string;
}

/** What the Streamgroup column shows. */
export type GroupCellView =
  | {kind: 'single'; label: string}
  | {kind: 'member'; label: string; groupId: GroupIdView}
  | {kind: 'group'; label: string; groupId: GroupIdView}
  | {kind: 'toggle'; label: string; streamId: string; open: boolean; controls: string[]};

export interface BadgeView {
  /** The state when it is one this library knows (it has a shape), else undefined. */
  state: StreamState | undefined;
  label: string;
}

export interface StreamRowView {
  kind: 'stream';
  key: string;
  tabStop: boolean;
  badge: BadgeView;
  id: string;
  streamname: string;
  group: GroupCellView;
  /** "Last Updated": the instant as written and as shown; undefined for the empty mark. */
  updated: {datetime: string; text: string} | undefined;
  tags: readonly string[];
  noTags: string;
}

export interface MemberRowView {
  kind: 'member';
  key: string;
  rowId: string;
  tabStop: boolean;
  /** "Passthrough (original stream)" or "Transcode n". */
  role: string;
  id: string;
  streamname: string;
  groupId: GroupIdView;
  /** Resolution, bitrate and frame rate; empty when not listed. */
  quality: string;
}

export type RowView = StreamRowView | MemberRowView;

function groupIdView(id: string, {text}: Words): GroupIdView {
  const [before = '', after = ''] = text('groupId').split('{id}');
  return {before, id, after};
}

/** A state badge: the catalogue's text for a known state, else the state as the API wrote it. */
export function badgeView(state: StreamState, {text}: Words): BadgeView {
  const known = KNOWN_STATES.includes(state);
  return known
    ? {state, label: text(`stateBadge_${state}` as StreamListStringKey)}
    : {state: undefined, label: String(state ?? EMPTY_VALUE)};
}

function groupCellView(
  stream: Stream,
  expanded: ReadonlySet<string>,
  individualStreams: boolean,
  words: Words,
): GroupCellView {
  const {text} = words;
  const role = groupRole(stream);
  if (role === 'single') return {kind: 'single', label: text('singleStream')};
  if (role === 'member') {
    return {
      kind: 'member',
      label: text('groupMember'),
      groupId: groupIdView(stream.streamgroup!, words),
    };
  }
  const count = playoutCount(stream);
  const label =
    count === 0
      ? text('streamgroupNoPlayouts')
      : count === 1
        ? text('streamgroupOne')
        : text('streamgroupMany', {count});
  if (!canExpand(stream, individualStreams)) {
    return {kind: 'group', label, groupId: groupIdView(stream.id, words)};
  }
  const open = expanded.has(stream.id);
  const controls = open ? groupMembers(stream).map(m => rowId(memberKey(stream.id, m))) : [];
  return {kind: 'toggle', label, streamId: stream.id, open, controls};
}

export function rowView(
  row: Row,
  tabStop: boolean,
  expanded: ReadonlySet<string>,
  individualStreams: boolean,
  words: Words,
): RowView {
  const {text, locale} = words;
  if (row.kind === 'member') {
    const {member, group} = row;
    const info = usableInfo(member.info);
    return {
      kind: 'member',
      key: row.key,
      rowId: rowId(row.key),
      tabStop,
      role: member.index === 0 ? text('passthrough') : text('transcode', {index: member.index}),
      id: member.id,
      streamname: member.streamname ?? EMPTY_VALUE,
      groupId: groupIdView(group.id, words),
      quality: info
        ? text('memberQuality', {
            width: info.width,
            height: info.height,
            bitrate: formatBitrate(info.bitrate, locale),
            fps: info.fps,
          })
        : '',
    };
  }
  const {stream} = row;
  const updated = lastUpdated(stream);
  return {
    kind: 'stream',
    key: row.key,
    tabStop,
    badge: badgeView(stream.state, words),
    id: stream.id,
    streamname: stream.ingest?.rtmp?.streamname ?? EMPTY_VALUE,
    group: groupCellView(stream, expanded, individualStreams, words),
    updated: updated
      ? {datetime: updated, text: formatDateTime(updated, locale, {label: false})}
      : undefined,
    tags: (stream.tags ?? []).map(tag => String(tag)),
    noTags: text('noTags'),
  };
}

/** What a key pressed on a row does. */
export type RowKeyAction = 'select' | 'open' | 'close' | 'move' | undefined;

/** Enter selects, ArrowRight / ArrowLeft open and close a group, the other arrows and Home / End move. */
export function rowKeyAction(key: string): RowKeyAction {
  switch (key) {
    case 'Enter':
      return 'select';
    case 'ArrowRight':
      return 'open';
    case 'ArrowLeft':
      return 'close';
    case 'ArrowDown':
    case 'ArrowUp':
    case 'Home':
    case 'End':
      return 'move';
    default:
      return undefined;
  }
}

/** The `ns-stream-select` detail of the row `key` of a page; undefined for no such row. */
export function selectDetail(
  streams: readonly Stream[],
  key: string,
): NsStreamSelectDetail | undefined {
  const stream = streams.find(s => s.id === key);
  if (stream) {
    const detail: NsStreamSelectDetail = {streamId: stream.id};
    if (stream.streamgroup) detail.streamgroupId = stream.streamgroup;
    return detail;
  }
  const [groupId, memberId] = key.split('/');
  return groupId && memberId ? {streamId: memberId, streamgroupId: groupId} : undefined;
}
