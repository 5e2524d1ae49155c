import {expect} from '@open-wc/testing';
import type {OrganisationFeatures, Stream} from '../../src/api/types.js';
import {needsPlaybackToken, playbackTokenTarget, saysSecure} from '../../src/token/target.js';

const ON: OrganisationFeatures = {
  secure: true,
  vod: true,
  transcoding: true,
  opcodes: true,
  webcaster: true,
  h5live: true,
};
const OFF: OrganisationFeatures = {...ON, secure: false};

function stream(overrides: Partial<Stream> = {}): Stream {
  return {
    id: '5f86a12f-3801-415a-b450-6b6a46842349',
    state: 'live',
    type: 'low-latency',
    created_at: '2026-10-02T08:53:50.377Z',
    tags: [],
    transcoding: false,
    ingest: {rtmp: {url: 'rtmp://bintu-stream.nanocosmos.de:1935/live', streamname: 'AB12c-xyz12'}},
    playout: {h5live: []},
    ...overrides,
  };
}

describe('token/target', () => {
  it('needs a token when the stream and the organisation have secure playback', () => {
    expect(needsPlaybackToken(stream({secure: true}), ON)).to.equal(true);
    expect(needsPlaybackToken(stream({secure: false}), ON)).to.equal(false);
    expect(needsPlaybackToken(stream({secure: true}), OFF)).to.equal(false);
    expect(needsPlaybackToken(stream({secure: true, state: 'deleted'}), ON)).to.equal(false);
  });

  it('takes the organisation’s word when the stream does not say (secure is assumed)', () => {
    const silent = stream();
    expect(saysSecure(silent)).to.equal(false);
    expect(saysSecure(stream({secure: false}))).to.equal(true);
    expect(needsPlaybackToken(silent, ON)).to.equal(true);
    expect(needsPlaybackToken(silent, OFF)).to.equal(false);
  });

  it('targets a group by its id and a single stream by its streamname', () => {
    const single = stream();
    expect(playbackTokenTarget(single)).to.deep.equal({streams: ['AB12c-xyz12']});
    const group = stream({streamgroup: single.id});
    expect(playbackTokenTarget(group)).to.deep.equal({groupid: single.id});
  });
});
