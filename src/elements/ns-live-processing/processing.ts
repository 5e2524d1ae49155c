/**
 * Pure helpers of `<ns-live-processing>`: which processes a playout runs, the editable drafts of
 * their settings and their validation against the documented ranges, the replacement processing
 * list sent to `POST /stream/{id}/processing`, and cache-busting asset URLs. No DOM, no Lit.
 * (The processes, their settings and ranges are facts of the API: src/api/limits.ts; recordings
 * are read by `recordingsOf` in src/api/recordings.ts, their one home.)
 */
import type {
  Asset,
  H5LivePlayout,
  ProcessingConfig,
  ProcessingId,
  Stream,
} from '../../api/types.js';
import {PROCESSING_IDS, PROCESSING_LIMITS, PROCESSING_SETTINGS} from '../../api/limits.js';

/** Whether a process has an interval setting. */
export function hasInterval(id: ProcessingId): boolean {
  return PROCESSING_SETTINGS[id].interval;
}

/** Whether a process has a duration setting. */
export function hasDuration(id: ProcessingId): boolean {
  return PROCESSING_SETTINGS[id].duration !== undefined;
}

/** Whether a process's duration may be "the entire stream" (`null`). */
export function allowsEntireStream(id: ProcessingId): boolean {
  return PROCESSING_SETTINGS[id].duration === 'open';
}

/** Reads a `process` attribute value; anything else is undefined. */
export function toProcessId(value: string | null | undefined): ProcessingId | undefined {
  return (PROCESSING_IDS as readonly string[]).includes(value ?? '')
    ? (value as ProcessingId)
    : undefined;
}

/** True for the passthrough of an ABR group with more than one playout. */
export function isGroup(stream: Stream): boolean {
  return stream.streamgroup === stream.id && stream.playout.h5live.length > 1;
}

/** The playout entry of one stream of a group (or the single stream), by stream id. */
export function playoutOf(stream: Stream, streamId: string): H5LivePlayout | undefined {
  return stream.playout.h5live.find(h => h.id === streamId);
}

/**
 * The process's configuration on a playout, or undefined when the process is off. A process is
 * active exactly when its configuration is in the playout's `processing` list.
 */
export function configOf(
  playout: H5LivePlayout | undefined,
  id: ProcessingId,
): ProcessingConfig | undefined {
  return playout?.processing?.find(p => p.id === id);
}

/** The assets of one kind that belong to one stream. */
export function assetsOf(
  stream: Stream,
  kind: 'thumbnails' | 'motionclip' | 'replay',
  streamId: string,
): Asset[] {
  return (stream.playout[kind] ?? []).filter(a => a.streamId === streamId);
}

/**
 * One session of a live replay, as far as the server describes it: `replay_sessions` is assumed,
 * so each part may be missing.
 */
export interface ReplaySession {
  /** ISO 8601 start of the session, when the server says. */
  sessionDate: string | undefined;
  /** The session's HLS playlist. */
  hlsUrl: string | undefined;
  /** Where the session can be replayed. */
  replayUrl: string | undefined;
  /** Where clips of the session can be cut and shared. */
  clipUrl: string | undefined;
}

const textOr = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const dateOr = (value: unknown): string | undefined =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;

/**
 * The replay sessions of one stream from `playout.replay_sessions` (an assumed field), newest
 * first (undated ones after the dated, in the server's order). `undefined` when the stream does not
 * list sessions at all — then nothing can be said about them; an empty list means it has none.
 * An entry is kept when it has at least one of its three URLs; what it lacks stays undefined.
 */
export function replaySessionsOf(stream: Stream, streamId: string): ReplaySession[] | undefined {
  const listed: unknown = stream.playout.replay_sessions;
  if (!Array.isArray(listed)) return undefined;
  const sessions: {session: ReplaySession; order: number}[] = [];
  for (const entry of listed as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const s = entry as Record<string, unknown>;
    if (s['streamId'] !== streamId) continue;
    const session: ReplaySession = {
      sessionDate: dateOr(s['session_date']),
      hlsUrl: textOr(s['url']),
      replayUrl: textOr(s['replay_url']),
      clipUrl: textOr(s['clip_url']),
    };
    if (!session.hlsUrl && !session.replayUrl && !session.clipUrl) continue;
    sessions.push({session, order: sessions.length});
  }
  const time = (s: ReplaySession) => (s.sessionDate ? Date.parse(s.sessionDate) : -Infinity);
  return sessions
    .sort((a, b) => time(b.session) - time(a.session) || a.order - b.order)
    .map(({session}) => session);
}

/**
 * `url` with a cache-busting query parameter `_ns` set to `token` (replacing an earlier one), so
 * that the browser loads the asset again instead of answering from its cache. An empty token
 * gives `url` unchanged. The fragment stays last.
 */
export function cacheBusted(url: string, token: string | number | undefined): string {
  if (token === undefined || token === '' || !url) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const [path = '', query = ''] = base.split(/\?(.*)/s, 2);
  const params = query.split('&').filter(p => p !== '' && p.split('=')[0] !== '_ns');
  params.push(`_ns=${encodeURIComponent(String(token))}`);
  return `${path}?${params.join('&')}${fragment}`;
}

