/**
 * Reads and validates query strings and JSON bodies into the types `openapi.yaml` describes, with
 * bintu's documented 400 errors (1002 "Parameter required", 1003 "Parameter not unique",
 * 1004 "Wrong Data Type").
 */
import type {BodyOf, ProcessingConfig, QueryOf, StreamState} from '../api/types.js';
import {STREAM_STATES} from '../api/types.js';
import {PROCESSING_LIMITS, TRANSCODE_PROFILES} from '../api/limits.js';
import {parameterNotUnique, parameterRequired, wrongDataType} from './errors.js';

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function integer(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw wrongDataType(name, max === Infinity ? `integer (≥ ${min})` : `integer (${min}–${max})`);
  }
  return value;
}

function dateTime(params: URLSearchParams, name: string): string | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (Number.isNaN(Date.parse(raw))) throw wrongDataType(name, 'date-time');
  return raw;
}

function boolean(params: URLSearchParams, name: string): boolean | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw wrongDataType(name, 'boolean');
}

/** The states a `state` query value selects: that one state, or without one every state but `deleted`. */
export function parseStates(value: StreamState | undefined): Set<StreamState> {
  if (value === undefined) return new Set(STREAM_STATES.filter(s => s !== 'deleted'));
  return new Set([value]);
}

function streamState(value: string): StreamState {
  if (!(STREAM_STATES as readonly string[]).includes(value))
    throw wrongDataType('state', 'StreamState');
  return value as StreamState;
}

export function parseListQuery(params: URLSearchParams): QueryOf<'listStreams'> {
  const query: QueryOf<'listStreams'> = {};
  const quantity = integer(params, 'quantity', 1, 500);
  const offset = integer(params, 'offset', 0, Infinity);
  const state = params.get('state');
  const tags = params.getAll('tags[]');
  const after = dateTime(params, 'updated_after');
  const before = dateTime(params, 'updated_before');
  const streamname = params.get('streamname');
  const individual = boolean(params, 'individual');
  if (quantity !== undefined) query.quantity = quantity;
  if (offset !== undefined) query.offset = offset;
  if (state !== null) query.state = streamState(state);
  if (tags.length) query['tags[]'] = tags;
  if (after !== undefined) query.updated_after = after;
  if (before !== undefined) query.updated_before = before;
  if (streamname !== null) query.streamname = streamname;
  if (individual !== undefined) query.individual = individual;
  return query;
}

export function parseTagQuery(params: URLSearchParams): QueryOf<'searchTags'> {
  const search = params.get('search');
  if (search === null || search.trim() === '') throw parameterRequired('search');
  const quantity = integer(params, 'quantity', 1, 100);
  return quantity === undefined ? {search} : {search, quantity};
}

export function parseAssetLimit(params: URLSearchParams): QueryOf<'getStream'> {
  const limit = integer(params, 'asset_limit', 0, Infinity);
  return limit === undefined ? {} : {asset_limit: limit};
}

function body(value: unknown): Json {
  if (!isObject(value)) throw wrongDataType('body', 'object');
  return value;
}

function tagList(value: unknown, parameter: string): string[] {
  if (!Array.isArray(value) || !value.every(t => typeof t === 'string' && t.trim() !== '')) {
    throw wrongDataType(parameter, 'array of non-empty strings');
  }
  // Duplicates are dropped, first occurrence kept.
  return [...new Set(value as string[])];
}

function rangeInt(value: unknown, parameter: string, min: number, max: number): number {
  if (value === undefined) throw parameterRequired(parameter);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw wrongDataType(
      parameter,
      max === Infinity ? `integer (≥ ${min})` : `integer (${min}–${max})`,
    );
  }
  return value;
}

function duration(value: unknown, parameter: string): number | null {
  if (value === undefined || value === null) return null;
  return rangeInt(value, parameter, PROCESSING_LIMITS.minDuration, Infinity);
}

