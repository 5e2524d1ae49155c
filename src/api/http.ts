/**
 * Private transport helpers of the client: turning answers into data or `ApiError`s, reading
 * `Retry-After`, backoff, and waiting or racing against an abort signal. No DOM, no state.
 */
import {ApiError} from './errors.js';
import type {OperationHost} from './operations.js';

/** The longest `Retry-After` the client waits for on its own; a longer one surfaces as the error. */
export const MAX_RETRY_AFTER_MS = 30_000;

/** The longest backoff between two tries when the server gave no `Retry-After`. */
export const MAX_BACKOFF_MS = 30_000;

/** HTTP statuses a GET is tried again on (besides network failures). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503]);

/** The name of a host in messages. */
export function serviceName(host: OperationHost): string {
  return host === 'token' ? 'nanoStream token service' : 'nanoStream API';
}

/**
 * Seconds to wait as a `Retry-After` header says: either delta-seconds or an HTTP date.
 * `undefined` when the header is absent or unreadable; never negative.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The wait before try `failedTries + 1`: exponential from `baseMs` (base, 2·base, 4·base, …) with
 * "equal jitter" (a random point in the upper half), capped at {@link MAX_BACKOFF_MS}.
 */
export function backoffDelay(
  failedTries: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const full = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, failedTries - 1));
  return full / 2 + random() * (full / 2);
}

/** A duration for messages: `15 s`, `1.5 s`, `50 ms`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** The error for a call its caller aborted. */
export function abortError(reason?: unknown): ApiError {
  return new ApiError('The request was aborted.', {kind: 'abort', status: 0, cause: reason});
}

/** The error for a try that got no answer within `timeoutMs`. */
export function timeoutError(host: OperationHost, timeoutMs: number): ApiError {
  return new ApiError(
    `The ${serviceName(host)} did not answer within ${formatDuration(timeoutMs)}.`,
    {
      kind: 'timeout',
      status: 0,
    },
  );
}

