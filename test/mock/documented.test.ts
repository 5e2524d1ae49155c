import {expect} from '@open-wc/testing';
import {operations, type OperationId} from '../../src/api/operations.js';
import type {Stream} from '../../src/api/types.js';
import type {MockServer} from '../../src/mock/index.js';
import {call, callJson, getStream, list, mockServer} from './support.js';

/** The fields of a stream that openapi.yaml marks x-assumed. */
const ASSUMED_STREAM_FIELDS = ['push_url', 'timecode', 'timecode_interval', 'secure'];

describe('mock API: the documented-only server', () => {
  let server: MockServer;
  before(async () => {
    server = await mockServer({documentedOnly: true});
  });

  /** Answers a route the server does not have: a 404 page, not JSON. */
  async function expectNoSuchRoute(res: Response) {
    expect(res.status).to.equal(404);
    expect(res.headers.get('Content-Type')).to.match(/^text\/html/);
    const text = await res.text();
    expect(() => JSON.parse(text)).to.throw();
  }

  it('answers every assumed operation with a 404 page, whoever asks', async () => {
    const live = server.org.streams.find(s => s.state === 'live' && s.streamgroup === s.id)!;
    const requests: Partial<Record<OperationId, [string, string, unknown?]>> = {
      deleteStream: ['DELETE', `/stream/${live.id}`],
      lockStream: ['PUT', `/stream/${live.id}/lock`],
      unlockStream: ['PUT', `/stream/${live.id}/unlock`],
      addTranscode: ['POST', `/stream/${live.id}/transcode`, {profile: 'vtrans2-426x240x200x15'}],
      searchTags: ['GET', '/tag?search=pro'],
    };
    const assumed = (Object.keys(operations) as OperationId[]).filter(id => operations[id].assumed);
    expect(Object.keys(requests)).to.have.members(assumed);
    for (const [method, path, body] of Object.values(requests)) {
      await expectNoSuchRoute(await call(server, path, {method, body}));
      await expectNoSuchRoute(await call(server, path, {method, body, as: 'anonymous'}));
    }
    // Nothing changed.
    expect(server.org.find(live.id)!.state).to.equal('live');
    await expectNoSuchRoute(await call(server, '/user/me'));
  });

  it('lists without X-Total-Count, and answers the assumed filters with a 404 page', async () => {
    const page = await list(server, 'quantity=25');
    expect(page.status).to.equal(200);
    expect(page.body).to.have.length(25);
    expect(page.headers.get('X-Total-Count')).to.equal(null);
    // The documented filters work: one state, tags, quantity (and offset for paging).
    const ended = await list(server, 'state=ended&tags[]=production&quantity=10&offset=2');
    expect(ended.body.every(s => s.state === 'ended' && s.tags.includes('production'))).to.equal(
      true,
    );
    for (const query of [
      'state=deleted',
      'updated_after=2026-11-01T00:00:00Z',
      'updated_before=2026-11-01T00:00:00Z',
      `streamname=${server.org.streams[0]!.streamname}`,
      'individual=true',
    ]) {
      await expectNoSuchRoute(await call(server, `/stream?${query}`));
    }
  });

  it('answers the organisation without features or limits, and the user without email', async () => {
    expect((await callJson(server, '/organisation')).body).to.deep.equal({
      name: server.org.organisation.name,
      hash: server.org.organisation.hash,
    });
    const user = await callJson(server, '/user', {as: 'nanoUser'});
    expect(user.body).to.deep.equal({id: 1003, permission: 'nanoUser'});
    expect((await call(server, '/user', {as: 'nanoReadOnly'})).status).to.equal(403);
  });

  it('leaves the assumed fields out of the streams, and updated_at out of a third of them', async () => {
    const page = (await list(server, 'quantity=300')).body;
    for (const s of page) {
      for (const field of ASSUMED_STREAM_FIELDS) expect(s, field).not.to.have.property(field);
      expect(s.playout).not.to.have.property('replay_sessions');
      for (const h of s.playout.h5live) expect(h).not.to.have.property('info');
      for (const v of s.playout.web ?? [])
        expect(Object.keys(v)).to.have.members(['url', 'type', 'streamId']);
    }
    const without = page.filter(s => s.updated_at === undefined).length;
    expect(without / page.length).to.be.within(0.25, 0.42);
    // Still newest first by the server's own "last updated".
    const order = page.map(s => server.org.find(s.id)!.updatedAt);
    expect(order).to.deep.equal([...order].sort((a, b) => b - a));
  });

  it('lists recordings in playout.web with only url, type and streamId', async () => {
    const ended = server.org.streams.find(
      s => s.state === 'ended' && !s.streamgroup && s.createdAt < s.updatedAt,
    )!;
    const full = await mockServer();
    const documented: Stream = (await getStream(server, ended.id)).body;
    const complete: Stream = (await getStream(full, ended.id)).body;
    expect(complete.playout.web!.length).to.be.greaterThan(0);
    expect(documented.playout.web).to.deep.equal(
      complete.playout.web!.map(({url, type, streamId}) => ({url, type, streamId})),
    );
  });

  it('refuses a package the organisation lacks with the documented 403', async () => {
    const bare = await mockServer({documentedOnly: true, features: {opcodes: false}});
    const s = bare.org.streams.find(x => x.state === 'ended')!;
    const res = await callJson(bare, `/stream/${s.id}/processing`, {
      method: 'POST',
      body: {processing: [{id: 'thumbs', interval: 30}]},
    });
    expect(res.status).to.equal(403);
    expect(res.body).to.deep.equal({error: {message: 'Organisation is not enabled', code: 2001}});
  });
});
