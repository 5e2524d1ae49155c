import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {LitElement, html as litHtml} from 'lit';
import {consume} from '@lit/context';
import {state} from 'lit/decorators.js';
import '../../../src/index.js';
import {apiContext, sessionContext, type NsSession} from '../../../src/context.js';
import {BintuClient} from '../../../src/api/client.js';
import type {NsApiProvider} from '../../../src/elements/ns-api-provider/ns-api-provider.js';
import {isLocalHostname} from '../../../src/elements/ns-api-provider/ns-api-provider.js';
import {TEST_NOW, documentedOnly, withMockProvider} from '../../helpers/fixtures.js';

/** A consumer the way every ns element consumes the provider. */
class TestConsumer extends LitElement {
  @consume({context: apiContext, subscribe: true}) @state() client?: BintuClient;
  @consume({context: sessionContext, subscribe: true}) @state() session?: NsSession;
  override render() {
    return litHtml`<p>${this.session?.organisation?.name ?? 'no organisation'}</p>`;
  }
}
customElements.define('test-consumer', TestConsumer);

/** Puts its child into a shadow root of its own, to nest consumers in shadow DOM. */
class TestShell extends LitElement {
  override render() {
    return litHtml`<section><slot></slot><test-inner-shell></test-inner-shell></section>`;
  }
}
class TestInnerShell extends LitElement {
  override render() {
    return litHtml`<test-consumer></test-consumer>`;
  }
}
customElements.define('test-shell', TestShell);
customElements.define('test-inner-shell', TestInnerShell);

function deepConsumer(provider: NsApiProvider): TestConsumer {
  const shell = provider.querySelector('test-shell')!;
  const inner = shell.shadowRoot!.querySelector('test-inner-shell')!;
  return inner.shadowRoot!.querySelector('test-consumer') as TestConsumer;
}

const NONE = {
  secure: false,
  vod: false,
  transcoding: false,
  opcodes: false,
  webcaster: false,
  h5live: false,
};

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {'Content-Type': 'application/json'},
  });
}

async function ready(provider: NsApiProvider) {
  await waitUntil(() => provider.status !== 'loading', 'provider did not load', {timeout: 5000});
}

