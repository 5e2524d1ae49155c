/**
 * Private to the client: which GETs count as "the same", sharing one in-flight request between its
 * callers, keeping successful answers for a few seconds, and what a change of a stream drops.
 *
 * Key scheme: `<host> <path>?<query> <credential>`, e.g. `api /stream/5f86…?asset_limit=5 t2`:
 * the same path and query asked with the same credentials. The credential part is an opaque id the
 * client hands out per distinct key or token (`p` for public calls), so a token never appears in a
 * key. Each client has its own cache, so two clients (two accounts) never share answers.
 */
import {abortError, raceSignal} from './http.js';
import type {OperationHost} from './operations.js';

/** Where a kept answer came from, for invalidation. */
export interface CacheMeta {
  readonly host: OperationHost;
  /** The path without the query, as sent (path parameters URL-encoded), e.g. `/stream/abc/group`. */
  readonly path: string;
}

/** The key of a GET: host, path with query, and the opaque credential id. */
export function cacheKey(host: OperationHost, pathAndQuery: string, credential: string): string {
  return `${host} ${pathAndQuery} ${credential}`;
}

/**
 * Whether a successful change of the streams `streamIds` (the stream changed, and the group it
 * belongs to) makes a kept answer stale: that stream and anything below it (`/stream/X`,
 * `/stream/X/group`, …), every stream list (`/stream`) and every tag search (`/tag`). Answers of
 * the token service are never affected.
 */
export function isStaleAfterChange(meta: CacheMeta, streamIds: readonly string[]): boolean {
  if (meta.host !== 'api') return false;
  if (meta.path === '/stream' || meta.path === '/tag') return true;
  return streamIds.some(id => {
    const base = `/stream/${encodeURIComponent(id)}`;
    return meta.path === base || meta.path.startsWith(`${base}/`);
  });
}

/**
 * The streams a change concerns: the id it was sent for, and the id and group (`streamgroup`) of
 * the stream it answered with, when it answered one.
 */
export function streamIdsOfChange(pathId: unknown, answer: unknown): string[] {
  const ids = new Set<string>();
  if (typeof pathId === 'string' && pathId) ids.add(pathId);
  if (typeof answer === 'object' && answer !== null) {
    const {id, streamgroup} = answer as {id?: unknown; streamgroup?: unknown};
    if (typeof id === 'string' && id) ids.add(id);
    if (typeof streamgroup === 'string' && streamgroup) ids.add(streamgroup);
  }
  return [...ids];
}

interface Kept<T> {
  readonly value: T;
  readonly expires: number;
  readonly meta: CacheMeta;
}

interface InFlight<T> {
  readonly promise: Promise<T>;
  readonly controller: AbortController;
  readonly meta: CacheMeta;
  /** Callers still waiting; the request is aborted when the last one leaves. */
  callers: number;
}

/**
 * Shares in-flight requests and keeps their successful answers for `ttlMs`.
 */
export class AnswerCache<T> {
  private readonly kept = new Map<string, Kept<T>>();
  private readonly inFlight = new Map<string, InFlight<T>>();

  /**
   * @param ttlMs - How long a successful answer is kept; 0 keeps nothing (in-flight sharing stays).
   * @param now - The clock (for tests).
   */
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The kept answer for `key`, if one is younger than the TTL. */
  get(key: string): T | undefined {
    const entry = this.kept.get(key);
    if (!entry) return undefined;
    if (entry.expires > this.now()) return entry.value;
    this.kept.delete(key);
    return undefined;
  }

  /**
   * Joins the request in flight for `key`, or starts one with `start`. Each caller may leave on its
   * own through `signal` (its promise rejects with an abort `ApiError` at once); the request itself
   * is aborted only when every caller has left. A success is kept unless the key was dropped while
   * it was in flight.
   */
  share(
    key: string,
    meta: CacheMeta,
    start: (signal: AbortSignal) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    let flight = this.inFlight.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = start(controller.signal);
      const created: InFlight<T> = {promise, controller, meta, callers: 0};
      flight = created;
      this.inFlight.set(key, created);
      promise.then(
        value => {
          if (this.inFlight.get(key) !== created) return;
          this.inFlight.delete(key);
          if (this.ttlMs > 0) {
            this.prune();
            this.kept.set(key, {value, expires: this.now() + this.ttlMs, meta});
          }
        },
        () => {
          if (this.inFlight.get(key) === created) this.inFlight.delete(key);
        },
      );
    }
    return this.join(key, flight, signal);
  }

  private join(key: string, flight: InFlight<T>, signal: AbortSignal | undefined): Promise<T> {
    flight.callers += 1;
    return raceSignal(flight.promise, signal, {
      toError: abortError,
      onAbort: () => {
        flight.callers -= 1;
        if (flight.callers === 0) {
          if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
          flight.controller.abort(signal?.reason);
        }
      },
    });
  }

  /**
   * Drops every kept answer `isStale` says yes to; matching requests in flight finish for their
   * callers but are neither kept nor joined any more.
   */
  drop(isStale: (meta: CacheMeta) => boolean): void {
    for (const [key, entry] of this.kept) if (isStale(entry.meta)) this.kept.delete(key);
    for (const [key, flight] of this.inFlight) if (isStale(flight.meta)) this.inFlight.delete(key);
  }

  /** Drops everything kept and detaches everything in flight. */
  clear(): void {
    this.drop(() => true);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.kept) if (entry.expires <= now) this.kept.delete(key);
  }
}
