// The elements in a React 19 app: the wrappers of `nanostream-elements/react` (props as
// properties, `onNs*` event props) and the bare tags, which React 19 renders itself.
import {expect, waitUntil} from '@open-wc/testing';
import {createElement as h, type ComponentType, type ReactNode} from 'react';
import {flushSync} from 'react-dom';
import {createRoot, type Root} from 'react-dom/client';
import * as wrappers from '../../src/react/index.js';
import {NsApiProvider, NsStreamList} from '../../src/react/index.js';
import * as library from '../../src/index.js';
import {
  NsStreamSelectEvent,
  type NsApiProvider as NsApiProviderElement,
  type NsStreamList as NsStreamListElement,
  type StreamListQuery,
} from '../../src/index.js';
import type {MockServerOptions} from '../../src/mock/index.js';
import {TEST_NOW} from '../helpers/fixtures.js';

const mockOptions: MockServerOptions = {latencyMs: 0, now: TEST_NOW, streams: 40};

let container: HTMLElement;
let root: Root | undefined;
let errors: unknown[][];
const originalError = console.error;
/** What was reported through console.error, one line per call. */
const reported = () => errors.map(args => args.map(String).join(' ')).join('\n');

/** Renders `node` synchronously into a fresh container, as an app's `root.render` would. */
function mount(node: ReactNode): void {
  root ??= createRoot(container);
  flushSync(() => root!.render(node));
}

const provider = () => container.querySelector('ns-api-provider') as NsApiProviderElement;
const list = () => container.querySelector('ns-stream-list') as NsStreamListElement;
const rows = (el: NsStreamListElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]'),
];

/** Waits until the provider has loaded and the list shows rows. */
async function listed(): Promise<HTMLTableRowElement[]> {
  await waitUntil(() => provider()?.status === 'ready', 'the provider did not load', {
    timeout: 5000,
  });
  await waitUntil(() => rows(list()).length > 0, 'the list shows no rows', {timeout: 5000});
  return rows(list());
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  // React reports invalid props, failed updates and unmount problems through console.error.
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    originalError(...args);
  };
});

afterEach(() => {
  root?.unmount();
  root = undefined;
  container.remove();
  console.error = originalError;
});