/** What the settings form holds for one process: the text the user typed, as typed. */
export interface ProcessDraft {
  /** The process should run. */
  active: boolean;
  /** Interval in seconds, as typed (`thumbs`, `motionclip`). */
  interval: string;
  /** Duration in seconds, as typed (`motionclip`, `replay`, `rec`). */
  duration: string;
  /** The duration is the entire stream (`replay`, `rec`). */
  entireStream: boolean;
}

/** Settings a process starts with when it is switched on. */
const DEFAULTS: Record<ProcessingId, {interval?: number; duration?: number | null}> = {
  thumbs: {interval: 30},
  motionclip: {interval: 60, duration: 5},
  replay: {duration: null},
  rec: {duration: null},
};

/** The form's starting point: the stored configuration, or the defaults when the process is off. */
export function draftFrom(id: ProcessingId, config: ProcessingConfig | undefined): ProcessDraft {
  const source = config ?? DEFAULTS[id];
  const interval = source.interval;
  const duration = source.duration;
  return {
    active: config !== undefined,
    interval: hasInterval(id) && interval != null ? String(interval) : '',
    duration: hasDuration(id) && duration != null ? String(duration) : '',
    entireStream: allowsEntireStream(id) && duration == null,
  };
}

/** Whether a draft says the same as the stored configuration. */
export function sameAsStored(
  id: ProcessingId,
  draft: ProcessDraft,
  config: ProcessingConfig | undefined,
): boolean {
  const stored = draftFrom(id, config);
  if (draft.active !== stored.active) return false;
  if (!draft.active) return true;
  return (
    draft.interval.trim() === stored.interval &&
    draft.entireStream === stored.entireStream &&
    (draft.entireStream || draft.duration.trim() === stored.duration)
  );
}

/** Why a field is invalid; the element turns it into words. */
export type FieldError =
  | {kind: 'required'}
  | {kind: 'integer'}
  | {kind: 'range'; min: number; max: number}
  | {kind: 'min'; min: number};

/** The outcome of validating a draft. */
export interface DraftValidation {
  /** The configuration to store, `null` to switch the process off; undefined while invalid. */
  config: ProcessingConfig | null | undefined;
  interval?: FieldError;
  duration?: FieldError;
}

const WHOLE_NUMBER = /^\d+$/;

function readSeconds(text: string, min: number, max: number): number | FieldError {
  const value = text.trim();
  if (value === '') return {kind: 'required'};
  if (!WHOLE_NUMBER.test(value)) return {kind: 'integer'};
  const n = Number(value);
  if (n < min || n > max) return max === Infinity ? {kind: 'min', min} : {kind: 'range', min, max};
  return n;
}

/**
 * Validates a draft against the documented ranges: `thumbs` interval 10–3600 s; `motionclip`
 * interval 10–3600 s and duration 1–60 s; `replay` and `rec` duration ≥ 1 s or the entire stream.
 * Whole seconds only. A switched-off process is always valid (its settings are not sent).
 */
export function validateDraft(id: ProcessingId, draft: ProcessDraft): DraftValidation {
  if (!draft.active) return {config: null};
  const result: DraftValidation = {config: undefined};
  const config: ProcessingConfig = {id};
  if (hasInterval(id)) {
    const {min, max} = PROCESSING_LIMITS.interval;
    const interval = readSeconds(draft.interval, min, max);
    if (typeof interval === 'number') config.interval = interval;
    else result.interval = interval;
  }
  if (hasDuration(id)) {
    if (allowsEntireStream(id) && draft.entireStream) {
      config.duration = null;
    } else {
      const {min, max} =
        PROCESSING_SETTINGS[id].duration === 'clip'
          ? PROCESSING_LIMITS.clipDuration
          : {min: PROCESSING_LIMITS.minDuration, max: Infinity};
      const duration = readSeconds(draft.duration, min, max);
      if (typeof duration === 'number') config.duration = duration;
      else result.duration = duration;
    }
  }
  if (!result.interval && !result.duration) result.config = config;
  return result;
}

/**
 * The whole processing list with one process replaced in place, appended, or removed (`config`
 * null). The other processes are kept exactly as they are.
 */
export function withProcess(
  list: readonly ProcessingConfig[] | undefined,
  id: ProcessingId,
  config: ProcessingConfig | null,
): ProcessingConfig[] {
  const current = (list ?? []).map(p => ({...p}));
  const at = current.findIndex(p => p.id === id);
  if (!config) return current.filter(p => p.id !== id);
  if (at === -1) return [...current, {...config}];
  current[at] = {...config};
  return current;
}

/** A copy of `map` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withEntry<K, V>(
  map: ReadonlyMap<K, V>,
  key: K,
  value: V | undefined,
): ReadonlyMap<K, V> {
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

/**
 * The token of a new Refresh: the time, yet strictly above the previous token, so two Refreshes
 * in the same millisecond still differ.
 */
export function nextBust(previous: number | undefined, now = Date.now()): number {
  return Math.max(now, (previous ?? 0) + 1);
}
