// The demo portal: a fictitious customer's page that embeds nanostream-elements on the built-in
// mock organisation. Only the portal's own chrome lives here; everything inside
// <ns-api-provider> is the library.
import '../src/index.js';
import {LitElement, css, html} from 'lit';
import {consume} from '@lit/context';
import {Task} from '@lit/task';
import {state} from 'lit/decorators.js';
import {apiContext, sessionContext, type NsSession} from '../src/context.js';
import type {BintuClient} from '../src/api/client.js';
import {isNotOffered} from '../src/api/index.js';
import {STREAM_STATES, type Role, type StreamState} from '../src/api/types.js';
import {hostStyles, controlStyles} from '../src/internal/styles.js';
import {renderError, renderPending} from '../src/internal/templates.js';
import type {NsApiProvider, Theme} from '../src/elements/ns-api-provider/ns-api-provider.js';
import type {NsStreamList} from '../src/elements/ns-stream-list/ns-stream-list.js';
import {
  STREAM_OVERVIEW_TABS,
  type StreamOverviewTab,
} from '../src/elements/ns-stream-overview/ns-stream-overview.js';

const FEATURE_LABELS = {
  h5live: 'H5Live playback',
  transcoding: 'Adaptive bitrate (transcoding)',
  secure: 'Secure playback',
  vod: 'VOD recordings',
  opcodes: 'Live processing',
  webcaster: 'Webcaster',
} as const;

/** The largest page the API gives (`quantity` at most 500), for counting without `X-Total-Count`. */
const COUNT_PAGE = 500;
/** Pages counted at most per state, so that a server that ignores `offset` cannot keep us paging. */
const COUNT_PAGES = 20;

/**
 * How many streams one state has: `exact` from `X-Total-Count` or from paging to a short page;
 * `atLeast` when paging had to stop early (a repeated page, or the page cap); `not-offered` when
 * the server does not know the state (`deleted` is assumed); `unknown` when nothing could be said.
 */
type StateCount =
  | {readonly kind: 'exact' | 'atLeast'; readonly n: number}
  | {readonly kind: 'not-offered'}
  | {readonly kind: 'unknown'};

async function countState(
  client: BintuClient,
  state: StreamState,
  signal: AbortSignal,
): Promise<StateCount> {
  try {
    const first = await client.listStreams({state, quantity: 1}, {signal});
    if (first.total !== undefined) return {kind: 'exact', n: first.total};
    if (first.streams.length === 0) return {kind: 'exact', n: 0};
    // No X-Total-Count: page through. `offset` is itself assumed, so a page that starts with a
    // stream already seen means the server ignores it and only a lower bound is certain.
    const seen = new Set<string>();
    for (let i = 0; i < COUNT_PAGES; i++) {
      const page = await client.listStreams(
        {state, quantity: COUNT_PAGE, offset: seen.size},
        {signal},
      );
      const head = page.streams[0];
      if (head && seen.has(head.id)) return {kind: 'atLeast', n: seen.size};
      for (const stream of page.streams) seen.add(stream.id);
      if (page.streams.length < COUNT_PAGE) return {kind: 'exact', n: seen.size};
    }
    return {kind: 'atLeast', n: seen.size};
  } catch (error) {
    if (isNotOffered(error)) return {kind: 'not-offered'};
    throw error;
  }
}

/** Text for a count that is never "undefined" or "NaN". */
function countText(count: StateCount, locale: string): string {
  switch (count.kind) {
    case 'exact':
      return count.n.toLocaleString(locale);
    case 'atLeast':
      return `${count.n.toLocaleString(locale)}+`;
    case 'not-offered':
      return 'not offered by this API';
    case 'unknown':
      return '—';
  }
}

const ROLE_LABELS: Record<Role, string> = {
  nanoAdmin: 'Administrator',
  nanoUser: 'Editor',
  nanoReadOnly: 'Viewer',
};

