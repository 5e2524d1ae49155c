/**
 * The lookups of `<ns-stream-search>`: a stream ID with the documented `GET /stream/{id}`, a
 * streamname with the assumed `GET /stream?streamname=…`, degrading where the server lacks it.
 */
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {isNotOffered} from '../../api/support.js';
import type {Stream, StreamState} from '../../api/types.js';
import {isOffered, learn} from '../ns-stream-list/offered.js';
import type {SearchTerm} from './validate.js';

/** A search text that is looked up. */
export type Lookup = Extract<SearchTerm, {kind: 'id' | 'streamname'}>;

/** What a search found: a stream (or a group's member), nothing, or that the API cannot search so. */
export type Outcome =
  | {kind: 'found'; streamId: string; streamgroupId?: string; streamname: string}
  | {kind: 'none'}
  | {kind: 'not-offered'};

/** What a lookup finds: by ID with `GET /stream/{id}` (a 404 is "none"), else by streamname. */
export async function find(
  client: BintuClient,
  term: Lookup,
  signal: AbortSignal,
): Promise<Outcome> {
  if (term.kind === 'id') {
    try {
      const stream = await client.getStream(term.value, {}, {signal});
      return found(stream, stream.id, stream.streamgroup);
    } catch (error) {
      if (isApiError(error) && error.status === 404) return {kind: 'none'};
      throw error;
    }
  }
  if (isOffered(client, 'streamname') === false) return {kind: 'not-offered'};
  const visible = await byStreamname(client, term.value, undefined, signal);
  if (visible === 'not-offered') return {kind: 'not-offered'};
  const match = matchOf(visible, term.value);
  if (match || isOffered(client, 'deleted') === false) return match ?? {kind: 'none'};
  const deleted = await byStreamname(client, term.value, 'deleted', signal);
  return (deleted === 'not-offered' ? undefined : matchOf(deleted, term.value)) ?? {kind: 'none'};
}

/**
 * `GET /stream?streamname=…` (assumed) with `individual=true` unless the API is known not to
 * offer it. A 404/405 is told apart by asking again without `individual`: when that works, only
 * `individual` is missing; when it does not, the streamname search (or, with `state`, that state)
 * is. Answers the listed streams, or `'not-offered'`.
 */
async function byStreamname(
  client: BintuClient,
  streamname: string,
  state: StreamState | undefined,
  signal: AbortSignal,
): Promise<Stream[] | 'not-offered'> {
  const ask = (individual: boolean) =>
    client.listStreams(
      {streamname, quantity: 5, ...(state && {state}), ...(individual && {individual})},
      {signal},
    );
  const refused = (error: unknown) => !signal.aborted && isNotOffered(error);
  const answered = (streams: Stream[], individual: boolean) => {
    learn(client, 'streamname', true);
    if (state === 'deleted') learn(client, 'deleted', true);
    learn(client, 'individual', individual);
    return streams;
  };
  const individual = isOffered(client, 'individual') !== false;
  try {
    return answered((await ask(individual)).streams, individual);
  } catch (error) {
    if (!refused(error)) throw error;
  }
  if (individual && isOffered(client, 'individual') !== true) {
    // Asked once more without it, the answer tells which parameter was refused.
    try {
      return answered((await ask(false)).streams, false);
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }
  learn(client, state === 'deleted' ? 'deleted' : 'streamname', false);
  return 'not-offered';
}

/**
 * The exact (case-sensitive) match among listed streams: a stream whose ingest streamname it is,
 * else a group member listed in a group row's playouts (when members are not rows of their own).
 */
export function matchOf(streams: readonly Stream[], streamname: string): Outcome | undefined {
  const stream = streams.find(s => s.ingest?.rtmp?.streamname === streamname);
  if (stream) return found(stream, stream.id, stream.streamgroup);
  for (const group of streams) {
    const playout = group.playout?.h5live?.find(p => p?.rtmp?.streamname === streamname && p.id);
    if (playout) {
      return {kind: 'found', streamId: playout.id, streamgroupId: group.id, streamname};
    }
  }
  return undefined;
}

function found(stream: Stream, streamId: string, streamgroupId: string | undefined): Outcome {
  const outcome: Outcome = {
    kind: 'found',
    streamId,
    streamname: stream.ingest?.rtmp?.streamname ?? stream.id,
  };
  if (streamgroupId) outcome.streamgroupId = streamgroupId;
  return outcome;
}
