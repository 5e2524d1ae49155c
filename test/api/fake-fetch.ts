// Hand-written fake transports for the client tests: record every call, answer scripted Responses.
import type {Stream} from '../../src/api/types.js';

/** One recorded call of the fake `fetch`. */
export interface FetchCall {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
  /** The parsed JSON body, or `undefined` when none was sent. */
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
  /** `performance.now()` when the call was made. */
  readonly at: number;
}

/** Answers one call; may throw (a network failure) or never settle. */
export type Responder = (call: FetchCall, index: number) => Response | Promise<Response>;

export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly calls: FetchCall[];
}

/**
 * A fake `fetch`. With an array, the n-th call gets the n-th responder (the last one repeats).
 */
export function fakeFetch(script: Responder | Responder[]): FakeFetch {
  const calls: FetchCall[] = [];
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const text = typeof init.body === 'string' ? init.body : undefined;
    const call: FetchCall = {
      url: new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      ),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      signal: init.signal ?? undefined,
      at: performance.now(),
    };
    const index = calls.push(call) - 1;
    const responder = Array.isArray(script) ? script[Math.min(index, script.length - 1)]! : script;
    return responder(call, index);
  };
  return {fetch: fetchFn as typeof fetch, calls};
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {'Content-Type': 'application/json', ...headers},
  });
}

/** A raw text answer. */
export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, {status, headers});
}

/** A bintu error answer. */
export function bintuError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
  userinfo?: Record<string, unknown>,
): Response {
  return json({error: {message, code, ...(userinfo ? {userinfo} : {})}}, status, headers);
}

/** A call that answers only when aborted (then rejects like the real fetch). */
export function hang(call: FetchCall): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = call.signal;
    const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) fail();
    signal?.addEventListener('abort', fail, {once: true});
  });
}

/** A network failure, as the browser's fetch reports it. */
export function offline(): Promise<Response> {
  return Promise.reject(new TypeError('Failed to fetch'));
}

/** Resolves after `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** Responds after `ms` unless the call is aborted first. */
export function later(ms: number, respond: () => Response): Responder {
  return call =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(respond()), ms);
      call.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        },
        {once: true},
      );
    });
}

/** Awaits a promise that must reject, and answers what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** A minimal stream as the API answers it. */
export function stream(id: string, extra: Partial<Stream> = {}): Stream {
  return {
    id,
    state: 'live',
    type: 'low-latency',
    created_at: '2026-10-02T08:53:50.377Z',
    tags: [],
    timecode_interval: 2000,
    transcoding: false,
    ingest: {rtmp: {url: 'rtmp://bintu-stream.nanocosmos.de:1935/live', streamname: 'HX26g-NRbx9'}},
    playout: {h5live: []},
    ...extra,
  };
}