/** A portal card that reads what the provider shares: organisation, role and stream counts. */
class DemoOrgSummary extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    // Built from the library's tokens (hostStyles resolves them), so a brand restyles it too.
    css`
      :host {
        background-color: transparent;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: calc(var(--_ns-space) * 2);
      }
      section {
        background: var(--_ns-color-surface-raised);
        border: 1px solid var(--_ns-color-border);
        border-radius: var(--_ns-radius);
        padding: calc(var(--_ns-space) * 2) calc(var(--_ns-space) * 2.5);
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 calc(var(--_ns-space) * 1.5);
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: calc(var(--_ns-space) * 0.75) calc(var(--_ns-space) * 2);
        margin: 0;
      }
      dt {
        color: var(--_ns-color-text-muted);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: calc(var(--_ns-space) * 0.75);
      }
      .off {
        color: var(--_ns-color-text-muted);
      }
      p {
        margin: 0;
      }
    `,
  ];

  @consume({context: apiContext, subscribe: true})
  @state()
  client?: BintuClient;

  @consume({context: sessionContext, subscribe: true})
  @state()
  session?: NsSession;

  private readonly counts = new Task(this, {
    task: async ([client], {signal}) => {
      if (!client) throw new Error('No API client yet');
      const counts = await Promise.all(STREAM_STATES.map(s => countState(client, s, signal)));
      return STREAM_STATES.map((s, i) => [s, counts[i] ?? {kind: 'unknown'}] as const);
    },
    args: () => [this.client] as const,
  });

  override render() {
    const session = this.session;
    if (!session || session.status === 'loading') return renderPending('Loading organisation…');
    if (session.status === 'error') return html``;
    const org = session.organisation!;
    return html`<div class="grid">
      <section aria-labelledby="org">
        <h2 id="org">Organisation</h2>
        <dl>
          <dt>Name</dt>
          <dd>${org.name}</dd>
          <dt>Hash</dt>
          <dd>${org.hash}</dd>
          <dt>Your role</dt>
          <dd>${session.role ? ROLE_LABELS[session.role] : '—'}</dd>
          <dt>Transcodes per group</dt>
          <dd>
            ${
              session.limitsKnown
                ? session.limits.transcodes.toLocaleString(session.locale)
                : html`— <span class="off">not stated by this API</span>`
            }
          </dd>
        </dl>
      </section>
      <section aria-labelledby="packages">
        <h2 id="packages">Packages</h2>
        ${
          session.featuresKnown
            ? html`<ul>
                ${Object.entries(FEATURE_LABELS).map(([key, label]) => {
                  const on = session.features[key as keyof typeof FEATURE_LABELS];
                  return html`<li class=${on ? '' : 'off'}>${on ? '✓' : '✕'} ${label}</li>`;
                })}
              </ul>`
            : html`<p class="off">
                — Not stated by this API. Every section is shown; the server decides when asked.
              </p>`
        }
      </section>
      <section aria-labelledby="streams">
        <h2 id="streams">Streams</h2>
        ${this.counts.render({
          pending: () => renderPending('Counting streams…'),
          error: error => renderError(error, () => void this.counts.run()),
          complete: counts =>
            html`<dl>
              ${counts.map(
                ([s, count]) =>
                  html`<dt>${s}</dt>
                    <dd class=${count.kind === 'exact' || count.kind === 'atLeast' ? '' : 'off'}>
                      ${countText(count, session.locale)}
                    </dd>`,
              )}
            </dl>`,
        })}
      </section>
    </div>`;
  }
}
customElements.define('demo-org-summary', DemoOrgSummary);

const provider = document.querySelector<NsApiProvider>('#provider')!;
const list = document.querySelector<NsStreamList>('#list')!;
const overview = document.querySelector<HTMLElement & {streamId?: string}>('#overview')!;
const listView = document.querySelector<HTMLElement>('#list-view')!;
const streamView = document.querySelector<HTMLElement>('#stream-view')!;
const roleSelect = document.querySelector<HTMLSelectElement>('#role')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;
const serverSelect = document.querySelector<HTMLSelectElement>('#server')!;

