import type {ReactiveControllerHost} from 'lit';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import type {Stream} from '../../api/types.js';
import {NsLoadErrorEvent} from '../../events.js';
import {errorDetail} from '../templates.js';

export interface LoadOptions<A extends readonly unknown[], T> {
  /** What the load depends on; a change loads again (compared item by item). */
  args: () => A;
  /** The load; `initialState` when there is nothing to load yet (no client, no id). */
  load: (args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
  /** Called with a loaded value (not with `initialState`). */
  onComplete?: (value: T) => void;
}

/**
 * The `@lit/task` that loads what an element shows, firing `ns-load-error` (with
 * `errorDetail(error)`) from the host the same way in every element: once per failed load, never
 * for a load that a newer one replaced.
 */
export class LoadController<A extends readonly unknown[], T> {
  readonly task: Task<A, T>;

  constructor(host: ReactiveControllerHost & EventTarget, options: LoadOptions<A, T>) {
    this.task = new Task<A, T>(host, {
      task: (args, {signal}) => options.load(args, signal) as Promise<T>,
      args: options.args,
      onComplete: value => {
        if ((value as unknown) !== initialState) options.onComplete?.(value);
      },
      onError: error => host.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The loaded value; undefined before the first load. */
  get value(): T | undefined {
    return this.task.status === TaskStatus.INITIAL ? undefined : this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads again with the current arguments (Retry). */
  run(): Promise<void> {
    return this.task.run();
  }

  render: Task<A, T>['render'] = renderers => this.task.render(renderers);
}

/** What a `streamResource` reads from its element. */
export interface StreamResourceOptions {
  client: () => BintuClient | undefined;
  streamId: () => string;
  onComplete?: (stream: Stream) => void;
}

/** The stream an element shows, loaded for the current client and id (`GET /stream/{id}`). */
export function streamResource(
  host: ReactiveControllerHost & EventTarget,
  {client, streamId, onComplete}: StreamResourceOptions,
): LoadController<readonly [BintuClient | undefined, string], Stream> {
  return new LoadController(host, {
    args: () => [client(), streamId()] as const,
    load: async ([api, id], signal) => {
      if (!api || !id) return initialState;
      return api.getStream(id, {}, {signal});
    },
    ...(onComplete ? {onComplete} : {}),
  });
}
