import {expect} from '@open-wc/testing';
import {BintuClient} from '../../src/api/index.js';
import {cacheKey, isStaleAfterChange, streamIdsOfChange} from '../../src/api/cache.js';
import {
  bintuError,
  delay,
  fakeFetch,
  hang,
  json,
  later,
  rejectionOf,
  stream,
  type FetchCall,
  type Responder,
} from './fake-fetch.js';

const A = '5f86a12f-3801-415a-b450-6b6a46842349';
const B = '0b7c3f1e-1111-4222-8333-944455556666';
const GROUP = '9a9a9a9a-aaaa-4bbb-8ccc-dddddddddddd';

/** Answers every GET after `ms` with the stream, group, list or tags its path asks for. */
function api(ms = 0): Responder {
  const answer = (call: FetchCall) => {
    const path = call.url.pathname;
    if (path === '/stream') return json([stream(A), stream(B)]);
    if (path === '/tag') return json(['event:finale']);
    if (path.endsWith('/group'))
      return json({id: GROUP, state: 'live', playout: {h5live: [], hls: []}});
    const id = decodeURIComponent(path.split('/')[2] ?? '');
    return json(stream(id, {streamgroup: id === A ? GROUP : undefined}));
  };
  return ms ? call => later(ms, () => answer(call))(call, 0) : answer;
}

function clientWith(script: Responder | Responder[], options = {}) {
  const fake = fakeFetch(script);
  const client = new BintuClient({fetch: fake.fetch, apiKey: 'key', retryDelayMs: 1, ...options});
  return {client, calls: fake.calls};
}

const paths = (calls: FetchCall[]) => calls.map(call => `${call.method} ${call.url.pathname}`);

