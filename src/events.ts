/**
 * Every `ns-*` event the elements fire. Each is a typed `CustomEvent` subclass that bubbles and is
 * composed (crosses shadow roots, since ns elements nest in each other's), with a `readonly
 * detail` and a static `eventName`:
 *
 * ```ts
 * list.addEventListener(NsStreamSelectEvent.eventName, e => open(e.detail.streamId));
 * // or, typed through the GlobalEventHandlersEventMap augmentation below:
 * list.addEventListener('ns-stream-select', e => open(e.detail.streamId));
 * ```
 */
import type {JWTPayload} from 'jose';
import type {Stream} from './api/types.js';

/** `ns-load-error` detail: what failed, for a host's logging. */
export interface NsLoadErrorDetail {
  /** HTTP status; 0 when no response arrived (network failure, timeout, abort). */
  status: number;
  /** The bintu / token service error code, when the API sent one. */
  code?: number;
  /** A description of the error. */
  message: string;
}

/**
 * An element could not load its data. It shows the error itself (with a Retry button); this event
 * lets the host log it.
 */
export class NsLoadErrorEvent extends CustomEvent<NsLoadErrorDetail> {
  static readonly eventName = 'ns-load-error' as const;
  declare readonly detail: NsLoadErrorDetail;

  constructor(detail: NsLoadErrorDetail) {
    super(NsLoadErrorEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

/** `ns-stream-select` detail. */
export interface NsStreamSelectDetail {
  /** The selected stream's ID. */
  streamId: string;
  /** The ID of the stream group the stream belongs to, when it is part of one. */
  streamgroupId?: string;
}

/** A stream was chosen: a row activated by click or Enter, or a search match. */
export class NsStreamSelectEvent extends CustomEvent<NsStreamSelectDetail> {
  static readonly eventName = 'ns-stream-select' as const;
  declare readonly detail: NsStreamSelectDetail;

  constructor(detail: NsStreamSelectDetail) {
    super(NsStreamSelectEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

/**
 * The stream list's query: the same values as its reflected attributes (`state`, `tags`,
 * `date-range`, `individual-streams`, `page-size`, `page`), so a host can deep-link it.
 */
export interface StreamListQuery {
  /** State filter: `all`, `live`, `created`, `ended`, `locked` or `deleted`. */
  state: string;
  /** Applied tag filters. */
  tags: string[];
  /** `today|yesterday|this-week|this-month|past-month|last-3-months`, or null for any date. */
  dateRange: string | null;
  /** Whether stream groups are listed as individual streams. */
  individualStreams: boolean;
  /** Rows per page: 25, 50, 100 or 150. */
  pageSize: number;
  /** 1-based page number. */
  page: number;
}

/** A filter or the page of `<ns-stream-list>` changed. */
export class NsQueryChangeEvent extends CustomEvent<StreamListQuery> {
  static readonly eventName = 'ns-query-change' as const;
  declare readonly detail: StreamListQuery;

  constructor(detail: StreamListQuery) {
    super(NsQueryChangeEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

/** A quick action of the stream page. */
export type StreamQuickAction = 'webcaster' | 'watch' | 'instructions';

/** `ns-stream-action` detail. */
export interface NsStreamActionDetail {
  /** Which quick action the user chose. */
  action: StreamQuickAction;
  /** The stream it applies to. */
  streamId: string;
}

/**
 * A quick action (Start Webcaster, Watch Stream, Get Instructions) is about to open the dashboard.
 * Cancelable: call `preventDefault()` to route the action yourself instead.
 */
export class NsStreamActionEvent extends CustomEvent<NsStreamActionDetail> {
  static readonly eventName = 'ns-stream-action' as const;
  declare readonly detail: NsStreamActionDetail;

  constructor(detail: NsStreamActionDetail) {
    super(NsStreamActionEvent.eventName, {bubbles: true, composed: true, cancelable: true, detail});
  }
}

/** What changed about a stream. */
export type StreamChangeAction =
  'stop' | 'lock' | 'unlock' | 'delete' | 'tags' | 'push-url' | 'transcode' | 'processing';

/** `ns-stream-change` detail. */
export interface NsStreamChangeDetail {
  /** The changed stream's ID. */
  streamId: string;
  /** What was done. */
  action: StreamChangeAction;
  /** The stream as it is now, or null when it no longer exists or the API did not return it. */
  stream: Stream | null;
}

/** A change to a stream succeeded (stop & lock, delete, tags, push URL, transcode, processing). */
export class NsStreamChangeEvent extends CustomEvent<NsStreamChangeDetail> {
  static readonly eventName = 'ns-stream-change' as const;
  declare readonly detail: NsStreamChangeDetail;

  constructor(detail: NsStreamChangeDetail) {
    super(NsStreamChangeEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

/** Which snippet was copied. */
export type SnippetKind = 'iframe' | 'html' | 'url';

/** `ns-snippet-copy` detail. */
export interface NsSnippetCopyDetail {
  /** The iFrame snippet, the HTML snippet or the playout URL. */
  kind: SnippetKind;
}

/** The user copied a snippet or the playout URL to the clipboard. */
export class NsSnippetCopyEvent extends CustomEvent<NsSnippetCopyDetail> {
  static readonly eventName = 'ns-snippet-copy' as const;
  declare readonly detail: NsSnippetCopyDetail;

  constructor(detail: NsSnippetCopyDetail) {
    super(NsSnippetCopyEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

/** `ns-token-create` detail. */
export interface NsTokenCreateDetail {
  /** The signed playback token (a JWT). */
  token: string;
  /** Its decoded, unverified claims. */
  claims: JWTPayload;
}

/** The token service issued a secure playback token. */
export class NsTokenCreateEvent extends CustomEvent<NsTokenCreateDetail> {
  static readonly eventName = 'ns-token-create' as const;
  declare readonly detail: NsTokenCreateDetail;

  constructor(detail: NsTokenCreateDetail) {
    super(NsTokenCreateEvent.eventName, {bubbles: true, composed: true, detail});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ns-load-error': NsLoadErrorEvent;
    'ns-stream-select': NsStreamSelectEvent;
    'ns-query-change': NsQueryChangeEvent;
    'ns-stream-action': NsStreamActionEvent;
    'ns-stream-change': NsStreamChangeEvent;
    'ns-snippet-copy': NsSnippetCopyEvent;
    'ns-token-create': NsTokenCreateEvent;
  }
}
