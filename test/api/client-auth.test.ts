import {expect} from '@open-wc/testing';
import {ApiError, BintuClient} from '../../src/api/index.js';
import {
  bintuError,
  delay,
  fakeFetch,
  json,
  rejectionOf,
  stream,
  type FetchCall,
} from './fake-fetch.js';

const ID = '5f86a12f-3801-415a-b450-6b6a46842349';
const ORG = {name: 'Org', hash: 'HX26g', features: {}, limits: {transcodes: 2}};

/** Answers 401 unless the call carries one of the `valid` tokens. */
function acceptingTokens(...valid: string[]) {
  return (call: FetchCall) =>
    valid.includes(call.headers.get('X-BINTU-TOKEN') ?? '')
      ? json(call.url.pathname === '/organisation' ? ORG : stream(ID))
      : bintuError(401, 4002, 'User Credentials are not valid');
}

function counter(tokens: string[]) {
  let calls = 0;
  const getToken = async () => {
    calls += 1;
    await delay(5);
    return tokens[Math.min(calls, tokens.length) - 1]!;
  };
  return {getToken, count: () => calls};
}

describe('BintuClient authentication', () => {
  it('sends the API key as X-BINTU-APIKEY, never in the URL', async () => {
    const fake = fakeFetch(() => json(ORG));
    await new BintuClient({fetch: fake.fetch, apiKey: 'secret-key'}).getOrganisation();
    const call = fake.calls[0]!;
    expect(call.headers.get('X-BINTU-APIKEY')).to.equal('secret-key');
    expect(call.headers.has('X-BINTU-TOKEN')).to.equal(false);
    expect(call.url.href).not.to.contain('secret-key');
  });

  it('sends a user token instead of the API key when it has both', async () => {
    const fake = fakeFetch(() => json(ORG));
    await new BintuClient({
      fetch: fake.fetch,
      apiKey: 'key',
      bintuToken: 'user-token',
    }).getOrganisation();
    expect(fake.calls[0]!.headers.get('X-BINTU-TOKEN')).to.equal('user-token');
    expect(fake.calls[0]!.headers.has('X-BINTU-APIKEY')).to.equal(false);
  });

  it('sends no credentials for the public group endpoint', async () => {
    const fake = fakeFetch(() => json({id: ID, state: 'live', playout: {h5live: [], hls: []}}));
    const client = new BintuClient({fetch: fake.fetch, apiKey: 'key', bintuToken: 'token'});
    await client.getStreamGroup(ID);
    const headers = fake.calls[0]!.headers;
    expect(headers.has('X-BINTU-APIKEY')).to.equal(false);
    expect(headers.has('X-BINTU-TOKEN')).to.equal(false);
    expect(headers.get('Accept')).to.equal('application/json');
  });

  it('asks getToken once for concurrent first requests, and sends the token to both hosts', async () => {
    const fake = fakeFetch(call =>
      call.url.pathname.endsWith('/splay')
        ? json({success: true, data: {token: 'jwt'}})
        : json(ORG),
    );
    const tokens = counter(['user-1']);
    const client = new BintuClient({fetch: fake.fetch, getToken: tokens.getToken});
    await Promise.all([
      client.getOrganisation(),
      client.getUser(),
      client.createPlaybackToken({groupid: ID}),
    ]);
    expect(tokens.count()).to.equal(1);
    expect(fake.calls.map(call => call.headers.get('X-BINTU-TOKEN'))).to.deep.equal([
      'user-1',
      'user-1',
      'user-1',
    ]);
  });

  it('after a 401 calls getToken again and replays the request with the new token', async () => {
    const fake = fakeFetch(acceptingTokens('fresh'));
    const tokens = counter(['expired', 'fresh']);
    const client = new BintuClient({fetch: fake.fetch, getToken: tokens.getToken});
    expect(await client.getOrganisation()).to.deep.equal(ORG);
    expect(tokens.count()).to.equal(2);
    expect(fake.calls.map(call => call.headers.get('X-BINTU-TOKEN'))).to.deep.equal([
      'expired',
      'fresh',
    ]);
    // The new token is kept for later requests.
    await client.getStream(ID);
    expect(fake.calls[2]!.headers.get('X-BINTU-TOKEN')).to.equal('fresh');
    expect(tokens.count()).to.equal(2);
  });

  it('uses bintuToken first and getToken only after a 401, also for a mutation', async () => {
    const fake = fakeFetch(acceptingTokens('fresh'));
    const tokens = counter(['fresh']);
    const client = new BintuClient({
      fetch: fake.fetch,
      bintuToken: 'old',
      getToken: tokens.getToken,
    });
    const updated = await client.setStreamTags(ID, ['a']);
    expect(updated.id).to.equal(ID);
    expect(tokens.count()).to.equal(1);
    expect(fake.calls.map(call => [call.method, call.headers.get('X-BINTU-TOKEN')])).to.deep.equal([
      ['PUT', 'old'],
      ['PUT', 'fresh'],
    ]);
    expect(fake.calls[1]!.body).to.deep.equal({tags: ['a']});
  });

  it("treats the token service's 403/1001 like a 401: one fresh token, one replay", async () => {
    const fake = fakeFetch(call =>
      call.headers.get('X-BINTU-TOKEN') === 'fresh'
        ? json({success: true, data: {token: 'jwt'}})
        : json({success: false, errorCode: 1001, message: 'Provided APIKey is not valid'}, 403),
    );
    const tokens = counter(['expired', 'fresh']);
    const client = new BintuClient({fetch: fake.fetch, getToken: tokens.getToken});
    expect(await client.createPlaybackToken({groupid: ID})).to.equal('jwt');
    expect(tokens.count()).to.equal(2);
    expect(fake.calls.map(call => call.headers.get('X-BINTU-TOKEN'))).to.deep.equal([
      'expired',
      'fresh',
    ]);
  });

  it("surfaces the token service's second 403/1001, and never replays other 403s", async () => {
    const rejecting = fakeFetch(() =>
      json({success: false, errorCode: 1001, message: 'Provided APIKey is not valid'}, 403),
    );
    const tokens = counter(['one', 'two', 'three']);
    const client = new BintuClient({fetch: rejecting.fetch, getToken: tokens.getToken});
    expect(await rejectionOf(client.createPlaybackToken({groupid: ID}))).to.include({
      status: 403,
      code: 1001,
    });
    expect(tokens.count()).to.equal(2);
    expect(rejecting.calls).to.have.length(2);

    // A bintu 403 (access denied) and the token service's other 403s are answers, not stale tokens.
    const denied = fakeFetch(call =>
      call.url.pathname === '/splay'
        ? json({success: false, errorCode: 1002, message: 'jwt expired'}, 403)
        : bintuError(403, 2001, 'Access denied'),
    );
    const other = counter(['one', 'two']);
    const second = new BintuClient({fetch: denied.fetch, getToken: other.getToken});
    await rejectionOf(second.stopStream(ID));
    await rejectionOf(second.createPlaybackToken({groupid: ID}));
    expect(other.count()).to.equal(1);
    expect(denied.calls).to.have.length(2);
  });

  it('surfaces a second 401 as an ApiError without asking for a third token', async () => {
    const fake = fakeFetch(acceptingTokens());
    const tokens = counter(['one', 'two', 'three']);
    const client = new BintuClient({fetch: fake.fetch, getToken: tokens.getToken});
    const error = await rejectionOf(client.getOrganisation());
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({
      kind: 'http',
      status: 401,
      code: 4002,
      message: 'User Credentials are not valid',
    });
    expect(tokens.count()).to.equal(2);
    expect(fake.calls).to.have.length(2);
  });

  it('shares one refresh between concurrent requests that answer 401', async () => {
    const fake = fakeFetch(acceptingTokens('fresh'));
    const tokens = counter(['expired', 'fresh']);
    const client = new BintuClient({fetch: fake.fetch, getToken: tokens.getToken});
    await Promise.all([
      client.getOrganisation(),
      client.getUser(),
      client.getStream(ID),
      client.stopStream(ID),
    ]);
    expect(tokens.count()).to.equal(2);
    const sent = fake.calls.map(call => call.headers.get('X-BINTU-TOKEN'));
    expect(sent.filter(token => token === 'expired')).to.have.length(4);
    expect(sent.filter(token => token === 'fresh')).to.have.length(4);
  });

  it('surfaces a 401 at once when there is no getToken to ask', async () => {
    const fake = fakeFetch(acceptingTokens());
    const client = new BintuClient({fetch: fake.fetch, apiKey: 'wrong'});
    expect(await rejectionOf(client.getOrganisation())).to.include({status: 401, code: 4002});
    expect(fake.calls).to.have.length(1);
  });

  it('rejects with a 401 ApiError when getToken fails, sending nothing', async () => {
    const fake = fakeFetch(() => json(ORG));
    const client = new BintuClient({
      fetch: fake.fetch,
      getToken: () => Promise.reject(new Error('session expired')),
    });
    const error = await rejectionOf(client.getOrganisation());
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.include({kind: 'http', status: 401});
    expect((error as ApiError).message).to.contain('session expired');
    expect(fake.calls).to.have.length(0);

    const empty = new BintuClient({fetch: fake.fetch, getToken: () => ''});
    expect(await rejectionOf(empty.getOrganisation())).to.include({kind: 'http', status: 401});
    expect(fake.calls).to.have.length(0);
  });
});
