/**
 * What is known of a playout's quality, for the elements that show it (`<ns-abr-table>`,
 * `<ns-live-processing>`). Pure: no DOM, no Lit.
 */
import {profileInfo} from '../api/limits.js';
import type {H5LivePlayout, PlayoutInfo} from '../api/types.js';

/** What is known of a playout's quality; each value only when the data really says it. */
export type PlayoutQuality = Partial<PlayoutInfo>;

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * A playout's resolution, bitrate and frame rate: from its `info` (assumed on `GET /stream/{id}`)
 * where that has a usable number, else — for a transcode — from the `vtrans2-WxHxKxF` profile id
 * among its tags, when the data carries one. Whatever neither says stays undefined.
 */
export function qualityOf(playout: H5LivePlayout | undefined): PlayoutQuality {
  if (!playout) return {};
  const info: Partial<Record<keyof PlayoutInfo, unknown>> =
    typeof playout.info === 'object' && playout.info !== null ? playout.info : {};
  const profile =
    playout.index > 0 && Array.isArray(playout.tags)
      ? playout.tags
          .map(tag => (typeof tag === 'string' ? profileInfo(tag) : undefined))
          .find(Boolean)
      : undefined;
  const quality: PlayoutQuality = {};
  for (const key of ['width', 'height', 'bitrate', 'fps'] as const) {
    const value = positive(info[key]) ?? profile?.[key];
    if (value !== undefined) quality[key] = value;
  }
  return quality;
}

/** "1920×1080", or undefined when width or height is not known. */
export function resolutionOf(quality: PlayoutQuality): string | undefined {
  return quality.width !== undefined && quality.height !== undefined
    ? `${quality.width}×${quality.height}`
    : undefined;
}
