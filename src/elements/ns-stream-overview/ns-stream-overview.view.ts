/**
 * What `<ns-stream-overview>` shows, decided from the stream, the session and what the element
 * learned: labels, which actions a role is offered, the confirmation dialog's wording, what a
 * failure says. No Lit, no DOM; texts come from the element's localizer (`OverviewText`).
 */
import {recordingsOf} from '../../api/recordings.js';
import {isNotOffered} from '../../api/support.js';
import type {Stream} from '../../api/types.js';
import {DEFAULT_DASHBOARD_URL, type NsSession} from '../../context.js';
import type {StreamQuickAction} from '../../events.js';
import type {PlaybackTokenState} from '../../internal/controllers/playback-token.js';
import {EMPTY_VALUE, formatBytes, formatNumber, toDate} from '../../i18n/format.js';
import type {StringVars} from '../../i18n/catalogues.js';
import {isLinkable} from '../../internal/url.js';
import {embedUrl, playoutUrl} from '../../snippets/player.js';
import {needsPlaybackToken, saysSecure} from '../../token/target.js';
import {
  LockAfterStopError,
  type ActionResult,
  type AssumedStreamAction,
  type ConfirmedAction,
} from './ns-stream-overview.actions.js';
import type {StreamOverviewStrings} from './ns-stream-overview.strings.js';

/** The tabs of the stream page, in order. */
export const STREAM_OVERVIEW_TABS = ['overview', 'live-processing', 'code-snippets'] as const;

/** A tab of `<ns-stream-overview>`. */
export type StreamOverviewTab = (typeof STREAM_OVERVIEW_TABS)[number];

/** A key of the element's catalogue. */
export type OverviewKey = keyof StreamOverviewStrings;

/** The element's texts, numbers and dates in its language (its `Localizer`). */
export interface OverviewText {
  text(key: OverviewKey, vars?: StringVars): string;
  dateTime(value: string | number | Date, options?: {label?: boolean}): string;
  readonly locale: string;
}

/** The tab a `tab` value opens: itself when it is one, else the overview. */
export function tabOf(tab: string): StreamOverviewTab {
  return (STREAM_OVERVIEW_TABS as readonly string[]).includes(tab)
    ? (tab as StreamOverviewTab)
    : 'overview';
}

/** Whether the stream is a stream group (its own group). */
export const isGroup = (stream: Stream): boolean => stream.streamgroup === stream.id;

/** Whether the stream plays with a secure token (the organisation decides when it does not say). */
export function needsToken(stream: Stream, session: NsSession | undefined): boolean {
  return !!session && needsPlaybackToken(stream, session.features);
}

export interface HeaderView {
  id: string;
  name: string;
  state: Stream['state'];
  stateLabel: string;
  created: string;
  /** "Streamgroup (n Playouts)", "Single Stream" or "Member of a streamgroup". */
  kind: string;
  /** The secure indicator; "With token" when the stream does not say whether it is secure. */
  secure?: {label: string; title: string};
}

export function headerView(
  stream: Stream,
  session: NsSession | undefined,
  i18n: OverviewText,
): HeaderView {
  const playouts = stream.playout.h5live.length;
  const kind = isGroup(stream)
    ? playouts === 1
      ? i18n.text('streamgroupOne')
      : i18n.text('streamgroup', {count: playouts})
    : stream.streamgroup
      ? i18n.text('groupMember')
      : i18n.text('singleStream');
  const says = saysSecure(stream);
  return {
    id: stream.id,
    name: stream.ingest.rtmp.streamname,
    state: stream.state,
    stateLabel: i18n.text(`states_${stream.state}` as OverviewKey),
    created: i18n.text('created', {date: i18n.dateTime(stream.created_at)}),
    kind,
    ...(needsToken(stream, session)
      ? {
          secure: {
            label: i18n.text(says ? 'secure' : 'secureAssumed'),
            title: i18n.text(says ? 'secureTitle' : 'secureAssumedTitle'),
          },
        }
      : {}),
  };
}

/** A quick action link to the dashboard. */
export interface QuickLink {
  action: StreamQuickAction;
  href: string;
  label: string;
}

export interface ActionsView {
  links: QuickLink[];
  /** Stop & Lock (or a plain Stop once locking turned out not to be offered). */
  canStop: boolean;
  stopLabel: string;
  /** Whether Stop also locks: not once the API turned out not to offer locking. */
  stopLocks: boolean;
  canUnlock: boolean;
  canDelete: boolean;
  /** Notes that this API does not offer an action the role could otherwise take. */
  notes: string[];
}

const LINKS: [StreamQuickAction, string, OverviewKey][] = [
  ['webcaster', 'webcaster', 'webcaster'],
  ['watch', 'playout', 'watch'],
  ['instructions', 'stream/new', 'instructions'],
];

/**
 * The quick actions the role is offered on this stream: the dashboard links always; Stop & Lock
 * while live (when the role may stop and lock), Unlock while locked, Delete — each only while this
 * element has not learned that the API does not offer it.
 */
