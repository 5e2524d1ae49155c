import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {Role} from '../../../src/api/types.js';
import '../../../src/elements/ns-live-processing/ns-live-processing.js';
import type {NsLiveProcessing} from '../../../src/elements/ns-live-processing/ns-live-processing.js';
import type {
  MockOrganisation,
  MockServer,
  StreamRecord as MockStream,
} from '../../../src/mock/index.js';
import type {ProviderFixtureOptions} from '../../helpers/fixtures.js';
import {documentedOnly, withMockProvider} from '../../helpers/fixtures.js';

type Pick = (org: MockOrganisation) => MockStream | undefined;

const has = (s: MockStream, id: string) => s.processing?.some(p => p.id === id) ?? false;

/** An ended single stream that runs thumbnails, motion clips, replay and recording as asked. */
const single =
  (...ids: string[]): Pick =>
  org =>
    org.streams.find(s => !s.streamgroup && s.state === 'ended' && ids.every(id => has(s, id)));

/** An ended ABR group with at least two transcodes whose passthrough makes thumbnails. */
const group: Pick = org =>
  org.streams.find(
    s =>
      s.streamgroup === s.id &&
      s.state === 'ended' &&
      org.members(s).length >= 3 &&
      has(s, 'thumbs'),
  );

interface Setup {
  el: NsLiveProcessing;
  server: MockServer;
  stream: MockStream;
  root: ShadowRoot;
}

async function setup(
  pick: Pick,
  options: ProviderFixtureOptions & {process?: string} = {},
): Promise<Setup> {
  const {provider, el} = await withMockProvider<NsLiveProcessing>(
    html`<ns-live-processing process=${options.process ?? 'thumbs'}></ns-live-processing>`,
    options,
  );
  const server = provider.mockServer!;
  const stream = pick(server.org);
  if (!stream) throw new Error('the mock organisation has no such stream');
  el.streamId = stream.id;
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('[part="details"]'), 'the details did not render', {
    timeout: 5000,
  });
  return {el, server, stream, root};
}

/** The text of the details entry labelled `label`. */
function detail(root: ShadowRoot, label: string): string {
  const dts = [...root.querySelectorAll('[part="details"] dt')];
  const dt = dts.find(d => d.textContent!.trim() === label);
  if (!dt) throw new Error(`no detail "${label}"`);
  return dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim();
}

const requestsOf = (server: MockServer, operationId: string) =>
  server.requests.filter(r => r.operationId === operationId);

function input(root: ShadowRoot, name: string): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
}

function type(root: ShadowRoot, name: string, value: string): void {
  const field = input(root, name);
  field.value = value;
  field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

function saveButton(root: ShadowRoot): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>('[part="save-button"]')!;
}

