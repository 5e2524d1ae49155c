import {expect} from '@open-wc/testing';
import {ApiError, BintuClient, isApiError} from '../../src/api/index.js';
import {formatDuration, parseRetryAfter, timeoutError} from '../../src/api/http.js';
import {
  bintuError,
  delay,
  fakeFetch,
  hang,
  json,
  later,
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

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await rejectionOf(promise);
  expect(isApiError(error), String(error)).to.equal(true);
  return error as ApiError;
}

describe('BintuClient errors', () => {
  it('turns a bintu error body into status, code, message and userinfo', async () => {
    const {client} = clientWith(() =>
      bintuError(400, 1002, 'Parameter required', {}, {required_parameter: 'tags'}),
    );
    const error = await apiErrorOf(client.setStreamTags(ID, []));
    expect(error).to.include({
      kind: 'http',
      status: 400,
      code: 1002,
      message: 'Parameter required',
    });
    expect(error.userinfo).to.deep.equal({required_parameter: 'tags'});
    expect(error.name).to.equal('ApiError');
  });

  it('turns a token service error body into status, code and message', async () => {
    const {client} = clientWith(() =>
      json({success: false, errorCode: 1001, message: 'API key not valid'}, 403),
    );
    const error = await apiErrorOf(client.createPlaybackToken({groupid: ID}));
    expect(error).to.include({kind: 'http', status: 403, code: 1001, message: 'API key not valid'});
    expect(error.userinfo).to.equal(undefined);
  });

  it('gives the message of a flat {status, message} error body, not only the status', async () => {
    const {client} = clientWith(() =>
      json({status: 500, message: 'Stream service temporarily unavailable'}, 500),
    );
    const error = await apiErrorOf(client.stopStream(ID));
    expect(error).to.include({
      kind: 'http',
      status: 500,
      message: 'Stream service temporarily unavailable',
    });
  });

  it('treats a token service answer of 200 with success: false as an error', async () => {
    const {client} = clientWith(() =>
      json({success: false, errorCode: 2011, message: 'Token is not revocable'}),
    );
    const error = await apiErrorOf(client.revokePlaybackToken('jwt'));
    expect(error).to.include({kind: 'http', status: 200, code: 2011});
    expect(error.message).to.equal('Token is not revocable');
  });

  it('reports a garbled 200 body as a parse error naming the status', async () => {
    const {client} = clientWith(() =>
      text('{"id": "5f86', 200, {'Content-Type': 'application/json'}),
    );
    const error = await apiErrorOf(client.getStream(ID));
    expect(error).to.include({kind: 'parse', status: 200});
    expect(error.message).to.contain('HTTP 200').and.to.contain('not valid JSON');
  });

  it('reports an empty 200 body where JSON is expected as a parse error', async () => {
    const {client} = clientWith(() => text(''));
    const error = await apiErrorOf(client.getOrganisation());
    expect(error).to.include({kind: 'parse', status: 200});
    expect(error.message).to.contain('empty body');
  });

  it('keeps the status of an error answered as HTML by a proxy', async () => {
    const {client} = clientWith(() =>
      text('<html><body>Internal Server Error</body></html>', 500, {'Content-Type': 'text/html'}),
    );
    const error = await apiErrorOf(client.getStream(ID));
    expect(error).to.include({kind: 'http', status: 500, code: undefined});
    expect(error.message).to.equal('The nanoStream API answered HTTP 500.');
  });

  it('reports a network failure with status 0', async () => {
    const {client, calls} = clientWith(offline);
    const error = await apiErrorOf(client.stopStream(ID));
    expect(error).to.include({kind: 'network', status: 0});
    expect(error.message).to.contain('Could not reach the nanoStream API');
    expect(error.cause).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(1);
  });

  it('reads Retry-After in seconds and as an HTTP date', async () => {
    const now = Date.UTC(2026, 10, 20, 12, 0, 0);
    expect(parseRetryAfter('7', now)).to.equal(7);
    expect(parseRetryAfter(new Date(now + 12_000).toUTCString(), now)).to.equal(12);
    expect(parseRetryAfter(new Date(now - 5_000).toUTCString(), now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);

    const {client} = clientWith(() =>
      bintuError(429, 4290, 'Too many requests', {'Retry-After': '120'}),
    );
    const error = await apiErrorOf(client.stopStream(ID));
    expect(error).to.include({status: 429, retryAfter: 120});
  });

  it('times out a try that does not answer, aborting its fetch', async () => {
    const {client, calls} = clientWith(hang, {timeoutMs: 50});
    const started = performance.now();
    const error = await apiErrorOf(client.getStream(ID));
    expect(performance.now() - started).to.be.within(45, 1000);
    expect(error).to.include({kind: 'timeout', status: 0});
    expect(error.message).to.equal('The nanoStream API did not answer within 50 ms.');
    expect(calls[0]!.signal?.aborted).to.equal(true);
    // A timeout is not retried: the user has already waited the whole budget.
    expect(calls).to.have.length(1);
    expect(timeoutError('api', 15_000).message).to.equal(
      'The nanoStream API did not answer within 15 s.',
    );
    expect(formatDuration(1500)).to.equal('1.5 s');
  });

  it('times out even when a custom fetch ignores its signal', async () => {
    const {client} = clientWith(() => new Promise<Response>(() => {}), {timeoutMs: 30});
    expect(await apiErrorOf(client.getOrganisation())).to.include({kind: 'timeout'});
  });

  it('bounds each try, not the whole call: a retry gets a fresh timeout', async () => {
    // Each try takes 300 ms, well inside the 500 ms timeout; both together take longer than it.
    const {client, calls} = clientWith(
      [later(300, () => bintuError(503, 5030, 'Unavailable')), later(300, () => json(stream(ID)))],
      {timeoutMs: 500, retryDelayMs: 10},
    );
    const started = performance.now();
    expect((await client.getStream(ID)).id).to.equal(ID);
    expect(performance.now() - started).to.be.above(500);
    expect(calls).to.have.length(2);
  });

  it("rejects with kind abort when the caller's signal aborts, and aborts the fetch", async () => {
    const {client, calls} = clientWith(hang);
    const controller = new AbortController();
    const pending = client.setStreamPushUrl(ID, 'rtmp://example.org/live', {
      signal: controller.signal,
    });
    await delay(10);
    controller.abort();
    const error = await apiErrorOf(pending);
    expect(error).to.include({kind: 'abort', status: 0, aborted: true});
    expect(calls[0]!.signal?.aborted).to.equal(true);
  });

  it('sends nothing for an already aborted signal', async () => {
    const {client, calls} = clientWith(() => json(stream(ID)));
    const error = await apiErrorOf(client.getStream(ID, {}, {signal: AbortSignal.abort()}));
    expect(error.kind).to.equal('abort');
    expect(calls).to.have.length(0);
  });
});