export function actionsView(
  stream: Stream,
  session: NsSession | undefined,
  notOffered: ReadonlySet<AssumedStreamAction>,
  i18n: OverviewText,
): ActionsView {
  const base = session?.dashboardUrl ?? DEFAULT_DASHBOARD_URL;
  const id = encodeURIComponent(stream.id);
  const stopLocks = !notOffered.has('lock');
  const mayStop = !!session?.can('stopStream') && (!stopLocks || !!session.can('lockStream'));
  const live = stream.state === 'live';
  const mayUnlock = stream.state === 'locked' && !!session?.can('unlockStream');
  const canUnlock = mayUnlock && !notOffered.has('unlock');
  const mayDelete = !!session?.can('deleteStream');
  const canDelete = mayDelete && !notOffered.has('delete');
  const notes: string[] = [];
  if (live && mayStop && !stopLocks) notes.push(i18n.text('noteLockNotOffered'));
  if (mayUnlock && !canUnlock) notes.push(i18n.text('noteUnlockNotOffered'));
  if (mayDelete && !canDelete) notes.push(i18n.text('noteDeleteNotOffered'));
  return {
    links: LINKS.map(([action, path, key]) => ({
      action,
      href: `${base}/${path}/${id}`,
      label: i18n.text(key),
    })),
    canStop: live && mayStop,
    stopLabel: i18n.text(stopLocks ? 'stopLock' : 'stopOnly'),
    stopLocks,
    canUnlock,
    canDelete,
    notes,
  };
}

/** The confirmation dialog's wording for one action. */
export interface DialogView {
  title: string;
  body: string;
  confirm: string;
  /** Shown while the request runs. */
  progress: string;
  /** The confirm button's look: Unlock undoes, the others destroy. */
  tone: 'primary' | 'danger';
}

/** What the dialog says before `action` on `stream` (a group is named with all its playouts). */
export function dialogView(
  action: ConfirmedAction,
  stream: Stream,
  stopLocks: boolean,
  i18n: OverviewText,
): DialogView {
  const vars = {
    name: stream.ingest.rtmp.streamname,
    id: stream.id,
    count: stream.playout.h5live.length,
  };
  const group = isGroup(stream);
  const words = (
    title: OverviewKey,
    body: OverviewKey,
    groupBody: OverviewKey,
    confirm: OverviewKey,
    progress: OverviewKey,
  ): DialogView => ({
    title: i18n.text(title),
    body: i18n.text(group ? groupBody : body, vars),
    confirm: i18n.text(confirm),
    progress: i18n.text(progress),
    tone: action === 'unlock' ? 'primary' : 'danger',
  });
  if (action === 'stop' && stopLocks) {
    return words(
      'dialogStopTitle',
      'dialogStopBody',
      'dialogStopGroupBody',
      'confirmStop',
      'stopping',
    );
  }
  if (action === 'stop') {
    return words(
      'dialogStopOnlyTitle',
      'dialogStopOnlyBody',
      'dialogStopOnlyGroupBody',
      'confirmStopOnly',
      'stoppingOnly',
    );
  }
  if (action === 'delete') {
    return words(
      'dialogDeleteTitle',
      'dialogDeleteBody',
      'dialogDeleteGroupBody',
      'confirmDelete',
      'deleting',
    );
  }
  return words(
    'dialogUnlockTitle',
    'dialogUnlockBody',
    'dialogUnlockBody',
    'confirmUnlock',
    'unlocking',
  );
}

/** What a screen reader hears after a success (a deleted stream says so on the page instead). */
export function successAnnouncement(result: ActionResult, i18n: OverviewText): string {
  if (result.action === 'stop') return i18n.text(result.locked ? 'stopped' : 'stoppedOnly');
  return result.action === 'unlock' ? i18n.text('unlocked') : '';
}

/** What a failed action means for the page. */
export interface FailureView {
  /** The dialog's failure message. */
  message: string;
  /** Nothing is left to confirm: only Close. */
  settled: boolean;
  /** An action the API turned out not to offer; not offered again. */
  notOffered?: AssumedStreamAction;
  /** The stream as stopped, when the stop went through and only the lock failed. */
  stopped?: Stream;
}

/**
 * What a failure of `action` says: a lock that failed after the stop says the stream is stopped;
 * a 404/405 to an assumed endpoint says plainly that this API does not offer it (and it is not
 * offered again); anything else says why, and can be tried again. `reason` words an error.
 */
export function failureView(
  error: unknown,
  action: ConfirmedAction,
  i18n: OverviewText,
  reason: (error: unknown) => string,
): FailureView {
  if (error instanceof LockAfterStopError) {
    const stopped = error.stopped;
    return isNotOffered(error.cause)
      ? {message: i18n.text('lockNotOffered'), settled: true, notOffered: 'lock', stopped}
      : {
          message: i18n.text('lockFailed', {reason: reason(error.cause)}),
          settled: true,
          stopped,
        };
  }
  // Delete and Unlock rely on assumed endpoints: a 404/405 says the API has no such thing.
  if ((action === 'delete' || action === 'unlock') && isNotOffered(error)) {
    return {
      message: i18n.text(action === 'delete' ? 'deleteNotOffered' : 'unlockNotOffered'),
      settled: true,
      notOffered: action,
    };
  }
  const key =
    action === 'delete' ? 'deleteFailed' : action === 'unlock' ? 'unlockFailed' : 'stopFailed';
  return {message: i18n.text(key, {reason: reason(error)}), settled: false};
}