export function parseProcessing(value: unknown, parameter = 'processing'): ProcessingConfig[] {
  if (value === undefined) throw parameterRequired(parameter);
  if (!Array.isArray(value)) throw wrongDataType(parameter, 'array');
  const seen = new Set<string>();
  return value.map((item: unknown, i): ProcessingConfig => {
    const at = `${parameter}[${i}]`;
    if (!isObject(item)) throw wrongDataType(at, 'object');
    const id = item['id'];
    if (id === undefined) throw parameterRequired(`${at}.id`);
    if (id !== 'thumbs' && id !== 'motionclip' && id !== 'replay' && id !== 'rec') {
      throw wrongDataType(`${at}.id`, 'thumbs | motionclip | replay | rec');
    }
    if (seen.has(id)) throw parameterNotUnique(`${at}.id`);
    seen.add(id);
    const {min: iMin, max: iMax} = PROCESSING_LIMITS.interval;
    switch (id) {
      case 'thumbs':
        return {id, interval: rangeInt(item['interval'], `${at}.interval`, iMin, iMax)};
      case 'motionclip': {
        const {min: dMin, max: dMax} = PROCESSING_LIMITS.clipDuration;
        return {
          id,
          interval: rangeInt(item['interval'], `${at}.interval`, iMin, iMax),
          duration: rangeInt(item['duration'], `${at}.duration`, dMin, dMax),
        };
      }
      default:
        return {id, duration: duration(item['duration'], `${at}.duration`)};
    }
  });
}

/** A documented transcode profile id. */
function profile(value: unknown, parameter: string): (typeof TRANSCODE_PROFILES)[number] {
  if (value === undefined) throw parameterRequired(parameter);
  if (typeof value !== 'string' || !(TRANSCODE_PROFILES as readonly string[]).includes(value)) {
    throw wrongDataType(parameter, 'TranscodeProfileId');
  }
  return value as (typeof TRANSCODE_PROFILES)[number];
}

export function parseCreateStream(value: unknown): BodyOf<'createStream'> {
  const b = body(value ?? {});
  const result: BodyOf<'createStream'> = {};
  if (b['type'] !== undefined) {
    if (b['type'] !== 'low-latency') throw wrongDataType('type', 'low-latency');
    result.type = b['type'];
  }
  if (b['tags'] !== undefined) result.tags = tagList(b['tags'], 'tags');
  if (b['transcodes'] !== undefined) {
    const list = b['transcodes'];
    if (!Array.isArray(list)) throw wrongDataType('transcodes', 'array');
    const seen = new Set<string>();
    result.transcodes = list.map((item: unknown, i) => {
      const at = `transcodes[${i}]`;
      if (!isObject(item)) throw wrongDataType(at, 'object');
      const id = profile(item['profile'], `${at}.profile`);
      if (seen.has(id)) throw parameterNotUnique(`${at}.profile`);
      seen.add(id);
      return item['tags'] === undefined
        ? {profile: id}
        : {profile: id, tags: tagList(item['tags'], `${at}.tags`)};
    });
  }
  if (b['processing'] !== undefined) {
    // One list per playout, the passthrough's first.
    const lists = b['processing'];
    if (!Array.isArray(lists) || !lists.length) {
      throw wrongDataType('processing', 'array of processing lists, one per playout');
    }
    const playouts = 1 + (result.transcodes?.length ?? 0);
    if (lists.length > playouts) {
      throw wrongDataType('processing', `at most ${playouts} processing lists (one per playout)`);
    }
    result.processing = lists.map((list: unknown, i) => parseProcessing(list, `processing[${i}]`));
  }
  return result;
}

export function parseTags(value: unknown): BodyOf<'setStreamTags'> {
  const b = body(value);
  if (b['tags'] === undefined) throw parameterRequired('tags');
  return {tags: tagList(b['tags'], 'tags')};
}

export function parsePushUrl(value: unknown): BodyOf<'setStreamPushUrl'> {
  const b = body(value);
  const url = b['url'];
  if (url === undefined) throw parameterRequired('url');
  if (typeof url !== 'string') throw wrongDataType('url', 'string');
  if (url !== '' && !/^rtmps?:\/\/[^\s/]+\/\S*$/.test(url))
    throw wrongDataType('url', 'rtmp:// or rtmps:// URL');
  return {url};
}

export function parseTranscode(value: unknown): BodyOf<'addTranscode'> {
  return {profile: profile(body(value)['profile'], 'profile')};
}

export function parseProcessingBody(value: unknown): BodyOf<'setStreamProcessing'> {
  return {processing: parseProcessing(body(value)['processing'])};
}
