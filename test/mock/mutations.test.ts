import {expect} from '@open-wc/testing';
import type {Stream, StreamGroup} from '../../src/api/types.js';
import type {MockServer, StreamRecord} from '../../src/mock/index.js';
import {callJson, getStream, list, mockServer} from './support.js';

const NOT_FOUND = {error: {message: 'Stream not found', code: 4040}};

describe('mock API: mutations', () => {
  let server: MockServer;
  beforeEach(async () => {
    server = await mockServer({seed: 'mutations'});
  });

  const find = (predicate: (s: StreamRecord) => boolean) => server.org.streams.find(predicate)!;
  const single = (state: string) => find(s => !s.streamgroup && s.state === state);
  const group = (state: string) => find(s => s.streamgroup === s.id && s.state === state);
  const put = (path: string, body?: unknown) =>
    callJson<Stream>(server, path, {method: 'PUT', body});
  const post = <T = Stream>(path: string, body?: unknown) =>
    callJson<T>(server, path, {method: 'POST', body});

  /** The stream is the newest in the list, stamped with the mock's current time. */
  async function expectBumped(id: string) {
    const state = server.org.find(id)!.state;
    const {body} = await list(server, `quantity=1&individual=true&state=${state}`);
    expect(body[0]!.id).to.equal(id);
    expect(Date.parse(body[0]!.updated_at!)).to.be.closeTo(server.now(), 2000);
  }

  describe('tags and push URL', () => {
    it('replaces tags, persists them and bumps updated_at', async () => {
      const s = single('ended');
      const res = await put(`/stream/${s.id}/tag`, {
        tags: ['event:finale', 'customer:acme', 'event:finale'],
      });
      expect(res.status).to.equal(200);
      expect(res.body.tags).to.deep.equal(['event:finale', 'customer:acme']);
      expect((await getStream(server, s.id)).body.tags).to.deep.equal([
        'event:finale',
        'customer:acme',
      ]);
      await expectBumped(s.id);
      const tagged = await list(server, 'tags[]=customer:acme&tags[]=event:finale&quantity=500');
      expect(tagged.body.map(x => x.id)).to.include(s.id);
    });

    it('validates the tags body', async () => {
      const s = single('live');
      expect((await put(`/stream/${s.id}/tag`, {})).body).to.deep.equal({
        error: {message: 'Parameter required', code: 1002, userinfo: {required_parameter: 'tags'}},
      });
      for (const tags of ['a', [1], ['']]) {
        const res = await put(`/stream/${s.id}/tag`, {tags});
        expect(res.status).to.equal(400);
        expect(res.body).to.have.nested.property('error.code', 1004);
        expect(res.body).to.have.nested.property('error.userinfo.parameter', 'tags');
      }
    });

    it('sets and clears the push URL', async () => {
      const s = single('created');
      const url = 'rtmps://live-api-s.facebook.com:443/rtmp/abc';
      expect((await put(`/stream/${s.id}/push_url`, {url})).body.push_url).to.equal(url);
      expect((await getStream(server, s.id)).body.push_url).to.equal(url);
      await expectBumped(s.id);
      await put(`/stream/${s.id}/push_url`, {url: ''});
      expect((await getStream(server, s.id)).body).not.to.have.property('push_url');
      const bad = await put(`/stream/${s.id}/push_url`, {url: 'https://example.org'});
      expect(bad.status).to.equal(400);
      expect(bad.body).to.have.nested.property('error.userinfo.parameter', 'url');
      const missing = await put(`/stream/${s.id}/push_url`, {});
      expect(missing.body).to.have.nested.property('error.userinfo.required_parameter', 'url');
    });

    it('edits one member of a group on its own', async () => {
      const g = group('ended');
      const member = server.org.members(g)[1]!;
      await put(`/stream/${member.id}/tag`, {tags: ['camera-2']});
      expect((await getStream(server, member.id)).body.tags).to.deep.equal(['camera-2']);
      expect((await getStream(server, g.id)).body.tags).not.to.deep.equal(['camera-2']);
    });
  });

  describe('stop, lock, unlock, delete', () => {
    it('stops a live group: every member ends', async () => {
      const g = group('live');
      const res = await put(`/stream/${g.id}/stop`);
      expect(res.status).to.equal(200);
      expect(res.body.state).to.equal('ended');
      for (const m of server.org.members(g))
        expect((await getStream(server, m.id)).body.state).to.equal('ended');
      await expectBumped(g.id);
      const groupView = await callJson<StreamGroup>(server, `/stream/${g.id}/group`, {
        as: 'anonymous',
      });
      expect(groupView.body.playout.h5live).to.deep.equal([]);
    });

    it('refuses to stop a stream that is not live (409/4090)', async () => {
      for (const state of ['ended', 'created', 'locked']) {
        const res = await put(`/stream/${single(state).id}/stop`);
        expect(res.status, state).to.equal(409);
        expect(res.body).to.deep.equal({error: {message: 'Stream is not live', code: 4090}});
      }
    });

    it('locks live and ended streams, not created or locked ones; unlock ends a locked stream', async () => {
      for (const state of ['live', 'ended']) {
        const s = single(state);
        expect((await put(`/stream/${s.id}/lock`)).body.state).to.equal('locked');
        expect((await getStream(server, s.id)).body.state).to.equal('locked');
      }
      const created = await put(`/stream/${single('created').id}/lock`);
      expect(created.status).to.equal(409);
      expect(created.body).to.have.nested.property('error.code', 4090);
      const locked = single('locked');
      expect((await put(`/stream/${locked.id}/lock`)).body).to.deep.equal({
        error: {message: 'Stream is locked', code: 4090},
      });
      expect((await put(`/stream/${locked.id}/unlock`)).body.state).to.equal('ended');
      expect((await getStream(server, locked.id)).body.state).to.equal('ended');
      const again = await put(`/stream/${locked.id}/unlock`);
      expect(again.body).to.deep.equal({error: {message: 'Stream is not locked', code: 4090}});
    });

    it('locks a whole group', async () => {
      const g = group('ended');
      await put(`/stream/${g.id}/lock`);
      const states = await Promise.all(
        server.org.members(g).map(async m => (await getStream(server, m.id)).body.state),
      );
      expect(new Set(states)).to.deep.equal(new Set(['locked']));
    });

    it('deletes a group: it leaves the normal list, stays readable as deleted, and answers 404 to mutations', async () => {
      const g = group('live');
      const res = await callJson<Stream>(server, `/stream/${g.id}`, {method: 'DELETE'});
      expect(res.status).to.equal(200);
      expect(res.body.state).to.equal('deleted');
      for (const m of server.org.members(g))
        expect((await getStream(server, m.id)).body.state).to.equal('deleted');
      expect((await list(server, 'quantity=500')).body.map(s => s.id)).not.to.include(g.id);
      expect((await list(server, 'state=deleted&quantity=500')).body.map(s => s.id)).to.include(
        g.id,
      );
      expect((await put(`/stream/${g.id}/tag`, {tags: ['x']})).body).to.deep.equal(NOT_FOUND);
      expect((await put(`/stream/${g.id}/stop`)).status).to.equal(404);
      expect((await callJson(server, `/stream/${g.id}`, {method: 'DELETE'})).status).to.equal(404);
      expect((await callJson(server, `/stream/${g.id}/group`, {as: 'anonymous'})).status).to.equal(
        404,
      );
    });

    it('answers 404/4040 for unknown ids', async () => {
      const id = '00000000-0000-4000-8000-000000000000';
      expect((await getStream(server, id)).body).to.deep.equal(NOT_FOUND);
      expect((await put(`/stream/${id}/lock`)).body).to.deep.equal(NOT_FOUND);
      expect((await callJson(server, `/stream/${id}/group`, {as: 'anonymous'})).status).to.equal(
        404,
      );
    });
  });

  describe('create and transcode', () => {
    it('creates a single stream that is listed first', async () => {
      const res = await post('/stream', {tags: ['new', 'region:eu-west']});
      expect(res.status).to.equal(200);
      const s = res.body;
      expect(s).to.include({state: 'created', transcoding: false});
      expect(s.tags).to.deep.equal(['new', 'region:eu-west']);
      expect(s.ingest.rtmp.streamname).to.match(
        new RegExp(`^${server.org.organisation.hash}-[A-Za-z0-9]{5}$`),
      );
      expect(s.id).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(s.created_at).to.equal(s.updated_at);
      expect((await getStream(server, s.id)).body).to.deep.equal(s);
      expect((await list(server, 'quantity=1')).body[0]!.id).to.equal(s.id);
    });

    it('creates a group with transcodes, highest bitrate first, one processing list per playout', async () => {
      const res = await post('/stream', {
        type: 'low-latency',
        tags: ['abr'],
        transcodes: [
          {profile: 'vtrans2-640x360x400x25'},
          {profile: 'vtrans2-852x480x800x25', tags: ['sd']},
        ],
        processing: [[{id: 'thumbs', interval: 60}], [{id: 'thumbs', interval: 30}]],
      });
      expect(res.status).to.equal(200);
      const g = res.body;
      expect(g.streamgroup).to.equal(g.id);
      expect(g.playout.h5live.map(h => h.info!.bitrate)).to.deep.equal([4000, 800, 400]);
      const member = (await getStream(server, g.playout.h5live[1]!.id)).body;
      expect(member).to.include({streamgroup: g.id, transcoding: true, state: 'created'});
      expect(member.tags).to.deep.equal(['sd']);
      expect(member.playout.h5live[0]!.processing).to.deep.equal([{id: 'thumbs', interval: 30}]);
      expect(g.playout.h5live[0]!.processing).to.deep.equal([{id: 'thumbs', interval: 60}]);
      // A playout without its own list takes the passthrough's.
      expect(g.playout.h5live[2]!.processing).to.deep.equal([{id: 'thumbs', interval: 60}]);
      expect(
        (await list(server, 'individual=true&quantity=3')).body.map(s => s.id),
      ).to.have.members(g.playout.h5live.map(h => h.id));
    });

    it('validates the create body', async () => {
      const cases: [unknown, number, string][] = [
        [{transcodes: [{profile: 'vtrans2-999x1x1x1'}]}, 1004, 'transcodes[0].profile'],
        [{transcodes: [{}]}, 1002, 'transcodes[0].profile'],
        [
          {transcodes: [{profile: 'vtrans2-852x480x800x25'}, {profile: 'vtrans2-852x480x800x25'}]},
          1003,
          'transcodes[1].profile',
        ],
        [{tags: 'one'}, 1004, 'tags'],
        [{processing: [[{id: 'thumbs', interval: 5}]]}, 1004, 'processing[0][0].interval'],
        [{processing: [{id: 'thumbs', interval: 10}]}, 1004, 'processing[0]'],
        [{processing: [[], []]}, 1004, 'processing'],
        [{type: 'webrtc'}, 1004, 'type'],
        [[1, 2], 1004, 'body'],
      ];
      for (const [body, code, parameter] of cases) {
        const res = await post('/stream', body);
        expect(res.status, JSON.stringify(body)).to.equal(400);
        expect(res.body).to.have.nested.property('error.code', code);
        const info = (res.body as unknown as {error: {userinfo: Record<string, string>}}).error
          .userinfo;
        expect(Object.values(info)).to.include(parameter);
      }
    });

    it('refuses more transcodes than the organisation limit, and transcodes without the package (403/2001)', async () => {
      const limited = await mockServer({limits: {transcodes: 1}});
      const res = await callJson(limited, '/stream', {
        body: {
          transcodes: [{profile: 'vtrans2-852x480x800x25'}, {profile: 'vtrans2-640x360x400x25'}],
        },
      });
      expect(res.status).to.equal(403);
      expect(res.body).to.have.nested.property('error.code', 2001);
      const none = await mockServer({features: {transcoding: false}});
      const off = await callJson(none, '/stream', {
        body: {transcodes: [{profile: 'vtrans2-852x480x800x25'}]},
      });
      expect(off.status).to.equal(403);
    });

    it('adds a transcode below the lowest bitrate to a group, and persists it', async () => {
      const g = find(
        s =>
          s.streamgroup === s.id &&
          s.state === 'live' &&
          server.org.members(s).length <= 3 &&
          Math.min(...server.org.members(s).map(m => m.info.bitrate)) > 200,
      );
      const count = server.org.members(g).length;
      const res = await post(`/stream/${g.id}/transcode`, {profile: 'vtrans2-426x240x200x15'});
      expect(res.status).to.equal(200);
      expect(res.body.playout.h5live).to.have.length(count + 1);
      const added = res.body.playout.h5live[count]!;
      expect(added.info).to.deep.equal({width: 426, height: 240, bitrate: 200, fps: 15});
      const member = (await getStream(server, added.id)).body;
      expect(member).to.include({streamgroup: g.id, state: 'live', transcoding: true});
      expect((await getStream(server, g.id)).body.playout.h5live).to.have.length(count + 1);
      await expectBumped(g.id);
    });

    it('refuses a transcode not below the lowest bitrate (400/1004)', async () => {
      const g = find(
        s => s.streamgroup === s.id && s.state !== 'deleted' && server.org.members(s).length < 5,
      );
      const lowest = Math.min(...server.org.members(g).map(m => m.info.bitrate));
      const res = await post(`/stream/${g.id}/transcode`, {profile: 'vtrans2-1280x720x1600x30'});
      if (lowest <= 1600) {
        expect(res.status).to.equal(400);
        expect(res.body).to.deep.equal({
          error: {
            message: 'Wrong Data Type',
            code: 1004,
            userinfo: {parameter: 'profile', type: `TranscodeProfileId below ${lowest} kbit/s`},
          },
        });
      }
    });

    it('refuses a transcode on a single stream or a member (400/3002) and past the limit (403/2001)', async () => {
      const body = {profile: 'vtrans2-426x240x200x15'};
      const res = await post(`/stream/${single('live').id}/transcode`, body);
      expect(res.body).to.deep.equal({
        error: {message: 'Stream Type is not available', code: 3002},
      });
      const member = find(s => !!s.streamgroup && s.streamgroup !== s.id && s.state !== 'deleted');
      expect((await post(`/stream/${member.id}/transcode`, body)).status).to.equal(400);
      const limited = await mockServer({seed: 'mutations', limits: {transcodes: 1}});
      const full = limited.org.streams.find(s => s.streamgroup === s.id && s.state !== 'deleted')!;
      const over = await callJson(limited, `/stream/${full.id}/transcode`, {body});
      expect(over.status).to.equal(403);
      expect(over.body).to.have.nested.property('error.code', 2001);
    });
  });

  describe('live processing', () => {
    it('sets processing within the documented ranges and persists it', async () => {
      const s = single('ended');
      const processing = [
        {id: 'thumbs', interval: 10},
        {id: 'motionclip', interval: 3600, duration: 60},
        {id: 'replay', duration: null},
        {id: 'rec', duration: 1},
      ];
      const res = await post(`/stream/${s.id}/processing`, {processing});
      expect(res.status).to.equal(200);
      const stored = (await getStream(server, s.id)).body;
      expect(stored.playout.h5live[0]!.processing).to.deep.equal(processing);
      expect(stored.ingest.rtmp.url).to.equal('rtmp://bintu-stream.nanocosmos.de:1935/rec');
      expect(stored.playout.thumbnails!.map(a => a.streamId)).to.include(s.id);
      await expectBumped(s.id);
    });

    for (const [item, parameter] of [
      [{id: 'thumbs', interval: 9}, 'processing[0].interval'],
      [{id: 'thumbs', interval: 3601}, 'processing[0].interval'],
      [{id: 'motionclip', interval: 30, duration: 61}, 'processing[0].duration'],
      [{id: 'motionclip', interval: 30, duration: 0}, 'processing[0].duration'],
      [{id: 'replay', duration: 0}, 'processing[0].duration'],
      [{id: 'rec', duration: 'all'}, 'processing[0].duration'],
      [{id: 'snapshots'}, 'processing[0].id'],
    ] as const) {
      it(`rejects ${JSON.stringify(item)} with 400/1004`, async () => {
        const res = await post(`/stream/${single('ended').id}/processing`, {processing: [item]});
        expect(res.status).to.equal(400);
        expect(res.body).to.have.nested.property('error.code', 1004);
        expect(res.body).to.have.nested.property('error.userinfo.parameter', parameter);
      });
    }

    it('requires the processing list and the live processing package', async () => {
      const res = await post(`/stream/${single('ended').id}/processing`, {});
      expect(res.body).to.have.nested.property('error.userinfo.required_parameter', 'processing');
      const bare = await mockServer({features: {opcodes: false}});
      const s = bare.org.streams.find(x => x.state === 'ended')!;
      const off = await callJson(bare, `/stream/${s.id}/processing`, {body: {processing: []}});
      expect(off.status).to.equal(403);
    });
  });

  describe('reads', () => {
    it('bounds VOD recordings (playout.web) and assets with asset_limit', async () => {
      const s = find(
        s => s.streamgroup === s.id && s.state === 'ended' && (s.processing?.length ?? 0) > 0,
      );
      const full = (await getStream(server, s.id)).body;
      const bounded = (await callJson<Stream>(server, `/stream/${s.id}?asset_limit=1`)).body;
      expect(full.playout.web!.length).to.be.greaterThan(1);
      expect(bounded.playout.web!.length).to.equal(1);
      expect(bounded.playout.thumbnails!.length).to.be.at.most(1);
      expect(bounded.playout.web).to.deep.equal(full.playout.web!.slice(0, 1));
      const none = (await callJson<Stream>(server, `/stream/${s.id}?asset_limit=0`)).body;
      expect(none.playout.web).to.deep.equal([]);
    });

    it('shows a live group as the player sees it', async () => {
      const g = group('live');
      const {body} = await callJson<StreamGroup>(server, `/stream/${g.id}/group?profile=player`, {
        as: 'anonymous',
      });
      const members = server.org.members(g);
      expect(body).to.include({id: g.id, state: 'live'});
      expect(body.playout.h5live.map(h => h.index)).to.deep.equal(members.map((_, i) => i));
      expect(body.playout.h5live[0]!.rtmp.streamname).to.equal(g.streamname);
      expect(body.playout.hls).to.have.length(members.length);
      const ended = await callJson<StreamGroup>(server, `/stream/${group('ended').id}/group`, {
        as: 'anonymous',
      });
      expect(ended.body.playout).to.deep.equal({h5live: [], hls: []});
    });

    it('suggests tags: substring, case-insensitive, prefix matches first', async () => {
      const {body} = await callJson<string[]>(server, '/tag?search=EVENT');
      expect(body.length).to.be.greaterThan(0);
      expect(body.every(t => t.toLowerCase().includes('event'))).to.equal(true);
      const res = await callJson<string[]>(server, '/tag?search=e');
      const firstInner = res.body.findIndex(t => !t.toLowerCase().startsWith('e'));
      expect(firstInner).to.be.greaterThan(0);
      expect(res.body.slice(firstInner).every(t => !t.toLowerCase().startsWith('e'))).to.equal(
        true,
      );
      expect(res.body.length).to.equal(20);
      await put(`/stream/${single('ended').id}/tag`, {tags: ['Zebra-Cam']});
      expect((await callJson<string[]>(server, '/tag?search=zebra')).body).to.deep.equal([
        'Zebra-Cam',
      ]);
      for (const q of ['', '?search=', '?search=%20']) {
        const empty = await callJson(server, `/tag${q}`);
        expect(empty.status).to.equal(400);
        expect(empty.body).to.deep.equal({
          error: {
            message: 'Parameter required',
            code: 1002,
            userinfo: {required_parameter: 'search'},
          },
        });
      }
    });

    it('answers the organisation and its packages', async () => {
      const {body} = await callJson(server, '/organisation');
      const {id, ...answer} = server.org.organisation;
      expect(id).to.match(/^[0-9a-f-]{36}$/);
      expect(body).to.deep.equal(answer);
      expect(body).to.have.nested.property('limits.transcodes', 4);
    });

    it('answers a malformed JSON body with 400/1004', async () => {
      const res = await callJson(server, '/stream', {
        method: 'POST',
        body: '{"tags": [',
        headers: {},
      });
      expect(res.status).to.equal(400);
      expect(res.body).to.deep.equal({
        error: {
          message: 'Wrong Data Type',
          code: 1004,
          userinfo: {parameter: 'body', type: 'JSON'},
        },
      });
    });
  });
});
