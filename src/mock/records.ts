/**
 * A stream of the mock organisation as the mock stores it. What the list endpoint filters and
 * sorts on (state, dates, tags, group position) is generated up front; everything else (id,
 * streamname, playout info, push URL, timecode, secure, processing) is derived from the seed the
 * first time it is read, so that generating 100 000 streams stays cheap. Reading gives the same
 * values whatever the order of access.
 */
import type {
  OrganisationFeatures,
  PlayoutInfo,
  ProcessingConfig,
  StreamState,
  TranscodeProfileId,
} from '../api/types.js';
import {type Codec, idPrefix, streamnameOf} from './codec.js';
import {TIMECODE_INTERVAL, TRANSCODE_PROFILES, profileInfo} from './constants.js';
import {Random} from './prng.js';

/** One stream of the mock organisation (dates in epoch ms). */
export interface MockStream {
  readonly id: string;
  readonly streamname: string;
  state: StreamState;
  readonly type: string;
  readonly createdAt: number;
  /** The dashboard's "Last Updated"; every mutation sets it to the mock's current time. */
  updatedAt: number;
  /** Replace, never edit in place: members of a generated group share their passthrough's list. */
  tags: string[];
  /** The group id (the passthrough's id) for members of an ABR group; absent for single streams. */
  readonly streamgroup: string | undefined;
  /** Position in the group's `h5live` list: 0 = passthrough (or a single stream), 1..n = transcodes. */
  readonly index: number;
  /** The transcode profile of a group's transcode. */
  readonly profile: TranscodeProfileId | undefined;
  /** Resolution, bitrate (kbit/s) and frame rate of this playout. */
  readonly info: PlayoutInfo;
  pushUrl: string | undefined;
  timecode: boolean;
  timecodeInterval: number;
  secure: boolean;
  /** Live processing settings (meaningful when the organisation has live processing). */
  processing: ProcessingConfig[] | undefined;
  /** Creation order; breaks ties in the list order. */
  readonly seq: number;
  /** Seeds the lazily derived VOD recordings. */
  readonly salt: number;
  /** Recording sessions happen between `createdAt` and this instant (epoch ms). */
  readonly activeUntil: number;
}

/** The parts of a stream derived from the seed on first read. */
export interface StreamDetail {
  id: string;
  streamname: string;
  streamgroup: string | undefined;
  info: PlayoutInfo;
  profile: TranscodeProfileId | undefined;
  pushUrl: string | undefined;
  timecode: boolean;
  timecodeInterval: number;
  secure: boolean;
  processing: ProcessingConfig[] | undefined;
  salt: number;
}

/** What every unit of one organisation derives its details from. */
export interface DeriveContext {
  readonly words: readonly [number, number, number, number];
  readonly codec: Codec;
  readonly features: OrganisationFeatures;
  /** For push URLs to the organisation's own ingest. */
  readonly domain: string;
}

/** A single stream or an ABR group: the members share their state, dates, tags and settings. */
export interface Unit {
  /** Undefined for streams created at runtime: they carry their details from the start. */
  readonly ctx: DeriveContext | undefined;
  readonly salt: number;
  /** The passthrough's (or single stream's) `seq`. */
  readonly first: number;
  /** How many transcodes were generated (0 = a single stream). */
  readonly transcodes: number;
  /** True for ABR groups. */
  readonly group: boolean;
  /** The members in `h5live` order; groups only (runtime transcodes are appended). */
  readonly members: StreamRecord[] | undefined;
  /** The instant the generated activity ended (the generated `updatedAt`). */
  readonly activeUntil: number;
  details?: StreamDetail[];
}

/** The intervals the generated streams have, the default most often (as most streams keep it). */
const TIMECODE_INTERVALS = [
  TIMECODE_INTERVAL.min,
  1000,
  ...Array<number>(4).fill(TIMECODE_INTERVAL.default),
  5000,
  10_000,
  60_000,
  TIMECODE_INTERVAL.max,
];
const FPS = [30, 30, 30, 25, 25, 50, 60];

function pushUrl(rng: Random, streamname: string, domain: string): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `rtmp://a.rtmp.youtube.com/live2/${rng.alnum(4)}-${rng.alnum(4)}-${rng.alnum(4)}-${rng.alnum(4)}`;
    case 1:
      return `rtmps://live-api-s.facebook.com:443/rtmp/FB-${rng.int(100000000, 999999999)}-0-${rng.alnum(24)}`;
    case 2:
      return `rtmp://live.twitch.tv/app/live_${rng.int(10000000, 99999999)}_${rng.alnum(30)}`;
    default:
      return `rtmp://ingest.${domain}/live/${streamname}`;
  }
}

function processing(rng: Random, features: OrganisationFeatures): ProcessingConfig[] | undefined {
  if (!features.opcodes || !rng.chance(0.5)) return undefined;
  const list: ProcessingConfig[] = [];
  if (rng.chance(0.85)) list.push({id: 'thumbs', interval: rng.pick([10, 30, 60, 300])});
  if (rng.chance(0.5)) {
    list.push({
      id: 'motionclip',
      interval: rng.pick([30, 60, 120, 600]),
      duration: rng.pick([3, 5, 10, 30]),
    });
  }
  if (rng.chance(0.4)) {
    list.push({id: 'replay', duration: rng.chance(0.6) ? null : rng.pick([300, 1800, 3600])});
  }
  if (rng.chance(0.4))
    list.push({id: 'rec', duration: rng.chance(0.7) ? null : rng.pick([3600, 7200])});
  if (!list.length) list.push({id: 'thumbs', interval: 10});
  return list;
}

