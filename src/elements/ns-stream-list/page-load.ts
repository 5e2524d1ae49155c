/**
 * Loading one page of the stream list, degrading where the server lacks an [assumed] filter: a
 * refused request (404/405) is not an error when a filter is to blame; the page loads again
 * without it. No Lit, no DOM.
 */
import type {BintuClient, StreamPage} from '../../api/client.js';
import {isNotOffered} from '../../api/support.js';
import {isOffered, learn} from './offered.js';
import {
  assumedFilters,
  probeQuery,
  toStreamQuery,
  withoutFilters,
  type AssumedFilter,
  type NormalisedQuery,
} from './query.js';

export interface PageLoadOptions {
  /** A quiet refresh: asks past the client's cache. */
  quiet: boolean;
  signal: AbortSignal;
  /** The instant the date range is read at. */
  now: () => number;
  /**
   * Called with the filters this API does not offer (learned for the client); resolves once the
   * host has dropped them (the next load may then have started and aborted this one).
   */
  dropped: (missing: readonly AssumedFilter[]) => Promise<void>;
}

/**
 * Loads the page of `query`. When the server refuses an [assumed] filter (404/405), it finds out
 * which one, remembers that for the client and drops the filter: the rows without it, not an
 * error. Answers the page with the query it answers, or undefined when a newer load took over.
 */
export async function loadPage(
  client: BintuClient,
  query: NormalisedQuery,
  {quiet, signal, now, dropped}: PageLoadOptions,
): Promise<{page: StreamPage; query: NormalisedQuery} | undefined> {
  for (;;) {
    try {
      const page = await client.listStreams(toStreamQuery(query, now()), {signal, fresh: quiet});
      for (const filter of assumedFilters(query)) learn(client, filter, true);
      return {page, query};
    } catch (error) {
      if (signal.aborted || !isNotOffered(error)) throw error;
      const missing = await findNotOffered(client, query, now, signal);
      if (!missing.length) throw error;
      // The host's reset starts the load of the new query in its next update (aborting this
      // one); should it not, this run loads it.
      await dropped(missing);
      if (signal.aborted) return undefined;
      query = withoutFilters(query, new Set(missing));
    }
  }
}

/**
 * Which of the [assumed] filters of a refused request (404/405) the server does not offer, learned
 * for the client: the one not known to work, or, when several are unknown, each tried alone in a
 * one-row request. Empty when none is to blame (then the answer is a real error).
 */
async function findNotOffered(
  client: BintuClient,
  query: NormalisedQuery,
  now: () => number,
  signal: AbortSignal,
): Promise<AssumedFilter[]> {
  const unknown = assumedFilters(query).filter(filter => isOffered(client, filter) !== true);
  if (unknown.length <= 1) {
    for (const filter of unknown) learn(client, filter, false);
    return unknown;
  }
  const missing: AssumedFilter[] = [];
  for (const filter of unknown) {
    try {
      await client.listStreams(probeQuery(query, filter, now()), {signal});
      learn(client, filter, true);
    } catch (error) {
      if (signal.aborted || !isNotOffered(error)) throw error;
      learn(client, filter, false);
      missing.push(filter);
    }
  }
  return missing;
}