describe('<ns-api-provider>', () => {
  it('renders its content', async () => {
    const {provider} = await withMockProvider(html`<p>Portal content</p>`);
    expect(provider.textContent).to.contain('Portal content');
    expect(provider.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('is accessible', async () => {
    const {provider} = await withMockProvider(html`<p>Portal content</p>`);
    await expect(provider).to.be.accessible();
  });

  it('gives a consumer nested two shadow roots deep the client, organisation and role', async () => {
    const {provider} = await withMockProvider(html`<test-shell></test-shell>`);
    const consumer = deepConsumer(provider);
    await waitUntil(() => consumer.session?.status === 'ready');
    expect(consumer.client).to.be.instanceOf(BintuClient);
    expect(consumer.session!.organisation!.hash).to.match(/^[A-Za-z0-9]{5}$/);
    expect(consumer.session!.role).to.equal('nanoAdmin');
    expect(consumer.session!.features.h5live).to.equal(true);
    expect(consumer.session!.featuresKnown).to.equal(!documentedOnly);
    expect(consumer.session!.dashboardUrl).to.equal('https://dashboard.nanostream.cloud');
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.contain(consumer.session!.organisation!.name);
    // The client really talks to the mock organisation.
    const page = await consumer.client!.listStreams({quantity: 5});
    expect(page.streams).to.have.length(5);
    // The documented server sends no total.
    if (documentedOnly) expect(page.total).to.equal(undefined);
    else expect(page.total).to.be.greaterThan(100);
  });

  it('works on the mock with no network at all', async () => {
    const realFetch = window.fetch;
    const calls: string[] = [];
    window.fetch = (input: RequestInfo | URL) => {
      calls.push(String(input));
      return Promise.reject(new TypeError('network is off in this test'));
    };
    try {
      const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`);
      expect(provider.status).to.equal('ready');
      const consumer = provider.querySelector('test-consumer') as TestConsumer;
      const stream = (await consumer.client!.listStreams({quantity: 1})).streams[0]!;
      expect((await consumer.client!.getStream(stream.id)).id).to.equal(stream.id);
      expect(calls).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('lets the role attribute override what the API says, in the UI and on the mock server', async () => {
    const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`, {
      role: 'nanoReadOnly',
    });
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    await waitUntil(() => consumer.session?.status === 'ready');
    expect(consumer.session!.role).to.equal('nanoReadOnly');
    expect(consumer.session!.can('getStream')).to.equal(true);
    expect(consumer.session!.can('setStreamTags')).to.equal(false);
    expect(consumer.session!.can('deleteStream')).to.equal(false);
    const stream = (await consumer.client!.listStreams({quantity: 1})).streams[0]!;
    const denied = await consumer.client!.setStreamTags(stream.id, ['x']).catch(e => e);
    expect(denied.status).to.equal(403);
    expect(denied.code).to.equal(2001);

    provider.role = 'nanoUser';
    await waitUntil(
      () => consumer.session?.role === 'nanoUser' && consumer.session.status === 'ready',
    );
    expect(consumer.session!.can('setStreamTags')).to.equal(true);
    expect(consumer.session!.can('deleteStream')).to.equal(false);
    const tagged = await consumer.client!.setStreamTags(stream.id, ['studio:b']);
    expect(tagged.tags).to.deep.equal(['studio:b']);
  });

  it('reads a role attribute and takes it off, so the page has no invalid ARIA role', async () => {
    const provider = await fixture<NsApiProvider>(
      html`<ns-api-provider mock .mockOptions=${{latencyMs: 0, now: TEST_NOW}} role="nanoReadOnly"
        ><test-consumer></test-consumer
      ></ns-api-provider>`,
    );
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    await waitUntil(() => consumer.session?.status === 'ready');
    expect(provider.role).to.equal('nanoReadOnly');
    expect(consumer.session!.role).to.equal('nanoReadOnly');
    expect(provider.hasAttribute('role')).to.equal(false);
    await expect(provider).to.be.accessible();

    // Set again later (as a framework re-rendering its template would): read again.
    provider.setAttribute('role', 'nanoUser');
    await waitUntil(() => consumer.session?.role === 'nanoUser');
    expect(provider.hasAttribute('role')).to.equal(false);
    expect(provider.role).to.equal('nanoUser');
  });

  it('ignores an unknown role with a clear warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`, {
        role: 'nanoUser',
      });
      provider.setAttribute('role', 'superuser');
      await provider.updateComplete;
      expect(provider.role).to.equal('nanoUser');
      expect(warnings.join('\n')).to.contain(
        '"superuser" is not one of nanoAdmin, nanoUser, nanoReadOnly',
      );
    } finally {
      console.warn = warn;
    }
  });

  it('takes the locale from its attribute, then the document, then English', async () => {
    const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`, {
      locale: 'de-DE',
    });
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    expect(consumer.session!.locale).to.equal('de-DE');
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'fr';
      provider.locale = undefined;
      await provider.updateComplete;
      expect(consumer.session!.locale).to.equal('fr');
      document.documentElement.lang = 'not a locale!';
      await waitUntil(() => consumer.session!.locale === 'en');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('shares a client set on it instead of building one', async () => {
    const client = new BintuClient({fetch: () => Promise.reject(new TypeError('offline'))});
    const provider = await fixture<NsApiProvider>(
      html`<ns-api-provider .client=${client} role="nanoUser"
        ><test-consumer></test-consumer
      ></ns-api-provider>`,
    );
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    await waitUntil(() => consumer.client !== undefined);
    expect(consumer.client).to.equal(client);
  });

  it('builds its client from base-url, bintu-token and a custom fetch', async () => {
    const seen: Request[] = [];
    const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push(request);
      const body = request.url.endsWith('/organisation')
        ? {
            name: 'Acme',
            hash: 'Ab3De',
            features: {
              secure: true,
              vod: false,
              transcoding: true,
              opcodes: false,
              webcaster: true,
              h5live: true,
            },
            limits: {transcodes: 2},
          }
        : {email: 'ops@acme.test', permission: 'nanoUser'};
      return new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}});
    };
    const provider = await fixture<NsApiProvider>(
      html`<ns-api-provider
        base-url="https://api.acme.test"
        bintu-token="user-token-1"
        .fetch=${fakeFetch}
        ><test-consumer></test-consumer
      ></ns-api-provider>`,
    );
    await ready(provider);
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    expect(consumer.session!.organisation!.name).to.equal('Acme');
    expect(consumer.session!.role).to.equal('nanoUser');
    expect(consumer.session!.features.vod).to.equal(false);
    expect(seen.map(r => new URL(r.url).origin)).to.deep.equal([
      'https://api.acme.test',
      'https://api.acme.test',
    ]);
    expect(seen.every(r => r.headers.get('X-BINTU-TOKEN') === 'user-token-1')).to.equal(true);
  });

  it('never holds the elements back: a failing organisation leaves the features unknown', async () => {
    let fail = true;
    const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (fail && request.url.endsWith('/organisation')) {
        return new Response(JSON.stringify({status: 500, message: 'Internal error'}), {
          status: 500,
          headers: {'Content-Type': 'application/json'},
        });
      }
      const body = request.url.endsWith('/organisation')
        ? {name: 'Acme', hash: 'Ab3De', features: {...NONE, h5live: true}, limits: {transcodes: 0}}
        : {id: 7, permission: 'nanoUser'};
      return new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}});
    };
    const el = document.createElement('ns-api-provider');
    el.bintuToken = 't';
    el.fetch = fakeFetch;
    el.append(document.createElement('test-consumer'));
    const failed = oneEvent(el, 'ns-load-error');
    document.body.append(el);
    try {
      const event = await failed;
      expect(event.detail).to.include({status: 500, message: 'Internal error'});
      await ready(el);
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      const session = (el.querySelector('test-consumer') as TestConsumer).session!;
      expect(session.role).to.equal('nanoUser');
      expect(session.roleSource).to.equal('server');
      expect(session.featuresKnown).to.equal(false);
      expect(session.features).to.include({secure: true, vod: true, opcodes: true});
      expect(session.limitsKnown).to.equal(false);

      fail = false;
      await el.reload();
      const known = (el.querySelector('test-consumer') as TestConsumer).session!;
      expect(known.featuresKnown).to.equal(true);
      expect(known.features).to.include({secure: false, vod: false, h5live: true});
      expect(known.limits.transcodes).to.equal(0);
    } finally {
      el.remove();
    }
  });

  it('shows an error with Retry and fires ns-load-error when no client can be set up', async () => {
    const provider = document.createElement('ns-api-provider');
    provider.mock = true;
    provider.mockOptions = {hash: 'not a hash'};
    const failed = oneEvent(provider, 'ns-load-error');
    document.body.append(provider);
    try {
      await failed;
      await provider.updateComplete;
      expect(provider.status).to.equal('error');
      const error = provider.shadowRoot!.querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('hash');
      await expect(provider).to.be.accessible();
      provider.mockOptions = {latencyMs: 0, now: TEST_NOW};
      await waitUntil(() => provider.status === 'ready', 'the provider did not recover');
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    } finally {
      provider.remove();
    }
  });

  describe('against a server without what we assumed', () => {
    /** A provider on a fake server that answers `/organisation` and `/user` as given. */
    async function providerOn(answers: {organisation: () => Response; user: () => Response}) {
      const errors: unknown[] = [];
      const el = document.createElement('ns-api-provider');
      el.bintuToken = 't';
      el.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new Request(input, init).url;
        return url.endsWith('/user') ? answers.user() : answers.organisation();
      };
      el.addEventListener('ns-load-error', event => errors.push(event.detail));
      el.append(document.createElement('test-consumer'));
      document.body.append(el);
      await ready(el);
      await el.updateComplete;
      const session = (el.querySelector('test-consumer') as TestConsumer).session!;
      return {el, session, errors};
    }
    const organisation = () => jsonResponse({name: 'Acme', hash: 'Ab3De'});
    const note = (el: NsApiProvider) => el.shadowRoot!.querySelector('[part="note"]');

    it('reads a 403 from GET /user as the documented read-only answer, with no note', async () => {
      const {el, session, errors} = await providerOn({
        organisation,
        user: () => jsonResponse({error: {message: 'Access denied', code: 2001}}, 403),
      });
      try {
        expect(session.role).to.equal('nanoReadOnly');
        expect(session.roleSource).to.equal('server');
        expect(session.can('setStreamTags')).to.equal(false);
        expect(note(el)).to.equal(null);
        expect(errors).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    for (const [what, user] of [
      ['404 page', () => new Response('<h1>Not Found</h1>', {status: 404})],
      ['405', () => new Response('', {status: 405})],
    ] as const) {
      it(`acts read-only with a visible note when GET /user answers a ${what}`, async () => {
        const {el, session, errors} = await providerOn({organisation, user});
        try {
          expect(session.role).to.equal('nanoReadOnly');
          expect(session.roleSource).to.equal('unknown');
          expect(session.can('stopStream')).to.equal(false);
          expect(note(el)!.textContent).to.contain('did not say which role');
          expect(errors, 'a missing route is no load error').to.deep.equal([]);
          await expect(el).to.be.accessible();

          // The portal states the role: the note goes, the role applies.
          el.role = 'nanoUser';
          await el.updateComplete;
          expect(note(el)).to.equal(null);
          const stated = (el.querySelector('test-consumer') as TestConsumer).session!;
          expect(stated.role).to.equal('nanoUser');
          expect(stated.roleSource).to.equal('attribute');
        } finally {
          el.remove();
        }
      });
    }

    it('acts read-only with the note and reports the error when GET /user cannot be reached', async () => {
      const {el, session, errors} = await providerOn({
        organisation,
        user: () => {
          throw new TypeError('Failed to fetch');
        },
      });
      try {
        expect(session.roleSource).to.equal('unknown');
        expect(session.role).to.equal('nanoReadOnly');
        expect(note(el)).to.exist;
        expect(errors).to.have.length(1);
      } finally {
        el.remove();
      }
    });

    it("treats an organisation without features as unknown, and takes the host's word", async () => {
      const {el, session} = await providerOn({
        organisation,
        user: () => jsonResponse({id: 1, permission: 'nanoAdmin'}),
      });
      try {
        expect(session.organisation!.name).to.equal('Acme');
        expect(session.featuresKnown).to.equal(false);
        expect(Object.values(session.features).every(Boolean)).to.equal(true);
        el.features = {secure: false, vod: false};
        await el.updateComplete;
        const stated = (el.querySelector('test-consumer') as TestConsumer).session!;
        expect(stated.featuresKnown).to.equal(true);
        expect(stated.features).to.include({secure: false, vod: false, opcodes: true});
      } finally {
        el.remove();
      }
    });

    it('plays the documented-only mock: role from GET /user, features unknown', async () => {
      const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`, {
        mockOptions: {documentedOnly: true},
      });
      const session = (provider.querySelector('test-consumer') as TestConsumer).session!;
      expect(session.roleSource).to.equal('server');
      expect(session.role).to.equal('nanoAdmin');
      expect(session.featuresKnown).to.equal(false);
      expect(provider.mockServer!.requests.map(r => new URL(r.url).pathname)).to.include('/user');
    });
  });

  it('loads the mock organisation only when asked, and seeded from its options', async () => {
    const {provider} = await withMockProvider(html`<test-consumer></test-consumer>`, {
      mockOptions: {streams: 12, seed: 'provider-test', documentedOnly: false},
    });
    expect(provider.mockServer).to.exist;
    const consumer = provider.querySelector('test-consumer') as TestConsumer;
    const visible = await consumer.client!.listStreams({quantity: 50, individual: true});
    const deleted = await consumer.client!.listStreams({
      quantity: 50,
      state: 'deleted',
      individual: true,
    });
    expect(visible.total! + deleted.total!).to.equal(12);
    const plain = await fixture<NsApiProvider>(
      html`<ns-api-provider
        bintu-token="t"
        .fetch=${() => new Promise(() => {})}
      ></ns-api-provider>`,
    );
    expect(plain.mockServer).to.equal(undefined);
    expect(TEST_NOW).to.be.a('number');
  });

  it('knows which hosts are local', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) {
      expect(isLocalHostname(host), host).to.equal(true);
    }
    for (const host of ['portal.example.com', '10.0.0.4', 'localhost.example.com', '']) {
      expect(isLocalHostname(host), host).to.equal(false);
    }
  });

  it('does not warn about an api-key on localhost', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await fixture(
        html`<ns-api-provider
          api-key="dev-key"
          .fetch=${() => new Promise(() => {})}
        ></ns-api-provider>`,
      );
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('warns once in the console when an api-key is used on a public origin', async () => {
    // portal.test resolves to this machine (see web-test-runner.config.mjs), so the page below is a
    // real page on a non-localhost origin.
    const frame = document.createElement('iframe');
    const url = new URL('/test/helpers/api-key-page.html', location.href);
    url.hostname = 'portal.test';
    frame.src = url.href;
    const message = new Promise<{warnings: string[]}>(resolve =>
      window.addEventListener('message', e => resolve(e.data), {once: true}),
    );
    document.body.append(frame);
    try {
      const {warnings} = await message;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('api-key');
      expect(warnings[0]).to.contain('getToken');
      expect(warnings[0]).not.to.contain('secret-dev-key');
    } finally {
      frame.remove();
    }
  });
});
