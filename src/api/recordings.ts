/**
 * VOD recordings as the API describes them: the `playout.web` entries with `type: "vod"`. Only
 * `url`, `type` and `streamId` are documented; a recording without a `name` is named by the last
 * segment of its URL's path, and its date and size are shown only where the server sends them.
 */
import type {StreamPlayout, WebPlayout} from './types.js';

/** One VOD recording, normalised for display. */
export interface Recording {
  readonly url: string;
  readonly streamId: string;
  readonly streamname: string | undefined;
  /** The file's name: the server's `name`, else the URL's last path segment, else the URL. */
  readonly name: string;
  /** ISO 8601 start of the recorded session, when the server says. */
  readonly sessionDate: string | undefined;
  /** Bytes, when the server says. */
  readonly size: number | undefined;
}

/** The last non-empty segment of a URL's path (decoded), or `undefined` when it has none. */
export function lastPathSegment(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? '';
  }
  const segment = path.split('/').filter(Boolean).pop();
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function toRecording(entry: WebPlayout): Recording {
  const name =
    typeof entry.name === 'string' && entry.name.trim() !== ''
      ? entry.name
      : (lastPathSegment(entry.url) ?? entry.url);
  return {
    url: entry.url,
    streamId: entry.streamId,
    streamname: typeof entry.streamname === 'string' ? entry.streamname : undefined,
    name,
    sessionDate: isDate(entry.session_date) ? entry.session_date : undefined,
    size: typeof entry.size === 'number' && Number.isFinite(entry.size) ? entry.size : undefined,
  };
}

/**
 * The recordings of a playout (of one stream of it, when `streamId` is given), newest session
 * first; recordings without a date keep the server's order after the dated ones.
 */
export function recordingsOf(playout: StreamPlayout | undefined, streamId?: string): Recording[] {
  const web = Array.isArray(playout?.web) ? playout.web : [];
  return web
    .filter(
      (entry): entry is WebPlayout =>
        typeof entry === 'object' &&
        entry !== null &&
        entry.type === 'vod' &&
        typeof entry.url === 'string' &&
        (streamId === undefined || entry.streamId === streamId),
    )
    .map(toRecording)
    .map((recording, order) => ({recording, order}))
    .sort((a, b) => {
      const da = a.recording.sessionDate ? Date.parse(a.recording.sessionDate) : -Infinity;
      const db = b.recording.sessionDate ? Date.parse(b.recording.sessionDate) : -Infinity;
      return db - da || a.order - b.order;
    })
    .map(({recording}) => recording);
}
