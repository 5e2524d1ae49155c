/**
 * The typed client of the nanoStream Cloud API ("bintu") and its secure playback token service.
 * No DOM, no Lit: every element gets one through `<ns-api-provider>`, and it works on its own too.
 */
import {AnswerCache, cacheKey, isStaleAfterChange, streamIdsOfChange} from './cache.js';
import {ApiError} from './errors.js';
import {
  abortError,
  backoffDelay,
  interpretAnswer,
  isRetryable,
  MAX_RETRY_AFTER_MS,
  networkError,
  raceSignal,
  shapeError,
  sleep,
  timeoutError,
} from './http.js';
import {operations, type OperationId, type OperationInfo} from './operations.js';
import type {
  BodyOf,
  CreateStreamRequest,
  Organisation,
  PathParamsOf,
  ProcessingConfig,
  QueryOf,
  ResultOf,
  SplayRequest,
  Stream,
  StreamGroup,
  StreamState,
  TranscodeProfileId,
  User,
  VerifyResponse,
} from './types.js';

/** The API base the client talks to unless told otherwise (the first `servers` entry of `openapi.yaml`). */
export const DEFAULT_BASE_URL = 'https://bintu.nanocosmos.de';

/** The token service base the client talks to unless told otherwise (the `servers` of `/splay` in `openapi.yaml`). */
export const DEFAULT_TOKEN_SERVICE_URL = 'https://token.nanostream.cloud/api/v1';

/** How long one try may take by default. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** How often a GET is tried at most by default. */
export const DEFAULT_MAX_TRIES = 3;

/** How long a successful GET answer is kept by default. */
export const DEFAULT_CACHE_TTL_MS = 3_000;

/** The base of the exponential backoff between tries by default. */
export const DEFAULT_RETRY_DELAY_MS = 300;

/** How the client is set up. Credentials are held in memory only; they are never logged or put into URLs. */
export interface BintuClientOptions {
  /** API base URL; default {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** Token service base URL; default {@link DEFAULT_TOKEN_SERVICE_URL}. */
  tokenServiceUrl?: string;
  /**
   * Organisation API key, sent as `X-BINTU-APIKEY` — only when neither `bintuToken` nor `getToken`
   * is given (a user token wins). Admins only, development only: never put it into a public page.
   */
  apiKey?: string;
  /** A user token, sent as `X-BINTU-TOKEN`. With `getToken` too, it is the first token used. */
  bintuToken?: string;
  /**
   * Async source of the user token (`X-BINTU-TOKEN`): called when the first request needs a token
   * and no `bintuToken` was given, and again once after a request answers 401 (that request is then
   * replayed once; a second 401 surfaces). Concurrent callers share one call.
   */
  getToken?: () => string | Promise<string>;
  /** Custom transport (e.g. the mock organisation's); default the global `fetch`. */
  fetch?: typeof fetch;
  /** How long one try may take, in ms (each retry gets its own); default 15 000. 0 or `Infinity` disables it. */
  timeoutMs?: number;
  /** How often a GET is tried at most, first try included; default 3. Other methods are tried once. */
  maxTries?: number;
  /** How long a successful GET answer is kept, in ms; default 3000. 0 keeps nothing. */
  cacheTtlMs?: number;
  /** Base of the exponential backoff between tries, in ms (jittered); default 300. */
  retryDelayMs?: number;
}

/** Per-call options, the last argument of every method. */
export interface RequestOptions {
  /** Aborting it rejects the call at once with an `ApiError` of kind `abort`. */
  signal?: AbortSignal;
  /** Skip the kept answer of a GET (an identical request already in flight is still shared). */
  fresh?: boolean;
}

/** Filters and paging of {@link BintuClient.listStreams}. */
export interface StreamQuery {
  /** Page size (server default 50, at most 500). */
  quantity?: number;
  /** Streams to skip (paging). */
  offset?: number;
  /**
   * Only streams in this state. Absent means the dashboard's "all" (every state but `deleted`):
   * then no `state` is sent, as the official client does. `deleted` is an assumed value.
   */
  state?: StreamState;
  /** Only streams carrying every one of these tags. */
  tags?: string[];
  /** Only streams updated at or after this instant (a `Date` or an ISO 8601 string). */
  updatedAfter?: string | Date;
  /** Only streams updated before this instant (a `Date` or an ISO 8601 string). */
  updatedBefore?: string | Date;
  /** Exact, case-sensitive streamname (`XXXXX-YYYYY`). */
  streamname?: string;
  /** List the members of ABR groups as their own rows. */
  individual?: boolean;
}

