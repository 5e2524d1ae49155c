import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/ns-stream-search/ns-stream-search.js';
import type {NsStreamSearch} from '../../../src/elements/ns-stream-search/ns-stream-search.js';
import {createMockServer, type MockServer} from '../../../src/mock/index.js';
import {BintuClient} from '../../../src/api/client.js';
import type {NsStreamSelectEvent} from '../../../src/events.js';
import {TEST_NOW, documentedOnly, withMockProvider} from '../../helpers/fixtures.js';

async function setUp(options: Parameters<typeof withMockProvider>[1] = {}) {
  const {provider, el} = await withMockProvider<NsStreamSearch>(
    html`<ns-stream-search></ns-stream-search>`,
    options,
  );
  await el.updateComplete;
  return {el, server: provider.mockServer!};
}

const input = (el: NsStreamSearch) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const message = (el: NsStreamSearch) =>
  el.shadowRoot!.querySelector('[part~="message"]')!.textContent!.trim();

/** Types `text` into the field and presses Enter. */
async function search(el: NsStreamSearch, text: string): Promise<void> {
  input(el).focus();
  input(el).select();
  await sendKeys({press: 'Backspace'});
  await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
}

const NOT_OFFERED = 'This API does not offer search by streamname; search by stream ID';

/** What a streamname search that finds nothing says: on the documented server, that it cannot. */
const NO_NAME_MATCH = documentedOnly ? NOT_OFFERED : 'No stream found';

const messageClass = (el: NsStreamSearch) =>
  [...el.shadowRoot!.querySelector('[part~="message"]')!.classList].filter(c =>
    ['found', 'not-found', 'not-offered', 'invalid'].includes(c),
  );

const lookups = (server: MockServer) =>
  server.requests.filter(r =>
    /\/stream(\?|\/)/.test(new URL(r.url).pathname + new URL(r.url).search),
  );

