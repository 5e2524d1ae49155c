/**
 * What every section of the benchmark page starts from: a mock organisation answering at once
 * (latency 0), one client whose cache keeps answers for an hour, and one ready `<ns-api-provider>`
 * with that client. Each panel is rendered once here, so the pages, streams and the playback token
 * it asks for are in the client's cache (and the token in the page's token cache): a panel mounted
 * later renders from memory, through its public surface only. The timed steps check that by
 * counting requests (see `Sample.requests`).
 */
import {
  BintuClient,
  NsApiProvider,
  NsStreamList,
  NsStreamOverview,
  playbackTokenTarget,
  type Stream,
} from '../../src/index.js';
import {createMockServer, type MockServer} from '../../src/mock/index.js';
import {lastRowKey, settled} from './settle.js';
import type {ListChrome} from './tables.js';
import {until} from './timing.js';
import {Transport, type KeptAnswer} from './transport.js';

/** The page size of the list sections. */
export const PAGE_SIZE = 150;
/** Enough streams for two full pages of top-level rows (a group and its members make one row). */
const STREAMS = 2_000;
const SEED = 'nanostream-bench';
const HOUR = 3_600_000;
/** How many rows the update section changes, spread over the page, the last one included. */
const CHANGED_ROWS = 5;

/** Page 1 of the list as the mock answered it, and the same page with `CHANGED_ROWS` changed. */
export interface UpdateAnswers {
  original: KeptAnswer;
  changed: KeptAnswer;
  /** The changed rows: their ids and their state in each answer. */
  rows: {id: string; original: string; changed: string}[];
}

export interface Fixture {
  server: MockServer;
  transport: Transport;
  client: BintuClient;
  provider: NsApiProvider;
  /** The first two pages, as the list shows them. */
  page1: Stream[];
  page1Url: string;
  page1LastKey: string;
  page2LastKey: string;
  update: UpdateAnswers;
  /** Which of the two answers the client keeps for page 1 now (a refresh replaces it). */
  kept: 'original' | 'changed';
  chrome: ListChrome;
  /** A group with four transcodes, its five streams (passthrough first) and a playback token. */
  group: Stream;
  members: Stream[];
  token: string;
}

/** A fresh `<ns-stream-list>` of `PAGE_SIZE` rows. */
export function createList(): NsStreamList {
  const list = document.createElement('ns-stream-list');
  list.pageSize = PAGE_SIZE;
  return list;
}

/** A fresh `<ns-stream-overview>` of `streamId`. */
export function createOverview(streamId: string): NsStreamOverview {
  const overview = document.createElement('ns-stream-overview');
  overview.streamId = streamId;
  return overview;
}

/**
 * Resolves once `overview` shows its stream with everything below it loaded (see `settled`; with
 * `learn`, the first time, while what it nests is not known yet).
 */
export function overviewRendered(overview: NsStreamOverview, {learn = false} = {}): Promise<void> {
  return until(
    () => !!overview.shadowRoot?.querySelector('[part="header"]') && settled(overview, {learn}),
    'the overview',
  );
}

function listUrl(transport: Transport, offset: number): string {
  const url = transport.log.find(({method, url}) => {
    const parsed = new URL(url);
    return (
      method === 'GET' &&
      parsed.pathname.endsWith('/stream') &&
      parsed.searchParams.get('offset') === String(offset)
    );
  })?.url;
  if (!url) throw new Error(`the list sent no request for offset ${offset}`);
  return url;
}

/** Takes Lit's marker comments out of `fragment`. */
function withoutComments(fragment: DocumentFragment): DocumentFragment {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return fragment;
}

