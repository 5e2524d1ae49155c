import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {base64url} from 'jose';
import type {BintuClient} from '../../../src/api/client.js';
import {ApiError} from '../../../src/api/errors.js';
import type {Role, SplayRequest, Stream} from '../../../src/api/types.js';
import {createSession, type NsSession} from '../../../src/context.js';
import {NsLoadErrorEvent} from '../../../src/events.js';
import type {Clock} from '../../../src/internal/controllers/clock.js';
import {
  PlaybackTokenController,
  sharedPlaybackToken,
  type PlaybackTokenOptions,
} from '../../../src/internal/controllers/playback-token.js';

type Target = Pick<SplayRequest, 'groupid' | 'streams'>;

/** An unsigned JWT (the decoder reads, it does not verify). */
function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown) => base64url.encode(JSON.stringify(value));
  return `${part({alg: 'EdDSA', typ: 'JWT'})}.${part(payload)}.c2lnbmF0dXJl`;
}

/** A clock whose time only moves when set. */
function fakeClock(time: number): Clock & {time: number} {
  return {
    time,
    now() {
      return this.time;
    },
    setTimeout: () => 0,
    clearTimeout: () => {},
  };
}

/** A client whose createPlaybackToken answers with `answer` (a token, or an error to reject with). */
function fakeClient(answer: (target: Target, call: number) => string | Error | Promise<string>) {
  const calls: Target[] = [];
  const client = {
    createPlaybackToken: async (target: Target) => {
      calls.push(target);
      const result = await answer(target, calls.length);
      if (result instanceof Error) throw result;
      return result;
    },
  } as unknown as BintuClient;
  return {client, calls};
}