describe('<ns-stream-search>', () => {
  it('renders a labelled search field and a search button', async () => {
    const {el} = await setUp();
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(input(el).labels![0]!.textContent!.trim()).to.equal('Search streams');
    expect(input(el).placeholder).to.equal('Stream ID or streamname');
    expect(el.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal(
      'Search',
    );
    expect(message(el)).to.equal('');
  });

  it('is accessible when empty, invalid, not found and failed', async () => {
    const {el, server} = await setUp();
    await expect(el).to.be.accessible();
    await search(el, 'not a stream');
    await expect(el).to.be.accessible();
    await search(el, 'ZZZZZ-ZZZZZ');
    await waitUntil(() => message(el) === NO_NAME_MATCH);
    await expect(el).to.be.accessible();
    server.inject('getStream', {status: 500}, {times: 1});
    await search(el, '00000000-0000-4000-8000-000000000000');
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'));
    await expect(el).to.be.accessible();
  });

  it('explains the valid formats for anything else and sends no request', async () => {
    const {el, server} = await setUp();
    const before = lookups(server).length;
    let selected = 0;
    el.addEventListener('ns-stream-select', () => selected++);
    for (const text of ['production', 'HX26g-NRbx', 'HX26g_NRbx9', '5f86a12f-3801-415a-b450']) {
      await search(el, text);
      expect(message(el), text).to.contain('stream ID (a UUID');
      expect(message(el), text).to.contain('streamname (XXXXX-YYYYY');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    }
    await search(el, '   ');
    expect(message(el)).to.equal('Enter a stream ID or a streamname.');
    expect(lookups(server).length).to.equal(before);
    expect(selected).to.equal(0);
    // Typing again clears the message.
    await sendKeys({type: 'x'});
    await el.updateComplete;
    expect(message(el)).to.equal('');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('finds a stream by its ID and fires ns-stream-select', async () => {
    const {el, server} = await setUp();
    const stream = server.org.streams.find(s => !s.streamgroup && s.state === 'live')!;
    setTimeout(() => search(el, stream.id));
    const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
    expect(event.detail).to.deep.equal({streamId: stream.id});
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => message(el) === `Found stream ${stream.streamname}`);
  });

  it('finds a transcode by its streamname, with its streamgroup', async () => {
    const {el, server} = await setUp();
    const transcode = server.org.streams.find(s => s.streamgroup && s.streamgroup !== s.id)!;
    let selected = 0;
    el.addEventListener('ns-stream-select', () => selected++);
    await search(el, transcode.streamname);
    if (documentedOnly) {
      // `streamname` is assumed: the documented server refuses it, and the message says so.
      await waitUntil(() => message(el) === NOT_OFFERED, 'no "does not offer" message');
      expect(selected).to.equal(0);
      return;
    }
    await waitUntil(() => selected === 1, 'no ns-stream-select');
    await waitUntil(() => message(el) === `Found stream ${transcode.streamname}`);
    const request = lookups(server).at(-1)!;
    const params = new URL(request.url).searchParams;
    expect(params.get('streamname')).to.equal(transcode.streamname);
    expect(params.get('individual')).to.equal('true');
    // Every state but deleted: no state is sent at all.
    expect(params.has('state')).to.equal(false);
  });

  it('finds a deleted stream by its streamname, asking for deleted ones after the others', async () => {
    const {el, server} = await setUp();
    const deleted = server.org.streams.find(s => s.state === 'deleted')!;
    let found: NsStreamSelectEvent | undefined;
    el.addEventListener('ns-stream-select', e => (found = e));
    await search(el, deleted.streamname);
    if (documentedOnly) {
      await waitUntil(() => message(el) === NOT_OFFERED, 'no "does not offer" message');
      expect(found).to.equal(undefined);
      return;
    }
    await waitUntil(() => found, 'no ns-stream-select');
    expect(found!.detail.streamId).to.equal(deleted.id);
    const states = lookups(server)
      .slice(-2)
      .map(r => new URL(r.url).searchParams.get('state'));
    expect(states).to.deep.equal([null, 'deleted']);
  });

  it('is case-sensitive and says "No stream found" when nothing matches', async () => {
    const {el, server} = await setUp();
    const stream = server.org.streams.find(s => /[a-z]/.test(s.streamname.slice(6)))!;
    const swapped = stream.streamname.replace(/[a-zA-Z]/g, c =>
      c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
    );
    let selected = 0;
    el.addEventListener('ns-stream-select', () => selected++);
    await search(el, swapped);
    await waitUntil(() => message(el) === NO_NAME_MATCH, `no "${NO_NAME_MATCH}"`);
    // A stream ID is looked up with the documented GET /stream/{id}: a 404 is "not found".
    await search(el, '00000000-0000-4000-8000-000000000000');
    await waitUntil(() => message(el) === 'No stream found');
    expect(messageClass(el)).to.deep.equal(['not-found']);
    expect(lookups(server).at(-1)!.status).to.equal(404);
    expect(selected).to.equal(0);
  });

  it('shows a failed search with Retry and fires ns-load-error', async () => {
    const {el, server} = await setUp();
    const stream = server.org.streams[0]!;
    server.inject(
      'getStream',
      {status: 500, body: {error: {message: 'Boom', code: 9999}}},
      {times: 1},
    );
    setTimeout(() => search(el, stream.id));
    const failed = await oneEvent(el, 'ns-load-error');
    expect(failed.detail).to.deep.include({status: 500, code: 9999});
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('Boom');
    setTimeout(() => error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click());
    const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
    expect(event.detail.streamId).to.equal(stream.id);
  });

  it('searches the same way for every role', async () => {
    for (const role of ['nanoAdmin', 'nanoUser', 'nanoReadOnly'] as const) {
      const {el, server} = await setUp({role});
      const stream = server.org.streams.find(s => s.state === 'ended')!;
      // The documented server finds streams by ID only.
      setTimeout(() => search(el, documentedOnly ? stream.id : stream.streamname));
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail.streamId, role).to.equal(stream.id);
    }
  });

  describe('against a server with only the documented API', () => {
    const documented = {mockOptions: {documentedOnly: true}} satisfies Parameters<
      typeof withMockProvider
    >[1];

    it('says it cannot search by streamname, not "No stream found" or an error', async () => {
      const {el, server} = await setUp(documented);
      const stream = server.org.streams.find(s => s.state === 'live')!;
      let selected = 0;
      let failed = 0;
      el.addEventListener('ns-stream-select', () => selected++);
      el.addEventListener('ns-load-error', () => failed++);
      await search(el, stream.streamname);
      await waitUntil(() => message(el) === NOT_OFFERED, 'no "does not offer" message');
      expect(messageClass(el)).to.deep.equal(['not-offered']);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="message"]')!.getAttribute('role')).to.equal(
        'status',
      );
      expect(selected + failed).to.equal(0);
      await expect(el).to.be.accessible();
      // Remembered: another streamname search sends nothing and says the same at once.
      const asked = lookups(server).length;
      const other = server.org.streams.find(s => s.state === 'ended')!;
      await search(el, other.streamname);
      await waitUntil(() => message(el) === NOT_OFFERED);
      expect(lookups(server).length).to.equal(asked);
      // The stream ID search still works.
      setTimeout(() => search(el, stream.id));
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail.streamId).to.equal(stream.id);
      await waitUntil(() => message(el) === `Found stream ${stream.streamname}`);
      expect(failed).to.equal(0);
    });

    it('says it in German too', async () => {
      const {el, server} = await setUp({...documented, locale: 'de'});
      await search(el, server.org.streams[0]!.streamname);
      await waitUntil(
        () =>
          message(el) ===
          'Diese API bietet keine Suche nach Streamnamen; suchen Sie nach der Stream-ID',
        'no German "does not offer" message',
      );
    });
  });

  it("finds a member in its group's playouts when the API lists no individual streams", async () => {
    // A server with the streamname search but without `individual`: group rows only.
    const server = await createMockServer({now: TEST_NOW});
    const sent: URL[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(new Request(input, init).url);
      sent.push(url);
      if (url.searchParams.has('individual')) return new Response('Not Found', {status: 404});
      if (url.searchParams.has('streamname')) {
        // Such a server lists the group's row for a member's streamname.
        const member = server.org.streams.find(
          s => s.streamname === url.searchParams.get('streamname'),
        );
        if (member?.streamgroup && member.streamgroup !== member.id) {
          url.searchParams.set('streamname', server.org.find(member.streamgroup)!.streamname);
          return server.fetch(url, init);
        }
      }
      return server.fetch(input, init);
    };
    const el = document.createElement('ns-stream-search');
    el.client = new BintuClient({fetch, apiKey: server.apiKey});
    document.body.append(el);
    try {
      const transcode = server.org.streams.find(
        s => s.streamgroup && s.streamgroup !== s.id && s.state !== 'deleted',
      )!;
      setTimeout(() => search(el, transcode.streamname));
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail).to.deep.equal({
        streamId: transcode.id,
        streamgroupId: transcode.streamgroup,
      });
      await waitUntil(() => message(el) === `Found stream ${transcode.streamname}`);
      // Refused with `individual`, answered without it; the next search does not send it.
      expect(sent.map(u => u.searchParams.has('individual'))).to.deep.equal([true, false]);
      const single = server.org.streams.find(s => !s.streamgroup && s.state === 'live')!;
      setTimeout(() => search(el, single.streamname));
      await oneEvent(el, 'ns-stream-select');
      expect(sent.slice(2).some(u => u.searchParams.has('individual'))).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
