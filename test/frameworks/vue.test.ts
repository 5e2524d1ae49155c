// The elements in a Vue 3 app: a component's template uses the tags as they are, with
// `isCustomElement` telling Vue's template compiler that `ns-*` tags are custom elements. Vue's
// in-browser compiler would guess that from the registry, but a build-time compiler (an SFC) or
// an app that mounts before the elements load cannot: the first test is that case. So the library
// is imported only once that test has mounted the app.
import {expect, waitUntil} from '@open-wc/testing';
import {createApp, nextTick, ref, type App} from 'vue/dist/vue.esm-browser.js';
import type {
  NsApiProvider,
  NsQueryChangeEvent,
  NsStreamList,
  NsStreamSelectEvent,
} from '../../src/index.js';
import type {MockServerOptions} from '../../src/mock/index.js';

type Library = typeof import('../../src/index.js');
let library: Library | undefined;
const loadLibrary = async (): Promise<Library> => (library ??= await import('../../src/index.js'));

const mockOptions: MockServerOptions = {latencyMs: 0, streams: 40};

const StreamPage = {
  template: `
    <ns-api-provider mock .mockOptions="mockOptions" role="nanoReadOnly">
      <ns-stream-list
        page-size="50"
        :state="state"
        :strings.prop="strings"
        @ns-query-change="onQuery"
        @ns-stream-select="onSelect"
      ></ns-stream-list>
    </ns-api-provider>`,
  setup() {
    const state = ref('all');
    const queries: NsQueryChangeEvent[] = [];
    const selected: NsStreamSelectEvent[] = [];
    return {
      mockOptions,
      state,
      strings: {columnTags: 'Etiquetas'},
      queries,
      selected,
      onQuery: (e: NsQueryChangeEvent) => queries.push(e),
      onSelect: (e: NsStreamSelectEvent) => selected.push(e),
    };
  },
};

type PageState = {state: string; queries: NsQueryChangeEvent[]; selected: NsStreamSelectEvent[]};

let container: HTMLElement;
let app: App | undefined;
let warnings: string[];

/** Mounts StreamPage as an app would, and returns its state. */
function mount(): PageState {
  app = createApp(StreamPage);
  app.config.compilerOptions.isCustomElement = tag => tag.startsWith('ns-');
  app.config.warnHandler = message => void warnings.push(message);
  return app.mount(container) as unknown as PageState;
}

const provider = () => container.querySelector('ns-api-provider') as NsApiProvider;
const list = () => container.querySelector('ns-stream-list') as NsStreamList;
const rows = () => [
  ...list().shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-key]'),
];

async function listed(): Promise<HTMLTableRowElement[]> {
  await waitUntil(() => provider().status === 'ready', 'the provider did not load', {
    timeout: 5000,
  });
  await waitUntil(() => rows().length > 0, 'the list shows no rows', {timeout: 5000});
  return rows();
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  warnings = [];
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  container.remove();
});

describe('Vue 3: the elements in a component template', () => {
  it('renders the tags as custom elements that upgrade when the library loads after the app', async () => {
    expect(customElements.get('ns-stream-list'), 'the library is not loaded yet').to.equal(
      undefined,
    );
    mount();
    // Not a "Failed to resolve component" warning: Vue left the tags to the browser.
    expect(warnings.join('\n'), 'Vue warnings').to.equal('');
    expect(list().constructor).to.equal(HTMLElement);

    const {NsApiProvider, NsStreamList} = await loadLibrary();
    expect(provider()).to.be.instanceOf(NsApiProvider);
    expect(list()).to.be.instanceOf(NsStreamList);
    // What Vue set before the upgrade (attributes, and the object set as a property) took effect.
    expect(provider().mock).to.equal(true);
    expect(provider().mockOptions).to.equal(mockOptions);
    expect(list().pageSize).to.equal(50);
    await listed();
    expect(warnings.join('\n'), 'Vue warnings').to.equal('');
  });

  it('passes attributes, bound values and objects (.prop) on to the element', async () => {
    await loadLibrary();
    const page = mount();
    expect(provider().mock).to.equal(true);
    expect(provider().role).to.equal('nanoReadOnly');
    expect(provider().mockOptions).to.equal(mockOptions);
    expect(list().pageSize).to.equal(50);
    expect(list().strings).to.deep.equal({columnTags: 'Etiquetas'});
    await listed();
    expect(provider().mockServer!.org.streams).to.have.length(40);
    const headers = [...list().shadowRoot!.querySelectorAll('th')].map(th =>
      th.textContent!.trim(),
    );
    expect(headers).to.include('Etiquetas');

    // A change of the component's state reaches the element.
    page.state = 'ended';
    await nextTick();
    expect(list().state).to.equal('ended');
    await list().updateComplete;
    expect(list().getAttribute('state')).to.equal('ended');
  });

  it('hands ns-* events to the @ns-* listeners', async () => {
    const {NsQueryChangeEvent, NsStreamSelectEvent} = await loadLibrary();
    const page = mount();
    const [row] = await listed();
    row!.cells[2]!.click();
    expect(page.selected).to.have.length(1);
    expect(page.selected[0]).to.be.instanceOf(NsStreamSelectEvent);
    expect(page.selected[0]!.detail.streamId).to.equal(row!.dataset['key']);

    const select = list().shadowRoot!.querySelector<HTMLSelectElement>('[part~="state-select"]')!;
    select.value = 'locked';
    select.dispatchEvent(new Event('input', {bubbles: true}));
    expect(page.queries).to.have.length(1);
    expect(page.queries[0]).to.be.instanceOf(NsQueryChangeEvent);
    expect(page.queries[0]!.detail).to.deep.include({state: 'locked', pageSize: 50, page: 1});
  });

  it('unmounts: the elements leave the page', async () => {
    await loadLibrary();
    mount();
    await listed();
    const el = list();
    app!.unmount();
    app = undefined;
    expect(container.childElementCount).to.equal(0);
    expect(el.isConnected).to.equal(false);
    expect(warnings.join('\n'), 'Vue warnings').to.equal('');
  });
});