/** The error for a request that got no answer at all (offline, DNS, CORS, connection reset). */
export function networkError(host: OperationHost, what: string, cause: unknown): ApiError {
  const detail = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
  return new ApiError(`Could not reach the ${serviceName(host)} (${what})${detail}.`, {
    kind: 'network',
    status: 0,
    cause,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function statusText(status: number, text: string): string {
  return text ? `HTTP ${status} ${text}` : `HTTP ${status}`;
}

/**
 * The `ApiError` an error body describes, in one of the known shapes — bintu
 * `{error: {message, code, userinfo}}`, the token service's `{success: false, errorCode, message}`,
 * or the flat `{status, message}` some official clients read — or `undefined` when it is none.
 */
export function errorFromBody(
  body: unknown,
  status: number,
  retryAfter: number | undefined,
): ApiError | undefined {
  if (!isRecord(body)) return undefined;
  const bintu = body['error'];
  if (isRecord(bintu) && typeof bintu['message'] === 'string') {
    const code = bintu['code'];
    const userinfo = bintu['userinfo'];
    return new ApiError(bintu['message'], {
      kind: 'http',
      status,
      code: typeof code === 'number' ? code : undefined,
      userinfo: isRecord(userinfo) ? userinfo : undefined,
      retryAfter,
    });
  }
  // Some official clients also read a flat `{status, message}` body.
  if (typeof body['message'] === 'string' && body['message'] && body['success'] === undefined) {
    const code = body['code'];
    return new ApiError(body['message'], {
      kind: 'http',
      status,
      code: typeof code === 'number' ? code : undefined,
      retryAfter,
    });
  }
  if (body['success'] === false) {
    const code = body['errorCode'];
    const message = body['message'];
    return new ApiError(
      typeof message === 'string' && message ? message : `The request failed (HTTP ${status}).`,
      {
        kind: 'http',
        status,
        code: typeof code === 'number' ? code : undefined,
        retryAfter,
      },
    );
  }
  return undefined;
}

/** Parses JSON without throwing: `{ok: false}` for text that is not JSON. */
function tryJson(text: string): {ok: true; value: unknown} | {ok: false} {
  try {
    return {ok: true, value: JSON.parse(text) as unknown};
  } catch {
    return {ok: false};
  }
}

/** What one answer meant: data on success, otherwise the error to reject with. */
export interface Interpretation {
  /** The parsed JSON; `undefined` for an empty answer that is allowed to be empty. */
  readonly data?: unknown;
  readonly error?: ApiError;
}

/**
 * Reads an answer.
 *
 * - A non-2xx status is always kind `http` with that status: the body's message, code and userinfo
 *   when it has one of the two error shapes, otherwise a message naming the status (an HTML page of
 *   a proxy is no "parse" problem; the status is what matters).
 * - A 2xx body is expected to be JSON: an empty, garbled or non-JSON body is kind `parse`, unless
 *   the status is 204 or `emptyAllowed` is set.
 * - The token service may answer 200 with `{success: false, …}`: that is an error too (kind `http`).
 */
export function interpretAnswer(
  host: OperationHost,
  status: number,
  statusLine: string,
  headers: Headers,
  text: string,
  emptyAllowed: boolean,
): Interpretation {
  const name = serviceName(host);
  const ok = status >= 200 && status < 300;
  const retryAfter = parseRetryAfter(headers.get('Retry-After'));
  const parsed = text.trim() === '' ? undefined : tryJson(text);

  if (!ok) {
    const fromBody = parsed?.ok ? errorFromBody(parsed.value, status, retryAfter) : undefined;
    return {
      error:
        fromBody ??
        new ApiError(`The ${name} answered ${statusText(status, statusLine)}.`, {
          kind: 'http',
          status,
          retryAfter,
        }),
    };
  }

  if (parsed === undefined) {
    if (status === 204 || emptyAllowed) return {data: undefined};
    return {
      error: new ApiError(
        `The ${name} answered ${statusText(status, statusLine)} with an empty body where JSON was expected.`,
        {kind: 'parse', status},
      ),
    };
  }
  if (!parsed.ok) {
    const type = headers.get('Content-Type');
    return {
      error: new ApiError(
        `The ${name} answered ${statusText(status, statusLine)} with a body that is not valid JSON` +
          `${type ? ` (${type.split(';')[0]})` : ''}.`,
        {kind: 'parse', status},
      ),
    };
  }
  if (host === 'token' && isRecord(parsed.value) && parsed.value['success'] === false) {
    return {error: errorFromBody(parsed.value, status, retryAfter)!};
  }
  return {data: parsed.value};
}

/** The error for a 2xx answer whose JSON does not have the expected shape. */
export function shapeError(host: OperationHost, status: number, expected: string): ApiError {
  return new ApiError(
    `The ${serviceName(host)} answered HTTP ${status} with JSON that is not ${expected}.`,
    {
      kind: 'parse',
      status,
    },
  );
}

/** Whether a failed try of a GET is worth another try. */
export function isRetryable(error: ApiError): boolean {
  return error.kind === 'network' || (error.kind === 'http' && RETRY_STATUSES.has(error.status));
}

/** What `raceSignal` does when the signal aborts. */
export interface RaceOptions {
  /** What it rejects with (default: the signal's reason). */
  toError?: (reason: unknown) => unknown;
  /** Called once when the signal aborts first. */
  onAbort?: () => void;
}

/**
 * Settles like `promise`, or rejects with `signal.reason` as soon as the signal aborts, whatever
 * the promise does (a custom `fetch` may ignore its signal).
 */
export function raceSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  {toError = reason => reason, onAbort}: RaceOptions = {},
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    onAbort?.();
    return Promise.reject(toError(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const aborted = () => {
      reject(toError(signal.reason));
      onAbort?.();
    };
    signal.addEventListener('abort', aborted, {once: true});
    promise.then(
      value => {
        signal.removeEventListener('abort', aborted);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', aborted);
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects with an abort `ApiError` at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal.reason));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, {once: true});
  });
}