describe('React 19: nanostream-elements/react', () => {
  it('renders the elements and sets props as properties, objects as they are', async () => {
    const strings = {columnTags: 'Schlagwörter'};
    mount(
      h(
        NsApiProvider,
        {mock: true, mockOptions, role: 'nanoReadOnly'},
        h(NsStreamList, {pageSize: 50, state: 'live', strings}),
      ),
    );
    expect(provider()).to.be.instanceOf(library.NsApiProvider);
    expect(list()).to.be.instanceOf(library.NsStreamList);
    // The object arrived as the same object (not an attribute "[object Object]").
    expect(provider().mockOptions).to.equal(mockOptions);
    expect(provider().hasAttribute('mockoptions')).to.equal(false);
    expect(provider().mock).to.equal(true);
    expect(list().pageSize).to.equal(50);
    expect(list().strings).to.equal(strings);

    await listed();
    // The mock used the options, and the list its props (reflected, so a host can deep-link them).
    expect(provider().mockServer!.org.streams).to.have.length(40);
    expect(list().getAttribute('page-size')).to.equal('50');
    expect(list().getAttribute('state')).to.equal('live');
    const headers = [...list().shadowRoot!.querySelectorAll('th')].map(th =>
      th.textContent!.trim(),
    );
    expect(headers).to.include('Schlagwörter');
    expect(reported(), 'console.error').to.equal('');
  });

  it('calls onNsStreamSelect with the typed event when a row is clicked, and the newest handler', async () => {
    const first: NsStreamSelectEvent[] = [];
    const second: NsStreamSelectEvent[] = [];
    const app = (onSelect: (e: NsStreamSelectEvent) => void) =>
      h(NsApiProvider, {mock: true, mockOptions}, h(NsStreamList, {onNsStreamSelect: onSelect}));

    mount(app(e => first.push(e)));
    const [row] = await listed();
    row!.cells[2]!.click();
    expect(first).to.have.length(1);
    expect(first[0]).to.be.instanceOf(NsStreamSelectEvent);
    expect(first[0]!.detail.streamId).to.equal(row!.dataset['key']);

    // A re-render with a new handler replaces the old one (no stale closure, no second listener).
    mount(app(e => second.push(e)));
    rows(list())[1]!.cells[2]!.click();
    expect(first).to.have.length(1);
    expect(second).to.have.length(1);
    expect(second[0]!.detail.streamId).to.equal(rows(list())[1]!.dataset['key']);
    expect(reported(), 'console.error').to.equal('');
  });

  it('calls onNsQueryChange when the user changes a filter', async () => {
    const queries: StreamListQuery[] = [];
    mount(
      h(
        NsApiProvider,
        {mock: true, mockOptions},
        h(NsStreamList, {pageSize: 25, onNsQueryChange: e => queries.push(e.detail)}),
      ),
    );
    await listed();
    const select = list().shadowRoot!.querySelector<HTMLSelectElement>('[part~="state-select"]')!;
    select.value = 'ended';
    select.dispatchEvent(new Event('input', {bubbles: true}));
    expect(queries).to.have.length(1);
    expect(queries[0]).to.deep.include({state: 'ended', pageSize: 25, page: 1});
  });

  it('unmounts cleanly: the elements leave the page and nothing is reported', async () => {
    mount(h(NsApiProvider, {mock: true, mockOptions}, h(NsStreamList, {pageSize: 25})));
    await listed();
    const [providerEl, listEl] = [provider(), list()];
    root!.unmount();
    root = undefined;
    expect(container.childElementCount).to.equal(0);
    expect(providerEl.isConnected).to.equal(false);
    expect(listEl.isConnected).to.equal(false);
    // Mounting again works from scratch.
    mount(h(NsApiProvider, {mock: true, mockOptions}, h(NsStreamList, {pageSize: 25})));
    expect(list()).not.to.equal(listEl);
    await listed();
    expect(reported(), 'console.error').to.equal('');
  });

  it('has a wrapper for every element of the manifest, with an onNs* prop for each ns-* event', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const elements = manifest.modules
      .flatMap(mod => mod.declarations ?? [])
      .filter((d): d is Declaration & {tagName: string} =>
        Boolean(d.customElement && d.tagName && d.name in library),
      );
    expect(elements.map(d => d.tagName)).to.include.members(['ns-api-provider', 'ns-stream-list']);

    for (const declaration of elements) {
      const Wrapper = (wrappers as unknown as Record<string, ComponentType<object>>)[
        declaration.name
      ];
      expect(Wrapper, `a wrapper for <${declaration.tagName}>`).to.exist;
      const eventNames = [
        ...new Set((declaration.events ?? []).map(e => e.name).filter(n => n?.startsWith('ns-'))),
      ] as string[];
      const heard: string[] = [];
      const handlers = Object.fromEntries(
        eventNames.map(name => [
          `on${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`,
          (e: Event) => heard.push(e.type),
        ]),
      );
      mount(h(Wrapper!, handlers));
      const el = container.querySelector(declaration.tagName)!;
      expect(el, `<${declaration.tagName}>`).to.be.instanceOf(
        (library as unknown as Record<string, CustomElementConstructor>)[declaration.name]!,
      );
      for (const name of eventNames) el.dispatchEvent(new CustomEvent(name, {bubbles: true}));
      expect(heard, `<${declaration.tagName}>'s event props`).to.deep.equal(eventNames);
      flushSync(() => root!.render(null));
    }
  });
});

describe('React 19: the bare tags', () => {
  it('sets properties where the element has them, attributes elsewhere, and listens to onns-* props', async () => {
    const selected: Event[] = [];
    mount(
      h(
        'ns-api-provider',
        {mock: true, mockOptions},
        h('ns-stream-list', {
          'page-size': '50',
          state: 'created',
          'onns-stream-select': (e: Event) => selected.push(e),
        }),
      ),
    );
    expect(provider().mockOptions).to.equal(mockOptions);
    expect(list().pageSize).to.equal(50);
    expect(list().state).to.equal('created');
    const [row] = await listed();
    row!.cells[2]!.click();
    expect(selected).to.have.length(1);
    expect(selected[0]).to.be.instanceOf(NsStreamSelectEvent);
    expect(reported(), 'console.error').to.equal('');
  });
});

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: {name?: string}[];
}

interface Manifest {
  modules: {declarations?: Declaration[]}[];
}