// The list's attributes, as the portal keeps them in its own URL (#/?state=live&page=2), so that
// a view can be bookmarked and restored.
const LIST_ATTRIBUTES = ['state', 'tags', 'date-range', 'individual-streams', 'page-size', 'page'];

/** The links to the portal under the other brand open the same view (and server) there. */
function keepRouteInLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-route]')) {
    link.search = location.search;
    link.hash = location.hash;
  }
}

function route(): void {
  const hash = location.hash.replace(/^#/, '') || '/';
  const stream = /^\/stream\/([^/?]+)/.exec(hash);
  listView.hidden = Boolean(stream);
  streamView.hidden = !stream;
  keepRouteInLinks();
  if (stream) {
    const id = decodeURIComponent(stream[1]!);
    overview.setAttribute('stream-id', id);
    // #/stream/<id>?tab=code-snippets opens a tab directly.
    const tab = new URLSearchParams(hash.split('?')[1] ?? '').get('tab') ?? 'overview';
    if (STREAM_OVERVIEW_TABS.includes(tab as StreamOverviewTab)) overview.setAttribute('tab', tab);
    document.querySelector('#stream-crumb')!.textContent = id;
    document.querySelector('#stream-title')!.textContent = 'Stream';
    return;
  }
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  for (const name of LIST_ATTRIBUTES) {
    const value = params.get(name);
    if (value === null) list.removeAttribute(name);
    else list.setAttribute(name, value);
  }
}

document.addEventListener('ns-stream-select', event => {
  location.hash = `#/stream/${encodeURIComponent(event.detail.streamId)}`;
});

document.addEventListener('ns-query-change', event => {
  const {state, tags, dateRange, individualStreams, pageSize, page} = event.detail;
  const params = new URLSearchParams();
  if (state !== 'all') params.set('state', state);
  if (tags.length) params.set('tags', tags.join(','));
  if (dateRange) params.set('date-range', dateRange);
  if (individualStreams) params.set('individual-streams', '');
  if (pageSize !== 25) params.set('page-size', String(pageSize));
  if (page !== 1) params.set('page', String(page));
  const query = params.toString();
  history.replaceState(null, '', `#/${query ? `?${query}` : ''}`);
});

document.addEventListener('ns-stream-change', event => {
  if (event.detail.action === 'delete') location.hash = '#/';
});

window.addEventListener('hashchange', route);
route();

roleSelect.addEventListener('change', () => {
  provider.role = roleSelect.value as Role;
});
// The portal's own chrome follows the theme the provider shows (for "System", the system's).
const systemDark = matchMedia('(prefers-color-scheme: dark)');
function applyTheme(): void {
  const theme = themeSelect.value as Theme;
  provider.theme = theme;
  const dark = theme === 'dark' || (theme === 'auto' && systemDark.matches);
  document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
}
themeSelect.addEventListener('change', applyTheme);
systemDark.addEventListener('change', () => themeSelect.value === 'auto' && applyTheme());

// "Server": the full mock API, or a mock that answers only what the nanoStream API documents
// (no X-Total-Count, no packages or limits, no lock/unlock/delete …). The choice is kept in the
// page's query (?server=documented), beside the hash route, so that it survives a reload and
// travels with a shared link. A new `mockOptions` object makes the provider start a new mock.
type Server = 'full' | 'documented';
function serverFromUrl(): Server {
  return new URLSearchParams(location.search).get('server') === 'documented'
    ? 'documented'
    : 'full';
}
function applyServer(server: Server): void {
  serverSelect.value = server;
  const documentedOnly = server === 'documented';
  if (Boolean(provider.mockOptions?.documentedOnly) !== documentedOnly) {
    provider.mockOptions = {...provider.mockOptions, documentedOnly};
  }
}
serverSelect.addEventListener('change', () => {
  const server: Server = serverSelect.value === 'documented' ? 'documented' : 'full';
  const url = new URL(location.href);
  if (server === 'documented') url.searchParams.set('server', server);
  else url.searchParams.delete('server');
  history.replaceState(history.state, '', url);
  keepRouteInLinks();
  applyServer(server);
});
applyServer(serverFromUrl());