/** One page of {@link BintuClient.listStreams}. */
export interface StreamPage {
  /** The streams of this page, newest first. */
  streams: Stream[];
  /**
   * How many streams match the filters over all pages, from the `X-Total-Count` header (assumed);
   * `undefined` when the server does not send it (or CORS does not expose it). Then only
   * {@link StreamPage.known} is certain, and a full page means there may be more.
   */
  total: number | undefined;
  /** How many streams are known to exist: the total when there is one, else `offset + streams.length`. */
  known: number;
}

/** Extra parameters of {@link BintuClient.getStream}. */
export interface GetStreamOptions {
  /** Bounds the number of VOD and processing assets returned. */
  assetLimit?: number;
}

/**
 * What {@link BintuClient.verifyPlaybackToken} answers, built from the token service's documented
 * answers: 200 `{success: true, data: {token}}` for a valid token; 403 with an `errorCode` (1002
 * "jwt expired", 2004 malformed, …) for an invalid one.
 */
export type VerifyResult =
  | {readonly valid: true; readonly token: VerifyResponse['data']['token']}
  | {readonly valid: false; readonly code: number | undefined; readonly message: string};

/**
 * The parts of one request of operation `Id`, typed from `openapi.yaml`: path parameters (required
 * when the path has any), query and JSON body (required when the operation takes one, forbidden
 * otherwise).
 */
export type RequestParts<Id extends OperationId> = {query?: QueryOf<Id>} & (HasBody<Id> extends true
  ? {body: BodyOf<Id>}
  : {body?: never}) &
  (PathParamsOf<Id> extends Record<string, never> ? {path?: never} : {path: PathParamsOf<Id>});

// `BodyOf` reads `unknown` (not `never`) for an operation without a body: both mean "none".
type HasBody<Id extends OperationId> = [BodyOf<Id>] extends [never]
  ? false
  : unknown extends BodyOf<Id>
    ? false
    : true;

/** The decoded answer of operation `Id` and its response headers. */
export interface Answer<Id extends OperationId> {
  data: ResultOf<Id>;
  headers: Headers;
  /** The HTTP status of the answer (2xx). */
  status: number;
}

/** One request as it is sent: the operation, where, what for the messages, and its body. */
interface Outgoing {
  readonly id: OperationId;
  readonly op: OperationInfo;
  readonly url: string;
  /** `GET /stream/{id}`, for error messages. */
  readonly what: string;
  readonly body: unknown;
}

interface RawAnswer {
  readonly data: unknown;
  readonly headers: Headers;
  readonly status: number;
}

const TOKEN_HEADER = 'X-BINTU-TOKEN';
const API_KEY_HEADER = 'X-BINTU-APIKEY';

interface Credential {
  readonly header: typeof TOKEN_HEADER | typeof API_KEY_HEADER;
  readonly value: string;
  /** Opaque id for cache keys, so that a token never appears in one. */
  readonly id: string;
  /** `getToken` can replace it after a 401. */
  readonly refreshable: boolean;
}

interface HeldToken {
  readonly value: string;
  readonly id: string;
}

type NoContentId = {[K in OperationId]: undefined extends ResultOf<K> ? K : never}[OperationId];

/** Operations whose success has no body: an empty 2xx answer is fine for them. */
const NO_CONTENT_OPERATIONS: ReadonlySet<OperationId> = new Set([
  'revokePlaybackToken',
] satisfies NoContentId[]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toIso(value: string | Date, name: string): string {
  if (typeof value === 'string') return value;
  if (Number.isNaN(value.getTime()))
    throw new TypeError(`listStreams: ${name} is an invalid Date.`);
  return value.toISOString();
}

function tokenError(cause: unknown): ApiError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiError(`Could not get a token for the nanoStream API: ${detail}`, {
    kind: 'http',
    status: 401,
    cause,
  });
}