describe('<ns-live-processing>', () => {
  it('renders the thumbnails of a single stream: status, streamname, quality, asset URL, interval, image', async () => {
    const {root, stream} = await setup(single('thumbs'));
    const config = stream.processing!.find(p => p.id === 'thumbs')!;
    expect(root.querySelector('[part="quality-tabs"]')).to.equal(null);
    expect(root.querySelector('[part="process"][aria-current="true"]')!.textContent).to.contain(
      'Thumbnails',
    );
    expect(detail(root, 'Status')).to.equal('active');
    expect(detail(root, 'Streamname')).to.equal(stream.streamname);
    // A server with only the documented API does not describe the playout's quality.
    if (documentedOnly) expect(detail(root, 'Quality')).to.equal('—');
    else expect(detail(root, 'Quality')).to.match(/^1920×1080 · [\d.]+ Mbit\/s$/);
    const url = `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${stream.streamname}.jpg`;
    expect(detail(root, 'Asset URL')).to.contain(url);
    expect(root.querySelector('ns-copy-button')!.value).to.equal(url);
    expect(detail(root, 'Interval')).to.match(/^\d[\d,]* s( \(\d+ (min|hr)\))?$/);
    expect(config.interval).to.be.a('number');
    const img = root.querySelector<HTMLImageElement>('[part="image"]');
    expect(img?.alt).to.equal(`Latest thumbnail of ${stream.streamname}`);
    expect(img!.getAttribute('src')).to.equal(url);
  });

  it('is accessible', async () => {
    const {el} = await setup(single('thumbs'));
    await expect(el).to.be.accessible();
  });

  it('is accessible for a group, on every process, and without the package', async () => {
    const {el, root} = await setup(group);
    for (const process of ['thumbs', 'motionclip', 'replay', 'rec'] as const) {
      el.process = process;
      await el.updateComplete;
      await expect(el, process).to.be.accessible();
    }
    expect(root.querySelector('[role="tablist"]')).to.exist;
    const {el: upgrade} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing stream-id="x"></ns-live-processing>`,
      {mockOptions: {features: {opcodes: false}}},
    );
    await expect(upgrade).to.be.accessible();
  });

  it('degrades to an "Image unavailable" placeholder of the same size when the image cannot load', async () => {
    const {root} = await setup(single('thumbs'));
    const box = root.querySelector<HTMLElement>('[part="preview"]')!;
    const before = box.getBoundingClientRect();
    // This machine has no network: the asset host cannot be reached.
    await waitUntil(() => root.querySelector('[part="image-unavailable"]'), 'no placeholder', {
      timeout: 8000,
    });
    const placeholder = root.querySelector('[part="image-unavailable"]')!;
    expect(placeholder.textContent).to.contain('Image unavailable');
    expect(placeholder.getAttribute('aria-label')).to.match(/^Latest thumbnail of /);
    const after = root.querySelector<HTMLElement>('[part="preview"]')!.getBoundingClientRect();
    expect(after.width).to.equal(before.width);
    expect(after.height).to.equal(before.height);
  });

  it('shows a motion clip with its interval and duration', async () => {
    const {root, stream} = await setup(single('motionclip'), {process: 'motionclip'});
    const config = stream.processing!.find(p => p.id === 'motionclip')!;
    expect(root.querySelector('h3')!.textContent).to.equal('Motion clips');
    expect(detail(root, 'Duration')).to.equal(`${config.duration} s`);
    expect(detail(root, 'Asset URL')).to.contain(`/vod/thumbnails/${stream.streamname}.gif`);
    expect(root.querySelector<HTMLImageElement>('[part="image"]')!.alt).to.contain('motion clip');
  });

  it("marks a process that is not in the playout's processing list inactive", async () => {
    const {root} = await setup(org =>
      org.streams.find(
        s => !s.streamgroup && s.state === 'ended' && has(s, 'thumbs') && !has(s, 'rec'),
      ),
    );
    root.host.setAttribute('process', 'rec');
    await (root.host as NsLiveProcessing).updateComplete;
    expect(detail(root, 'Status')).to.equal('inactive');
    expect(detail(root, 'Duration')).to.equal('—');
    expect(root.querySelector('[part="status"]')!.getAttribute('data-status')).to.equal('inactive');
  });

  it('lists the live replay with its duration or "Entire stream", and its sessions', async () => {
    const {root, stream} = await setup(single('replay'), {process: 'replay'});
    const config = stream.processing!.find(p => p.id === 'replay')!;
    if (config.duration == null) expect(detail(root, 'Duration')).to.equal('Entire stream');
    else expect(detail(root, 'Duration')).to.match(/^[\d,]+ s \(\d+ (min|hr)\)$/);
    // The live replay's URL is its replay page.
    expect(detail(root, 'Replay Page')).to.contain(
      `live-replay/demo/?streamname=${encodeURIComponent(stream.streamname)}`,
    );
    expect(root.querySelector('[part="details"] a[part="link"]')!.getAttribute('href')).to.contain(
      'https://replay.nanocosmos.de/',
    );
    if (documentedOnly) {
      // Sessions are assumed: without them the element says so rather than claiming there are none.
      expect(root.querySelector('table[part="sessions"]')).to.equal(null);
      expect(root.textContent).to.not.contain('No replay sessions yet');
      expect(root.textContent).to.contain('the replay page shows them');
      return;
    }
    const table = root.querySelector('table[part="sessions"]')!;
    expect([...table.querySelectorAll('th')].map(th => th.textContent!.trim())).to.deep.equal([
      'Session Date (UTC)',
      'HLS File',
      'Replay Access',
      'Clip & Share Access',
    ]);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.length).to.be.greaterThan(0);
    const first = rows[0]!;
    expect(first.querySelector('td')!.textContent).to.match(/\d{4}/);
    const links = [...first.querySelectorAll('a')].map(a => a.getAttribute('href'));
    expect(links[0]).to.match(new RegExp(`/vod/replay/${stream.streamname}-\\d+\\.m3u8$`));
    expect(links.slice(1).every(l => l!.startsWith('https://'))).to.equal(true);
  });

  it('shows "Entire stream" for a replay without a duration', async () => {
    const {root} = await setup(
      org =>
        org.streams.find(
          s =>
            !s.streamgroup &&
            s.state === 'ended' &&
            s.processing?.some(p => p.id === 'replay' && p.duration === null),
        ),
      {process: 'replay'},
    );
    expect(detail(root, 'Duration')).to.equal('Entire stream');
  });

  it('lists recordings with their session date (UTC) and file, newest first', async () => {
    const {root, server, stream} = await setup(single('rec'), {process: 'rec'});
    const table = root.querySelector('table[part="recordings"]')!;
    expect(table.querySelector('th')!.textContent).to.equal('Session Date (UTC)');
    const body = (await (
      await server.fetch(`${server.baseUrl}/stream/${stream.id}`, {
        headers: {'X-BINTU-APIKEY': server.apiKey},
      })
    ).json()) as {playout: {web: {type: string; name?: string; url: string}[]}};
    const vods = body.playout.web.filter(v => v.type === 'vod');
    expect(vods.length).to.be.greaterThan(0);
    const names = [...table.querySelectorAll('tbody a')].map(a => a.textContent!.trim());
    // A recording without a name (the documented API has none) is named by its URL's file.
    expect(names).to.deep.equal(vods.map(v => v.name ?? v.url.split('/').pop()));
    expect(table.querySelector('tbody a')!.getAttribute('href')).to.equal(vods[0]!.url);
    const dates = [...table.querySelectorAll('tbody tr')].map(tr =>
      tr.querySelector('td')!.textContent!.trim(),
    );
    if (documentedOnly) expect(dates.every(d => d === '—')).to.equal(true);
    else expect(dates.every(d => /\d{4}/.test(d))).to.equal(true);
  });

  it('makes links only of http(s) URLs: any other URL from the API is shown as text', async () => {
    const {provider, el: element} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing process="replay"></ns-live-processing>`,
    );
    const server = provider.mockServer!;
    const stream = single('replay', 'rec')(server.org)!;
    const body = (await (
      await server.fetch(`${server.baseUrl}/stream/${stream.id}`, {
        headers: {'X-BINTU-APIKEY': server.apiKey},
      })
    ).json()) as {
      playout: {
        replay: {url: string}[];
        web: {type: string; url: string}[];
        replay_sessions?: {url: string; replay_url: string; clip_url: string}[];
      };
    };
    const evil = 'javascript:alert(1)';
    for (const a of body.playout.replay) a.url = evil;
    const vods = body.playout.web.filter(v => v.type === 'vod');
    for (const v of vods) v.url = evil;
    expect(vods.length).to.be.greaterThan(0);
    // Sessions are assumed: a server with only the documented API has none to poison.
    const sessions = body.playout.replay_sessions ?? [];
    for (const r of sessions) {
      r.url = evil;
      r.replay_url = 'JavaScript:alert(2)';
      r.clip_url = 'data:text/html,<script>alert(3)</script>';
    }
    expect(sessions.length > 0).to.equal(!documentedOnly);
    server.inject('getStream', {status: 200, body}, {times: 1});
    element.streamId = stream.id;
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="details"]'), 'no details', {timeout: 5000});
    const hrefs = () => [...root.querySelectorAll('a')].map(a => a.getAttribute('href'));
    expect(hrefs().filter(h => !/^https?:/.test(h ?? ''))).to.deep.equal([]);
    expect(detail(root, 'Replay Page')).to.contain(evil);
    if (!documentedOnly) {
      expect(root.querySelector('table[part="sessions"] tbody')!.textContent).to.contain(
        'JavaScript:alert(2)',
      );
    }
    element.process = 'rec';
    await waitUntil(() => root.querySelector('table[part="recordings"]'), 'no recordings');
    expect(root.querySelector('table[part="recordings"] a')).to.equal(null);
    expect(root.querySelector('table[part="recordings"] tbody')!.textContent).to.contain(evil);
    expect(hrefs().filter(h => !/^https?:/.test(h ?? ''))).to.deep.equal([]);
  });

  it('shows one tab per quality for a group and switches them with the arrow keys', async () => {
    const {el, root, server, stream} = await setup(group);
    const members = server.org.members(stream);
    const tabs = () => [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs()).to.have.length(members.length);
    // Without the playouts' `info` the passthrough is still named as the original.
    expect(tabs()[0]!.textContent).to.contain(documentedOnly ? 'Original' : '1080p (original)');
    expect(tabs()[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(detail(root, 'Streamname')).to.equal(members[0]!.streamname);

    tabs()[0]!.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(tabs()[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs()[0]!.getAttribute('tabindex')).to.equal('-1');
    expect(el.shadowRoot!.activeElement).to.equal(tabs()[1]);
    await waitUntil(() => detail(root, 'Streamname') === members[1]!.streamname);
    // Without `info` a transcode's quality comes from the profile id its tags carry, if any.
    if (!documentedOnly) {
      expect(detail(root, 'Quality')).to.contain(
        `${members[1]!.info.width}×${members[1]!.info.height}`,
      );
    }
    // Each quality is its own stream, loaded on its own.
    expect(requestsOf(server, 'getStream').some(r => r.url.includes(members[1]!.id))).to.equal(
      true,
    );

    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(tabs().at(-1)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(tabs()[0]!.getAttribute('aria-selected')).to.equal('true');
  });

  for (const [role, editable] of [
    ['nanoAdmin', true],
    ['nanoUser', true],
    ['nanoReadOnly', false],
  ] as [Role, boolean][]) {
    it(`${editable ? 'offers' : 'does not offer'} the settings form to ${role}`, async () => {
      const {root} = await setup(single('thumbs'), {role});
      expect(!!root.querySelector('form[part="settings"]')).to.equal(editable);
      expect(!!input(root, 'interval')).to.equal(editable);
      // Everyone sees the values themselves.
      expect(detail(root, 'Interval')).to.match(/\d/);
    });
  }

  it('offers the form on a group quality too, for a user', async () => {
    const {root} = await setup(group, {role: 'nanoUser'});
    expect(input(root, 'interval')).to.exist;
  });

  it('validates inline and sends nothing while a value is invalid', async () => {
    const {root, server} = await setup(single('thumbs'));
    const field = input(root, 'interval');
    field.focus();
    field.select();
    await sendKeys({type: '5'});
    await (root.host as NsLiveProcessing).updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#interval-error')!.textContent).to.equal(
      'Enter a value from 10 to 3600 seconds.',
    );
    saveButton(root).click();
    await waitUntil(() => root.querySelector('[part="save-error"]')!.textContent!.trim() !== '');
    expect(root.querySelector('[part="save-error"]')!.textContent).to.contain('nothing was sent');
    expect(el(root).shadowRoot!.activeElement).to.equal(field);
    expect(requestsOf(server, 'setStreamProcessing')).to.have.length(0);

    type(root, 'interval', '12.5');
    await el(root).updateComplete;
    expect(root.querySelector('#interval-error')!.textContent).to.equal(
      'Enter whole seconds (digits only).',
    );
  });

  it('validates a clip duration to 1–60 s and a replay duration to at least 1 s', async () => {
    const {root, el: element} = await setup(single('motionclip', 'replay'), {
      process: 'motionclip',
    });
    type(root, 'duration', '61');
    await element.updateComplete;
    expect(root.querySelector('#duration-error')!.textContent).to.equal(
      'Enter a value from 1 to 60 seconds.',
    );
    element.process = 'replay';
    await element.updateComplete;
    const entire = input(root, 'entire-stream');
    if (entire.checked) {
      entire.click();
      await element.updateComplete;
    }
    expect(input(root, 'duration').disabled).to.equal(false);
    type(root, 'duration', '0');
    await element.updateComplete;
    expect(root.querySelector('#duration-error')!.textContent).to.equal(
      'Enter at least 1 second(s).',
    );
    input(root, 'entire-stream').click();
    await element.updateComplete;
    expect(input(root, 'duration').disabled).to.equal(true);
    expect(root.querySelector('#duration-error')!.textContent).to.equal('');
  });

  it('saves through the API, shows the new values and fires ns-stream-change', async () => {
    const {el: element, root, server, stream} = await setup(single('thumbs'), {role: 'nanoUser'});
    const before = stream.processing!.map(p => ({...p}));
    type(root, 'interval', '120');
    await element.updateComplete;
    const changed = oneEvent(element, 'ns-stream-change');
    saveButton(root).click();
    const event = await changed;
    expect(event.detail.action).to.equal('processing');
    expect(event.detail.streamId).to.equal(stream.id);
    await element.updateComplete;
    expect(detail(root, 'Interval')).to.equal('120 s (2 min)');
    expect(root.querySelector('.save-status')!.textContent).to.equal('Settings saved.');
    const stored = server.org.find(stream.id)!.processing!;
    expect(stored.find(p => p.id === 'thumbs')).to.deep.equal({id: 'thumbs', interval: 120});
    // The other processes are sent back unchanged.
    expect(stored.filter(p => p.id !== 'thumbs')).to.deep.equal(
      before.filter(p => p.id !== 'thumbs'),
    );
  });

  it('switches a process on and off', async () => {
    const {
      el: element,
      root,
      server,
      stream,
    } = await setup(
      org =>
        org.streams.find(
          s => !s.streamgroup && s.state === 'ended' && has(s, 'thumbs') && !has(s, 'rec'),
        ),
      {process: 'rec'},
    );
    expect(detail(root, 'Status')).to.equal('inactive');
    input(root, 'active').click();
    await element.updateComplete;
    expect(input(root, 'entire-stream').checked).to.equal(true);
    let changed = oneEvent(element, 'ns-stream-change');
    saveButton(root).click();
    await changed;
    await element.updateComplete;
    expect(detail(root, 'Status')).to.equal('active');
    expect(detail(root, 'Duration')).to.equal('Entire stream');
    expect(server.org.find(stream.id)!.processing).to.deep.include({id: 'rec', duration: null});

    input(root, 'active').click();
    await element.updateComplete;
    changed = oneEvent(element, 'ns-stream-change');
    saveButton(root).click();
    await changed;
    await element.updateComplete;
    expect(detail(root, 'Status')).to.equal('inactive');
    expect(server.org.find(stream.id)!.processing!.some(p => p.id === 'rec')).to.equal(false);
  });

  it('keeps what was typed and shows the previous values when saving fails', async () => {
    const {el: element, root, server, stream} = await setup(single('thumbs'));
    const interval = stream.processing!.find(p => p.id === 'thumbs')!.interval!;
    const shown = detail(root, 'Interval');
    server.inject(
      'setStreamProcessing',
      {status: 503, body: {error: {message: 'Processing service unavailable', code: 5030}}},
      {times: 1},
    );
    type(root, 'interval', '900');
    await element.updateComplete;
    saveButton(root).click();
    await waitUntil(() => root.querySelector('[part="save-error"]')!.textContent!.trim() !== '');
    const message = root.querySelector('[part="save-error"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('could not be saved');
    expect(message.textContent).to.contain('Processing service unavailable');
    expect(message.textContent).to.contain('5030');
    expect(input(root, 'interval').value).to.equal('900');
    expect(detail(root, 'Interval')).to.equal(shown);
    expect(server.org.find(stream.id)!.processing!.find(p => p.id === 'thumbs')!.interval).to.equal(
      interval,
    );

    // Retry with what is still typed.
    const changed = oneEvent(element, 'ns-stream-change');
    saveButton(root).click();
    await changed;
    await element.updateComplete;
    expect(detail(root, 'Interval')).to.equal('900 s (15 min)');
    expect(root.querySelector('[part="save-error"]')!.textContent!.trim()).to.equal('');
  });

  it('resets what was typed to the stored values', async () => {
    const {el: element, root} = await setup(single('thumbs'));
    const stored = input(root, 'interval').value;
    type(root, 'interval', '45');
    await element.updateComplete;
    expect(saveButton(root).getAttribute('aria-disabled')).to.equal('false');
    root.querySelector<HTMLButtonElement>('form .button.secondary')!.click();
    await element.updateComplete;
    expect(input(root, 'interval').value).to.equal(stored);
    expect(saveButton(root).getAttribute('aria-disabled')).to.equal('true');
  });

  it('refresh reloads the stream past the client cache and the image past the browser cache', async () => {
    const {el: element, root, server, stream} = await setup(single('thumbs'));
    const src = root.querySelector<HTMLImageElement>('[part="image"]')!.getAttribute('src');
    expect(src).to.equal(
      `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${stream.streamname}.jpg`,
    );
    const loads = requestsOf(server, 'getStream').length;
    root.querySelector<HTMLButtonElement>('[part="refresh-button"]')!.click();
    await waitUntil(() => requestsOf(server, 'getStream').length > loads, 'no new request');
    await waitUntil(() =>
      root.querySelector<HTMLImageElement>('[part="image"]')?.getAttribute('src')?.includes('_ns='),
    );
    const first = root.querySelector<HTMLImageElement>('[part="image"]')!.getAttribute('src')!;
    expect(first).to.match(new RegExp(`/vod/thumbnails/${stream.streamname}\\.jpg\\?_ns=\\d+$`));
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="refresh-button"]')!.click();
    await waitUntil(() => {
      const next = root.querySelector<HTMLImageElement>('[part="image"]')?.getAttribute('src');
      return next && next !== first;
    }, 'the second refresh did not change the image URL');
    expect(requestsOf(server, 'getStream').length).to.be.greaterThan(loads + 1);
  });

  it('says "Upgrade needed" without the package and requests no assets', async () => {
    const {provider, el: element} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing></ns-live-processing>`,
      // The host states the package where the server does not name it.
      {mockOptions: {features: {opcodes: false}}, features: {opcodes: false}},
    );
    const server = provider.mockServer!;
    element.streamId = server.org.streams[0]!.id;
    await element.updateComplete;
    const note = element.shadowRoot!.querySelector('[part="upgrade"]')!;
    expect(note.textContent).to.contain('Upgrade needed');
    expect(note.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.nanocosmos.de/contact',
    );
    expect(note.querySelector('a')!.textContent).to.contain('nanocosmos');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(requestsOf(server, 'getStream')).to.have.length(0);
  });

  it('says "Upgrade needed" instead of an error when the server answers "Organisation is not enabled"', async () => {
    const notEnabled = {
      status: 403,
      body: {error: {message: 'Organisation is not enabled', code: 2001}},
    };
    // On loading: the note, not an error with Retry.
    const {provider, el: element} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing></ns-live-processing>`,
    );
    provider.mockServer!.inject('getStream', notEnabled, {times: 1});
    element.streamId = single('thumbs')(provider.mockServer!.org)!.id;
    await waitUntil(() => element.shadowRoot!.querySelector('[part="upgrade"]'), 'no note');
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);

    // On saving: the form gives way to the note; the stored settings stay on show.
    const {el: form, root, server, stream} = await setup(single('thumbs'), {role: 'nanoUser'});
    const before = stream.processing!.map(p => ({...p}));
    server.inject('setStreamProcessing', notEnabled, {times: 1});
    type(root, 'interval', '120');
    await form.updateComplete;
    saveButton(root).click();
    await waitUntil(() => root.querySelector('[part="upgrade"][role="alert"]'), 'no note');
    expect(root.querySelector('[part="upgrade"]')!.textContent).to.contain('cannot be saved');
    expect(root.querySelector('form[part="settings"]')).to.equal(null);
    expect(detail(root, 'Status')).to.equal('active');
    expect(stream.processing).to.deep.equal(before);
  });

  it('shows an error with Retry and fires ns-load-error once when the stream cannot be loaded', async () => {
    const {provider, el: element} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing></ns-live-processing>`,
    );
    const server = provider.mockServer!;
    server.inject(
      'getStream',
      {status: 403, body: {error: {message: 'Access denied', code: 2001}}},
      {times: 1},
    );
    const errors: unknown[] = [];
    element.addEventListener('ns-load-error', e => errors.push(e.detail));
    const failed = oneEvent(element, 'ns-load-error');
    element.streamId = single('thumbs')(server.org)!.id;
    const event = await failed;
    expect(event.detail).to.include({status: 403, code: 2001});
    await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'));
    const panel = element.shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('Access denied');
    panel.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part="details"]'));
    expect(errors).to.have.length(1);
  });

  it('shows a loading state that is announced', async () => {
    const {provider, el: element} = await withMockProvider<NsLiveProcessing>(
      html`<ns-live-processing></ns-live-processing>`,
    );
    const server = provider.mockServer!;
    server.inject('getStream', {latencyMs: 300}, {times: 1});
    element.streamId = single('thumbs')(server.org)!.id;
    await element.updateComplete;
    const pending = element.shadowRoot!.querySelector('[part="pending"]')!;
    expect(pending.getAttribute('aria-busy')).to.equal('true');
    expect(pending.textContent).to.contain('Loading live processing');
    await waitUntil(() => element.shadowRoot!.querySelector('[part="details"]'));
  });
});

function el(root: ShadowRoot): NsLiveProcessing {
  return root.host as NsLiveProcessing;
}
