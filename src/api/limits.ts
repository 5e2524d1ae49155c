/**
 * Documented facts of the API that both sides need: the elements, to offer and check only what the
 * API accepts, and the mock organisation, to enforce it. Written down once, here. No DOM.
 */
import type {
  Feature,
  OrganisationFeatures,
  PlayoutInfo,
  ProcessingId,
  TranscodeProfileId,
} from './types.js';

/** The documented transcode profiles, highest bitrate first. */
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
 * group already has (so the ladder stays ordered), highest first. Unknown bitrates (`NaN`,
 * `undefined`) are left out; when none is known every profile is offered and the server decides.
 */
export function eligibleProfiles(bitrates: readonly (number | undefined)[]): TranscodeProfileId[] {
  const known = bitrates.filter((b): b is number => Number.isFinite(b) && b! > 0);
  const lowest = known.length ? Math.min(...known) : Infinity;
  return TRANSCODE_PROFILES.filter(p => (profileInfo(p)?.bitrate ?? Infinity) < lowest);
}

/** Live processing ranges, in seconds. */
export const PROCESSING_LIMITS = {
  /** `thumbs` and `motionclip` interval. */
  interval: {min: 10, max: 3600},
  /** `motionclip` duration. */
  clipDuration: {min: 1, max: 60},
  /** `replay` and `rec` duration (no upper bound; `null` means the entire stream). */
  minDuration: 1,
} as const;

/** The live processes, in the order the dashboard lists them. */
export const PROCESSING_IDS = [
  'thumbs',
  'motionclip',
  'replay',
  'rec',
] as const satisfies readonly ProcessingId[];

/**
 * The settings each live process takes: an `interval` (`PROCESSING_LIMITS.interval`) or not, and
 * its `duration`: `clip` (`PROCESSING_LIMITS.clipDuration`), `open` (at least
 * `PROCESSING_LIMITS.minDuration`, or `null` for the entire stream), or none.
 */
export const PROCESSING_SETTINGS: Readonly<
  Record<ProcessingId, {readonly interval: boolean; readonly duration?: 'clip' | 'open'}>
> = {
  thumbs: {interval: true},
  motionclip: {interval: true, duration: 'clip'},
  replay: {interval: false, duration: 'open'},
  rec: {interval: false, duration: 'open'},
};

/** A stream's timecode interval, in milliseconds. */
export const TIMECODE_INTERVAL = {min: 500, max: 3_600_000, default: 2000} as const;

/** The packages an organisation's `features` names. */
export const FEATURES = [
  'secure',
  'vod',
  'transcoding',
  'opcodes',
  'webcaster',
  'h5live',
] as const satisfies readonly Feature[];

/** Every package set to `on`. */
export function everyFeature(on: boolean): OrganisationFeatures {
  return Object.fromEntries(FEATURES.map(name => [name, on])) as Record<Feature, boolean>;
}