/** A promise with its settle functions. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

describe('sharedPlaybackToken', () => {
  const one: Target = {streams: ['stream-one']};
  const two: Target = {streams: ['stream-two']};

  it('shares one request between two calls for the same client and target', async () => {
    const {client, calls} = fakeClient(() => 'token-1');
    const a = sharedPlaybackToken(client, one);
    const b = sharedPlaybackToken(client, {streams: ['stream-one']});
    expect(a === b).to.equal(true);
    expect(await a).to.equal('token-1');
    expect(await b).to.equal('token-1');
    expect(await sharedPlaybackToken(client, one)).to.equal('token-1');
    expect(calls).to.deep.equal([{streams: ['stream-one']}]);
  });

  it('asks once per client', async () => {
    const first = fakeClient(() => 'from-first');
    const second = fakeClient(() => 'from-second');
    expect(await sharedPlaybackToken(first.client, one)).to.equal('from-first');
    expect(await sharedPlaybackToken(second.client, one)).to.equal('from-second');
    expect(first.calls.length).to.equal(1);
    expect(second.calls.length).to.equal(1);
  });

  it('asks once per stream, and tells a group from a stream', async () => {
    const {client, calls} = fakeClient(target => `token-for-${JSON.stringify(target)}`);
    const tokens = await Promise.all([
      sharedPlaybackToken(client, one),
      sharedPlaybackToken(client, two),
      sharedPlaybackToken(client, {groupid: 'stream-one'}),
      sharedPlaybackToken(client, one),
      sharedPlaybackToken(client, {groupid: 'stream-one'}),
    ]);
    expect(calls).to.deep.equal([one, two, {groupid: 'stream-one'}]);
    expect(tokens[0]).to.equal(tokens[3]);
    expect(tokens[2]).to.equal(tokens[4]);
    expect(new Set(tokens).size).to.equal(3);
  });

  it('forgets a failure, so the next call asks again', async () => {
    const {client, calls} = fakeClient((_target, call) =>
      call === 1 ? new ApiError('down', {kind: 'network', status: 0}) : 'token-2',
    );
    let failed: unknown;
    await sharedPlaybackToken(client, one).catch(e => (failed = e));
    expect(failed instanceof ApiError).to.equal(true);
    expect(await sharedPlaybackToken(client, one)).to.equal('token-2');
    expect(calls.length).to.equal(2);
    expect(await sharedPlaybackToken(client, one)).to.equal('token-2');
    expect(calls.length, 'the success is kept').to.equal(2);
  });

  it('shares a request that is still running, even one that goes on to fail', async () => {
    const pending = deferred<string>();
    const {client, calls} = fakeClient(() => pending.promise);
    const a = sharedPlaybackToken(client, one);
    const b = sharedPlaybackToken(client, one);
    pending.reject(new Error('nope'));
    const results = await Promise.allSettled([a, b]);
    expect(results.map(r => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect(calls.length).to.equal(1);
  });

  it('asks again once the token is within 60 s of its exp', async () => {
    const start = Date.UTC(2026, 0, 1, 12, 0, 0);
    const clock = fakeClock(start);
    // Every token issued expires two minutes after it was issued.
    const {client, calls} = fakeClient((_t, call) => jwt({exp: clock.time / 1000 + 120, n: call}));
    const first = await sharedPlaybackToken(client, one, clock);
    clock.time = start + 59_999;
    expect(await sharedPlaybackToken(client, one, clock)).to.equal(first);
    expect(calls.length).to.equal(1);
    clock.time = start + 60_000;
    const second = await sharedPlaybackToken(client, one, clock);
    expect(calls.length).to.equal(2);
    expect(second).not.to.equal(first);
    expect(await sharedPlaybackToken(client, one, clock)).to.equal(second);
    expect(calls.length, 'the new token is shared in its turn').to.equal(2);
  });

  it('asks again straight away for a token that was already about to expire', async () => {
    const start = Date.UTC(2026, 0, 1, 12, 0, 0);
    const clock = fakeClock(start);
    const {client, calls} = fakeClient(() => jwt({exp: start / 1000 + 30}));
    await sharedPlaybackToken(client, one, clock);
    await sharedPlaybackToken(client, one, clock);
    expect(calls.length).to.equal(2);
  });

  it('keeps a token without exp (or that is no JWT) for as long as the page lives', async () => {
    const clock = fakeClock(0);
    const {client, calls} = fakeClient(target =>
      target.groupid ? jwt({sub: 'no-exp'}) : 'opaque-token',
    );
    await sharedPlaybackToken(client, one, clock);
    await sharedPlaybackToken(client, {groupid: 'g'}, clock);
    clock.time = 10 * 365 * 24 * 3600 * 1000;
    await sharedPlaybackToken(client, one, clock);
    await sharedPlaybackToken(client, {groupid: 'g'}, clock);
    expect(calls.length).to.equal(2);
  });
});

// ---------------------------------------------------------------------------------------------
// PlaybackTokenController

/** A host whose properties the controller reads. */
class TestTokenHost extends LitElement {
  static override properties = {
    client: {attribute: false},
    stream: {attribute: false},
    session: {attribute: false},
    token: {attribute: false},
  };
  declare client: BintuClient | undefined;
  declare stream: Stream | undefined;
  declare session: NsSession | undefined;
  declare token: string | undefined;
  override render() {
    return html``;
  }
}
customElements.define('test-token-host-ctrl', TestTokenHost);

function session(secure: boolean, role: Role = 'nanoAdmin'): NsSession {
  return createSession({
    status: 'ready',
    features: {secure},
    role,
    locale: 'en',
    dashboardUrl: 'https://x',
  });
}

function makeStream(overrides: Partial<Stream> = {}): Stream {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    state: 'live',
    type: 'low-latency',
    created_at: '2026-01-01T00:00:00Z',
    tags: [],
    transcoding: false,
    ingest: {rtmp: {url: 'rtmp://ingest.example/live', streamname: 'XyZ-abc12'}},
    playout: {h5live: []},
    ...overrides,
  };
}

interface HostInit {
  client?: BintuClient | undefined;
  stream?: Stream | undefined;
  session?: NsSession | undefined;
  token?: string | undefined;
  options?: Partial<PlaybackTokenOptions>;
}

