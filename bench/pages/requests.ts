/**
 * Requests per distinct resource on one page with every panel of one group: the list, the
 * overview, the ABR table, the snippet builder and the token view, in one provider with a fresh
 * client (default options, so its usual cache) on a fresh mock. Counted from the mock's request
 * log, from the moment the panels are mounted until they have all rendered and nothing is in
 * flight or sent for a while.
 */
import {BintuClient, playbackTokenTarget} from '../../src/index.js';
import {createMockServer, type RequestLogEntry} from '../../src/mock/index.js';
import {settled} from './settle.js';
import {nextTask, until} from './timing.js';

/** How long the page must send nothing for it to count as done. */
const QUIET_MS = 300;

export interface ResourceCount {
  /** Method, host and path with query, e.g. `GET bintu.nanocosmos.de/stream/…?asset_limit=5`. */
  resource: string;
  count: number;
  statuses: number[];
}

export interface RequestReport {
  latencyMs: number | [number, number];
  panels: string[];
  total: number;
  distinct: number;
  resources: ResourceCount[];
}

function resourceOf({method, url}: RequestLogEntry): string {
  const {host, pathname, search} = new URL(url);
  return `${method} ${host}${pathname}${search}`;
}

function countByResource(log: readonly RequestLogEntry[]): ResourceCount[] {
  const counts = new Map<string, ResourceCount>();
  for (const entry of log) {
    const resource = resourceOf(entry);
    const count = counts.get(resource) ?? {resource, count: 0, statuses: []};
    count.count++;
    if (!count.statuses.includes(entry.status)) count.statuses.push(entry.status);
    counts.set(resource, count);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.resource.localeCompare(b.resource),
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** The panels of one group: the list and the group's overview, ABR table, snippets and token. */
function groupPanels(groupId: string, token: string): HTMLElement[] {
  const list = document.createElement('ns-stream-list');
  const overview = document.createElement('ns-stream-overview');
  overview.streamId = groupId;
  const abr = document.createElement('ns-abr-table');
  abr.streamId = groupId;
  const snippets = document.createElement('ns-snippet-builder');
  snippets.streamId = groupId;
  const tokenInfo = document.createElement('ns-token-info');
  tokenInfo.token = token;
  return [list, overview, abr, snippets, tokenInfo];
}

/** Counts the requests of the page of one group's panels, on a mock answering after `latencyMs`. */
export async function countGroupPageRequests(
  latencyMs: number | [number, number],
): Promise<RequestReport> {
  const server = await createMockServer({seed: 'nanostream-bench-requests', latencyMs});
  const getToken = () => server.issueUserToken('nanoAdmin');
  // Finding the group and a token for the token view is the host's business: not counted.
  const setup = new BintuClient({fetch: server.fetch, getToken});
  const {streams} = await setup.listStreams({quantity: 500});
  const groups = streams.filter(s => s.streamgroup === s.id && s.playout.h5live.length === 5);
  // A secure one, so that the page's playback token is among the requests.
  const group = groups.find(s => s.secure) ?? groups[0];
  if (!group) throw new Error('the mock has no group with four transcodes');
  const token = await setup.createPlaybackToken(playbackTokenTarget(group));
  const from = server.requests.length;

  const provider = document.createElement('ns-api-provider');
  provider.client = new BintuClient({fetch: server.fetch, getToken});
  const panels = groupPanels(group.id, token);
  provider.append(...panels);
  document.body.append(provider);
  const log = () => server.requests.slice(from);
  try {
    for (;;) {
      await until(
        () =>
          panels.every(panel => settled(panel, {learn: true})) &&
          log().every(entry => entry.status !== 0),
        'the panels of the group',
        30_000,
      );
      const sent = log().length;
      await sleep(QUIET_MS);
      await nextTask();
      if (log().length === sent && panels.every(panel => settled(panel, {learn: true}))) break;
    }
    const resources = countByResource(log());
    return {
      latencyMs,
      panels: panels.map(panel => panel.localName),
      total: log().length,
      distinct: resources.length,
      resources,
    };
  } finally {
    provider.remove();
  }
}
