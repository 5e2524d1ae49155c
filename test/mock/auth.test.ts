import {expect} from '@open-wc/testing';
import type {OperationId} from '../../src/api/operations.js';
import {operations} from '../../src/api/operations.js';
import type {MockServer} from '../../src/mock/index.js';
import {type As, call, callJson, mockServer} from './support.js';

const DENIED = {error: {message: 'Access denied', code: 2001}};
const UNAUTHORIZED = {error: {message: 'User Credentials are not valid', code: 4002}};

describe('mock API: authentication and roles', () => {
  let server: MockServer;
  beforeEach(async () => {
    server = await mockServer({seed: 'auth'});
  });

  const liveGroup = () =>
    server.org.streams.find(s => s.state === 'live' && s.streamgroup === s.id)!;
  const endedGroup = () =>
    server.org.streams.find(s => s.state === 'ended' && s.streamgroup === s.id && s.index === 0)!;

  it('answers 401/4002 without credentials, with a wrong API key, and with an unknown token', async () => {
    for (const headers of [{}, {'X-BINTU-APIKEY': 'nope'}, {'X-BINTU-TOKEN': 'nope'}] as Record<
      string,
      string
    >[]) {
      const {status, body} = await callJson(server, '/stream', {as: 'anonymous', headers});
      expect(status).to.equal(401);
      expect(body).to.deep.equal(UNAUTHORIZED);
    }
  });

  it('answers 401/4002 for an expired user token', async () => {
    const token = server.issueUserToken('nanoAdmin', {expiresInMs: 30});
    expect(
      (await call(server, '/stream', {as: 'anonymous', headers: {'X-BINTU-TOKEN': token}})).status,
    ).to.equal(200);
    await new Promise(r => setTimeout(r, 60));
    const {status, body} = await callJson(server, '/stream', {
      as: 'anonymous',
      headers: {'X-BINTU-TOKEN': token},
    });
    expect(status).to.equal(401);
    expect(body).to.deep.equal(UNAUTHORIZED);
  });

  it('treats the API key as nanoAdmin and a user token as its role (GET /user)', async () => {
    const owner = server.org.users[0]!;
    expect((await callJson(server, '/user')).body).to.deep.equal({
      id: owner.id,
      email: owner.email,
      permission: 'nanoAdmin',
    });
    for (const role of ['nanoAdmin', 'nanoUser'] as const) {
      const {body} = await callJson(server, '/user', {as: role});
      expect(body).to.have.property('permission', role);
      expect(body).to.have.property('email').that.matches(/@/);
    }
    // A read-only caller gets no user info: 403, as the documentation says.
    const readOnly = await callJson(server, '/user', {as: 'nanoReadOnly'});
    expect(readOnly.status).to.equal(403);
    expect(readOnly.body).to.deep.equal({error: {message: 'Access denied', code: 2001}});
    const token = server.issueUserToken('nanoUser', {email: 'someone@example.org'});
    const me = await callJson(server, '/user', {
      as: 'anonymous',
      headers: {'X-BINTU-TOKEN': token},
    });
    expect(me.body).to.include({email: 'someone@example.org', permission: 'nanoUser'});
    // No such route as /user/me.
    expect((await call(server, '/user/me')).status).to.equal(404);
  });

  it('serves GET /stream/{id}/group without credentials (public)', async () => {
    const {status, body} = await callJson<{id: string}>(server, `/stream/${liveGroup().id}/group`, {
      as: 'anonymous',
    });
    expect(status).to.equal(200);
    expect(body.id).to.equal(liveGroup().id);
  });

  /** A valid request for each mutation, so that a 200 means "allowed" and a 403 means "role". */
  const mutations = (): [OperationId, string, string, unknown?][] => [
    ['createStream', 'POST', '/stream', {tags: ['x']}],
    ['setStreamTags', 'PUT', `/stream/${endedGroup().id}/tag`, {tags: ['a']}],
    [
      'setStreamPushUrl',
      'PUT',
      `/stream/${endedGroup().id}/push_url`,
      {url: 'rtmp://example.org/live/a'},
    ],
    ['stopStream', 'PUT', `/stream/${liveGroup().id}/stop`],
    ['lockStream', 'PUT', `/stream/${endedGroup().id}/lock`],
    [
      'unlockStream',
      'PUT',
      `/stream/${server.org.streams.find(s => s.state === 'locked')!.id}/unlock`,
    ],
    ['deleteStream', 'DELETE', `/stream/${endedGroup().id}`],
    [
      'addTranscode',
      'POST',
      `/stream/${twoTranscodeGroup().id}/transcode`,
      {profile: 'vtrans2-426x240x200x15'},
    ],
    [
      'setStreamProcessing',
      'POST',
      `/stream/${endedGroup().id}/processing`,
      {processing: [{id: 'thumbs', interval: 30}]},
    ],
  ];
  const twoTranscodeGroup = () =>
    server.org.streams.find(
      s =>
        s.streamgroup === s.id &&
        s.state !== 'deleted' &&
        server.org.members(s).length < 4 &&
        Math.min(...server.org.members(s).map(m => m.info.bitrate)) > 200,
    )!;

  const allowed = (id: OperationId, as: As) => {
    const roles = operations[id].roles;
    return (
      roles === 'all' ||
      roles === 'public' ||
      (roles as readonly string[]).includes(as === 'apikey' ? 'nanoAdmin' : as)
    );
  };

  for (const as of ['nanoReadOnly', 'nanoUser', 'nanoAdmin', 'apikey'] as const) {
    it(`enforces the roles of operations.ts for ${as} on every mutation`, async () => {
      for (const [id, method, path, body] of mutations()) {
        const before = server.requests.length;
        const res = await callJson(server, path, {method, body, as});
        const ok = allowed(id, as);
        expect(res.status, `${as} ${id}`).to.equal(ok ? 200 : 403);
        if (!ok) expect(res.body, `${as} ${id}`).to.deep.equal(DENIED);
        expect(server.requests[before]!.operationId).to.equal(id);
        // Start each mutation from fresh data, so state rules never hide the role check.
        server = await mockServer({seed: 'auth'});
      }
    });
  }

  it('read-only users can read everything', async () => {
    const id = endedGroup().id;
    for (const path of ['/stream', `/stream/${id}`, '/tag?search=pro', '/organisation']) {
      expect((await call(server, path, {as: 'nanoReadOnly'})).status, path).to.equal(200);
    }
  });

  it('the token service: 403/1001 without credentials and for read-only, 200 for users', async () => {
    const request = {orgawide: true};
    const anonymous = await callJson(server, '/splay', {
      host: 'token',
      body: request,
      as: 'anonymous',
    });
    expect(anonymous.status).to.equal(403);
    expect(anonymous.body).to.deep.equal({
      success: false,
      errorCode: 1001,
      message: 'Provided APIKey is not valid',
    });
    const readOnly = await callJson(server, '/splay', {
      host: 'token',
      body: request,
      as: 'nanoReadOnly',
    });
    expect(readOnly.status).to.equal(403);
    expect(readOnly.body).to.deep.equal({
      success: false,
      errorCode: 1001,
      message: 'Access denied',
    });
    expect(
      (await call(server, '/splay', {host: 'token', body: request, as: 'nanoUser'})).status,
    ).to.equal(200);
  });

  it('checks the role before looking the stream up (no existence leak)', async () => {
    const res = await callJson(server, '/stream/00000000-0000-4000-8000-000000000000', {
      method: 'DELETE',
      as: 'nanoUser',
    });
    expect(res.status).to.equal(403);
  });
});
