import {expect} from '@open-wc/testing';
import {getResponse} from 'msw';
import type {Stream} from '../../src/api/types.js';
import {createMswHandlers} from '../../src/mock/msw.js';
import {mockServer} from './support.js';

describe('mock msw handlers', () => {
  it('answer both hosts through server.handle (no service worker needed)', async () => {
    const server = await mockServer({seed: 'msw'});
    const handlers = createMswHandlers(server);
    expect(handlers).to.have.length(2);
    const headers = {'X-BINTU-APIKEY': server.apiKey, 'Content-Type': 'application/json'};

    const list = await getResponse(
      handlers,
      new Request(`${server.baseUrl}/stream?quantity=3`, {headers}),
    );
    expect(list!.status).to.equal(200);
    expect(list!.headers.get('X-Total-Count')).to.match(/^\d+$/);
    expect(((await list!.json()) as Stream[]).length).to.equal(3);

    const token = await getResponse(
      handlers,
      new Request(`${server.tokenServiceUrl}/splay`, {
        method: 'POST',
        headers,
        body: JSON.stringify({orgawide: true}),
      }),
    );
    expect(token!.status).to.equal(200);
    expect(await token!.json())
      .to.have.nested.property('data.token')
      .that.matches(/^eyJ/);

    const denied = await getResponse(handlers, new Request(`${server.baseUrl}/organisation`));
    expect(denied!.status).to.equal(401);
    expect(server.requests.map(r => r.operationId)).to.deep.equal([
      'listStreams',
      'createPlaybackToken',
      'getOrganisation',
    ]);
  });

  it('turn a network fault into a network error and leave other URLs alone', async () => {
    const server = await mockServer({seed: 'msw'});
    const handlers = createMswHandlers(server);
    server.inject('*', {network: true}, {times: 1});
    const failed = await getResponse(handlers, new Request(`${server.baseUrl}/organisation`));
    expect(failed!.type).to.equal('error');
    expect(await getResponse(handlers, new Request('https://example.org/stream'))).to.equal(
      undefined,
    );
  });
});
