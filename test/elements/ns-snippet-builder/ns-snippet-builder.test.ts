import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/ns-snippet-builder/ns-snippet-builder.js';
import type {NsSnippetBuilder} from '../../../src/elements/ns-snippet-builder/ns-snippet-builder.js';
import type {NsTokenInfo} from '../../../src/elements/ns-token-info/ns-token-info.js';
import type {NsCopyButton} from '../../../src/internal/parts/ns-copy-button/ns-copy-button.js';
import type {NsApiProvider} from '../../../src/elements/ns-api-provider/ns-api-provider.js';
import type {MockServer} from '../../../src/mock/index.js';
import type {Role} from '../../../src/api/types.js';
import type {MockServerOptions} from '../../../src/mock/index.js';
import {formatBitrate} from '../../../src/i18n/format.js';
import {toUtcDateTimeInput} from '../../../src/token/settings.js';
import {BintuClient} from '../../../src/api/client.js';
import {documentedOnly, withMockProvider} from '../../helpers/fixtures.js';
import {decodeJwt} from 'jose';

/** A stream of the mock organisation, as `server.org.streams` holds it. */
type MockStream = MockServer['org']['streams'][number];
type Pick = (server: MockServer) => MockStream;
/** A live ABR group with at least three qualities, without secure playback. */
const groupOf: Pick = server =>
  server.org.streams.find(
    s =>
      s.streamgroup === s.id &&
      s.state === 'live' &&
      !s.secure &&
      server.org.members(s).length >= 3,
  )!;
/** A single stream (no group), without secure playback. */
const singleOf: Pick = server =>
  server.org.streams.find(s => !s.streamgroup && s.state !== 'deleted' && !s.secure)!;
/** An ABR group with secure playback on. */
const secureGroupOf: Pick = server =>
  server.org.streams.find(s => s.streamgroup === s.id && s.state !== 'deleted' && s.secure)!;
const tokenRequests = (server: MockServer) =>
  server.requests.filter(r => r.operationId === 'createPlaybackToken').length;

/**
 * Renders the builder on the mock organisation for the stream `pick` chooses, and waits until its
 * snippets are shown.
 */
