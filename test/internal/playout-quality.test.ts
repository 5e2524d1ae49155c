import {expect} from '@open-wc/testing';
import type {H5LivePlayout} from '../../src/api/types.js';
import {qualityOf, resolutionOf} from '../../src/internal/playout-quality.js';

const playout = (index: number, extra: object = {}) =>
  ({id: 'p', index, rtmp: {streamname: 'AAAAA-BBBBB'}, ...extra}) as unknown as H5LivePlayout;

describe('playout quality', () => {
  it('reads a playout’s info', () => {
    const info = {width: 1920, height: 1080, bitrate: 4000, fps: 30};
    expect(qualityOf(playout(0, {info}))).to.deep.equal(info);
  });

  it('fills a transcode’s gaps from its vtrans2 profile tag, not the passthrough’s', () => {
    const tags = ['other', 'vtrans2-640x360x400x25'];
    expect(qualityOf(playout(1, {tags, info: {width: 0, height: NaN, fps: 20}}))).to.deep.equal({
      width: 640,
      height: 360,
      bitrate: 400,
      fps: 20,
    });
    expect(qualityOf(playout(0, {tags}))).to.deep.equal({});
  });

  it('knows nothing of a missing playout or one without data', () => {
    expect(qualityOf(undefined)).to.deep.equal({});
    expect(qualityOf(playout(1, {info: null, tags: 'x'}))).to.deep.equal({});
  });

  it('writes a resolution only when both sides are known', () => {
    expect(resolutionOf({width: 426, height: 240})).to.equal('426×240');
    expect(resolutionOf({width: 426})).to.equal(undefined);
  });
});
