/**
 * The documented transcode profiles (shared/spec/bintu-api.md), highest first, and which of them
 * can still be added to a stream group. Pure: no DOM, no API.
 */
import type {PlayoutInfo, TranscodeProfileId} from '../../api/types.js';

/** Every profile `POST /stream/{id}/transcode` accepts, highest bitrate first. */
export const TRANSCODE_PROFILES = [
  'vtrans2-1280x720x1600x30',
  'vtrans2-852x480x800x25',
  'vtrans2-640x360x400x25',
  'vtrans2-426x240x200x15',
] as const satisfies readonly TranscodeProfileId[];

const PROFILE_PATTERN = /^vtrans2-(\d+)x(\d+)x(\d+)x(\d+)$/;

/** Width, height, bitrate (kbit/s) and frame rate of a profile id, or undefined when it is not one. */
export function profileInfo(profile: string): PlayoutInfo | undefined {
  const m = PROFILE_PATTERN.exec(profile);
  if (!m) return undefined;
  return {width: Number(m[1]), height: Number(m[2]), bitrate: Number(m[3]), fps: Number(m[4])};
}

/**
 * The profiles a group can still get: each one's bitrate must be below the lowest bitrate the
 * group already has (so the ladder stays ordered), highest first.
 */
export function eligibleProfiles(bitrates: readonly number[]): TranscodeProfileId[] {
  const known = bitrates.filter(b => Number.isFinite(b) && b > 0);
  const lowest = known.length ? Math.min(...known) : Infinity;
  return TRANSCODE_PROFILES.filter(p => (profileInfo(p)?.bitrate ?? Infinity) < lowest);
}