/**
 * The typed client of the nanoStream Cloud API and its token service.
 *
 * - Every call rejects with an {@link ApiError} when it fails: an HTTP error (either error shape),
 *   an unreadable body (kind `parse`), a network failure, a timeout or the caller's abort.
 * - GETs are tried up to `maxTries` times on network failures, 429, 502 and 503, after the server's
 *   `Retry-After` (up to 30 s; a longer one surfaces as the error, with `retryAfter` set) or an
 *   exponential, jittered backoff. Other methods are never retried.
 * - `timeoutMs` bounds each try (the answer's body included), not the whole call; waits between
 *   tries are not counted. A timeout is not retried.
 * - Identical GETs (same URL, same credentials) in flight share one request; each caller can abort
 *   on its own, and the request is aborted when the last caller has. Successful GET answers are
 *   kept for `cacheTtlMs`; each caller gets its own copy of the data.
 * - After a change of a stream (successful or not: a failed or aborted one may have reached the
 *   server), what is kept for that stream, its group, every stream list and every tag search is dropped.
 * - Credentials: a user token (`bintuToken`/`getToken`, as `X-BINTU-TOKEN`) wins over `apiKey`
 *   (`X-BINTU-APIKEY`). Public operations (`getStreamGroup`) send none.
 */
export class BintuClient {
  /** The API base URL in use (no trailing slash). */
  readonly baseUrl: string;
  /** The token service base URL in use (no trailing slash). */
  readonly tokenServiceUrl: string;

  private readonly apiKey: string | undefined;
  private readonly getToken: (() => string | Promise<string>) | undefined;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxTries: number;
  private readonly retryDelayMs: number;
  private readonly cache: AnswerCache<RawAnswer>;
  private token: HeldToken | undefined;
  private tokenCount = 0;
  private refreshing: Promise<HeldToken> | undefined;

  /** Creates a client; it sends nothing until a method is called. */
  constructor(options: BintuClientOptions = {}) {
    this.baseUrl = (options.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.tokenServiceUrl = (options.tokenServiceUrl || DEFAULT_TOKEN_SERVICE_URL).replace(
      /\/+$/,
      '',
    );
    this.apiKey = options.apiKey || undefined;
    this.getToken = options.getToken;
    if (options.bintuToken) this.token = {value: options.bintuToken, id: `t${++this.tokenCount}`};
    const custom = options.fetch;
    this.fetchFn = custom ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxTries = Math.max(1, Math.floor(options.maxTries ?? DEFAULT_MAX_TRIES));
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS);
    this.cache = new AnswerCache(Math.max(0, options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS));
  }

  /**
   * One page of the organisation's streams, newest first. `state` is sent only for one state (none
   * for "all"), `tags` as repeated `tags[]`, dates as ISO 8601.
   */
  async listStreams(query: StreamQuery = {}, opts?: RequestOptions): Promise<StreamPage> {
    const q: QueryOf<'listStreams'> = {};
    if (query.quantity !== undefined) q.quantity = query.quantity;
    if (query.offset !== undefined) q.offset = query.offset;
    if (query.state !== undefined) q.state = query.state;
    if (query.tags?.length) q['tags[]'] = [...query.tags];
    if (query.updatedAfter !== undefined)
      q.updated_after = toIso(query.updatedAfter, 'updatedAfter');
    if (query.updatedBefore !== undefined)
      q.updated_before = toIso(query.updatedBefore, 'updatedBefore');
    if (query.streamname !== undefined) q.streamname = query.streamname;
    if (query.individual !== undefined) q.individual = query.individual;
    const {data, headers, status} = await this.request('listStreams', {query: q}, opts);
    if (!Array.isArray(data)) throw shapeError('api', status, 'a list of streams');
    const header = headers.get('X-Total-Count')?.trim();
    const seen = (query.offset ?? 0) + data.length;
    const total = header && /^\d+$/.test(header) ? Math.max(Number(header), seen) : undefined;
    return {streams: data, total, known: total ?? seen};
  }

  /** One stream. */
  async getStream(
    id: string,
    options: GetStreamOptions = {},
    opts?: RequestOptions,
  ): Promise<Stream> {
    const query: QueryOf<'getStream'> = {};
    if (options.assetLimit !== undefined) query.asset_limit = options.assetLimit;
    return (await this.request('getStream', {path: {id}, query}, opts)).data;
  }

