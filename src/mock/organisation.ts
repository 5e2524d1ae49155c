/**
 * The mock organisation's data: its streams as compact records, and the views the API answers
 * with (`Stream`, `StreamGroup`), built from a record only when they are asked for, so that even
 * 100 000 streams stay cheap.
 */
import type {
  Asset,
  H5LivePlayout,
  OrganisationFeatures,
  OrganisationLimits,
  Role,
  Stream,
  StreamGroup,
  StreamPlayout,
  StreamState,
  WebPlayout,
} from '../api/types.js';
import {type Codec, seqOfId, seqOfStreamname} from './codec.js';
import {
  H5LIVE_SERVER,
  INGEST_REC_URL,
  INGEST_URL,
  PLAY_RTMP_URL,
  hlsPlaylistUrl,
  motionclipUrl,
  replayPageUrl,
  replaySessionUrls,
  thumbnailUrl,
  vodUrl,
} from './constants.js';
import {Random} from './prng.js';
import type {MockStream, StreamRecord} from './records.js';

export type {MockStream, StreamRecord} from './records.js';

/** The list filters, already parsed and validated. */
export interface StreamFilter {
  states: ReadonlySet<StreamState>;
  tags: readonly string[];
  /** Inclusive, epoch ms. */
  updatedAfter?: number | undefined;
  /** Exclusive, epoch ms. */
  updatedBefore?: number | undefined;
  streamname?: string | undefined;
  individual: boolean;
  offset: number;
  quantity: number;
}

/** The organisation as the mock keeps it: what `GET /organisation` answers, and its id. */
export interface MockOrganisationInfo {
  /** A UUID: the `sub` of the organisation's playback tokens. */
  readonly id: string;
  readonly name: string;
  readonly hash: string;
  readonly features: OrganisationFeatures;
  readonly limits: OrganisationLimits;
}

/** A user of the mock organisation (`GET /user` answers the caller's `id`, `email`, `permission`). */
export interface MockUser {
  readonly id: number;
  readonly email: string;
  readonly permission: Role;
}

/** One session of a stream's live replay (`ReplaySession` in openapi.yaml, assumed). */
export type ReplaySessionRecord = NonNullable<StreamPlayout['replay_sessions']>[number];

const iso = (ms: number) => new Date(ms).toISOString();

function limited<T>(items: T[], limit: number | undefined): T[] {
  return limit === undefined ? items : items.slice(0, limit);
}

export class MockOrganisation {
  /** `GET /organisation` (with the id its tokens carry as `sub`). */
  readonly organisation: MockOrganisationInfo;
  /** The organisation's users (the first one of each role is who a user token of that role is). */
  readonly users: readonly MockUser[];
  /**
   * Answers only what the API documentation states (see `MockServerOptions.documentedOnly`): the
   * stream views then leave out every field `openapi.yaml` marks `x-assumed`, and a third of the
   * streams carry no `updated_at`.
   */
  readonly documentedOnly: boolean;
  /** The tag vocabulary the generator drew from. */
  readonly vocabulary: readonly string[];
  /** The instant the data was generated around (epoch ms). */
  readonly generatedAt: number;

  private readonly seed: string;
  private readonly codec: Codec;
  private readonly records: StreamRecord[];
  /** How many streams were generated (ids and names of these decode to their position). */
  private readonly generated: number;
  /** Streams created at runtime, by id and by name. */
  private readonly runtimeIds = new Map<string, StreamRecord>();
  private readonly runtimeNames = new Map<string, StreamRecord>();
  private sorted: StreamRecord[] | undefined;
  private tagList: string[] | undefined;
  private readonly vodCache = new Map<string, WebPlayout[]>();

  constructor(init: {
    seed: string;
    codec: Codec;
    organisation: MockOrganisationInfo;
    users: readonly MockUser[];
    documentedOnly: boolean;
    vocabulary: readonly string[];
    generatedAt: number;
    streams: StreamRecord[];
  }) {
    this.seed = init.seed;
    this.codec = init.codec;
    this.organisation = init.organisation;
    this.users = init.users;
    this.documentedOnly = init.documentedOnly;
    this.vocabulary = init.vocabulary;
    this.generatedAt = init.generatedAt;
    this.records = init.streams;
    this.generated = init.streams.length;
  }

  /** Every stream, group members and deleted ones included, in creation order. */
  get streams(): readonly StreamRecord[] {
    return this.records;
  }

  /** Every tag in use on any stream, sorted. */
  get tags(): readonly string[] {
    if (!this.tagList) {
      const all = new Set<string>();
      for (const s of this.records) for (const t of s.tags) all.add(t);
      this.tagList = [...all].sort();
    }
    return this.tagList;
  }

  /** A stream by id (deleted ones included). */
  find(id: string): StreamRecord | undefined {
    const runtime = this.runtimeIds.get(id);
    if (runtime) return runtime;
    const seq = seqOfId(this.codec, id);
    const stream = seq === undefined || seq >= this.generated ? undefined : this.records[seq];
    return stream && stream.id === id ? stream : undefined;
  }

