import {expect} from '@open-wc/testing';
import type {MockServer} from '../../src/mock/index.js';
import {call, callJson, mockServer} from './support.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('mock transport: fetch and faults', () => {
  let server: MockServer;
  beforeEach(async () => {
    server = await mockServer({seed: 'faults'});
  });

  it('behaves like fetch: string, URL or Request in, a real JSON Response out, bodies clonable', async () => {
    const headers = {'X-BINTU-APIKEY': server.apiKey};
    const byString = await server.fetch(`${server.baseUrl}/organisation`, {headers});
    const byUrl = await server.fetch(new URL('/organisation', server.baseUrl), {headers});
    const byRequest = await server.fetch(new Request(`${server.baseUrl}/organisation`, {headers}));
    for (const res of [byString, byUrl, byRequest]) {
      expect(res).to.be.instanceOf(Response);
      expect(res.ok).to.equal(true);
      expect(res.headers.get('Content-Type')).to.equal('application/json');
      expect(res.url).to.equal(`${server.baseUrl}/organisation`);
      const copy = res.clone();
      expect(await res.json()).to.deep.equal(await copy.json());
    }
    // handle() reads a clone: the Request it is given (e.g. by msw) keeps its body.
    const request = new Request(`${server.baseUrl}/stream`, {
      method: 'POST',
      headers,
      body: JSON.stringify({tags: ['a']}),
    });
    expect((await server.handle(request)).status).to.equal(200);
    expect(request.bodyUsed).to.equal(false);
    expect(await request.json()).to.deep.equal({tags: ['a']});
  });

  it('never reaches the network: other origins and prefixes reject like a failed fetch', async () => {
    for (const url of [
      'https://example.org/stream',
      'https://token.nanostream.cloud/other/splay',
      'http://bintu.nanocosmos.de/stream',
    ]) {
      const error = await rejection(server.fetch(url));
      expect(error).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.include('no real network');
      expect((error as Error).message).to.include(url);
    }
  });

  it('answers other base URLs when configured', async () => {
    const custom = await mockServer({
      baseUrl: 'http://localhost:9999/bintu/',
      tokenServiceUrl: 'http://localhost:9999/bintu/token',
    });
    expect(custom.baseUrl).to.equal('http://localhost:9999/bintu');
    expect((await call(custom, '/organisation')).status).to.equal(200);
    expect((await call(custom, '/splay', {host: 'token', body: {orgawide: true}})).status).to.equal(
      200,
    );
    expect(custom.requests.map(r => r.operationId)).to.deep.equal([
      'getOrganisation',
      'createPlaybackToken',
    ]);
    await rejection(custom.fetch('https://bintu.nanocosmos.de/organisation'));
  });

  it('injects an HTTP error with body and headers, limited by times, and removable', async () => {
    const remove = server.inject(
      'listStreams',
      {
        status: 429,
        body: {error: {message: 'Too Many Requests', code: 4290}},
        headers: {'Retry-After': '3'},
      },
      {times: 2},
    );
    for (let i = 0; i < 2; i++) {
      const res = await callJson(server, '/stream');
      expect(res.status).to.equal(429);
      expect(res.headers.get('Retry-After')).to.equal('3');
      expect(res.body).to.deep.equal({error: {message: 'Too Many Requests', code: 4290}});
    }
    expect((await call(server, '/stream')).status).to.equal(200);
    // Other operations were never affected.
    remove();
    const forever = server.inject('getOrganisation', {status: 503});
    expect((await call(server, '/organisation')).status).to.equal(503);
    expect((await call(server, '/organisation')).status).to.equal(503);
    const fallback = await callJson(server, '/organisation');
    expect(fallback.body).to.deep.equal({error: {message: 'Service Unavailable', code: 5030}});
    expect((await call(server, '/user')).status).to.equal(200);
    forever();
    expect((await call(server, '/organisation')).status).to.equal(200);
  });

  it("injects into every operation with '*', in each host's error shape; clearFaults removes all", async () => {
    server.inject('*', {status: 500});
    expect((await callJson(server, '/stream')).body).to.deep.equal({
      error: {message: 'Internal Server Error', code: 5000},
    });
    expect(
      (await callJson(server, '/splay', {host: 'token', body: {orgawide: true}})).body,
    ).to.deep.equal({
      success: false,
      errorCode: 500,
      message: 'Internal Server Error',
    });
    server.clearFaults();
    expect((await call(server, '/stream')).status).to.equal(200);
  });

  it('injects extra latency', async () => {
    server.inject('getOrganisation', {latencyMs: 600}, {times: 1});
    let start = performance.now();
    expect((await call(server, '/organisation')).status).to.equal(200);
    expect(performance.now() - start).to.be.at.least(590);
    start = performance.now();
    await call(server, '/organisation');
    expect(performance.now() - start).to.be.below(400);
  });

  it('applies the configured latency range to every answer', async () => {
    const slow = await mockServer({latencyMs: [60, 80]});
    const start = performance.now();
    await call(slow, '/organisation');
    expect(performance.now() - start).to.be.at.least(55);
  });

  it('injects a malformed body: 200 with JSON that does not parse', async () => {
    server.inject('getStream', {malformed: true}, {times: 1});
    const id = server.org.streams[0]!.id;
    const res = await call(server, `/stream/${id}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('Content-Type')).to.equal('application/json');
    const error = await rejection(res.json());
    expect(error).to.be.instanceOf(SyntaxError);
  });

  it('injects a network failure: fetch rejects with a TypeError, handle answers Response.error()', async () => {
    server.inject('listStreams', {network: true}, {times: 2});
    const error = await rejection(call(server, '/stream'));
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('Failed to fetch');
    const response = await server.handle(
      new Request(`${server.baseUrl}/stream`, {headers: {'X-BINTU-APIKEY': server.apiKey}}),
    );
    expect(response.type).to.equal('error');
    expect((await call(server, '/stream')).status).to.equal(200);
    expect(server.requests.slice(-3).map(r => r.status)).to.deep.equal([0, 0, 200]);
  });

  it('rejects with an AbortError when the request is aborted during latency, and changes nothing', async () => {
    server.inject('deleteStream', {latencyMs: 500});
    const target = server.org.streams.find(s => s.state === 'ended' && !s.streamgroup)!;
    const controller = new AbortController();
    const pending = call(server, `/stream/${target.id}`, {
      method: 'DELETE',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(target.state).to.equal('ended');

    const already = await rejection(call(server, '/organisation', {signal: AbortSignal.abort()}));
    expect((already as DOMException).name).to.equal('AbortError');

    const timedOut = await rejection(
      call(server, `/stream/${target.id}`, {method: 'DELETE', signal: AbortSignal.timeout(30)}),
    );
    expect((timedOut as DOMException).name).to.equal('TimeoutError');
  });

  it('logs every request with its operation and status', async () => {
    await call(server, '/stream?quantity=5');
    await call(server, '/stream/nope', {as: 'anonymous'});
    await call(server, '/nowhere');
    expect(
      server.requests.map(({method, operationId, status}) => ({method, operationId, status})),
    ).to.deep.equal([
      {method: 'GET', operationId: 'listStreams', status: 200},
      {method: 'GET', operationId: 'getStream', status: 401},
      {method: 'GET', operationId: undefined, status: 404},
    ]);
    expect(server.requests[0]!.url).to.equal(`${server.baseUrl}/stream?quantity=5`);
  });
});