async function tokenHost(init: HostInit) {
  const el = document.createElement('test-token-host-ctrl') as TestTokenHost;
  el.client = init.client;
  el.stream = init.stream;
  el.session = init.session;
  el.token = init.token;
  const controller = new PlaybackTokenController(el, {
    client: () => el.client,
    stream: () => el.stream,
    session: () => el.session,
    given: () => el.token,
    ...init.options,
  });
  const errors: NsLoadErrorEvent[] = [];
  el.addEventListener(NsLoadErrorEvent.eventName, e => errors.push(e as NsLoadErrorEvent));
  await fixture(html`${el}`);
  return {el, controller, errors};
}

async function settle(el: LitElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await el.updateComplete;
    await new Promise(resolve => setTimeout(resolve));
  }
}

describe('PlaybackTokenController', () => {
  it("is 'none' and requests nothing when the organisation has no secure playback", async () => {
    const {client, calls} = fakeClient(() => 'tok');
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(false),
    });
    await settle(el);
    expect(controller.needed).to.equal(false);
    expect(controller.value).to.deep.equal({state: 'none'});
    expect(calls.length).to.equal(0);
  });

  it("is 'none' when the stream says secure playback is off, or is deleted", async () => {
    const {client, calls} = fakeClient(() => 'tok');
    for (const stream of [makeStream({secure: false}), makeStream({state: 'deleted'})]) {
      const {el, controller} = await tokenHost({client, stream, session: session(true)});
      await settle(el);
      expect(controller.value).to.deep.equal({state: 'none'});
    }
    expect(calls.length).to.equal(0);
  });

  it("is 'none' while the stream or the session is not there yet", async () => {
    const {client, calls} = fakeClient(() => 'tok');
    const {el, controller} = await tokenHost({client, session: session(true)});
    await settle(el);
    expect(controller.needed).to.equal(false);
    expect(controller.value).to.deep.equal({state: 'none'});
    const other = await tokenHost({client, stream: makeStream()});
    await settle(other.el);
    expect(other.controller.value).to.deep.equal({state: 'none'});
    expect(calls.length).to.equal(0);
  });

  it("is 'none' for a role that may not have a token issued", async () => {
    const {client, calls} = fakeClient(() => 'tok');
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true, 'nanoReadOnly'),
    });
    await settle(el);
    expect(controller.needed).to.equal(true);
    expect(controller.value).to.deep.equal({state: 'none'});
    expect(calls.length).to.equal(0);
  });

  it("is 'pending', then 'ready' with the issued token, for a secure stream", async () => {
    const answer = deferred<string>();
    const {client, calls} = fakeClient(() => answer.promise);
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
    });
    expect(controller.needed).to.equal(true);
    expect(controller.value).to.deep.equal({state: 'pending'});
    await settle(el);
    expect(controller.value).to.deep.equal({state: 'pending'});
    answer.resolve('issued-token');
    await waitUntil(() => controller.value.state === 'ready');
    expect(controller.value).to.deep.equal({state: 'ready', token: 'issued-token'});
    expect(calls).to.deep.equal([{streams: ['XyZ-abc12']}]);
  });

  it("requests an ABR group's token by its group id", async () => {
    const {client, calls} = fakeClient(() => 'group-token');
    const id = 'a1b2c3d4-0000-4000-8000-00000000000a';
    const {controller} = await tokenHost({
      client,
      stream: makeStream({id, streamgroup: id, transcoding: true}),
      session: session(true),
    });
    await waitUntil(() => controller.value.state === 'ready');
    expect(calls).to.deep.equal([{groupid: id}]);
  });

  it("is 'pending' without a client, and requests once one is given", async () => {
    const {client, calls} = fakeClient(() => 'late-token');
    const {el, controller} = await tokenHost({stream: makeStream(), session: session(true)});
    await settle(el);
    expect(controller.value).to.deep.equal({state: 'pending'});
    el.client = client;
    await waitUntil(() => controller.value.state === 'ready');
    expect(controller.value).to.deep.equal({state: 'ready', token: 'late-token'});
    expect(calls.length).to.equal(1);
  });

  it('uses the given token, trimmed, and requests nothing', async () => {
    const {client, calls} = fakeClient(() => 'issued');
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
      token: '  my-own-token \n',
    });
    await settle(el);
    expect(controller.value).to.deep.equal({state: 'ready', token: 'my-own-token'});
    expect(calls.length).to.equal(0);
  });

  it('ignores a blank given token, and a given token for a stream that needs none', async () => {
    const {client, calls} = fakeClient(() => 'issued');
    const blank = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
      token: '   ',
    });
    await waitUntil(() => blank.controller.value.state === 'ready');
    expect(blank.controller.value).to.deep.equal({state: 'ready', token: 'issued'});
    const open = await tokenHost({
      client,
      stream: makeStream(),
      session: session(false),
      token: 'my-own-token',
    });
    await settle(open.el);
    expect(open.controller.value).to.deep.equal({state: 'none'});
    expect(calls.length).to.equal(1);
  });

  it('shares one request between two hosts showing the same stream', async () => {
    const {client, calls} = fakeClient(() => 'shared');
    const a = await tokenHost({client, stream: makeStream(), session: session(true)});
    const b = await tokenHost({client, stream: makeStream(), session: session(true)});
    await waitUntil(
      () => a.controller.value.state === 'ready' && b.controller.value.state === 'ready',
    );
    expect(calls.length).to.equal(1);
  });

  it("is 'error' when the request fails, without firing unless reportErrors", async () => {
    const error = new ApiError('Not allowed', {kind: 'http', status: 403, code: 1001});
    const {client} = fakeClient(() => error);
    const {el, controller, errors} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
    });
    await waitUntil(() => controller.value.state === 'error');
    const value = controller.value;
    expect(value.state === 'error' && value.error === error).to.equal(true);
    await settle(el);
    expect(errors.length).to.equal(0);
  });

  it('fires ns-load-error once on a failure with reportErrors', async () => {
    const {client} = fakeClient(
      () => new ApiError('Not allowed', {kind: 'http', status: 403, code: 1001}),
    );
    const {el, controller, errors} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
      options: {reportErrors: true},
    });
    await waitUntil(() => controller.value.state === 'error');
    await settle(el);
    expect(errors.length).to.equal(1);
    expect(errors[0]!.target === el).to.equal(true);
    expect(errors[0]!.detail).to.deep.equal({status: 403, code: 1001, message: 'Not allowed'});
  });

  it('run() asks again after a failure', async () => {
    const {client, calls} = fakeClient((_t, call) => (call === 1 ? new Error('flaky') : 'second'));
    const {controller} = await tokenHost({client, stream: makeStream(), session: session(true)});
    await waitUntil(() => controller.value.state === 'error');
    await controller.run();
    expect(controller.value).to.deep.equal({state: 'ready', token: 'second'});
    expect(calls.length).to.equal(2);
  });

  it('requests again for another stream', async () => {
    const {client, calls} = fakeClient(target => `token-${target.streams?.[0]}`);
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
    });
    await waitUntil(() => controller.value.state === 'ready');
    el.stream = makeStream({
      id: 'a1b2c3d4-0000-4000-8000-000000000002',
      ingest: {rtmp: {url: 'rtmp://ingest.example/live', streamname: 'Other-1'}},
    });
    await waitUntil(
      () => controller.value.state === 'ready' && controller.value.token === 'token-Other-1',
    );
    expect(calls.map(c => c.streams?.[0])).to.deep.equal(['XyZ-abc12', 'Other-1']);
  });

  it('does not request again on an update that changes nothing it reads', async () => {
    const {client, calls} = fakeClient(() => 'tok');
    const {el, controller} = await tokenHost({
      client,
      stream: makeStream(),
      session: session(true),
    });
    await waitUntil(() => controller.value.state === 'ready');
    el.stream = makeStream({tags: ['new tag']});
    el.session = session(true);
    await settle(el);
    expect(calls.length).to.equal(1);
    expect(controller.value).to.deep.equal({state: 'ready', token: 'tok'});
  });
});