describe('BintuClient sharing and keeping answers', () => {
  it('makes one request for three identical GETs in flight, each caller getting its own copy', async () => {
    const {client, calls} = clientWith(api(20));
    const answers = await Promise.all([
      client.getStream(A),
      client.getStream(A),
      client.getStream(A),
    ]);
    expect(calls).to.have.length(1);
    expect(answers[1]).to.deep.equal(answers[0]);
    expect(answers[2]).to.deep.equal(answers[0]);
    expect(answers[0]).not.to.equal(answers[1]);
    answers[0]!.tags.push('changed by one caller');
    expect((await client.getStream(A)).tags).to.deep.equal([]);
  });

  it('does not share GETs with a different query or different credentials', async () => {
    const {client, calls} = clientWith(api(10));
    await Promise.all([
      client.getStream(A),
      client.getStream(A, {assetLimit: 1}),
      client.getStream(B),
    ]);
    expect(calls).to.have.length(3);

    const fake = fakeFetch(api(10));
    const first = new BintuClient({fetch: fake.fetch, apiKey: 'org-1'});
    const second = new BintuClient({fetch: fake.fetch, apiKey: 'org-2'});
    await Promise.all([first.getStream(A), second.getStream(A)]);
    expect(fake.calls.map(call => call.headers.get('X-BINTU-APIKEY')).sort()).to.deep.equal([
      'org-1',
      'org-2',
    ]);
  });

  it('lets one caller abort a shared GET while it continues for the others', async () => {
    const {client, calls} = clientWith(api(40));
    const controller = new AbortController();
    const leaving = client.getStream(A, {}, {signal: controller.signal});
    const staying = client.getStream(A);
    await delay(5);
    controller.abort();
    expect(await rejectionOf(leaving)).to.include({kind: 'abort'});
    expect((await staying).id).to.equal(A);
    expect(calls).to.have.length(1);
    expect(calls[0]!.signal?.aborted).to.equal(false);
  });

  it('aborts the shared fetch when every caller has aborted', async () => {
    const {client, calls} = clientWith(hang);
    const one = new AbortController();
    const two = new AbortController();
    const first = rejectionOf(client.getOrganisation({signal: one.signal}));
    const second = rejectionOf(client.getOrganisation({signal: two.signal}));
    await delay(5);
    one.abort();
    await delay(5);
    expect(calls[0]!.signal?.aborted).to.equal(false);
    two.abort();
    expect(await first).to.include({kind: 'abort'});
    expect(await second).to.include({kind: 'abort'});
    expect(calls[0]!.signal?.aborted).to.equal(true);
  });

  it('reuses a kept answer within the TTL and asks again after it', async () => {
    const {client, calls} = clientWith(api(), {cacheTtlMs: 80});
    await client.listStreams({state: 'live'});
    await client.listStreams({state: 'live'});
    expect(calls).to.have.length(1);
    await delay(120);
    await client.listStreams({state: 'live'});
    expect(calls).to.have.length(2);
  });

  it('skips the kept answer with fresh: true, but still joins a request in flight', async () => {
    const {client, calls} = clientWith(api(20));
    await client.getStream(A);
    await client.getStream(A, {}, {fresh: true});
    expect(calls).to.have.length(2);
    await Promise.all([client.getStream(B), client.getStream(B, {}, {fresh: true})]);
    expect(calls).to.have.length(3);
  });

  it('keeps nothing with cacheTtlMs 0, and never keeps an error', async () => {
    const {client, calls} = clientWith(api(), {cacheTtlMs: 0});
    await client.getStream(A);
    await client.getStream(A);
    expect(calls).to.have.length(2);

    const failing = clientWith([() => bintuError(404, 4040, 'Stream not found'), api()]);
    expect(await rejectionOf(failing.client.getStream(B))).to.include({status: 404});
    expect((await failing.client.getStream(B)).id).to.equal(B);
    expect(failing.calls).to.have.length(2);
  });

  it('drops what is kept for a changed stream, its group, the lists and tag searches', async () => {
    const {client, calls} = clientWith(api());
    const load = () =>
      Promise.all([
        client.getStream(A),
        client.getStreamGroup(GROUP),
        client.listStreams({}),
        client.searchTags('ev'),
        client.getStream(B),
        client.getOrganisation(),
      ]);
    await load();
    expect(calls).to.have.length(6);
    await client.setStreamTags(A, ['event:finale']);
    calls.length = 0;
    await load();
    expect(paths(calls)).to.have.members([
      `GET /stream/${A}`,
      `GET /stream/${GROUP}/group`,
      'GET /stream',
      'GET /tag',
    ]);
  });

  it('drops the lists after a stream is created', async () => {
    const {client, calls} = clientWith(api());
    await client.listStreams({});
    await client.createStream({tags: ['new']});
    await client.listStreams({});
    expect(paths(calls)).to.deep.equal(['GET /stream', 'POST /stream', 'GET /stream']);
  });

  it('does not keep a GET that was in flight while its stream changed', async () => {
    const {client, calls} = clientWith(api(30));
    const before = client.getStream(A);
    await delay(5);
    await client.stopStream(A);
    await before;
    await client.getStream(A);
    expect(paths(calls).filter(path => path.startsWith('GET'))).to.have.length(2);
  });

  it('forgets everything on clearCache()', async () => {
    const {client, calls} = clientWith(api());
    await client.getOrganisation();
    client.clearCache();
    await client.getOrganisation();
    expect(calls).to.have.length(2);
  });

  it('keys GETs by host, path with query and an opaque credential id', () => {
    expect(cacheKey('api', '/stream?state=live', 'k')).to.equal('api /stream?state=live k');
    expect(cacheKey('api', '/stream', 't1')).not.to.equal(cacheKey('api', '/stream', 't2'));
    expect(cacheKey('api', '/x', 'p')).not.to.equal(cacheKey('token', '/x', 'p'));
  });

  it('decides what a change makes stale', () => {
    const ids = streamIdsOfChange('a b', {id: 'a b', streamgroup: 'g'});
    expect(ids).to.deep.equal(['a b', 'g']);
    const stale = (path: string, host: 'api' | 'token' = 'api') =>
      isStaleAfterChange({host, path}, ids);
    expect(stale('/stream/a%20b')).to.equal(true);
    expect(stale('/stream/a%20b/group')).to.equal(true);
    expect(stale('/stream/g/group')).to.equal(true);
    expect(stale('/stream')).to.equal(true);
    expect(stale('/tag')).to.equal(true);
    expect(stale('/stream/a%20bc')).to.equal(false);
    expect(stale('/stream/other')).to.equal(false);
    expect(stale('/organisation')).to.equal(false);
    expect(stale('/stream', 'token')).to.equal(false);
    expect(streamIdsOfChange(undefined, undefined)).to.deep.equal([]);
  });
});