/** The list's shadow root before and after its table, as it rendered, and its style sheets. */
function chromeOf(list: NsStreamList): ListChrome {
  const root = list.shadowRoot!;
  const wrapper = [...root.children].find(child => child.matches('[part~="table-wrapper"]'));
  if (!wrapper) throw new Error('the list shows no table');
  const before = document.createDocumentFragment();
  const after = document.createDocumentFragment();
  let target = before;
  for (const node of root.childNodes) {
    if (node === wrapper) target = after;
    else target.append(node.cloneNode(true));
  }
  const styles = NsStreamList.elementStyles.flatMap(style =>
    style instanceof CSSStyleSheet ? [style] : style.styleSheet ? [style.styleSheet] : [],
  );
  return {before: withoutComments(before), after: withoutComments(after), styles};
}

/** Page 1 with `CHANGED_ROWS` rows changed as a refresh would find them: another state, updated now. */
function changedAnswers(original: KeptAnswer): UpdateAnswers {
  const streams = JSON.parse(original.body) as Stream[];
  const step = (streams.length - 1) / (CHANGED_ROWS - 1);
  const indices = Array.from({length: CHANGED_ROWS}, (_, i) => Math.round(i * step));
  const now = new Date().toISOString();
  const rows = indices.map(index => {
    const stream = streams[index]!;
    const changed = stream.state === 'live' ? 'ended' : 'live';
    const row = {id: stream.id, original: stream.state, changed};
    streams[index] = {...stream, state: changed, updated_at: now};
    return row;
  });
  return {original, changed: {...original, body: JSON.stringify(streams)}, rows};
}

async function readyProvider(client: BintuClient): Promise<NsApiProvider> {
  const provider = document.createElement('ns-api-provider');
  provider.client = client;
  document.body.append(provider);
  await until(() => provider.status === 'ready', 'the provider');
  return provider;
}

/** Renders the list once (pages 1 and 2), keeping what the later list sections need. */
async function warmList(provider: NsApiProvider, transport: Transport) {
  const list = createList();
  provider.append(list);
  await until(() => !!lastRowKey(list) && settled(list, {learn: true}), 'page 1 of the list');
  const page1LastKey = lastRowKey(list)!;
  const chrome = chromeOf(list);
  list.page = 2;
  await until(
    () => !!lastRowKey(list) && lastRowKey(list) !== page1LastKey && settled(list, {learn: true}),
    'page 2 of the list',
  );
  const page2LastKey = lastRowKey(list)!;
  list.remove();
  const page1Url = listUrl(transport, 0);
  const page1 = JSON.parse(transport.answerOf(page1Url).body) as Stream[];
  if (page1.length !== PAGE_SIZE) throw new Error(`page 1 has ${page1.length} rows`);
  return {page1, page1Url, page1LastKey, page2LastKey, chrome};
}

/** A group of page 1 with four transcodes (five playouts), a secure one if there is one. */
function groupOf(page: readonly Stream[]): Stream {
  const groups = page.filter(s => s.streamgroup === s.id && s.playout.h5live.length === 5);
  const group = groups.find(s => s.secure) ?? groups[0];
  if (!group) throw new Error('page 1 has no group with four transcodes');
  return group;
}

export async function createFixture(): Promise<Fixture> {
  const server = await createMockServer({seed: SEED, streams: STREAMS, latencyMs: 0});
  const transport = new Transport(server);
  const client = new BintuClient({
    fetch: transport.fetch,
    getToken: () => server.issueUserToken('nanoAdmin'),
    cacheTtlMs: HOUR,
  });
  const provider = await readyProvider(client);
  const list = await warmList(provider, transport);
  const group = groupOf(list.page1);
  const overview = createOverview(group.id);
  provider.append(overview);
  await overviewRendered(overview, {learn: true});
  overview.remove();
  // The vanilla overview's data, from the cache the overview filled (the token is a second one
  // of the same kind: the overview's own is not public).
  const shown = await client.getStream(group.id);
  const members = await Promise.all(shown.playout.h5live.map(p => client.getStream(p.id)));
  const token = await client.createPlaybackToken(playbackTokenTarget(group));
  const update = changedAnswers(transport.answerOf(list.page1Url));
  return {
    server,
    transport,
    client,
    provider,
    ...list,
    update,
    kept: 'original',
    group: shown,
    members,
    token,
  };
}
