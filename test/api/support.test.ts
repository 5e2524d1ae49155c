import {expect} from '@open-wc/testing';
import {
  ApiError,
  isNotEnabled,
  isNotOffered,
  lastPathSegment,
  recordingsOf,
} from '../../src/api/index.js';
import type {StreamPlayout} from '../../src/api/index.js';

const http = (
  status: number,
  message = 'x',
  extra: Partial<ConstructorParameters<typeof ApiError>[1]> = {},
) => new ApiError(message, {kind: 'http', status, ...extra});

describe('Against the real API: reading what a server lacks', () => {
  it('isNotOffered: a 405, or a 404 that is not "Stream not found"', () => {
    expect(isNotOffered(http(405))).to.equal(true);
    expect(isNotOffered(http(404, 'The nanoStream API answered HTTP 404 Not Found.'))).to.equal(
      true,
    );
    expect(isNotOffered(http(404, 'Stream not found', {code: 4040}))).to.equal(false);
    expect(isNotOffered(http(403))).to.equal(false);
    expect(isNotOffered(new ApiError('offline', {kind: 'network', status: 0}))).to.equal(false);
    expect(isNotOffered(new Error('404'))).to.equal(false);
  });

  it('isNotEnabled: the documented 403 "Organisation is not enabled", or a feature named', () => {
    expect(isNotEnabled(http(403, 'Organisation is not enabled'))).to.equal(true);
    expect(
      isNotEnabled(http(403, 'Access denied', {code: 2001, userinfo: {feature: 'opcodes'}})),
    ).to.equal(true);
    expect(isNotEnabled(http(403, 'Access denied', {code: 2001}))).to.equal(false);
    expect(isNotEnabled(http(400, 'Organisation is not enabled'))).to.equal(false);
  });

  it('recordingsOf: the playout.web entries of type vod, named from the URL when unnamed', () => {
    const id = 'a1';
    const playout = {
      h5live: [],
      web: [
        {url: 'https://vod.example/vod/one.mp4', type: 'vod', streamId: id},
        {url: 'https://vod.example/player.html', type: 'page', streamId: id},
        {
          url: 'https://vod.example/vod/two.mp4',
          type: 'vod',
          streamId: id,
          name: 'Two',
          session_date: '2026-11-20T16:00:00Z',
          size: 10,
        },
        {url: 'https://vod.example/vod/other.mp4', type: 'vod', streamId: 'b2'},
      ],
    } as StreamPlayout;
    const all = recordingsOf(playout, id);
    expect(all.map(r => r.name)).to.deep.equal(['Two', 'one.mp4']);
    expect(all[1]).to.include({sessionDate: undefined, size: undefined});
    expect(recordingsOf(playout)).to.have.length(3);
    expect(recordingsOf({h5live: []} as StreamPlayout)).to.deep.equal([]);
    expect(recordingsOf(undefined)).to.deep.equal([]);
  });

  it('lastPathSegment: decoded, without query, or undefined', () => {
    expect(lastPathSegment('https://x.example/vod/a%20b.mp4?t=1')).to.equal('a b.mp4');
    expect(lastPathSegment('https://x.example/')).to.equal(undefined);
    expect(lastPathSegment('not a url/c.mp4')).to.equal('c.mp4');
  });
});
