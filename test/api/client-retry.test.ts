import {expect} from '@open-wc/testing';
import {ApiError, BintuClient} from '../../src/api/index.js';
import {backoffDelay} from '../../src/api/http.js';
import {
  bintuError,
  delay,
  fakeFetch,
  json,
  offline,
  rejectionOf,
  stream,
  text,
  type Responder,
} from './fake-fetch.js';

const ID = '5f86a12f-3801-415a-b450-6b6a46842349';

function clientWith(script: Responder | Responder[], options = {}) {
  const fake = fakeFetch(script);
  const client = new BintuClient({fetch: fake.fetch, apiKey: 'key', retryDelayMs: 1, ...options});
  return {client, calls: fake.calls};
}

describe('BintuClient retries', () => {
  it('waits as Retry-After says on a 429, then answers', async () => {
    const {client, calls} = clientWith([
      () => bintuError(429, 4290, 'Too many requests', {'Retry-After': '1'}),
      () => json(stream(ID)),
    ]);
    expect((await client.getStream(ID)).id).to.equal(ID);
    expect(calls).to.have.length(2);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(995);
  });

  it('waits as Retry-After says on a 503, then answers', async () => {
    const {client, calls} = clientWith([
      () => text('Service Unavailable', 503, {'Retry-After': '1'}),
      () => json(['event:finale']),
    ]);
    expect(await client.searchTags('event')).to.deep.equal(['event:finale']);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(995);
  });

  it('retries a GET after a network failure', async () => {
    const {client, calls} = clientWith([offline, () => json([stream(ID)])]);
    const page = await client.listStreams({});
    expect(page.streams.map(s => s.id)).to.deep.equal([ID]);
    expect(calls).to.have.length(2);
  });

  it('gives up after maxTries tries and surfaces the last error', async () => {
    const {client, calls} = clientWith(() => bintuError(502, 5020, 'Bad gateway'), {maxTries: 3});
    const error = await rejectionOf(client.getOrganisation());
    expect(error).to.be.instanceOf(ApiError).and.include({status: 502, code: 5020});
    expect(calls).to.have.length(3);
  });

  it('never retries a PUT, POST or DELETE', async () => {
    const {client, calls} = clientWith(() =>
      bintuError(503, 5030, 'Unavailable', {'Retry-After': '0'}),
    );
    expect(await rejectionOf(client.stopStream(ID))).to.include({status: 503});
    expect(await rejectionOf(client.createStream({}))).to.include({status: 503});
    expect(await rejectionOf(client.deleteStream(ID))).to.include({status: 503});
    const offlineClient = clientWith(offline);
    expect(
      await rejectionOf(offlineClient.client.createPlaybackToken({orgawide: true})),
    ).to.include({kind: 'network'});
    expect(calls.map(call => call.method)).to.deep.equal(['PUT', 'POST', 'DELETE']);
    expect(offlineClient.calls).to.have.length(1);
  });

  it('does not retry errors that another try would not fix', async () => {
    for (const [status, code] of [
      [400, 1002],
      [403, 2001],
      [404, 4040],
      [500, 5000],
    ] as const) {
      const {client, calls} = clientWith(() => bintuError(status, code, 'No'));
      expect(await rejectionOf(client.getStream(ID))).to.include({status, code});
      expect(calls, String(status)).to.have.length(1);
    }
  });

  it('surfaces a Retry-After longer than 30 s at once, with retryAfter set', async () => {
    const {client, calls} = clientWith(() =>
      bintuError(429, 4290, 'Too many requests', {'Retry-After': '120'}),
    );
    const started = performance.now();
    expect(await rejectionOf(client.getStream(ID))).to.include({status: 429, retryAfter: 120});
    expect(performance.now() - started).to.be.below(500);
    expect(calls).to.have.length(1);
  });

  it("stops waiting at once when the caller's signal aborts", async () => {
    const {client, calls} = clientWith(() =>
      bintuError(429, 4290, 'Too many requests', {'Retry-After': '1'}),
    );
    const controller = new AbortController();
    const pending = client.getStream(ID, {}, {signal: controller.signal});
    await delay(50);
    const aborted = performance.now();
    controller.abort();
    expect(await rejectionOf(pending)).to.include({kind: 'abort'});
    // Far less than the second that Retry-After asked for.
    expect(performance.now() - aborted).to.be.below(500);
    await delay(1100);
    expect(calls).to.have.length(1);
  });

  it('backs off exponentially with jitter from retryDelayMs', () => {
    expect(backoffDelay(1, 300, () => 0)).to.equal(150);
    expect(backoffDelay(1, 300, () => 1)).to.equal(300);
    expect(backoffDelay(2, 300, () => 1)).to.equal(600);
    expect(backoffDelay(3, 300, () => 0.5)).to.equal(900);
    expect(backoffDelay(20, 300, () => 1)).to.equal(30_000);
  });
});
