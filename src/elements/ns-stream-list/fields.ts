/**
 * The stream list's reading of optional stream fields, tolerant of what a real server leaves out.
 * Pure: no DOM, no Lit.
 */
import type {PlayoutInfo, Stream} from '../../api/types.js';
import {toDate} from '../../i18n/format.js';

/**
 * The "Last Updated" instant of a stream as the API wrote it: `updated_at` [assumed], else
 * `created_at` (a stream never updated was last changed when it was created); undefined when
 * neither is a readable date, so that the cell shows the empty mark.
 */
export function lastUpdated(stream: Pick<Stream, 'updated_at' | 'created_at'>): string | undefined {
  for (const value of [stream.updated_at, stream.created_at]) {
    if (typeof value === 'string' && toDate(value)) return value;
  }
  return undefined;
}

/** A playout's resolution, bitrate and frame rate when every one of them is a usable number. */
export function usableInfo(info: Partial<PlayoutInfo> | undefined): PlayoutInfo | undefined {
  if (!info) return undefined;
  const {width, height, bitrate, fps} = info;
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;
  return ok(width) && ok(height) && ok(bitrate) && ok(fps)
    ? {width, height, bitrate, fps}
    : undefined;
}