  /** The ABR group as the player sees it (`?profile=player`). Public: sent without credentials. */
  async getStreamGroup(id: string, opts?: RequestOptions): Promise<StreamGroup> {
    return (await this.request('getStreamGroup', {path: {id}, query: {profile: 'player'}}, opts))
      .data;
  }

  /** Creates a stream, or an ABR group when `transcodes` is given; answers the (passthrough) stream. */
  async createStream(body: CreateStreamRequest, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('createStream', {body}, opts)).data;
  }

  /** Replaces the stream's tags; answers the updated stream. */
  async setStreamTags(id: string, tags: string[], opts?: RequestOptions): Promise<Stream> {
    return (await this.request('setStreamTags', {path: {id}, body: {tags}}, opts)).data;
  }

  /** Sets the stream's push URL (an empty string clears it); answers the updated stream. */
  async setStreamPushUrl(id: string, url: string, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('setStreamPushUrl', {path: {id}, body: {url}}, opts)).data;
  }

  /** Stops a live stream (admins); answers the updated stream. */
  async stopStream(id: string, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('stopStream', {path: {id}}, opts)).data;
  }

  /** Blocks the stream's ingest (admins); answers the updated stream. */
  async lockStream(id: string, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('lockStream', {path: {id}}, opts)).data;
  }

  /** Allows the stream's ingest again (admins); answers the updated stream. */
  async unlockStream(id: string, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('unlockStream', {path: {id}}, opts)).data;
  }

  /** Deletes a stream (admins); answers it in state `deleted`. */
  async deleteStream(id: string, opts?: RequestOptions): Promise<Stream> {
    return (await this.request('deleteStream', {path: {id}}, opts)).data;
  }

  /** Adds a transcode profile to a group; answers the group's passthrough stream. */
  async addTranscode(
    id: string,
    profile: TranscodeProfileId,
    opts?: RequestOptions,
  ): Promise<Stream> {
    return (await this.request('addTranscode', {path: {id}, body: {profile}}, opts)).data;
  }

  /** Replaces the stream's live processing (thumbnails, motion clips, replay, recording). */
  async setStreamProcessing(
    id: string,
    processing: ProcessingConfig[],
    opts?: RequestOptions,
  ): Promise<Stream> {
    return (await this.request('setStreamProcessing', {path: {id}, body: {processing}}, opts)).data;
  }

  /** The organisation's tags containing `search`, prefix matches first. */
  async searchTags(search: string, opts?: RequestOptions): Promise<string[]> {
    const {data, status} = await this.request('searchTags', {query: {search}}, opts);
    if (!Array.isArray(data)) throw shapeError('api', status, 'a list of tags');
    return data;
  }

  /** The organisation ("Organisation Info"); `features` and `limits` may be absent on a real server. */
  async getOrganisation(opts?: RequestOptions): Promise<Organisation> {
    const {data, status} = await this.request('getOrganisation', {}, opts);
    if (!isRecord(data)) throw shapeError('api', status, 'an organisation');
    return data;
  }

  /**
   * The caller ("User Info") with their `permission`. A `nanoReadOnly` caller is answered 403
   * (an `ApiError` with status 403): read-only callers cannot ask.
   */
  async getUser(opts?: RequestOptions): Promise<User> {
    const {data, status} = await this.request('getUser', {}, opts);
    if (!isRecord(data)) throw shapeError('api', status, 'a user');
    return data;
  }

  /** Creates a secure playback token (a JWT) on the token service; answers the token. */
  async createPlaybackToken(request: SplayRequest, opts?: RequestOptions): Promise<string> {
    const {data, status} = await this.request('createPlaybackToken', {body: request}, opts);
    const token: unknown =
      isRecord(data) && isRecord(data['data']) ? data['data']['token'] : undefined;
    if (typeof token !== 'string' || !token) {
      throw shapeError('token', status, '{success: true, data: {token}}');
    }
    return token;
  }

  /**
   * Asks the token service whether a playback token is valid (sent without credentials). A 403
   * answer is the service's "invalid" (`{valid: false, code, message}`); any other failure rejects.
   */
  async verifyPlaybackToken(token: string, opts?: RequestOptions): Promise<VerifyResult> {
    let answer: Answer<'verifyPlaybackToken'>;
    try {
      answer = await this.request('verifyPlaybackToken', {body: {token}}, opts);
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'http' && error.status === 403) {
        return {valid: false, code: error.code, message: error.message};
      }
      throw error;
    }
    const {data, status} = answer;
    const verified: unknown =
      isRecord(data) && data['success'] === true && isRecord(data['data'])
        ? data['data']['token']
        : undefined;
    if (typeof verified !== 'string' || !verified) {
      throw shapeError('token', status, '{success: true, data: {token}}');
    }
    return {valid: true, token: verified};
  }

  /** Revokes a revocable playback token. */
  async revokePlaybackToken(token: string, opts?: RequestOptions): Promise<void> {
    await this.request('revokePlaybackToken', {body: {token}}, opts);
  }

  /** Drops every kept answer; requests in flight finish for their callers but are not kept. */
  clearCache(): void {
    this.cache.clear();
  }

  /**
   * The one way out: method, path template and host come from the generated `operations` table,
   * so a path changed in `openapi.yaml` changes the client.
   */
  private async request<Id extends OperationId>(
    id: Id,
    parts: RequestParts<Id>,
    opts: RequestOptions = {},
  ): Promise<Answer<Id>> {
    const op: OperationInfo = operations[id];
    const {
      path: params,
      query,
      body,
    } = parts as {
      path?: Record<string, string | number>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const path = fillPath(id, op.path, params);
    const search = buildQuery(query);
    const pathAndQuery = search ? `${path}?${search}` : path;
    const url = `${op.host === 'token' ? this.tokenServiceUrl : this.baseUrl}${pathAndQuery}`;
    const what = `${op.method.toUpperCase()} ${op.path}`;
    const {signal} = opts;
    if (signal?.aborted) throw abortError(signal.reason);

    const credential = await this.credentialFor(op, signal);
    const outgoing: Outgoing = {id, op, url, what, body};
    const call = (s: AbortSignal | undefined) => this.perform(outgoing, s, credential);

    if (op.method !== 'get') {
      let raw: RawAnswer | undefined;
      try {
        raw = await call(signal);
      } finally {
        if (op.host === 'api') {
          const ids = streamIdsOfChange(params?.['id'], raw?.data);
          this.cache.drop(meta => isStaleAfterChange(meta, ids));
        }
      }
      return {data: raw.data as ResultOf<Id>, headers: raw.headers, status: raw.status};
    }

    const key = cacheKey(op.host, pathAndQuery, credential?.id ?? 'p');
    const raw =
      (opts.fresh ? undefined : this.cache.get(key)) ??
      (await this.cache.share(key, {host: op.host, path}, call, signal));
    return {
      data: structuredClone(raw.data) as ResultOf<Id>,
      headers: raw.headers,
      status: raw.status,
    };
  }

  /** The credential an operation is sent with: none for public ones, a user token before an API key. */
  private async credentialFor(
    op: OperationInfo,
    signal: AbortSignal | undefined,
  ): Promise<Credential | undefined> {
    if (op.roles === 'public') return undefined;
    if (this.token || this.getToken) {
      const token = this.token ?? (await this.awaitToken(this.tokenAfter(undefined), signal));
      return {header: TOKEN_HEADER, value: token.value, id: token.id, refreshable: !!this.getToken};
    }
    if (this.apiKey)
      return {header: API_KEY_HEADER, value: this.apiKey, id: 'k', refreshable: false};
    return undefined;
  }

  /**
   * The token to use instead of `stale`: the one a concurrent refresh brings, the one held when it
   * already differs from `stale`, or a new one from `getToken` (one call shared by every caller).
   */
  private tokenAfter(stale: string | undefined): Promise<HeldToken> {
    if (this.refreshing) return this.refreshing;
    if (this.token && this.token.value !== stale) return Promise.resolve(this.token);
    const getToken = this.getToken;
    const refreshing = (async () => {
      let value: unknown;
      try {
        if (!getToken) throw new Error('no getToken() is set');
        value = await getToken();
      } catch (error) {
        throw tokenError(error);
      }
      if (typeof value !== 'string' || value === '') {
        throw tokenError(new TypeError('getToken() answered no token'));
      }
      this.token = {value, id: `t${++this.tokenCount}`};
      return this.token;
    })();
    this.refreshing = refreshing;
    const done = () => {
      if (this.refreshing === refreshing) this.refreshing = undefined;
    };
    refreshing.then(done, done);
    return refreshing;
  }

  private async awaitToken(
    token: Promise<HeldToken>,
    signal: AbortSignal | undefined,
  ): Promise<HeldToken> {
    try {
      return await raceSignal(token, signal);
    } catch (error) {
      if (signal?.aborted) throw abortError(signal.reason);
      throw error;
    }
  }

  /** Tries, replays after a 401 with a new token, and retries a GET as the rules say. */
  private async perform(
    outgoing: Outgoing,
    signal: AbortSignal | undefined,
    credential: Credential | undefined,
  ): Promise<RawAnswer> {
    const {op} = outgoing;
    const tries = op.method === 'get' ? this.maxTries : 1;
    let failed = 0;
    let replayed = false;
    let current = credential;
    for (;;) {
      try {
        return await this.tryOnce(outgoing, signal, current);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (isCredentialRejection(op, error) && current?.refreshable && !replayed) {
          replayed = true;
          const token = await this.awaitToken(this.tokenAfter(current.value), signal);
          current = {...current, value: token.value, id: token.id};
          continue;
        }
        failed += 1;
        if (failed >= tries || !isRetryable(error)) throw error;
        let wait = backoffDelay(failed, this.retryDelayMs);
        if (error.retryAfter !== undefined) {
          wait = error.retryAfter * 1000;
          if (wait > MAX_RETRY_AFTER_MS) throw error;
        }
        await sleep(wait, signal);
      }
    }
  }

  /** One try, bounded by `timeoutMs`; rejects with an `ApiError` only. */
  private async tryOnce(
    {id, op, url, what, body}: Outgoing,
    signal: AbortSignal | undefined,
    credential: Credential | undefined,
  ): Promise<RawAnswer> {
    if (signal?.aborted) throw abortError(signal.reason);
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, {once: true});
    let timedOut = false;
    const timer =
      this.timeoutMs > 0 && Number.isFinite(this.timeoutMs)
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(timeoutError(op.host, this.timeoutMs));
          }, this.timeoutMs)
        : undefined;
    try {
      const headers: Record<string, string> = {Accept: 'application/json'};
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (credential) headers[credential.header] = credential.value;
      const init: RequestInit = {
        method: op.method.toUpperCase(),
        headers,
        signal: controller.signal,
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await raceSignal(this.fetchFn(url, init), controller.signal);
      const text = await raceSignal(response.text(), controller.signal);
      const {data, error} = interpretAnswer(
        op.host,
        response.status,
        response.statusText,
        response.headers,
        text,
        NO_CONTENT_OPERATIONS.has(id),
      );
      if (error) throw error;
      return {data, headers: response.headers, status: response.status};
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (signal?.aborted) throw abortError(signal.reason);
      if (timedOut) throw timeoutError(op.host, this.timeoutMs);
      throw networkError(op.host, what, error);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * Whether an error says the credential was not accepted, so a fresh user token may help: a 401
 * from either host, or the token service's 403/1001 ("Provided APIKey is not valid"), which is how
 * it answers an expired or wrong user token.
 */
function isCredentialRejection(op: OperationInfo, error: ApiError): boolean {
  if (error.kind !== 'http') return false;
  if (error.status === 401) return true;
  return (
    op.host === 'token' && error.status === 403 && error.code === TOKEN_SERVICE_BAD_CREDENTIALS
  );
}

/** The token service's code for credentials it does not accept. */
const TOKEN_SERVICE_BAD_CREDENTIALS = 1001;

/** Fills `{name}` placeholders with URL-encoded path parameters. */
function fillPath(
  id: OperationId,
  template: string,
  params: Record<string, string | number> | undefined,
): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      throw new TypeError(`${id}: the path parameter "${name}" must be a non-empty string.`);
    }
    return encodeURIComponent(String(value));
  });
}

/** A query string from parameters: arrays repeat their name, `undefined` and `null` are left out. */
function buildQuery(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, String(item));
    else search.append(name, String(value));
  }
  return search.toString();
}
