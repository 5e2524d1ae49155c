import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {SignJWT, generateKeyPair} from 'jose';
import '../../../src/elements/ns-token-info/ns-token-info.js';
import type {NsTokenInfo} from '../../../src/elements/ns-token-info/ns-token-info.js';
import type {Clock} from '../../../src/internal/controllers/clock.js';
import {PollingController} from '../../../src/internal/controllers/polling.js';
import {BintuClient} from '../../../src/api/client.js';
import {TOKEN_ISSUER} from '../../../src/mock/index.js';
import {withMockProvider} from '../../helpers/fixtures.js';

const s = (ms: number) => Math.floor(ms / 1000);
const keys = generateKeyPair('EdDSA', {crv: 'Ed25519'});

/** A real EdDSA token whose nbf/exp are `nbfMs`/`expMs` from now. */
async function token(nbfMs: number, expMs: number, claims: Record<string, unknown> = {}) {
  const now = Date.now();
  return new SignJWT({streams: ['AB12c-aaaaa'], ...claims})
    .setProtectedHeader({alg: 'EdDSA', kid: 'test-key', typ: 'JWT'})
    .setIssuer('https://token.nanostream.cloud')
    .setIssuedAt(s(now))
    .setNotBefore(s(now + nbfMs))
    .setExpirationTime(s(now + expMs))
    .sign((await keys).privateKey);
}

const root = (el: NsTokenInfo) => el.shadowRoot!;
const part = (el: NsTokenInfo, name: string) => root(el).querySelector(`[part~="${name}"]`);
const badge = (el: NsTokenInfo) => part(el, 'badge')?.textContent?.trim();
/** The value next to a label in the details lists. */
function value(el: NsTokenInfo, label: string): string | undefined {
  const dt = [...root(el).querySelectorAll('dt')].find(d => d.textContent?.trim() === label);
  return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
}

