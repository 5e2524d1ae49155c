import {expect} from '@open-wc/testing';
import type {Stream} from '../../src/api/types.js';
import {TAG_VOCABULARY, TRANSCODE_PROFILES, createMockServer} from '../../src/mock/index.js';
import {DAY, NOW, callJson, dateRanges, getStream, iso, list, mockServer} from './support.js';

describe('mock organisation: generation', () => {
  it('gives the same organisation for the same seed and now, and another one for another seed', async () => {
    const a = await mockServer({seed: 'alpha'});
    const b = await mockServer({seed: 'alpha'});
    const c = await mockServer({seed: 'beta'});
    expect(a.org.streams.map(s => s.toJSON())).to.deep.equal(b.org.streams.map(s => s.toJSON()));
    expect(a.org.organisation).to.deep.equal(b.org.organisation);
    expect(a.org.users).to.deep.equal(b.org.users);
    expect(a.apiKey).to.equal(b.apiKey);
    // What a user sees through the API is identical too, VOD and assets included.
    const pageA = await list(
      a,
      'quantity=500&individual=true&state=live,created,ended,locked,deleted',
    );
    const pageB = await list(
      b,
      'quantity=500&individual=true&state=live,created,ended,locked,deleted',
    );
    expect(pageA.body).to.deep.equal(pageB.body);

    expect(c.org.organisation.hash).not.to.equal(a.org.organisation.hash);
    expect(c.org.streams.map(s => s.id)).not.to.deep.equal(a.org.streams.map(s => s.id));
  });

  it('has about 300 streams of one organisation hash in all five states', async () => {
    const server = await mockServer();
    const {streams, organisation} = server.org;
    expect(streams).to.have.length(300);
    expect(organisation.hash).to.match(/^[A-Za-z0-9]{5}$/);
    const names = new Set<string>();
    for (const s of streams) {
      expect(s.streamname).to.match(new RegExp(`^${organisation.hash}-[A-Za-z0-9]{5}$`));
      names.add(s.streamname);
    }
    expect(names.size).to.equal(streams.length);
    const count = (state: string) => streams.filter(s => s.state === state).length;
    expect(count('live')).to.be.greaterThan(30);
    expect(count('created')).to.be.greaterThan(30);
    expect(count('ended')).to.be.greaterThan(30);
    expect(count('locked')).to.be.within(3, 60);
    expect(count('deleted')).to.be.within(3, 60);
  });

  it('has 40+ ABR groups of 1–4 transcodes with documented profiles in descending bitrate', async () => {
    const server = await mockServer();
    const passthroughs = server.org.streams.filter(s => s.streamgroup === s.id);
    expect(passthroughs.length).to.be.at.least(40);
    for (const p of passthroughs.slice(0, 50)) {
      const {body} = await getStream(server, p.id);
      const h5live = body.playout.h5live;
      expect(h5live.length).to.be.within(2, 5);
      expect(body.streamgroup).to.equal(body.id);
      expect(body.transcoding).to.equal(true);
      expect(h5live[0]!.index).to.equal(0);
      expect(h5live[0]!.id).to.equal(body.id);
      expect(h5live[0]!.info).to.include({width: 1920, height: 1080});
      expect(h5live[0]!.info!.bitrate).to.be.within(3000, 6000);
      for (let i = 1; i < h5live.length; i++) {
        const entry = h5live[i]!;
        expect(entry.index).to.equal(i);
        const {width, height, bitrate, fps} = entry.info!;
        expect(TRANSCODE_PROFILES).to.include(`vtrans2-${width}x${height}x${bitrate}x${fps}`);
        expect(bitrate).to.be.below(h5live[i - 1]!.info!.bitrate);
        // Each member is a stream of its own, in the group, with its own h5live entry.
        const member = (await getStream(server, entry.id)).body;
        expect(member.streamgroup).to.equal(body.id);
        expect(member.transcoding).to.equal(true);
        expect(member.state).to.equal(body.state);
        expect(member.playout.h5live).to.have.length(1);
        expect(member.playout.h5live[0]).to.deep.include({id: member.id, index: i});
        expect(member.ingest.rtmp.streamname).to.equal(entry.rtmp.streamname);
      }
    }
  });

  it('uses the documented URL shapes', async () => {
    const server = await mockServer();
    const withAssets = server.org.streams.find(
      s => s.state === 'ended' && !s.streamgroup && s.processing?.some(p => p.id === 'thumbs'),
    )!;
    const {body} = await getStream(server, withAssets.id);
    const name = body.ingest.rtmp.streamname;
    expect(body.ingest.rtmp.url).to.match(
      /^rtmp:\/\/bintu-stream\.nanocosmos\.de:1935\/(live|rec)$/,
    );
    expect(body.playout.h5live[0]!.rtmp).to.deep.equal({
      url: 'rtmp://bintu-play.nanocosmos.de:80/play',
      streamname: name,
    });
    expect(body.playout.h5live[0]!.server).to.deep.equal({
      websocket: 'wss://bintu-h5live.nanocosmos.de:443/h5live/stream/stream.mp4',
      hls: 'https://bintu-h5live.nanocosmos.de:443/h5live/http/playlist.m3u8',
      progressive: 'https://bintu-h5live.nanocosmos.de:443/h5live/http/stream.mp4',
    });
    expect(body.playout.thumbnails).to.deep.equal([
      {
        url: `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${name}.jpg`,
        type: 'image',
        streamId: body.id,
        streamname: name,
      },
    ]);
    const motion = server.org.streams.find(
      s => s.state === 'ended' && s.processing?.some(p => p.id === 'motionclip'),
    )!;
    const clip = (await getStream(server, motion.id)).body.playout.motionclip!;
    expect(clip.find(a => a.streamId === motion.id)!.url).to.equal(
      `https://bintu-vod.nanocosmos.de:443/vod/thumbnails/${motion.streamname}.gif`,
    );
    const replay = server.org.streams.find(
      s => s.state === 'ended' && s.processing?.some(p => p.id === 'replay'),
    )!;
    const assets = (await getStream(server, replay.id)).body.playout.replay!;
    // The replay asset is the live replay's page.
    expect(assets.find(a => a.streamId === replay.id)).to.deep.include({
      url: `https://replay.nanocosmos.de/live-replay/demo/?streamname=${replay.streamname}&bintu=bintu.nanocosmos.de`,
      type: 'playout',
    });
    expect(body.playout.rtmp).to.deep.equal([
      {url: 'rtmp://bintu-play.nanocosmos.de:80/play', streamname: name},
    ]);
    expect(body.playout.hls![0]!.url).to.contain(`stream=${name}`);
    const sessions = (await getStream(server, replay.id)).body.playout.replay_sessions!;
    const own = sessions.filter(r => r.streamId === replay.id);
    expect(own.length).to.be.at.least(1);
    for (const r of own) {
      const start = Date.parse(r.session_date) / 1000;
      expect(r.url).to.equal(
        `https://bintu-vod.nanocosmos.de/vod/replay/${replay.streamname}-${start}.m3u8`,
      );
      expect(r.streamname).to.equal(replay.streamname);
      expect(Date.parse(r.session_date)).to.be.at.most(NOW);
    }
  });

  it('spreads tags, push URLs, timecodes, secure and live processing over the streams', async () => {
    const server = await mockServer();
    const {streams} = server.org;
    expect(server.org.vocabulary.length).to.be.within(35, 50);
    expect(TAG_VOCABULARY).to.include.members(['event:finale', 'region:eu-west', 'customer:acme']);
    for (const s of streams) expect(s.tags.length).to.be.within(0, 4);
    expect(streams.filter(s => s.tags.length === 0).length).to.be.greaterThan(10);
    expect(server.org.tags.filter(t => t.includes(':')).length).to.be.greaterThan(5);
    expect(streams.filter(s => s.pushUrl).length).to.be.greaterThan(10);
    for (const s of streams.filter(s => s.pushUrl)) expect(s.pushUrl).to.match(/^rtmps?:\/\//);
    const timecoded = streams.filter(s => s.timecode);
    expect(timecoded.length).to.be.greaterThan(20);
    for (const s of streams) expect(s.timecodeInterval).to.be.within(500, 3_600_000);
    expect(streams.filter(s => s.secure).length).to.be.within(20, 280);
    const processing = streams.flatMap(s => s.processing ?? []);
    expect(processing.length).to.be.greaterThan(50);
    for (const p of processing) {
      if (p.id === 'thumbs') expect(p.interval).to.be.within(10, 3600);
      if (p.id === 'motionclip') {
        expect(p.interval).to.be.within(10, 3600);
        expect(p.duration).to.be.within(1, 60);
      }
      if (p.id === 'replay' || p.id === 'rec')
        expect(p.duration === null || p.duration! >= 1).to.equal(true);
    }
  });

  it('lists VOD recordings in playout.web (past sessions, 50 MB–4 GB, newest first) only when the organisation has VOD', async () => {
    const server = await mockServer();
    const page = await list(server, 'quantity=500&individual=true&state=ended');
    const recordings = page.body.flatMap(s => s.playout.web ?? []);
    expect(recordings.length).to.be.greaterThan(50);
    for (const s of page.body) {
      const vod = s.playout.web!;
      for (let i = 0; i < vod.length; i++) {
        const v = vod[i]!;
        expect(v.type).to.equal('vod');
        expect(v.streamname).to.equal(server.org.find(v.streamId)!.streamname);
        expect(Date.parse(v.session_date!))
          .to.be.at.most(NOW)
          .and.at.least(Date.parse(s.created_at));
        expect(v.size).to.be.within(50 * 1024 * 1024, 4 * 1024 * 1024 * 1024);
        const owner = server.org.find(v.streamId)!;
        expect(v.name).to.equal(`${owner.streamname}-${Date.parse(v.session_date!) / 1000}.mp4`);
        expect(v.url).to.equal(`https://bintu-vod.nanocosmos.de:443/vod/${v.name}`);
        if (i) expect(v.session_date! <= vod[i - 1]!.session_date!).to.equal(true);
      }
    }
    const bare = await mockServer({features: {vod: false, opcodes: false, secure: false}});
    const bareList = await list(bare, 'quantity=100&state=ended');
    for (const s of bareList.body) {
      expect(s.playout).not.to.have.property('web');
      expect(s.playout).not.to.have.property('thumbnails');
      expect(s.secure).to.equal(false);
    }
  });

  it('respects the organisation options', async () => {
    const server = await createMockServer({
      seed: 7,
      streams: 40,
      name: 'Example Org',
      hash: 'AB12c',
      features: {transcoding: false},
      limits: {transcodes: 2},
    });
    const {body} = await callJson(server, '/organisation');
    expect(body).to.deep.equal({
      name: 'Example Org',
      hash: 'AB12c',
      features: {
        secure: true,
        vod: true,
        transcoding: false,
        opcodes: true,
        webcaster: true,
        h5live: true,
      },
      limits: {transcodes: 2},
    });
    expect(server.org.streams).to.have.length(40);
    expect(
      server.org.streams.every(s => !s.streamgroup && s.streamname.startsWith('AB12c-')),
    ).to.equal(true);
    const empty = await mockServer({streams: 0});
    const page = await list(empty);
    expect(page.body).to.deep.equal([]);
    expect(page.total).to.equal(0);
  });

  it('has created_at ≤ updated_at, all within the last 120 days', async () => {
    const server = await mockServer();
    for (const s of server.org.streams) {
      expect(s.createdAt).to.be.at.most(s.updatedAt);
      expect(s.updatedAt)
        .to.be.at.most(NOW)
        .and.at.least(NOW - 120 * DAY);
    }
  });

  for (const [label, now] of [
    ['mid-morning on a Wednesday', NOW],
    ['just after midnight on a Monday', Date.UTC(2026, 10, 23, 0, 0, 20)],
    ['late on the first of a month', Date.UTC(2026, 11, 1, 23, 59)],
    ['exactly at midnight on a Sunday', Date.UTC(2027, 0, 3, 0, 0, 0)],
  ] as const) {
    it(`gives every dashboard date filter hits (${label})`, async () => {
      const server = await mockServer({now});
      for (const [range, [from, to]] of Object.entries(dateRanges(now))) {
        const page = await list(server, `updated_after=${iso(from)}&updated_before=${iso(to)}`);
        expect(page.total, range).to.be.at.least(2);
        for (const s of page.body) {
          const t = Date.parse(s.updated_at!);
          expect(t >= from && t < to && t <= now, range).to.equal(true);
        }
      }
    });
  }

  // How fast it is, is for `npm run bench` (scripts/bench-mock.mjs) to show, not for a test.
  it('generates 100 000 streams and lists them all', async () => {
    const server = await createMockServer({streams: 100_000, now: NOW, seed: 'big'});
    expect(server.org.streams).to.have.length(100_000);
    const visible = server.org.streams.filter(s => s.state !== 'deleted').length;
    const all = await list(server, `individual=true&quantity=500&offset=${visible - 100}`);
    expect(all.total).to.equal(visible);
    expect(all.body).to.have.length(100);
    const page = await list(server, 'state=live&tags[]=production&quantity=10');
    expect(page.body).to.have.length(10);
    expect(
      page.body.every((s: Stream) => s.state === 'live' && s.tags.includes('production')),
    ).to.equal(true);
    // Any one of them opens by id or by name, with no index to build first.
    const last = server.org.streams.findLast(s => s.state !== 'deleted')!;
    const opened = await getStream(server, last.id);
    expect(opened.body.ingest.rtmp.streamname).to.equal(last.streamname);
    const byName = await list(server, `streamname=${last.streamname}&individual=true`);
    expect(byName.total).to.equal(1);
  });
});
