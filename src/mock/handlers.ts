/**
 * One handler per operation of `src/api/operations.ts`, typed through `QueryOf`, `BodyOf`,
 * `PathParamsOf` and `ResultOf` so that the mock cannot drift from `openapi.yaml`. Authentication
 * and the role check happen before a handler runs (see `server.ts`).
 */
import type {OperationId} from '../api/operations.js';
import type {PathParamsOf, ResultOf, Role, StreamState, TranscodeProfileId} from '../api/types.js';
import {TIMECODE_INTERVAL, TRANSCODE_PROFILES, profileInfo} from './constants.js';
import {
  accessDenied,
  conflict,
  noSuchRoute,
  notEnabled,
  streamNotFound,
  streamTypeNotAvailable,
  wrongDataType,
} from './errors.js';
import type {MockOrganisation} from './organisation.js';
import type {Random} from './prng.js';
import {StreamRecord, type StreamDetail, type Unit} from './records.js';
import {MockTokenService, parseSplayRequest, parseTokenBody} from './tokens.js';
import {
  parseAssetLimit,
  parseCreateStream,
  parseListQuery,
  parseProcessingBody,
  parsePushUrl,
  parseStates,
  parseTagQuery,
  parseTags,
  parseTranscode,
} from './validate.js';

export interface Caller {
  role: Role;
  email: string;
  /** The user's id (`GET /user`). */
  id: number;
}

export interface HandlerContext<Id extends OperationId> {
  params: PathParamsOf<Id>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** The authenticated caller; undefined only for public operations. */
  caller: Caller | undefined;
}

export interface Reply<Id extends OperationId> {
  status?: 200 | 204;
  body: ResultOf<Id>;
  headers?: Record<string, string>;
}

export type Handlers = {
  [Id in OperationId]: (ctx: HandlerContext<Id>) => Reply<Id> | Promise<Reply<Id>>;
};

export interface HandlerDeps {
  org: MockOrganisation;
  tokens: MockTokenService;
  /** The mock's current time (epoch ms). */
  clock: () => number;
  /** Ids and names of streams created at runtime. */
  rng: Random;
  /** Answer only what the API documentation states (see `MockServerOptions.documentedOnly`). */
  documentedOnly: boolean;
}

/** The list's query parameters that a documented-only server does not have. */
const ASSUMED_LIST_PARAMETERS = ['updated_after', 'updated_before', 'streamname', 'individual'];