describe('<ns-token-info>', () => {
  it('renders a token from the token service decoded: algorithm, key id, validity, group, issuer', async () => {
    const {provider, el} = await withMockProvider<NsTokenInfo>(
      html`<ns-token-info></ns-token-info>`,
    );
    const server = provider.mockServer!;
    const group = server.org.streams.find(
      x => x.streamgroup === x.id && x.state !== 'deleted' && server.org.members(x).length > 2,
    )!;
    const client = new BintuClient({fetch: server.fetch, apiKey: server.apiKey});
    const jwt = await client.createPlaybackToken({
      groupid: group.id,
      exp: s(Date.now() + 3 * 3600_000 + 30_000),
      domain: 'portal.example.com',
      tag: 'premiere',
    });
    el.token = jwt;
    await el.updateComplete;

    expect(part(el, 'token')!.textContent).to.equal(jwt);
    expect(root(el).querySelector('ns-copy-button')!.value).to.equal(jwt);
    expect(value(el, 'Algorithm')).to.equal('EdDSA');
    expect(value(el, 'Key ID')).to.equal(server.kid);
    expect(value(el, 'Issuer')).to.equal(TOKEN_ISSUER);
    expect(badge(el)).to.equal('Expires in 3 hours');
    expect(part(el, 'badge')!.getAttribute('data-validity')).to.equal('valid');
    expect(value(el, 'Valid until')).to.match(/UTC$/);
    expect(value(el, 'Covers')).to.contain(group.id);
    const names = [...part(el, 'streams')!.querySelectorAll('li')].map(li => li.textContent);
    expect(names).to.deep.equal(server.org.members(group).map(m => m.streamname));
    expect(value(el, 'Domain')).to.equal('portal.example.com');
    expect(value(el, 'Token tag')).to.equal('premiere');
    expect(value(el, 'Client IP')).to.equal('Not set');
    expect(part(el, 'note')!.textContent).to.contain('signature is not verified');
  });

  it('shows a current token’s key id, issuer and cust, and an older RS256 token alike', async () => {
    const now = Date.now();
    const current = await new SignJWT({
      aud: 'splay',
      streams: ['AB12c-aaaaa'],
      sub: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      cust: 'order-4711',
    })
      .setProtectedHeader({alg: 'EdDSA', kid: 'nano_x25519', typ: 'JWT'})
      .setIssuer('nanocosmos')
      .setIssuedAt(s(now))
      .setExpirationTime(s(now + 3600_000))
      .sign((await keys).privateKey);
    const el = await fixture<NsTokenInfo>(html`<ns-token-info token=${current}></ns-token-info>`);
    expect(value(el, 'Key ID')).to.equal('nano_x25519');
    expect(value(el, 'Issuer')).to.equal('nanocosmos');
    expect(value(el, 'Custom data')).to.equal('order-4711');
    expect(part(el, 'settings')!.textContent).to.contain('order-4711');

    const {privateKey} = await generateKeyPair('RS256');
    el.token = await new SignJWT({aud: 'splay', streams: ['AB12c-bbbbb']})
      .setProtectedHeader({alg: 'RS256', kid: 'nanocosmos', typ: 'JWT'})
      .setIssuer('nanocosmos')
      .setIssuedAt(s(now))
      .setExpirationTime(s(now + 3600_000))
      .sign(privateKey);
    await el.updateComplete;
    expect(part(el, 'invalid')).to.equal(null);
    expect(value(el, 'Algorithm')).to.equal('RS256');
    expect(value(el, 'Key ID')).to.equal('nanocosmos');
    expect(value(el, 'Covers')).to.contain('AB12c-bbbbb');
    // No cust in this token: no row for it, and nothing reads "undefined".
    expect(value(el, 'Custom data')).to.equal(undefined);
    expect(root(el).textContent).not.to.match(/undefined|NaN|Invalid Date/);
  });

  it('is accessible', async function () {
    this.timeout(30000); // axe twice, on a loaded machine
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info
        token=${await token(0, 3600_000, {ip: ['10.0.0.1', '10.1.0.0/16']})}
      ></ns-token-info>`,
    );
    await expect(el).to.be.accessible();
    el.token = 'garbage';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows "Invalid token" for a malformed token, and never throws', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const bad of [
        'garbage',
        'a.b.c',
        'eyJhbGciOiJFZERTQSJ9.e30',
        '<img src=x onerror=alert(1)>',
      ]) {
        const el = await fixture<NsTokenInfo>(html`<ns-token-info token=${bad}></ns-token-info>`);
        expect(part(el, 'invalid')!.textContent).to.equal('Invalid token');
        expect(part(el, 'details')).to.equal(null);
        // The raw value is shown as text, never as markup.
        expect(part(el, 'token')!.textContent).to.equal(bad);
        expect(root(el).querySelector('img')).to.equal(null);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('says "No token" when it has none', async () => {
    const el = await fixture<NsTokenInfo>(html`<ns-token-info></ns-token-info>`);
    expect(part(el, 'empty')!.textContent).to.equal('No token');
  });

  it('takes whatever a host sets as the token without throwing', async () => {
    const el = await fixture<NsTokenInfo>(html`<ns-token-info></ns-token-info>`);
    for (const [value, shown] of [
      [null, 'empty'],
      [undefined, 'empty'],
      [42, 'invalid'],
      [{}, 'invalid'],
    ] as const) {
      el.token = value as unknown as string;
      await el.updateComplete;
      expect(part(el, shown), String(value)).to.exist;
    }
    expect(part(el, 'token')!.textContent).to.equal('[object Object]');
  });

  it('shows a long token in five whole lines and scrolls the rest', async () => {
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info style="width: 24rem"></ns-token-info>`,
    );
    el.token = await token(-60_000, 3_600_000, {tag: 'x'.repeat(800)});
    await el.updateComplete;
    const box = part(el, 'token') as HTMLElement;
    const style = getComputedStyle(box);
    const shown = box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
    expect(shown / parseFloat(style.lineHeight)).to.be.closeTo(5, 0.1);
  });

  it('badges tokens that are expired or not yet valid', async () => {
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info token=${await token(-7200_000, -3600_000)}></ns-token-info>`,
    );
    expect(badge(el)).to.equal('Expired');
    expect(part(el, 'badge')!.classList.contains('danger')).to.equal(true);
    el.token = await token(2 * 86400_000, 3 * 86400_000);
    await el.updateComplete;
    expect(badge(el)).to.equal('Not yet valid');
  });

  it('keeps its badge current on its own', async function () {
    this.timeout(15000);
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info token=${await token(-60_000, 3000)}></ns-token-info>`,
    );
    expect(badge(el)).to.match(/^Expires in \d second/);
    await waitUntil(() => badge(el) === 'Expired', 'the badge did not turn to "Expired"', {
      timeout: 8000,
    });
  });

  it('stops redrawing when disconnected, and is current again when reconnected', async function () {
    this.timeout(15000);
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info token=${await token(-60_000, 4000)}></ns-token-info>`,
    );
    expect(badge(el)).to.match(/^Expires in \d second/);
    const parent = el.parentElement!;
    el.remove();
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => (renders++, render());
    // Past the expiry: a timer left running would redraw the detached element.
    await new Promise(resolve => setTimeout(resolve, 5500));
    expect(renders, 'redrawn while disconnected').to.equal(0);
    expect(badge(el)).to.match(/^Expires in/);
    parent.append(el);
    await el.updateComplete;
    expect(renders).to.be.greaterThan(0);
    expect(badge(el)).to.equal('Expired');
  });

  it('uses the provider locale for dates, and the document language without a provider', async () => {
    const jwt = await token(0, 3600_000);
    const {el} = await withMockProvider<NsTokenInfo>(
      html`<ns-token-info token=${jwt}></ns-token-info>`,
      {
        locale: 'de',
      },
    );
    await el.updateComplete;
    // German locale, German labels: the row is "Gültig bis".
    expect(value(el, 'Gültig bis')).to.match(/^\d{2}\.\d{2}\.\d{4}, .* UTC$/);

    const lang = document.documentElement.lang;
    document.documentElement.lang = 'de';
    try {
      const alone = await fixture<NsTokenInfo>(html`<ns-token-info token=${jwt}></ns-token-info>`);
      expect(value(alone, 'Gültig bis')).to.match(/^\d{2}\.\d{2}\.\d{4}, .* UTC$/);
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('takes replacement strings', async () => {
    const el = await fixture<NsTokenInfo>(
      html`<ns-token-info .strings=${{invalid: 'Ungültiges Token'}} token="nope"></ns-token-info>`,
    );
    expect(part(el, 'invalid')!.textContent).to.equal('Ungültiges Token');
  });

  describe("its redraw timer (PollingController, mode 'stale')", () => {
    function harness(delay: number | undefined) {
      const pending = new Map<number, () => void>();
      let next = 0;
      const clock: Clock = {
        now: () => 0,
        setTimeout: (cb: () => void) => (pending.set(++next, cb), next),
        clearTimeout: id => pending.delete(id as number),
      };
      let updates = 0;
      const host = {
        addController: () => {},
        removeController: () => {},
        requestUpdate: () => void updates++,
        updateComplete: Promise.resolve(true),
      };
      const controller = new PollingController(host, {mode: 'stale', delay: () => delay, clock});
      return {controller, pending, updates: () => updates};
    }

    it('schedules one redraw after each update and clears it on disconnect', () => {
      const {controller, pending, updates} = harness(1000);
      controller.hostConnected();
      expect(updates()).to.equal(1);
      controller.hostUpdated();
      controller.hostUpdated();
      expect(pending.size).to.equal(1);
      const [id, fire] = [...pending][0]!;
      pending.delete(id);
      fire();
      expect(updates()).to.equal(2);
      controller.hostUpdated();
      controller.hostDisconnected();
      expect(pending.size).to.equal(0);
      expect(controller.scheduled).to.equal(false);
      // Updates while disconnected schedule nothing.
      controller.hostUpdated();
      expect(pending.size).to.equal(0);
    });

    it('schedules nothing when nothing will change', () => {
      const {controller, pending} = harness(undefined);
      controller.hostConnected();
      controller.hostUpdated();
      expect(pending.size).to.equal(0);
    });
  });
});
