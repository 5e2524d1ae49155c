/**
 * The documented transcode profiles (shared/spec/bintu-api.md), which of them can still be added
 * to a stream group, and what is known of a playout's quality. Pure: no DOM, no API.
 */
import {TRANSCODE_PROFILES, profileInfo} from '../../api/limits.js';
import type {H5LivePlayout, PlayoutInfo, TranscodeProfileId} from '../../api/types.js';

// One home for the documented ladder: src/api/limits.ts (the mock enforces the same list).
export {TRANSCODE_PROFILES, profileInfo};

/**
 * The profiles a group can still get: each one's bitrate must be below the lowest bitrate the
 * group already has (so the ladder stays ordered), highest first. Unknown bitrates (`NaN`,
 * `undefined`) are left out; when none is known every profile is offered and the server decides.
 */
export function eligibleProfiles(bitrates: readonly (number | undefined)[]): TranscodeProfileId[] {
  const known = bitrates.filter((b): b is number => Number.isFinite(b) && b! > 0);
  const lowest = known.length ? Math.min(...known) : Infinity;
  return TRANSCODE_PROFILES.filter(p => (profileInfo(p)?.bitrate ?? Infinity) < lowest);
}

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