async function setup(
  pick: Pick = groupOf,
  options: {
    role?: Role;
    mockOptions?: MockServerOptions;
    attrs?: Record<string, string>;
    /** Keep the organisation's secure playback as the server says (for the token form's tests). */
    tokenForm?: boolean;
  } = {},
) {
  const {provider, el} = await withMockProvider<NsSnippetBuilder>(
    html`<ns-snippet-builder></ns-snippet-builder>`,
    options,
  );
  const server = provider.mockServer!;
  const stream = pick(server);
  // The documented server says per stream nothing about secure playback: a portal whose
  // organisation plays its streams without tokens states so on the provider.
  if (documentedOnly && !stream.secure && !options.tokenForm) {
    provider.features = {secure: false};
    await provider.updateComplete;
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.streamId = stream.id;
  await waitUntil(() => el.htmlSnippet !== '', 'the snippets did not appear', {timeout: 5000});
  await el.updateComplete;
  return {provider, el, server, stream};
}

const $ = <T extends Element = HTMLElement>(el: NsSnippetBuilder, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const code = (el: NsSnippetBuilder, kind: string) =>
  $<HTMLTextAreaElement>(el, `[data-kind="${kind}"] textarea`)!.value;
const embedParams = (el: NsSnippetBuilder) => {
  const doc = new DOMParser().parseFromString(el.iframeSnippet, 'text/html');
  return new URL(doc.querySelector('iframe')!.getAttribute('src')!).searchParams;
};
/** The config inside the HTML snippet, read back as JSON. */
const htmlConfig = (el: NsSnippetBuilder) => {
  const match = /var config = (\{[\s\S]*?\n {4}\});/.exec(el.htmlSnippet)!;
  return JSON.parse(match[1]!) as {
    source: {group: {id: string; security?: {jwtoken: string}}; startIndex: number};
    playback: {latencyControlMode: string};
  };
};

async function choose(el: NsSnippetBuilder, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

async function fill(el: NsSnippetBuilder, values: Record<string, string>) {
  const details = $<HTMLDetailsElement>(el, 'details')!;
  details.open = true;
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  }
  await el.updateComplete;
}

describe('<ns-snippet-builder>', () => {
  it('renders the Live Playout URL, the iFrame snippet and the HTML snippet of a stream', async () => {
    const {el, stream} = await setup(singleOf);
    expect(el.playoutUrl).to.equal(
      `https://demo.nanocosmos.de/nanoplayer/release/nanoplayer.html?group.id=${stream.id}`,
    );
    expect(code(el, 'url')).to.equal(el.playoutUrl);
    expect(code(el, 'iframe')).to.equal(el.iframeSnippet);
    expect(code(el, 'html')).to.equal(el.htmlSnippet);
    expect(embedParams(el).get('group.id')).to.equal(stream.id);
    expect(htmlConfig(el).source.group.id).to.equal(stream.id);
    // A single stream has no start quality to choose.
    expect($(el, '#start-quality')).to.equal(null);
    expect(htmlConfig(el).source.startIndex).to.equal(0);
    expect(embedParams(el).get('playback.latencyControlMode')).to.equal('balancedadaptive');
  });

  it('is accessible', async function () {
    this.timeout(20000); // axe over the whole builder takes a few seconds
    const {el} = await setup(groupOf, {tokenForm: true});
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await expect(el).to.be.accessible();
    // With validation messages showing, too.
    await fill(el, {ip: 'nope', domain: 'https://x'});
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('lists a group’s actual qualities and follows the chosen start quality', async () => {
    const {el, server, stream} = await setup(groupOf);
    const members = server.org.members(stream);
    const labels = [...el.shadowRoot!.querySelectorAll('#start-quality option')].map(o =>
      o.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // Without the playouts' info (the documented server), a quality is named by its position.
    const quality = (m: MockStream) =>
      documentedOnly
        ? `Quality ${m.index + 1}`
        : `${m.info.width}x${m.info.height} · ${formatBitrate(m.info.bitrate, 'en')}`;
    const lowest = members[members.length - 1]!;
    expect(labels[0]).to.equal('Automatic (adaptive)');
    expect(labels.at(-1)).to.equal(`Low · ${quality(lowest)}`);
    expect(labels[1]).to.equal(`Original · ${quality(members[0]!)} · no switching`);
    expect(labels[2]).to.equal(`High · ${quality(members[0]!)}`);
    // e.g. "Low · 640x360 · 400 kbit/s"
    if (!documentedOnly) expect(labels.at(-1)).to.match(/^Low · \d+x\d+ · \d+ kbit\/s$/);

    await choose(el, '#start-quality', 'low');
    expect(el.getAttribute('start-quality')).to.equal('low');
    expect(embedParams(el).get('startIndex')).to.equal(String(members.length - 1));
    expect(htmlConfig(el).source.startIndex).to.equal(members.length - 1);

    await choose(el, '#start-quality', 'original');
    expect(embedParams(el).get('options.adaption.rule')).to.equal('none');
    expect(embedParams(el).get('startIndex')).to.equal('0');
  });

  it('follows the latency mode, from the select and from the attribute', async () => {
    const {el} = await setup(groupOf, {attrs: {'latency-mode': 'classic'}});
    expect(htmlConfig(el).playback.latencyControlMode).to.equal('classic');
    expect($<HTMLSelectElement>(el, '#latency-mode')!.value).to.equal('classic');
    await choose(el, '#latency-mode', 'fastadaptive');
    expect(el.getAttribute('latency-mode')).to.equal('fastadaptive');
    expect(embedParams(el).get('playback.latencyControlMode')).to.equal('fastadaptive');
    expect(code(el, 'html')).to.contain('"latencyControlMode": "fastadaptive"');
    el.setAttribute('latency-mode', 'not-a-mode');
    await el.updateComplete;
    expect(embedParams(el).get('playback.latencyControlMode')).to.equal('balancedadaptive');
  });

  it('uses the 1.3.3 embed page by default and switches the iFrame snippet to 2.0.0', async () => {
    const {el, stream} = await setup(groupOf);
    const page = (version: string) =>
      `https://demo.nanocosmos.de/nanoplayer/embed/${version}/nanoplayer.html`;
    const src = () => {
      const doc = new DOMParser().parseFromString(el.iframeSnippet, 'text/html');
      return doc.querySelector('iframe')!.getAttribute('src')!;
    };
    expect(el.embedVersion).to.equal('1.3.3');
    expect(el.getAttribute('embed-version')).to.equal('1.3.3');
    expect($<HTMLSelectElement>(el, '#embed-version')!.value).to.equal('1.3.3');
    expect(src().startsWith(`${page('1.3.3')}?`)).to.equal(true);
    await choose(el, '#start-quality', 'low');
    const before = {
      iframe: el.iframeSnippet,
      html: el.htmlSnippet,
      url: el.playoutUrl,
      params: [...embedParams(el)],
    };

    await choose(el, '#embed-version', '2.0.0');
    expect(el.embedVersion).to.equal('2.0.0');
    expect(el.getAttribute('embed-version')).to.equal('2.0.0');
    expect(el.iframeSnippet).not.to.equal(before.iframe);
    expect(code(el, 'iframe')).to.equal(el.iframeSnippet);
    // The 2.0.0 page, with the same parameters and values: startIndex a plain integer, the
    // rule and mode as words, no boolean written as 1/0.
    expect(src()).to.equal(
      `${page('2.0.0')}?group.id=${stream.id}&options.adaption.rule=deviationOfMean2` +
        `&startIndex=${before.params.find(([k]) => k === 'startIndex')![1]}` +
        `&playback.latencyControlMode=balancedadaptive`,
    );
    expect(embedParams(el).get('startIndex')).to.match(/^[1-9]\d*$/);
    expect([...embedParams(el)]).to.deep.equal(before.params);
    expect(el.iframeSnippet).to.equal(before.iframe.replace('/embed/1.3.3/', '/embed/2.0.0/'));
    // The HTML snippet and the playout URL do not depend on the embed version.
    expect(el.htmlSnippet).to.equal(before.html);
    expect(code(el, 'html')).to.equal(before.html);
    expect(el.playoutUrl).to.equal(before.url);

    await choose(el, '#embed-version', '1.3.3');
    expect(el.iframeSnippet).to.equal(before.iframe);
  });

  it('follows the embed-version attribute, and falls back to 1.3.3 for an unknown one', async () => {
    const {el} = await setup(groupOf, {attrs: {'embed-version': '2.0.0'}});
    expect(el.embedVersion).to.equal('2.0.0');
    expect($<HTMLSelectElement>(el, '#embed-version')!.value).to.equal('2.0.0');
    expect(el.iframeSnippet).to.contain('/nanoplayer/embed/2.0.0/nanoplayer.html?');
    const html200 = el.htmlSnippet;
    el.setAttribute('embed-version', '1.3.3');
    await el.updateComplete;
    expect(el.iframeSnippet).to.contain('/nanoplayer/embed/1.3.3/nanoplayer.html?');
    expect(el.htmlSnippet).to.equal(html200);
    el.setAttribute('embed-version', '3.0');
    await el.updateComplete;
    expect(el.iframeSnippet).to.contain('/nanoplayer/embed/1.3.3/nanoplayer.html?');
    expect($<HTMLSelectElement>(el, '#embed-version')!.value).to.equal('1.3.3');
  });

  it('labels the embed version select and describes what it changes', async () => {
    const {el} = await setup(singleOf);
    const select = $<HTMLSelectElement>(el, '[part="embed-version"]')!;
    expect(select.id).to.equal('embed-version');
    expect($(el, 'label[for="embed-version"]')!.textContent!.trim()).to.equal(
      'iFrame embed version',
    );
    expect($(el, `#${select.getAttribute('aria-describedby')}`)!.textContent).to.contain(
      'HTML snippet always loads nanoPlayer 5',
    );
    expect([...select.options].map(o => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['1.3.3', '1.3.3 · nanoPlayer 4 (dashboard default)'],
      ['2.0.0', '2.0.0 · nanoPlayer 5 (current)'],
    ]);
  });

  it('carries the token into the 2.0.0 iFrame snippet of a secure stream', async () => {
    const {el} = await setup(secureGroupOf, {attrs: {'embed-version': '2.0.0'}});
    await waitUntil(() => el.playoutUrl.includes('jwtoken'), 'no default token', {timeout: 5000});
    const token = htmlConfig(el).source.group.security?.jwtoken;
    expect(token).to.match(/^eyJ/);
    expect(el.iframeSnippet).to.contain('/nanoplayer/embed/2.0.0/nanoplayer.html?');
    expect(embedParams(el).get('group.security.jwtoken')).to.equal(token);
  });

  it('blocks the token request while a setting is invalid, and says why', async () => {
    const {el, server} = await setup(groupOf, {tokenForm: true});
    const before = tokenRequests(server);
    const snippet = el.htmlSnippet;
    const now = Date.now();
    await fill(el, {
      notBefore: toUtcDateTimeInput(now + 3 * 3600_000),
      expires: toUtcDateTimeInput(now + 2 * 3600_000),
      ip: '10.0.0.1, 999.1.1.1',
      domain: 'https://example.com/live',
    });
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    await el.updateComplete;
    const error = (name: string) => $(el, `#token-${name}-error`)?.textContent?.trim();
    expect(error('expires')).to.equal('The expiry must be after “Not before”.');
    expect(error('ip')).to.equal('“999.1.1.1” is not an IPv4 address or CIDR range.');
    expect(error('domain')).to.contain('without https://');
    expect($(el, '#token-expires')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#token-expires')!.getAttribute('aria-describedby')).to.contain(
      'token-expires-error',
    );
    expect($(el, '[part="form-error"]')!.textContent).to.contain('Nothing was sent');
    // The first invalid field has the focus.
    expect(el.shadowRoot!.activeElement?.id).to.equal('token-expires');
    await new Promise(r => requestAnimationFrame(r));
    expect(tokenRequests(server)).to.equal(before);
    expect(el.htmlSnippet).to.equal(snippet);

    // Fixing a field clears its message as one types.
    await fill(el, {ip: '10.0.0.1'});
    expect(error('ip')).to.equal(undefined);
  });

  it('generates a token, shows it decoded and applies it to both snippets and the playout URL', async () => {
    const {el, server, stream} = await setup(groupOf, {tokenForm: true});
    // The snippets before: on the documented server (secure playback assumed on) with a default token.
    const defaults = {url: el.playoutUrl, html: el.htmlSnippet, iframe: el.iframeSnippet};
    expect(defaults.url.includes('jwtoken')).to.equal(documentedOnly);
    await fill(el, {domain: 'portal.example.com', tag: 'premiere', ip: '203.0.113.7'});
    const created = oneEvent(el, 'ns-token-create');
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    const {detail} = await created;
    expect(detail.token).to.match(/^eyJ/);
    expect(detail.claims['groupid']).to.equal(stream.id);
    expect(detail.claims['domain']).to.equal('portal.example.com');
    expect(detail.claims['tag']).to.equal('premiere');
    expect(detail.claims['ip']).to.equal('203.0.113.7');
    expect(detail.claims['streams']).to.deep.equal(
      server.org.members(stream).map(m => m.streamname),
    );
    await el.updateComplete;

    const info = $<NsTokenInfo>(el, 'ns-token-info')!;
    expect(info.token).to.equal(detail.token);
    await info.updateComplete;
    expect(info.shadowRoot!.textContent).to.contain('portal.example.com');

    expect(new URL(el.playoutUrl).searchParams.get('group.security.jwtoken')).to.equal(
      detail.token,
    );
    expect(embedParams(el).get('group.security.jwtoken')).to.equal(detail.token);
    expect(htmlConfig(el).source.group.security).to.deep.equal({jwtoken: detail.token});
    expect(code(el, 'html')).to.contain(detail.token);

    // Back to the default: no custom token anywhere.
    $<HTMLButtonElement>(el, '[part="default-token-button"]')!.click();
    await el.updateComplete;
    expect($(el, 'ns-token-info')).to.equal(null);
    expect(el.playoutUrl).not.to.contain(detail.token);
    expect({url: el.playoutUrl, html: el.htmlSnippet, iframe: el.iframeSnippet}).to.deep.equal(
      defaults,
    );
  });

  it('drops the custom token when it is pointed at another stream', async () => {
    const {el, server} = await setup(groupOf, {tokenForm: true});
    await fill(el, {tag: 'first'});
    const created = oneEvent(el, 'ns-token-create');
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    const {detail} = await created;
    await el.updateComplete;
    expect(el.htmlSnippet).to.contain(detail.token);
    const other = singleOf(server);
    el.streamId = other.id;
    await waitUntil(() => el.htmlSnippet.includes(other.id), 'the other stream did not load');
    expect(el.htmlSnippet).not.to.contain(detail.token);
    // On the documented server the other stream gets its own default token; on the full one none.
    if (!documentedOnly) expect(el.htmlSnippet).not.to.contain('jwtoken');
    expect($(el, 'ns-token-info')).to.equal(null);
  });

  it('carries a default token for a secure stream, and returns to it after a custom one', async () => {
    const {el, stream} = await setup(secureGroupOf);
    await waitUntil(() => el.playoutUrl.includes('jwtoken'), 'no default token', {timeout: 5000});
    const fallback = new URL(el.playoutUrl).searchParams.get('group.security.jwtoken')!;
    expect(decodeJwt(fallback)['groupid']).to.equal(stream.id);
    expect(embedParams(el).get('group.security.jwtoken')).to.equal(fallback);
    expect(htmlConfig(el).source.group.security).to.deep.equal({jwtoken: fallback});
    expect($(el, '[part="token-note"]')!.textContent).to.match(
      /carry a playback token for this stream, valid until .* UTC\.$/,
    );

    await fill(el, {tag: 'vip'});
    const created = oneEvent(el, 'ns-token-create');
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    const {detail} = await created;
    await el.updateComplete;
    expect(htmlConfig(el).source.group.security).to.deep.equal({jwtoken: detail.token});

    const note = $(el, '[part="token-note"]')!;
    expect(note.textContent).to.contain('Custom token applied');
    $<HTMLButtonElement>(el, '[part="default-token-button"]')!.focus();
    $<HTMLButtonElement>(el, '[part="default-token-button"]')!.click();
    await el.updateComplete;
    expect(htmlConfig(el).source.group.security).to.deep.equal({jwtoken: fallback});
    // The same live region says so (a new node would not be announced).
    expect($(el, '[part="token-note"]')).to.equal(note);
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent).to.contain('carry a playback token for this stream');
    // The pressed button is gone; the focus stays in the form instead of falling to the page.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('generate-button');
  });

  it('shows no snippet of a secure stream until its default token is there', async () => {
    const {provider} = await withMockProvider<NsSnippetBuilder>(html`<p>host</p>`);
    const server = provider.mockServer!;
    const stream = secureGroupOf(server);
    let release!: () => void;
    const gate = new Promise<void>(resolve => (release = resolve));
    const client = new BintuClient({
      baseUrl: server.baseUrl,
      tokenServiceUrl: server.tokenServiceUrl,
      apiKey: server.apiKey,
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes('/splay')) await gate;
        return server.fetch(input, init);
      },
    });
    const el = document.createElement('ns-snippet-builder');
    el.client = client;
    el.streamId = stream.id;
    provider.append(el);
    await waitUntil(
      () => $(el, '[part="token-note"]')?.textContent?.includes('Issuing a playback token'),
      'no note while the token is issued',
      {timeout: 5000},
    );
    // Nothing to copy that would not play.
    expect($(el, '[part="pending"]')).to.exist;
    expect($(el, '[data-kind]')).to.equal(null);
    expect(el.htmlSnippet).to.equal('');
    expect(el.playoutUrl).to.equal('');
    release();
    await waitUntil(() => el.htmlSnippet !== '', 'the snippets did not appear', {timeout: 5000});
    expect(el.htmlSnippet).to.contain('jwtoken');
    expect(el.playoutUrl).to.contain('group.security.jwtoken=');
    expect(embedParams(el).get('group.security.jwtoken')).to.be.a('string');
    expect($(el, '[part="pending"]')).to.equal(null);
  });

  it('puts the provider’s API into the player only as an absolute https URL', async () => {
    const {provider} = await withMockProvider<NsSnippetBuilder>(html`<p>host</p>`);
    const server = provider.mockServer!;
    const el = document.createElement('ns-snippet-builder');
    // A client whose API base is hostile; its requests still reach the mock.
    const hostile = 'javascript:alert(1)';
    let calls = 0;
    const client = new BintuClient({
      baseUrl: hostile,
      apiKey: server.apiKey,
      fetch: (input, init) => {
        calls++;
        const url = String(input instanceof Request ? input.url : input);
        return server.fetch(url.replace(hostile, server.baseUrl), init);
      },
    });
    expect(client.baseUrl).to.equal(hostile);
    // Set before it is connected: it still wins over the provider's client.
    el.client = client;
    el.streamId = singleOf(server).id;
    provider.append(el);
    await waitUntil(() => el.htmlSnippet !== '', 'the snippets did not appear', {timeout: 5000});
    expect(el.client).to.equal(client);
    expect(calls).to.be.greaterThan(0);
    expect(el.htmlSnippet).not.to.contain('javascript:');
    expect(el.htmlSnippet).to.contain('"apiurl": "https://bintu.nanocosmos.de"');
  });

  it('uses the playback-token it is given instead of asking for one', async () => {
    const {provider} = await withMockProvider<NsSnippetBuilder>(html`<p>host</p>`);
    const server = provider.mockServer!;
    const stream = secureGroupOf(server);
    const given = await server
      .handle(
        new Request(`${server.tokenServiceUrl}/splay`, {
          method: 'POST',
          headers: {'Content-Type': 'application/json', 'X-BINTU-APIKEY': server.apiKey},
          body: JSON.stringify({groupid: stream.id}),
        }),
      )
      .then(r => r.json() as Promise<{data: {token: string}}>)
      .then(r => r.data.token);
    const before = tokenRequests(server);
    const el = document.createElement('ns-snippet-builder');
    el.playbackToken = given;
    el.streamId = stream.id;
    provider.append(el);
    await waitUntil(() => el.playoutUrl.includes('jwtoken'), 'no token applied', {timeout: 5000});
    expect(new URL(el.playoutUrl).searchParams.get('group.security.jwtoken')).to.equal(given);
    expect(tokenRequests(server)).to.equal(before);
  });

  it('asks no token for a role that may not create one, and says so', async () => {
    const {el, server} = await setup(secureGroupOf, {role: 'nanoReadOnly'});
    await el.updateComplete;
    expect(tokenRequests(server)).to.equal(0);
    expect(el.playoutUrl).not.to.contain('jwtoken');
    expect($(el, '[part="token-settings"]')!.textContent).to.contain(
      'Your role cannot generate one',
    );
  });

  it('asks a token for a single stream by its streamname', async () => {
    const {el, stream} = await setup(singleOf, {tokenForm: true});
    await fill(el, {});
    const created = oneEvent(el, 'ns-token-create');
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    const {detail} = await created;
    expect(detail.claims['streams']).to.deep.equal([stream.streamname]);
    expect(detail.claims['groupid']).to.equal(undefined);
  });

  it('says why the token service refused, and keeps the snippets as they were', async () => {
    const {el, server} = await setup(groupOf, {tokenForm: true});
    server.inject(
      'createPlaybackToken',
      {status: 400, body: {success: false, errorCode: 1000, message: 'domain is not allowed'}},
      {times: 1},
    );
    const before = el.htmlSnippet;
    await fill(el, {});
    $<HTMLButtonElement>(el, '[part="generate-button"]')!.click();
    await waitUntil(() => $(el, '[part="form-error"]'), 'no failure message', {timeout: 3000});
    expect($(el, '[part="form-error"]')!.textContent).to.contain(
      'The token could not be generated',
    );
    expect($(el, '[part="form-error"]')!.textContent).to.contain('domain is not allowed');
    expect($(el, '[part="form-error"]')!.textContent).to.contain('1000');
    expect(el.htmlSnippet).to.equal(before);
  });

  it('fires ns-snippet-copy with the kind of what was copied', async () => {
    const {el} = await setup(groupOf);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: (text: string) => (written.push(text), Promise.resolve())},
    });
    try {
      for (const kind of ['url', 'iframe', 'html'] as const) {
        const button = $<NsCopyButton>(el, `[data-kind="${kind}"] ns-copy-button`)!;
        const copied = oneEvent(el, 'ns-snippet-copy');
        button.shadowRoot!.querySelector('button')!.click();
        expect((await copied).detail).to.deep.equal({kind});
      }
      expect(written).to.deep.equal([el.playoutUrl, el.iframeSnippet, el.htmlSnippet]);
      // What a person sees: "Copied" next to the button.
      const feedback = $<NsCopyButton>(el, '[data-kind="html"] ns-copy-button')!;
      await feedback.updateComplete;
      expect(feedback.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.equal(
        'Copied',
      );
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
  });

  it('copies through the fallback when the Clipboard API refuses, and says "Copied"', async () => {
    const {el} = await setup(groupOf);
    const copied: string[] = [];
    const execCommand = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))},
    });
    const button = $<NsCopyButton>(el, '[data-kind="iframe"] ns-copy-button')!;
    // The fallback selects a hidden textarea holding the text and runs execCommand('copy').
    document.execCommand = (command: string) => {
      copied.push(command, button.shadowRoot!.querySelector('textarea')?.value ?? '(none)');
      return true;
    };
    try {
      const event = oneEvent(el, 'ns-snippet-copy');
      button.shadowRoot!.querySelector('button')!.click();
      expect((await event).detail).to.deep.equal({kind: 'iframe'});
      expect(copied).to.deep.equal(['copy', el.iframeSnippet]);
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.equal('Copied');
    } finally {
      document.execCommand = execCommand;
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
  });

  it('says so when nothing could be copied, and fires no ns-snippet-copy', async () => {
    const {el} = await setup(groupOf);
    const execCommand = document.execCommand;
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined});
    document.execCommand = () => false;
    let events = 0;
    el.addEventListener('ns-snippet-copy', () => events++);
    try {
      const button = $<NsCopyButton>(el, '[data-kind="url"] ns-copy-button')!;
      button.shadowRoot!.querySelector('button')!.click();
      await waitUntil(
        () => button.shadowRoot!.querySelector('[part="feedback"]')!.textContent !== '',
        'no feedback',
      );
      expect(button.shadowRoot!.querySelector('[part="feedback"]')!.textContent).to.contain(
        'Copy failed',
      );
      expect(events).to.equal(0);
    } finally {
      document.execCommand = execCommand;
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    }
  });

  it('is operable by keyboard: the settings selects and the token form', async () => {
    const {el} = await setup(groupOf, {tokenForm: true});
    $<HTMLSelectElement>(el, '#latency-mode')!.focus();
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(el.latencyMode).to.equal('classic');
    $<HTMLSelectElement>(el, '#embed-version')!.focus();
    await sendKeys({press: 'ArrowDown'});
    await el.updateComplete;
    expect(el.embedVersion).to.equal('2.0.0');
    expect(el.iframeSnippet).to.contain('/embed/2.0.0/');
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await el.updateComplete;
    $<HTMLInputElement>(el, '#token-tag')!.focus();
    await sendKeys({type: 'vip'});
    const created = oneEvent(el, 'ns-token-create');
    await sendKeys({press: 'Enter'});
    expect((await created).detail.claims['tag']).to.equal('vip');
  });

  it('shows no token settings to a read-only role, nor without secure playback', async () => {
    const readOnly = await setup(groupOf, {role: 'nanoReadOnly', tokenForm: true});
    expect($(readOnly.el, 'form')).to.equal(null);
    expect($(readOnly.el, '[part="token-settings"]')!.textContent).to.contain('cannot generate');
    const open = await setup(groupOf, {mockOptions: {features: {secure: false}}});
    expect($(open.el, '[part="token-settings"]')).to.equal(null);
    expect(open.el.htmlSnippet).not.to.contain('jwtoken');
  });

  it('gets its token after the token service refuses an expired user token (403/1001)', async () => {
    const {provider} = await withMockProvider(html`<p>host</p>`);
    const server = provider.mockServer!;
    const stream = secureGroupOf(server);
    let asked = 0;
    const client = new BintuClient({
      fetch: server.fetch,
      baseUrl: server.baseUrl,
      tokenServiceUrl: server.tokenServiceUrl,
      getToken: () => {
        asked++;
        return server.issueUserToken('nanoAdmin');
      },
    });
    // The token service refuses the user token the way it refuses an expired one: 403/1001.
    server.inject(
      'createPlaybackToken',
      {
        status: 403,
        body: {success: false, errorCode: 1001, message: 'Provided APIKey is not valid'},
      },
      {times: 1},
    );
    const el = document.createElement('ns-snippet-builder');
    el.client = client;
    el.streamId = stream.id;
    provider.append(el);
    await waitUntil(() => el.playoutUrl.includes('jwtoken'), 'no token applied', {timeout: 5000});
    const answers = server.requests
      .filter(r => r.operationId === 'createPlaybackToken')
      .map(r => r.status);
    // Refused once, asked for a fresh user token once, replayed once.
    expect(answers).to.deep.equal([403, 200]);
    expect(asked).to.equal(2);
    expect(el.shadowRoot!.querySelector('[part="form-error"]')).to.equal(null);
  });

  it('plays without a token when the token service says secure playback is not enabled', async () => {
    // The documented server names no packages: secure playback counts as on until the token
    // service says otherwise.
    const {el, server} = await setup(secureGroupOf, {mockOptions: {documentedOnly: true}});
    expect(el.htmlSnippet).to.contain('jwtoken');
    server.inject('createPlaybackToken', {
      status: 403,
      body: {error: {message: 'Organisation is not enabled', code: 2001}},
    });
    const other = document.createElement('ns-snippet-builder');
    other.streamId = groupOf(server).id;
    el.parentElement!.append(other);
    await waitUntil(() => other.htmlSnippet !== '', 'the snippets did not appear', {
      timeout: 5000,
    });
    await other.updateComplete;
    expect(other.htmlSnippet).not.to.contain('jwtoken');
    const note = other.shadowRoot!.querySelector('[part="token-settings"]')!;
    expect(note.textContent).to.contain('not enabled for this organisation');
    expect(other.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(other).to.be.accessible();
  });

  it('shows a load error with Retry and fires ns-load-error', async () => {
    const {provider} = await withMockProvider<NsSnippetBuilder>(
      html`<ns-snippet-builder></ns-snippet-builder>`,
    );
    const server = (provider as NsApiProvider).mockServer!;
    const el = provider.querySelector('ns-snippet-builder')!;
    server.inject(
      'getStream',
      {status: 500, body: {error: {message: 'Boom', code: 5000}}},
      {times: 1},
    );
    let events = 0;
    el.addEventListener('ns-load-error', () => events++);
    const failed = oneEvent(el, 'ns-load-error');
    el.streamId = groupOf(server).id;
    const {detail} = await failed;
    expect(detail).to.include({status: 500, code: 5000});
    await waitUntil(() => $(el, '[role="alert"]'), 'no error shown');
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('Boom');
    expect(el.htmlSnippet).to.equal('');
    $<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
    await waitUntil(() => el.htmlSnippet !== '', 'retry did not load the stream', {timeout: 5000});
    expect(events).to.equal(1);
  });
});