  /** A stream by its exact, case-sensitive streamname. */
  findByName(streamname: string): StreamRecord | undefined {
    const runtime = this.runtimeNames.get(streamname);
    if (runtime) return runtime;
    const seq = seqOfStreamname(this.codec, streamname);
    const stream = seq === undefined || seq >= this.generated ? undefined : this.records[seq];
    return stream && stream.streamname === streamname ? stream : undefined;
  }

  hasStreamname(streamname: string): boolean {
    return this.findByName(streamname) !== undefined;
  }

  /** The members of the stream's group in `h5live` order, or just the stream when it is single. */
  members(stream: StreamRecord): readonly StreamRecord[] {
    return stream.unit.members ?? [stream];
  }

  /** True for the passthrough of an ABR group (whose id is the group id). */
  isGroupPassthrough(stream: StreamRecord): boolean {
    return stream.unit.group && stream.index === 0;
  }

  /** Adds a stream (the generator, `POST /stream`, `POST …/transcode`). */
  add(stream: StreamRecord): void {
    this.records.push(stream);
    this.runtimeIds.set(stream.id, stream);
    this.runtimeNames.set(stream.streamname, stream);
    if (stream.unit.members && !stream.unit.members.includes(stream))
      stream.unit.members.push(stream);
    this.changed();
  }

  /** Sets the stream's "Last Updated" to `now`. */
  touch(stream: StreamRecord, now: number): void {
    stream.updatedAt = now;
    this.changed();
  }

  /** Forget derived indexes after a change. */
  changed(): void {
    this.sorted = undefined;
    this.tagList = undefined;
  }

  /** Newest first by `updatedAt`; ties in creation order (a group's passthrough before its transcodes). */
  private ordered(): StreamRecord[] {
    if (!this.sorted) {
      this.sorted = this.records.slice().sort((a, b) => b.updatedAt - a.updatedAt || a.seq - b.seq);
    }
    return this.sorted;
  }

  /** One page of the list and the number of matches over all pages. */
  query(filter: StreamFilter): {total: number; page: StreamRecord[]} {
    const page: StreamRecord[] = [];
    let total = 0;
    const end = filter.offset + filter.quantity;
    let candidates: readonly StreamRecord[];
    if (filter.streamname !== undefined) {
      const hit = this.findByName(filter.streamname);
      candidates = hit ? [hit] : [];
    } else {
      candidates = this.ordered();
    }
    for (const s of candidates) {
      if (!filter.states.has(s.state)) continue;
      // Without `individual`, a group is one row: its passthrough (index 0).
      if (!filter.individual && s.index !== 0) continue;
      if (filter.updatedAfter !== undefined && s.updatedAt < filter.updatedAfter) continue;
      if (filter.updatedBefore !== undefined && s.updatedAt >= filter.updatedBefore) continue;
      if (filter.tags.length && !filter.tags.every(t => s.tags.includes(t))) continue;
      if (total >= filter.offset && total < end) page.push(s);
      total++;
    }
    return {total, page};
  }

  /**
   * The stream as `GET /stream/{id}` answers it; `assetLimit` bounds VOD and processing assets.
   * On a documented-only organisation, without what `openapi.yaml` marks `x-assumed`.
   */
  toStream(stream: StreamRecord, assetLimit?: number): Stream {
    const features = this.organisation.features;
    const documented = this.documentedOnly;
    const members = this.isGroupPassthrough(stream) ? this.members(stream) : [stream];
    const playout: StreamPlayout = {
      h5live: members.map(m => this.h5live(m)),
      rtmp: members.map(m => ({url: PLAY_RTMP_URL, streamname: m.streamname})),
      hls: members.map(m => ({url: hlsPlaylistUrl(m.streamname)})),
    };
    if (features.opcodes) {
      playout.thumbnails = limited(this.assets(members, 'thumbs'), assetLimit);
      playout.motionclip = limited(this.assets(members, 'motionclip'), assetLimit);
      playout.replay = limited(this.assets(members, 'replay'), assetLimit);
      if (!documented) {
        playout.replay_sessions = limited(
          members.flatMap(m => this.replaySessions(m)),
          assetLimit,
        );
      }
    }
    if (features.vod) {
      const vod = members.flatMap(m => this.vod(m));
      vod.sort((a, b) => (a.session_date! < b.session_date! ? 1 : -1));
      playout.web = limited(vod, assetLimit).map(v =>
        documented ? {url: v.url, type: v.type, streamId: v.streamId} : v,
      );
    }
    const recording = features.opcodes && stream.processing?.some(p => p.id === 'rec');
    const result: Stream = {
      id: stream.id,
      state: stream.state,
      type: stream.type,
      created_at: iso(stream.createdAt),
      tags: [...stream.tags],
      transcoding: stream.streamgroup !== undefined,
      ingest: {rtmp: {url: recording ? INGEST_REC_URL : INGEST_URL, streamname: stream.streamname}},
      playout,
    };
    if (stream.streamgroup) result.streamgroup = stream.streamgroup;
    if (documented) {
      // A third of the documented answers carry no "Last Updated".
      if (stream.seq % 3 !== 2) result.updated_at = iso(stream.updatedAt);
      return result;
    }
    result.updated_at = iso(stream.updatedAt);
    result.timecode = stream.timecode;
    result.timecode_interval = stream.timecodeInterval;
    result.secure = stream.secure;
    if (stream.pushUrl) result.push_url = stream.pushUrl;
    return result;
  }

