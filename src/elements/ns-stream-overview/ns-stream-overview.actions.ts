/**
 * The confirmed quick actions of `<ns-stream-overview>` (Stop & Lock, Unlock, Delete) as API calls,
 * and which `ns-stream-change` events a result reports. No Lit, no DOM.
 */
import type {BintuClient} from '../../api/client.js';
import type {Stream} from '../../api/types.js';
import type {StreamChangeAction} from '../../events.js';

/** A destructive (or undoing) action that asks for confirmation first. */
export type ConfirmedAction = 'stop' | 'delete' | 'unlock';

/**
 * The quick actions that rely on an assumed endpoint (`PUT …/lock`, `PUT …/unlock`,
 * `DELETE /stream/{id}`); a server may not offer them.
 */
export type AssumedStreamAction = 'lock' | 'unlock' | 'delete';

/** Stop succeeded, lock did not: the stream is no longer as it was. */
export class LockAfterStopError extends Error {
  constructor(
    readonly stopped: Stream,
    override readonly cause: unknown,
  ) {
    super('lock failed after stop');
  }
}

/** What a confirmed action answered. */
export interface ActionResult {
  action: ConfirmedAction;
  stream: Stream;
  /** The stream after the stop of a stop (& lock). */
  stopped?: Stream;
  /** Whether a stop was followed by a lock (not when the API does not offer locking). */
  locked?: boolean;
}

/**
 * Runs `action` on the stream `id`: Delete, Unlock, or Stop followed by Lock when `lock` (a lock
 * that fails after the stop went through rejects with a `LockAfterStopError`).
 */
export async function runStreamAction(
  client: BintuClient | undefined,
  action: ConfirmedAction,
  id: string | undefined,
  lock: boolean,
  signal: AbortSignal,
): Promise<ActionResult> {
  if (!client || !id) throw new Error('No nanoStream API client.');
  if (action === 'delete') return {action, stream: await client.deleteStream(id, {signal})};
  if (action === 'unlock') return {action, stream: await client.unlockStream(id, {signal})};
  const stopped = await client.stopStream(id, {signal});
  if (!lock) return {action, stopped, stream: stopped, locked: false};
  try {
    return {action, stopped, locked: true, stream: await client.lockStream(id, {signal})};
  } catch (error) {
    throw new LockAfterStopError(stopped, error);
  }
}

/** The changes a result reports as `ns-stream-change`, in order (a stop & lock reports both). */
export function changesOf({
  action,
  stream,
  stopped,
  locked,
}: ActionResult): [StreamChangeAction, Stream][] {
  const changes: [StreamChangeAction, Stream][] = [];
  if (stopped) changes.push(['stop', stopped]);
  if (action !== 'stop' || locked) changes.push([action === 'stop' ? 'lock' : action, stream]);
  return changes;
}
