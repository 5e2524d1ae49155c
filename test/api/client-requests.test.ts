import {expect} from '@open-wc/testing';
import {
  BintuClient,
  DEFAULT_BASE_URL,
  DEFAULT_TOKEN_SERVICE_URL,
  operations,
  type OperationId,
  type RequestParts,
} from '../../src/api/index.js';
import {fakeFetch, json, rejectionOf, stream, text, type FetchCall} from './fake-fetch.js';

const ID = '5f86a12f-3801-415a-b450-6b6a46842349';

/** A client on a fake transport that answers every call with `answer()`. */
function clientAnswering(answer: (call: FetchCall) => Response) {
  const fake = fakeFetch(call => answer(call));
  const client = new BintuClient({fetch: fake.fetch, apiKey: 'key-1', cacheTtlMs: 0});
  return {client, calls: fake.calls};
}

describe('BintuClient requests', () => {
  it('defaults to the hosts openapi.yaml names in its servers', async () => {
    const yaml = await (await fetch('/src/api/openapi.yaml')).text();
    const servers = [...yaml.matchAll(/servers:\s*\n\s*- url: (\S+)/g)].map(match => match[1]);
    expect(servers[0]).to.equal(DEFAULT_BASE_URL);
    expect(servers).to.include(DEFAULT_TOKEN_SERVICE_URL);

    const {client, calls} = clientAnswering(() => json({success: true, data: {token: 'jwt'}}));
    await client.createPlaybackToken({groupid: ID});
    await client.getOrganisation().catch(() => undefined);
    expect(calls[0]!.url.href).to.equal(`${DEFAULT_TOKEN_SERVICE_URL}/splay`);
    expect(calls[1]!.url.href).to.equal(`${DEFAULT_BASE_URL}/organisation`);
  });

  it('sends every operation with the method, path and host of the operations table', async () => {
    const {client, calls} = clientAnswering(call => {
      if (call.url.pathname.endsWith('/revoke')) return new Response(null, {status: 204});
      if (call.url.pathname.includes('/splay')) {
        return json({success: true, data: {token: 'jwt'}});
      }
      if (call.url.pathname === '/stream' && call.method === 'GET') return json([]);
      if (call.url.pathname === '/tag') return json(['a']);
      if (call.url.pathname === '/user') return json({id: 7, permission: 'nanoUser'});
      return json(stream(ID));
    });
    // A Record over every OperationId: an operation added to the yaml without a method fails to compile.
    const invoke: Record<OperationId, () => Promise<unknown>> = {
      listStreams: () => client.listStreams({}),
      createStream: () => client.createStream({tags: ['x']}),
      getStream: () => client.getStream(ID),
      deleteStream: () => client.deleteStream(ID),
      getStreamGroup: () => client.getStreamGroup(ID),
      setStreamTags: () => client.setStreamTags(ID, ['a']),
      setStreamPushUrl: () => client.setStreamPushUrl(ID, 'rtmp://example.org/live/x'),
      stopStream: () => client.stopStream(ID),
      lockStream: () => client.lockStream(ID),
      unlockStream: () => client.unlockStream(ID),
      addTranscode: () => client.addTranscode(ID, 'vtrans2-852x480x800x25'),
      setStreamProcessing: () => client.setStreamProcessing(ID, [{id: 'thumbs', interval: 10}]),
      searchTags: () => client.searchTags('ev'),
      getOrganisation: () => client.getOrganisation(),
      getUser: () => client.getUser(),
      createPlaybackToken: () => client.createPlaybackToken({streams: ['HX26g-NRbx9']}),
      verifyPlaybackToken: () => client.verifyPlaybackToken('jwt'),
      revokePlaybackToken: () => client.revokePlaybackToken('jwt'),
    };
    for (const [id, call] of Object.entries(invoke) as [OperationId, () => Promise<unknown>][]) {
      const before = calls.length;
      await call();
      expect(calls.length, id).to.equal(before + 1);
      const sent = calls[before]!;
      const op = operations[id];
      const base = op.host === 'token' ? DEFAULT_TOKEN_SERVICE_URL : DEFAULT_BASE_URL;
      expect(sent.method, id).to.equal(op.method.toUpperCase());
      expect(`${sent.url.origin}${sent.url.pathname}`, id).to.equal(
        base + op.path.replace('{id}', ID),
      );
    }
  });

  it('sends Accept always, and Content-Type with a JSON body only when there is a body', async () => {
    const {client, calls} = clientAnswering(() => json(stream(ID)));
    await client.getStream(ID);
    await client.stopStream(ID);
    await client.setStreamTags(ID, ['event:finale', 'studio/west']);
    expect(calls.map(call => call.headers.get('Accept'))).to.deep.equal(
      Array(3).fill('application/json'),
    );
    expect(calls[0]!.headers.has('Content-Type')).to.equal(false);
    expect(calls[1]!.headers.has('Content-Type')).to.equal(false);
    expect(calls[1]!.body).to.equal(undefined);
    expect(calls[2]!.headers.get('Content-Type')).to.equal('application/json');
    expect(calls[2]!.body).to.deep.equal({tags: ['event:finale', 'studio/west']});
  });

  it('builds the stream list query: one state, repeated tags[], ISO dates', async () => {
    const {client, calls} = clientAnswering(() => json([]));
    await client.listStreams({
      quantity: 25,
      offset: 50,
      state: 'deleted',
      tags: ['event:finale', 'studio/west'],
      updatedAfter: new Date(Date.UTC(2026, 10, 20, 17, 2, 11)),
      updatedBefore: '2026-11-21T00:00:00.000Z',
      streamname: 'HX26g-NRbx9',
      individual: true,
    });
    const query = calls[0]!.url.searchParams;
    expect(query.get('quantity')).to.equal('25');
    expect(query.get('offset')).to.equal('50');
    expect(query.getAll('state')).to.deep.equal(['deleted']);
    expect(query.getAll('tags[]')).to.deep.equal(['event:finale', 'studio/west']);
    expect(query.get('updated_after')).to.equal('2026-11-20T17:02:11.000Z');
    expect(query.get('updated_before')).to.equal('2026-11-21T00:00:00.000Z');
    expect(query.get('streamname')).to.equal('HX26g-NRbx9');
    expect(query.get('individual')).to.equal('true');

    await client.listStreams({tags: []});
    expect(calls[1]!.url.search).to.equal('');
  });

  it('sends no state for "all" (as the official client does) and exactly one for one state', async () => {
    const {client, calls} = clientAnswering(() => json([]));
    await client.listStreams({quantity: 25});
    await client.listStreams({quantity: 25, state: 'live'});
    expect(calls[0]!.url.searchParams.has('state')).to.equal(false);
    expect(calls[0]!.url.search).to.equal('?quantity=25');
    expect(calls[1]!.url.searchParams.getAll('state')).to.deep.equal(['live']);
  });

  it('asks for the group as the player does: ?profile=player, without credentials', async () => {
    const {client, calls} = clientAnswering(() => json({id: ID, state: 'live', playout: {}}));
    await client.getStreamGroup(ID);
    expect(calls[0]!.url.pathname).to.equal(`/stream/${ID}/group`);
    expect(calls[0]!.url.search).to.equal('?profile=player');
    expect(calls[0]!.headers.has('X-BINTU-APIKEY')).to.equal(false);
    expect(calls[0]!.headers.has('X-BINTU-TOKEN')).to.equal(false);
  });

  it('sends processing for a new stream as one list per playout', async () => {
    const {client, calls} = clientAnswering(() => json(stream(ID)));
    const processing = [
      [{id: 'thumbs' as const, interval: 10}],
      [{id: 'thumbs' as const, interval: 30}],
    ];
    await client.createStream({
      tags: ['x'],
      transcodes: [{profile: 'vtrans2-852x480x800x25'}],
      processing,
    });
    expect(calls[0]!.body).to.deep.equal({
      tags: ['x'],
      transcodes: [{profile: 'vtrans2-852x480x800x25'}],
      processing,
    });
    // @ts-expect-error a flat list of settings is not what the API takes
    void client.createStream({processing: [{id: 'thumbs', interval: 10}]}).catch(() => undefined);
  });

  it('reads the total from X-Total-Count; without it, no total, only what is known', async () => {
    const page = [stream('a'), stream('b')];
    const withHeader = clientAnswering(() => json(page, 200, {'X-Total-Count': '137'}));
    expect(await withHeader.client.listStreams({offset: 10})).to.deep.equal({
      streams: page,
      total: 137,
      known: 137,
    });
    const without = clientAnswering(() => json(page));
    expect(await without.client.listStreams({offset: 10})).to.deep.equal({
      streams: page,
      total: undefined,
      known: 12,
    });
    // A header that is smaller than what the page proves is never shown as the total.
    const wrong = clientAnswering(() => json(page, 200, {'X-Total-Count': '3'}));
    expect((await wrong.client.listStreams({offset: 10})).total).to.equal(12);
  });

  it('URL-encodes path parameters and rejects an empty id instead of calling the list', async () => {
    const {client, calls} = clientAnswering(() => json(stream('x')));
    await client.getStream('a/b c?d', {assetLimit: 3});
    expect(calls[0]!.url.pathname).to.equal('/stream/a%2Fb%20c%3Fd');
    expect(calls[0]!.url.searchParams.get('asset_limit')).to.equal('3');

    const error = await rejectionOf(client.getStream(''));
    expect(error).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(1);
  });

  it('talks to the configured hosts, with or without a trailing slash', async () => {
    const fake = fakeFetch(call =>
      call.url.hostname === 'tokens.example.org'
        ? json({success: true, data: {token: 'jwt'}})
        : json({name: 'Org', hash: 'HX26g', features: {}, limits: {transcodes: 2}}),
    );
    const client = new BintuClient({
      fetch: fake.fetch,
      baseUrl: 'https://api.example.org/bintu/',
      tokenServiceUrl: 'https://tokens.example.org/api/v1',
    });
    await client.getOrganisation();
    await client.createPlaybackToken({orgawide: true});
    expect(fake.calls.map(call => call.url.href)).to.deep.equal([
      'https://api.example.org/bintu/organisation',
      'https://tokens.example.org/api/v1/splay',
    ]);
  });

  it('unwraps the token service answers: the token, and the verification data', async () => {
    const {client, calls} = clientAnswering(call =>
      call.url.pathname.endsWith('/verify')
        ? json({success: true, data: {token: 'eyJ.x.y'}})
        : call.url.pathname.endsWith('/revoke')
          ? new Response(null, {status: 204})
          : json({success: true, data: {token: 'eyJhbGciOiJFZERTQSJ9.e30.sig'}}),
    );
    const request = {groupid: ID, exp: 1_900_000_000, revocable: true};
    expect(await client.createPlaybackToken(request)).to.equal('eyJhbGciOiJFZERTQSJ9.e30.sig');
    expect(calls[0]!.body).to.deep.equal(request);
    expect(await client.verifyPlaybackToken('eyJ.x.y')).to.deep.equal({
      valid: true,
      token: 'eyJ.x.y',
    });
    expect(calls[1]!.body).to.deep.equal({token: 'eyJ.x.y'});
    // Verification is public: the API key stays at home.
    expect(calls[1]!.headers.has('X-BINTU-APIKEY')).to.equal(false);
    expect(await client.revokePlaybackToken('eyJ.x.y')).to.equal(undefined);
    expect(calls.every(call => call.url.origin === 'https://token.nanostream.cloud')).to.equal(
      true,
    );
    expect(calls.every(call => call.url.pathname.startsWith('/api/v1/splay'))).to.equal(true);
  });

  it('reads a 403 from verify as the documented "invalid", and rejects other failures', async () => {
    const expired = clientAnswering(() =>
      json({success: false, errorCode: 1002, message: 'jwt expired'}, 403),
    );
    expect(await expired.client.verifyPlaybackToken('eyJ.x.y')).to.deep.equal({
      valid: false,
      code: 1002,
      message: 'jwt expired',
    });
    const down = clientAnswering(() => text('Bad gateway', 502));
    expect(await rejectionOf(down.client.verifyPlaybackToken('eyJ.x.y'))).to.include({
      kind: 'http',
      status: 502,
    });
    const odd = clientAnswering(() => json({success: true, data: {valid: true}}));
    expect(await rejectionOf(odd.client.verifyPlaybackToken('eyJ.x.y'))).to.include({
      kind: 'parse',
    });
  });

  it('rejects answers of the wrong shape as parse errors', async () => {
    const {client} = clientAnswering(call =>
      call.url.pathname.includes('splay') ? json({success: true, data: {}}) : json({streams: []}),
    );
    expect(await rejectionOf(client.listStreams({}))).to.include({kind: 'parse', status: 200});
    expect(await rejectionOf(client.createPlaybackToken({orgawide: true}))).to.include({
      kind: 'parse',
    });
  });

  it('accepts a revoke answered 200 with an empty body, but not an empty stream', async () => {
    const {client} = clientAnswering(() => text(''));
    expect(await client.revokePlaybackToken('jwt')).to.equal(undefined);
    expect(await rejectionOf(client.stopStream(ID))).to.include({kind: 'parse', status: 200});
  });

  it('types each request from openapi.yaml: a wrong body or a missing path fails to compile', () => {
    const tags: RequestParts<'setStreamTags'> = {path: {id: ID}, body: {tags: ['a']}};
    // @ts-expect-error tags must be a list of strings
    const wrongBody: RequestParts<'setStreamTags'> = {path: {id: ID}, body: {tags: 'a'}};
    // @ts-expect-error a PUT without a body takes none
    const extraBody: RequestParts<'stopStream'> = {path: {id: ID}, body: {tags: []}};
    // @ts-expect-error the path needs the stream id
    const noPath: RequestParts<'getStream'> = {};
    // @ts-expect-error asset_limit is a number
    const wrongQuery: RequestParts<'getStream'> = {path: {id: ID}, query: {asset_limit: 'x'}};
    const client = new BintuClient({fetch: fakeFetch(() => json({})).fetch});
    // @ts-expect-error createStream's tags are a list
    void client.createStream({tags: 'x'}).catch(() => undefined);
    // @ts-expect-error a target's streams are a list of streamnames
    void client.createPlaybackToken({streams: 'HX26g-NRbx9'}).catch(() => undefined);
    expect([tags, wrongBody, extraBody, noPath, wrongQuery]).to.have.length(5);
  });
});