/** The "Stream not found" (unknown id) or "Stream deleted" (a deleted stream) state. */
export function notFoundView(
  stream: Stream | undefined,
  streamId: string,
  i18n: OverviewText,
): {title: string; detail: string} {
  return stream
    ? {
        title: i18n.text('deleted'),
        detail: i18n.text('deletedDetail', {name: stream.ingest.rtmp.streamname, id: stream.id}),
      }
    : {title: i18n.text('notFound'), detail: i18n.text('notFoundDetail', {id: streamId})};
}

/** What the overview tab shows besides the details, ingest and playout. */
export function sectionsView(
  stream: Stream,
  session: NsSession | undefined,
): {abr: boolean; token: boolean; vod: boolean} {
  return {
    abr: isGroup(stream),
    token: needsToken(stream, session),
    vod: !!session?.features.vod,
  };
}

/** One row of the details list; `code` for an ID. */
export interface DetailRow {
  label: string;
  value: string;
  code?: boolean;
}

/** An editable field of the details (tags, push URL). */
export interface EditableField<V> {
  label: string;
  value: V;
  editable: boolean;
}

export interface DetailsView {
  heading: string;
  rows: DetailRow[];
  /** A single stream's tags and push URL (a group's are in its ABR table). */
  fields?: {
    target: string;
    tags: EditableField<string[]>;
    pushUrl: EditableField<string | undefined>;
  };
}

/**
 * The details list. Fields the server leaves out show the empty mark: "Updated At" (assumed) falls
 * back to the creation date; an absent push URL is `undefined`, never "Not set".
 */
export function detailsView(
  stream: Stream,
  session: NsSession | undefined,
  i18n: OverviewText,
): DetailsView {
  const interval = stream.timecode_interval;
  const updated = [stream.updated_at, stream.created_at].find(d => toDate(d) !== undefined);
  const rows: DetailRow[] = [
    stream.streamgroup
      ? {label: i18n.text('streamgroupId'), value: stream.streamgroup, code: true}
      : {label: i18n.text('streamgroupId'), value: EMPTY_VALUE},
    {label: i18n.text('updatedAt'), value: updated ? i18n.dateTime(updated) : EMPTY_VALUE},
    {
      label: i18n.text('timecode'),
      value:
        typeof stream.timecode === 'boolean'
          ? i18n.text(stream.timecode ? 'timecodeOn' : 'timecodeOff')
          : EMPTY_VALUE,
    },
    {
      label: i18n.text('timecodeInterval'),
      value:
        typeof interval === 'number' && Number.isFinite(interval)
          ? i18n.text('milliseconds', {ms: formatNumber(interval, i18n.locale)})
          : EMPTY_VALUE,
    },
  ];
  if (isGroup(stream)) return {heading: i18n.text('groupDetails'), rows};
  const editable = stream.state !== 'deleted';
  return {
    heading: i18n.text('details'),
    rows,
    fields: {
      target: stream.ingest.rtmp.streamname,
      tags: {
        label: i18n.text('tags'),
        value: stream.tags,
        editable: editable && !!session?.can('setStreamTags'),
      },
      pushUrl: {
        label: i18n.text('pushUrl'),
        value: typeof stream.push_url === 'string' ? stream.push_url : undefined,
        editable: editable && !!session?.can('setStreamPushUrl'),
      },
    },
  };
}

/** The H5Live playout URLs, with the token once there is one; `busy` while it is on its way. */
export function playoutView(
  stream: Stream,
  token: PlaybackTokenState,
): {playoutUrl: string; iframeUrl: string; busy: boolean} {
  const groupId = stream.streamgroup ?? stream.id;
  const jwt = token.state === 'ready' ? token.token : undefined;
  const qualityCount = isGroup(stream) ? stream.playout.h5live.length : 1;
  return {
    playoutUrl: playoutUrl({groupId, token: jwt}),
    iframeUrl: embedUrl({groupId, qualityCount, token: jwt}),
    busy: token.state === 'pending',
  };
}

/** A VOD recording as the table shows it; `href` only for an http(s) URL. */
export interface VodRow {
  date: string;
  name: string;
  href?: string;
  size: string;
}

/** The VOD recordings, newest session first; a missing date or size is the empty mark. */
export function vodRows(stream: Stream, i18n: OverviewText): VodRow[] {
  return recordingsOf(stream.playout).map(vod => ({
    date: vod.sessionDate ? i18n.dateTime(vod.sessionDate, {label: false}) : EMPTY_VALUE,
    name: vod.name,
    ...(isLinkable(vod.url) ? {href: vod.url} : {}),
    size: vod.size === undefined ? EMPTY_VALUE : formatBytes(vod.size, i18n.locale),
  }));
}