  /** The group as `GET /stream/{id}/group` answers it (a single stream is a group of one). */
  toGroup(stream: StreamRecord): StreamGroup {
    const members = this.members(stream);
    const passthrough = members[0] ?? stream;
    const live = passthrough.state === 'live';
    return {
      id: passthrough.id,
      state: passthrough.state,
      playout: {
        h5live: live
          ? members.map(m => ({
              index: m.index,
              label: m.index === 0 ? `${m.info.height}p (original)` : `${m.info.height}p`,
              info: {...m.info},
              rtmp: {url: PLAY_RTMP_URL, streamname: m.streamname},
              server: {...H5LIVE_SERVER},
            }))
          : [],
        hls: live ? members.map(m => ({url: hlsPlaylistUrl(m.streamname)})) : [],
      },
    };
  }

  private h5live(stream: MockStream): H5LivePlayout {
    const entry: H5LivePlayout = {
      id: stream.id,
      index: stream.index,
      tags: stream.index === 0 ? ['Passthrough'] : ['Transcode', stream.profile ?? ''],
      rtmp: {url: PLAY_RTMP_URL, streamname: stream.streamname},
      server: {...H5LIVE_SERVER},
    };
    if (!this.documentedOnly) entry.info = {...stream.info};
    if (this.organisation.features.opcodes) {
      entry.processing = (stream.processing ?? []).map(p => ({...p}));
    }
    return entry;
  }

  private assets(
    members: readonly StreamRecord[],
    id: 'thumbs' | 'motionclip' | 'replay',
  ): Asset[] {
    const out: Asset[] = [];
    for (const m of members) {
      // Assets only exist once a stream has been live.
      if (m.state === 'created' || !m.processing?.some(p => p.id === id)) continue;
      const [url, type] =
        id === 'thumbs'
          ? [thumbnailUrl(m.streamname), 'image']
          : id === 'motionclip'
            ? [motionclipUrl(m.streamname), 'gif']
            : [replayPageUrl(m.streamname), 'playout'];
      out.push({url, type, streamId: m.id, streamname: m.streamname});
    }
    return out;
  }

  /** The sessions of the stream's live replay, newest first (assumed shape), derived from its salt. */
  private replaySessions(stream: MockStream): ReplaySessionRecord[] {
    if (stream.state === 'created' || !stream.processing?.some(p => p.id === 'replay')) return [];
    const rng = new Random(`${this.seed}:replay:${stream.salt}`);
    const count = rng.weighted([2, 3, 2, 1]) + 1;
    const start = stream.createdAt;
    const end = Math.max(start, stream.activeUntil - 60_000);
    const list: ReplaySessionRecord[] = [];
    for (let i = 0; i < count; i++) {
      const at = Math.floor((start + rng.next() * (end - start)) / 1000);
      list.push({
        session_date: iso(at * 1000),
        ...replaySessionUrls(stream.streamname, at),
        streamId: stream.id,
        streamname: stream.streamname,
      });
    }
    return list.sort((a, b) => (a.session_date < b.session_date ? 1 : -1));
  }

  /**
   * The stream's VOD recordings (`playout.web` entries of type `vod`), newest first, derived from
   * its salt (so the same every time).
   */
  private vod(stream: MockStream): WebPlayout[] {
    if (stream.state === 'created') return [];
    let list = this.vodCache.get(stream.id);
    if (!list) {
      const rng = new Random(`${this.seed}:vod:${stream.salt}`);
      const count = rng.weighted([3, 3, 2, 2, 1, 1, 1]);
      const start = stream.createdAt;
      const end = Math.max(start, stream.activeUntil - 60_000);
      list = [];
      for (let i = 0; i < count; i++) {
        const at = Math.floor((start + rng.next() * (end - start)) / 1000) * 1000;
        const name = `${stream.streamname}-${at / 1000}.mp4`;
        list.push({
          url: vodUrl(name),
          type: 'vod',
          streamId: stream.id,
          streamname: stream.streamname,
          session_date: iso(at),
          name,
          size: rng.int(50 * 1024 * 1024, 4 * 1024 * 1024 * 1024),
        });
      }
      list.sort((a, b) => (a.session_date! < b.session_date! ? 1 : -1));
      this.vodCache.set(stream.id, list);
    }
    return list.map(v => ({...v}));
  }
}
