import type {ReactiveControllerHost} from 'lit';
import {Task, TaskStatus, initialState} from '@lit/task';
import {deepEquals} from '@lit/task/deep-equals.js';
import type {BintuClient} from '../../api/client.js';
import type {SplayRequest, Stream} from '../../api/types.js';
import type {NsSession} from '../../context.js';
import {NsLoadErrorEvent} from '../../events.js';
import {decodeToken} from '../../token/decode.js';
import {needsPlaybackToken, playbackTokenTarget} from '../../token/target.js';
import {errorDetail} from '../templates.js';
import {systemClock, type Clock} from './clock.js';

/** A cached token is used until this long before it expires. */
const EXPIRY_MARGIN_MS = 60_000;

type Target = Pick<SplayRequest, 'groupid' | 'streams'>;

interface Cached {
  promise: Promise<string>;
  /** When the token stops being handed out (its `exp` less the margin); Infinity without `exp`. */
  until: number;
}

/** The page's playback tokens: one request per client and stream, shared by every element. */
const tokens = new WeakMap<BintuClient, Map<string, Cached>>();

/**
 * The playback token for `target`, issued once per client (one page's provider) and stream: every
 * element that asks while it is valid shares the first request and its answer. A failed request is
 * forgotten, so Retry asks again.
 */
export function sharedPlaybackToken(
  client: BintuClient,
  target: Target,
  clock: Clock = systemClock,
): Promise<string> {
  let cache = tokens.get(client);
  if (!cache) tokens.set(client, (cache = new Map()));
  const key = JSON.stringify([target.groupid ?? null, target.streams ?? null]);
  const cached = cache.get(key);
  if (cached && clock.now() < cached.until) return cached.promise;
  const entry: Cached = {promise: client.createPlaybackToken(target), until: Infinity};
  cache.set(key, entry);
  entry.promise.then(
    token => {
      const expires = decodeToken(token)?.validUntil?.getTime();
      if (expires !== undefined) entry.until = expires - EXPIRY_MARGIN_MS;
    },
    () => {
      if (cache.get(key) === entry) cache.delete(key);
    },
  );
  return entry.promise;
}

/** Waits for `promise`, or rejects as soon as `signal` aborts (the shared request goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

export interface PlaybackTokenOptions {
  client: () => BintuClient | undefined;
  /** The stream as loaded; undefined while it loads. */
  stream: () => Stream | undefined;
  session: () => NsSession | undefined;
  /** The host's own token (`playback-token`); it wins, and nothing is requested. */
  given: () => string | undefined;
  /** Whether a failed request fires `ns-load-error` from the host. */
  reportErrors?: boolean;
  clock?: Clock;
}

/** What an element knows of its stream's playback token. */
export type PlaybackTokenState =
  | {state: 'none'}
  | {state: 'pending'}
  | {state: 'ready'; token: string}
  | {state: 'error'; error: unknown};

/**
 * The secure playback token of the stream an element shows: none when the stream plays without
 * one (or the role may not have one issued), the host's `playback-token` when given, else the
 * token the service issues for this stream — shared with every other element of the page that
 * shows the same stream (`sharedPlaybackToken`).
 */
export class PlaybackTokenController {
  private readonly task: Task<readonly [BintuClient | undefined, Target | undefined], string>;

  constructor(
    host: ReactiveControllerHost & EventTarget,
    private readonly options: PlaybackTokenOptions,
  ) {
    this.task = new Task(host, {
      task: async ([client, target], {signal}) => {
        if (!client || !target) return initialState as unknown as string;
        return untilAborted(sharedPlaybackToken(client, target, options.clock), signal);
      },
      args: () => [options.client(), this.request()] as const,
      // The same client object (not a look-alike) and an equal target.
      argsEqual: ([client1, target1], [client2, target2]) =>
        client1 === client2 && deepEquals(target1, target2),
      ...(options.reportErrors
        ? {
            onError: (error: unknown) =>
              host.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
          }
        : {}),
    });
  }

  /** Whether the stream shown needs a token to play. */
  get needed(): boolean {
    const stream = this.options.stream();
    const session = this.options.session();
    return !!stream && !!session && needsPlaybackToken(stream, session.features);
  }

  /** The host's token, when the stream needs one and the host gave one. */
  private given(): string {
    return this.needed ? (this.options.given() ?? '').trim() : '';
  }

  /** The target of the token to request; undefined when none is to be requested. */
  private request(): Target | undefined {
    const stream = this.options.stream();
    if (!stream || !this.needed || this.given()) return undefined;
    if (!this.options.session()?.can('createPlaybackToken')) return undefined;
    return playbackTokenTarget(stream);
  }

  get value(): PlaybackTokenState {
    const given = this.given();
    if (given) return {state: 'ready', token: given};
    if (!this.request()) return {state: 'none'};
    const {status} = this.task;
    if (status === TaskStatus.ERROR) return {state: 'error', error: this.task.error};
    if (status === TaskStatus.COMPLETE && this.task.value) {
      return {state: 'ready', token: this.task.value};
    }
    return {state: 'pending'};
  }

  /** Asks again (Retry after a failure). */
  run(): Promise<void> {
    return this.task.run();
  }
}