function profilesFor(rng: Random, k: number): TranscodeProfileId[] {
  if (k === 2 && rng.chance(0.6)) return ['vtrans2-852x480x800x25', 'vtrans2-640x360x400x25'];
  const picked = rng
    .shuffle([0, 1, 2, 3])
    .slice(0, k)
    .sort((a, b) => a - b);
  return picked.map(i => TRANSCODE_PROFILES[i] as TranscodeProfileId);
}

/** An id shaped like a UUID v4 whose first 8 hex digits encode `seq` (see codec.ts). */
function uuidFor(rng: Random, codec: Codec, seq: number): string {
  const rest = rng.uuid();
  return idPrefix(codec, seq) + rest.slice(8);
}

/** The details of every generated member of a unit, in `h5live` order. */
function derive(unit: Unit): StreamDetail[] {
  if (unit.details) return unit.details;
  const {ctx} = unit;
  if (!ctx) throw new Error('nanoStream mock: a stream created at runtime has no derived details');
  const rng = new Random(ctx.words, unit.salt);
  const secure = ctx.features.secure && rng.chance(0.35);
  const timecode = rng.chance(0.3);
  const timecodeInterval = timecode ? rng.pick(TIMECODE_INTERVALS) : TIMECODE_INTERVAL.default;
  const config = processing(rng, ctx.features);
  const source: PlayoutInfo = {
    width: 1920,
    height: 1080,
    bitrate: rng.int(30, 60) * 100,
    fps: rng.pick(FPS),
  };
  const profiles = profilesFor(rng, unit.transcodes);
  const groupId = uuidFor(rng, ctx.codec, unit.first);
  const details: StreamDetail[] = [];
  for (let m = 0; m <= unit.transcodes; m++) {
    const seq = unit.first + m;
    const streamname = streamnameOf(ctx.codec, seq);
    const profile = m === 0 ? undefined : profiles[m - 1];
    details.push({
      id: m === 0 ? groupId : uuidFor(rng, ctx.codec, seq),
      streamname,
      streamgroup: unit.group ? groupId : undefined,
      info: profile ? (profileInfo(profile) as PlayoutInfo) : source,
      profile,
      pushUrl: rng.chance(m === 0 ? 0.15 : 0.08) ? pushUrl(rng, streamname, ctx.domain) : undefined,
      timecode,
      timecodeInterval,
      secure,
      // Members get their own copies: POST …/processing replaces one stream's list.
      processing: config && (m === 0 ? config : config.map(c => ({...c}))),
      salt: rng.uint32(),
    });
  }
  unit.details = details;
  return details;
}

export class StreamRecord implements MockStream {
  state: StreamState;
  updatedAt: number;
  tags: string[];
  readonly createdAt: number;
  readonly seq: number;
  readonly index: number;
  readonly type = 'low-latency';
  /** The unit this stream belongs to (internal). */
  readonly unit: Unit;
  private own: StreamDetail | undefined;

  constructor(
    core: {
      state: StreamState;
      updatedAt: number;
      createdAt: number;
      tags: string[];
      seq: number;
      index: number;
    },
    unit: Unit,
    detail?: StreamDetail,
  ) {
    this.state = core.state;
    this.updatedAt = core.updatedAt;
    this.createdAt = core.createdAt;
    this.tags = core.tags;
    this.seq = core.seq;
    this.index = core.index;
    this.unit = unit;
    this.own = detail;
  }

  private get d(): StreamDetail {
    return (this.own ??= derive(this.unit)[this.index] as StreamDetail);
  }

  get id() {
    return this.d.id;
  }
  get streamname() {
    return this.d.streamname;
  }
  get streamgroup() {
    return this.d.streamgroup;
  }
  get info() {
    return this.d.info;
  }
  get profile() {
    return this.d.profile;
  }
  get salt() {
    return this.d.salt;
  }
  get activeUntil() {
    return this.unit.activeUntil;
  }
  get pushUrl() {
    return this.d.pushUrl;
  }
  set pushUrl(value) {
    this.d.pushUrl = value;
  }
  get timecode() {
    return this.d.timecode;
  }
  set timecode(value) {
    this.d.timecode = value;
  }
  get timecodeInterval() {
    return this.d.timecodeInterval;
  }
  set timecodeInterval(value) {
    this.d.timecodeInterval = value;
  }
  get secure() {
    return this.d.secure;
  }
  set secure(value) {
    this.d.secure = value;
  }
  get processing() {
    return this.d.processing;
  }
  set processing(value) {
    this.d.processing = value;
  }

  /** Every field as a plain object (what `JSON.stringify` and deep comparisons see). */
  toJSON(): MockStream {
    return {
      id: this.id,
      streamname: this.streamname,
      state: this.state,
      type: this.type,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
      tags: [...this.tags],
      streamgroup: this.streamgroup,
      index: this.index,
      profile: this.profile,
      info: {...this.info},
      pushUrl: this.pushUrl,
      timecode: this.timecode,
      timecodeInterval: this.timecodeInterval,
      secure: this.secure,
      processing: this.processing?.map(p => ({...p})),
      seq: this.seq,
      salt: this.salt,
      activeUntil: this.activeUntil,
    };
  }
}