export function createHandlers({org, tokens, clock, rng, documentedOnly}: HandlerDeps): Handlers {
  const features = () => org.organisation.features;
  /** The organisation lacks a package: assumed `userinfo.feature` only on the full mock. */
  const lacks = (feature: string) => (documentedOnly ? notEnabled() : accessDenied({feature}));

  /** A stream that mutations may touch: unknown and deleted streams are "not found". */
  const live = (id: string): StreamRecord => {
    const stream = org.find(id);
    if (!stream || stream.state === 'deleted') throw streamNotFound();
    return stream;
  };

  const newStreamname = (): string => {
    for (;;) {
      const name = `${org.organisation.hash}-${rng.alnum(5)}`;
      if (!org.hasStreamname(name)) return name;
    }
  };

  /** Moves every member of the stream's group (or the stream) to `state`. */
  const transition = (stream: StreamRecord, state: StreamState) => {
    const now = clock();
    for (const member of org.members(stream)) {
      member.state = state;
      org.touch(member, now);
    }
    return {body: org.toStream(stream)};
  };

  /** The unit of a stream (or group) created at runtime. */
  const runtimeUnit = (first: number, now: number, group: boolean): Unit => ({
    ctx: undefined,
    salt: 0,
    first,
    transcodes: 0,
    group,
    members: group ? [] : undefined,
    activeUntil: now,
  });

  const canTranscode = (count: number) => {
    if (!features().transcoding) throw lacks('transcoding');
    const max = org.organisation.limits.transcodes;
    if (count > max) throw accessDenied({limit: 'transcodes', max});
  };

  return {
    listStreams({query}) {
      if (
        documentedOnly &&
        (query.get('state') === 'deleted' || ASSUMED_LIST_PARAMETERS.some(p => query.has(p)))
      ) {
        throw noSuchRoute('GET', '/stream');
      }
      const q = parseListQuery(query);
      const {total, page} = org.query({
        states: parseStates(q.state),
        tags: q['tags[]'] ?? [],
        updatedAfter: q.updated_after === undefined ? undefined : Date.parse(q.updated_after),
        updatedBefore: q.updated_before === undefined ? undefined : Date.parse(q.updated_before),
        streamname: q.streamname,
        individual: q.individual ?? false,
        offset: q.offset ?? 0,
        quantity: q.quantity ?? 50,
      });
      const body = page.map(s => org.toStream(s));
      if (documentedOnly) return {body};
      return {
        body,
        headers: {'X-Total-Count': String(total), 'Access-Control-Expose-Headers': 'X-Total-Count'},
      };
    },

    getStream({params, query}) {
      const {asset_limit} = parseAssetLimit(query);
      const stream = org.find(params.id);
      if (!stream) throw streamNotFound();
      // A deleted stream stays readable, with state `deleted`.
      return {body: org.toStream(stream, asset_limit)};
    },

    getStreamGroup({params}) {
      return {body: org.toGroup(live(params.id))};
    },

    createStream({body}) {
      const request = parseCreateStream(body);
      const transcodes = (request.transcodes ?? [])
        .map(t => ({...t, info: profileInfo(t.profile)!}))
        .sort((a, b) => b.info.bitrate - a.info.bitrate);
      if (transcodes.length) canTranscode(transcodes.length);
      if (request.processing && !features().opcodes) throw lacks('opcodes');
      const now = clock();
      const id = rng.uuid();
      const group = transcodes.length > 0;
      const seq = org.streams.length;
      const unit = runtimeUnit(seq, now, group);
      const tags = request.tags ?? [];
      // One processing list per playout; a playout without its own list takes the passthrough's.
      const processingOf = (playout: number) =>
        (request.processing?.[playout] ?? request.processing?.[0])?.map(p => ({...p}));
      const detail = (
        streamgroup: string | undefined,
        playout: number,
      ): Omit<StreamDetail, 'id' | 'info' | 'profile'> => ({
        streamname: newStreamname(),
        streamgroup,
        pushUrl: undefined,
        timecode: false,
        timecodeInterval: TIMECODE_INTERVAL.default,
        secure: features().secure,
        processing: processingOf(playout),
        salt: rng.uint32(),
      });
      const core = {state: 'created' as const, createdAt: now, updatedAt: now};
      const passthrough = new StreamRecord({...core, tags, seq, index: 0}, unit, {
        ...detail(group ? id : undefined, 0),
        id,
        // Until the first ingest the mock assumes a 1080p30 source at 4000 kbit/s.
        info: {width: 1920, height: 1080, bitrate: 4000, fps: 30},
        profile: undefined,
      });
      org.add(passthrough);
      transcodes.forEach((t, i) =>
        org.add(
          new StreamRecord(
            {...core, tags: t.tags ?? [...tags], seq: seq + i + 1, index: i + 1},
            unit,
            {
              ...detail(id, i + 1),
              id: rng.uuid(),
              info: t.info,
              profile: t.profile,
            },
          ),
        ),
      );
      return {body: org.toStream(passthrough)};
    },

    setStreamTags({params, body}) {
      const stream = live(params.id);
      stream.tags = parseTags(body).tags;
      org.touch(stream, clock());
      return {body: org.toStream(stream)};
    },

    setStreamPushUrl({params, body}) {
      const stream = live(params.id);
      const {url} = parsePushUrl(body);
      stream.pushUrl = url || undefined;
      org.touch(stream, clock());
      return {body: org.toStream(stream)};
    },

    stopStream({params}) {
      const stream = live(params.id);
      if (stream.state !== 'live') throw conflict('Stream is not live');
      return transition(stream, 'ended');
    },

    lockStream({params}) {
      const stream = live(params.id);
      if (stream.state === 'locked') throw conflict('Stream is locked');
      if (stream.state !== 'live' && stream.state !== 'ended')
        throw conflict('Stream was never live');
      return transition(stream, 'locked');
    },

    unlockStream({params}) {
      const stream = live(params.id);
      if (stream.state !== 'locked') throw conflict('Stream is not locked');
      return transition(stream, 'ended');
    },

    deleteStream({params}) {
      return transition(live(params.id), 'deleted');
    },

    addTranscode({params, body}) {
      const stream = live(params.id);
      if (!org.isGroupPassthrough(stream)) throw streamTypeNotAvailable();
      const {profile} = parseTranscode(body);
      const members = org.members(stream);
      canTranscode(members.length);
      const info = profileInfo(profile)!;
      const lowest = Math.min(...members.map(m => m.info.bitrate));
      if (info.bitrate >= lowest) {
        throw wrongDataType('profile', `TranscodeProfileId below ${lowest} kbit/s`);
      }
      const now = clock();
      org.add(
        new StreamRecord(
          {
            state: stream.state,
            createdAt: now,
            updatedAt: now,
            tags: [...stream.tags],
            seq: org.streams.length,
            index: members.length,
          },
          stream.unit,
          {
            id: rng.uuid(),
            streamname: newStreamname(),
            streamgroup: stream.id,
            info,
            profile: profile satisfies TranscodeProfileId,
            pushUrl: undefined,
            timecode: stream.timecode,
            timecodeInterval: stream.timecodeInterval,
            secure: stream.secure,
            processing: stream.processing?.map(p => ({...p})),
            salt: rng.uint32(),
          },
        ),
      );
      org.touch(stream, now);
      return {body: org.toStream(stream)};
    },

    setStreamProcessing({params, body}) {
      const stream = live(params.id);
      const {processing} = parseProcessingBody(body);
      if (!features().opcodes) throw lacks('opcodes');
      stream.processing = processing;
      org.touch(stream, clock());
      return {body: org.toStream(stream)};
    },

    searchTags({query}) {
      const {search, quantity = 20} = parseTagQuery(query);
      const needle = search.toLowerCase();
      const prefix: string[] = [];
      const inner: string[] = [];
      for (const tag of org.tags) {
        const at = tag.toLowerCase().indexOf(needle);
        if (at === 0) prefix.push(tag);
        else if (at > 0) inner.push(tag);
      }
      return {body: [...prefix, ...inner].slice(0, quantity)};
    },

    getOrganisation() {
      const o = org.organisation;
      if (documentedOnly) return {body: {name: o.name, hash: o.hash}};
      return {body: {name: o.name, hash: o.hash, features: {...o.features}, limits: {...o.limits}}};
    },

    getUser({caller}) {
      // Only admins and users get here (read-only callers are refused 403 before).
      const permission = caller!.role === 'nanoAdmin' ? 'nanoAdmin' : 'nanoUser';
      if (documentedOnly) return {body: {id: caller!.id, permission}};
      return {body: {id: caller!.id, email: caller!.email, permission}};
    },

    async createPlaybackToken({body}) {
      return {body: await tokens.create(parseSplayRequest(body))};
    },

    async verifyPlaybackToken({body}) {
      return {body: await tokens.verify(parseTokenBody(body).token)};
    },

    async revokePlaybackToken({body}) {
      await tokens.revoke(parseTokenBody(body).token);
      return {status: 204, body: undefined};
    },
  };
}

/** Every documented transcode profile (re-exported for stories and tests). */
export {TRANSCODE_PROFILES};
