import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/elements/ns-stream-search/ns-stream-search.js';
import type {NsStreamSearch} from '../../src/elements/ns-stream-search/ns-stream-search.js';
import type {MockServer} from '../../src/mock/index.js';
import type {NsStreamSelectEvent} from '../../src/events.js';
import {withMockProvider} from '../helpers/fixtures.js';

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
    await waitUntil(() => message(el) === 'No stream found');
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
    setTimeout(() => search(el, transcode.streamname));
    const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
    expect(event.detail).to.deep.equal({
      streamId: transcode.id,
      streamgroupId: transcode.streamgroup,
    });
    const request = lookups(server).at(-1)!;
    const params = new URL(request.url).searchParams;
    expect(params.get('streamname')).to.equal(transcode.streamname);
    expect(params.get('individual')).to.equal('true');
    expect(params.get('state')!.split(',').sort()).to.deep.equal([
      'created',
      'deleted',
      'ended',
      'live',
      'locked',
    ]);
  });

  it('finds a deleted stream by its streamname', async () => {
    const {el, server} = await setUp();
    const deleted = server.org.streams.find(s => s.state === 'deleted')!;
    setTimeout(() => search(el, deleted.streamname));
    const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
    expect(event.detail.streamId).to.equal(deleted.id);
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
    await waitUntil(() => message(el) === 'No stream found', 'no "No stream found"');
    await search(el, '00000000-0000-4000-8000-000000000000');
    await waitUntil(() => message(el) === 'No stream found');
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
      setTimeout(() => search(el, stream.streamname));
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail.streamId, role).to.equal(stream.id);
    }
  });
});
