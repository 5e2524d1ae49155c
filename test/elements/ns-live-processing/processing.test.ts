import {expect} from '@open-wc/testing';
import {recordingsOf} from '../../../src/api/recordings.js';
import type {ProcessingConfig, Stream} from '../../../src/api/types.js';
import {
  cacheBusted,
  configOf,
  draftFrom,
  isGroup,
  replaySessionsOf,
  sameAsStored,
  toProcessId,
  validateDraft,
  withProcess,
  type ProcessDraft,
} from '../../../src/elements/ns-live-processing/processing.js';

const draft = (change: Partial<ProcessDraft>): ProcessDraft => ({
  active: true,
  interval: '',
  duration: '',
  entireStream: false,
  ...change,
});

function stream(partial: Partial<Stream> & {playout: Stream['playout']}): Stream {
  return {
    id: 'a',
    state: 'ended',
    type: 'low-latency',
    created_at: '2026-11-01T00:00:00Z',
    tags: [],
    transcoding: false,
    ingest: {rtmp: {url: 'rtmp://x/live', streamname: 'AAAAA-BBBBB'}},
    ...partial,
  };
}

const h5 = (id: string, index: number, processing?: ProcessingConfig[]) => ({
  id,
  index,
  tags: [],
  rtmp: {url: 'rtmp://x/play', streamname: `AAAAA-${id.padEnd(5, 'x')}`},
  server: {websocket: 'wss://x', hls: 'https://x', progressive: 'https://x'},
  ...(processing ? {processing} : {}),
});

describe('ns-live-processing helpers', () => {
  describe('validateDraft', () => {
    it('accepts the documented ranges, in whole seconds', () => {
      expect(validateDraft('thumbs', draft({interval: '10'})).config).to.deep.equal({
        id: 'thumbs',
        interval: 10,
      });
      expect(validateDraft('thumbs', draft({interval: ' 3600 '})).config).to.deep.equal({
        id: 'thumbs',
        interval: 3600,
      });
      expect(
        validateDraft('motionclip', draft({interval: '30', duration: '60'})).config,
      ).to.deep.equal({id: 'motionclip', interval: 30, duration: 60});
      expect(validateDraft('replay', draft({duration: '1'})).config).to.deep.equal({
        id: 'replay',
        duration: 1,
      });
      expect(validateDraft('rec', draft({duration: '999999'})).config).to.deep.equal({
        id: 'rec',
        duration: 999999,
      });
    });

    it('rejects values outside the ranges with the range in the error', () => {
      expect(validateDraft('thumbs', draft({interval: '9'}))).to.deep.equal({
        config: undefined,
        interval: {kind: 'range', min: 10, max: 3600},
      });
      expect(validateDraft('thumbs', draft({interval: '3601'})).interval).to.deep.equal({
        kind: 'range',
        min: 10,
        max: 3600,
      });
      const clip = validateDraft('motionclip', draft({interval: '5', duration: '61'}));
      expect(clip.config).to.equal(undefined);
      expect(clip.interval).to.deep.equal({kind: 'range', min: 10, max: 3600});
      expect(clip.duration).to.deep.equal({kind: 'range', min: 1, max: 60});
      expect(
        validateDraft('motionclip', draft({interval: '30', duration: '0'})).duration,
      ).to.deep.equal({kind: 'range', min: 1, max: 60});
      expect(validateDraft('rec', draft({duration: '0'})).duration).to.deep.equal({
        kind: 'min',
        min: 1,
      });
    });

    it('rejects empty, fractional, negative and non-numeric input', () => {
      expect(validateDraft('thumbs', draft({interval: ''})).interval).to.deep.equal({
        kind: 'required',
      });
      for (const text of ['12.5', '-20', '1e2', 'abc', '30s', '0x20']) {
        expect(validateDraft('thumbs', draft({interval: text})).interval, text).to.deep.equal({
          kind: 'integer',
        });
      }
    });

    it('takes "entire stream" as null for replay and recording, ignoring the duration text', () => {
      expect(
        validateDraft('replay', draft({entireStream: true, duration: 'junk'})).config,
      ).to.deep.equal({id: 'replay', duration: null});
      expect(validateDraft('rec', draft({entireStream: true})).config).to.deep.equal({
        id: 'rec',
        duration: null,
      });
      // Motion clips have no "entire stream": the flag cannot skip their duration check.
      expect(
        validateDraft('motionclip', draft({interval: '30', entireStream: true})).duration,
      ).to.deep.equal({kind: 'required'});
    });

    it('treats a switched-off process as valid, to be removed', () => {
      expect(validateDraft('thumbs', draft({active: false, interval: 'junk'}))).to.deep.equal({
        config: null,
      });
    });
  });

  describe('drafts', () => {
    it('starts from the stored configuration, or defaults when the process is off', () => {
      expect(
        draftFrom('motionclip', {id: 'motionclip', interval: 120, duration: 10}),
      ).to.deep.equal({active: true, interval: '120', duration: '10', entireStream: false});
      expect(draftFrom('replay', {id: 'replay', duration: null})).to.deep.equal({
        active: true,
        interval: '',
        duration: '',
        entireStream: true,
      });
      expect(draftFrom('thumbs', undefined)).to.deep.equal({
        active: false,
        interval: '30',
        duration: '',
        entireStream: false,
      });
    });

    it('knows when a draft says the same as what is stored', () => {
      const stored = {id: 'thumbs', interval: 30} as const;
      expect(sameAsStored('thumbs', draft({interval: '30'}), stored)).to.equal(true);
      expect(sameAsStored('thumbs', draft({interval: ' 30 '}), stored)).to.equal(true);
      expect(sameAsStored('thumbs', draft({interval: '60'}), stored)).to.equal(false);
      expect(sameAsStored('thumbs', draft({active: false}), stored)).to.equal(false);
      expect(sameAsStored('thumbs', draft({active: false, interval: '99'}), undefined)).to.equal(
        true,
      );
    });
  });

  describe('withProcess', () => {
    const list: ProcessingConfig[] = [
      {id: 'thumbs', interval: 10},
      {id: 'rec', duration: null},
    ];

    it('replaces a process in place and keeps the others as they are', () => {
      expect(withProcess(list, 'thumbs', {id: 'thumbs', interval: 60})).to.deep.equal([
        {id: 'thumbs', interval: 60},
        {id: 'rec', duration: null},
      ]);
      expect(list[0]).to.deep.equal({id: 'thumbs', interval: 10});
    });

    it('adds a process that was off, and removes one switched off', () => {
      expect(withProcess(list, 'replay', {id: 'replay', duration: 300})).to.deep.equal([
        ...list,
        {id: 'replay', duration: 300},
      ]);
      expect(withProcess(list, 'thumbs', null)).to.deep.equal([{id: 'rec', duration: null}]);
      expect(withProcess(undefined, 'thumbs', {id: 'thumbs', interval: 10})).to.deep.equal([
        {id: 'thumbs', interval: 10},
      ]);
    });
  });

  describe('cacheBusted', () => {
    it('adds or replaces the _ns parameter and keeps the rest of the URL', () => {
      const url = 'https://bintu-vod.nanocosmos.de:443/vod/thumbnails/AAAAA-BBBBB.jpg';
      expect(cacheBusted(url, 17)).to.equal(`${url}?_ns=17`);
      expect(cacheBusted(`${url}?_ns=1`, 2)).to.equal(`${url}?_ns=2`);
      expect(cacheBusted(`${url}?a=1&_ns=1&b=2#top`, 3)).to.equal(`${url}?a=1&b=2&_ns=3#top`);
      expect(cacheBusted(url, undefined)).to.equal(url);
    });
  });

  describe('reading the stream', () => {
    it('finds a process only in the playout that runs it', () => {
      const s = stream({
        id: 'g',
        streamgroup: 'g',
        transcoding: true,
        playout: {h5live: [h5('g', 0, [{id: 'thumbs', interval: 10}]), h5('t', 1)]},
      });
      expect(isGroup(s)).to.equal(true);
      expect(configOf(s.playout.h5live[0], 'thumbs')).to.deep.equal({id: 'thumbs', interval: 10});
      expect(configOf(s.playout.h5live[0], 'rec')).to.equal(undefined);
      expect(configOf(s.playout.h5live[1], 'thumbs')).to.equal(undefined);
      expect(isGroup(stream({playout: {h5live: [h5('a', 0)]}}))).to.equal(false);
    });

    it('reads replay sessions and recordings of one stream, newest first, skipping malformed ones', () => {
      const playout = {
        h5live: [h5('a', 0)],
        web: [
          {
            type: 'vod',
            session_date: '2026-11-01T10:00:00Z',
            name: 'old.mp4',
            size: 1,
            url: 'https://vod.example/u1.mp4',
            streamId: 'a',
          },
          {
            type: 'vod',
            session_date: '2026-11-03T10:00:00Z',
            name: 'new.mp4',
            size: 1,
            url: 'https://vod.example/u2.mp4',
            streamId: 'a',
          },
          // Only the documented url, type and streamId: named from the URL, after the dated ones.
          {type: 'vod', url: 'https://vod.example/vod/AAAAA-BBBBB-17.mp4', streamId: 'a'},
          {type: 'hls', url: 'https://vod.example/u4.m3u8', streamId: 'a'},
          {
            type: 'vod',
            session_date: '2026-11-04T10:00:00Z',
            name: 'other.mp4',
            size: 1,
            url: 'https://vod.example/u3.mp4',
            streamId: 'b',
          },
        ],
        replay_sessions: [
          {
            session_date: '2026-11-01T10:00:00Z',
            url: 'h1',
            replay_url: 'r1',
            clip_url: 'c1',
            streamId: 'a',
          },
          {
            session_date: '2026-11-02T10:00:00Z',
            url: 'h2',
            replay_url: 'r2',
            clip_url: 'c2',
            streamId: 'a',
          },
          {url: 'h3', streamId: 'a'},
          {session_date: 'not a date', streamId: 'a'},
          {
            session_date: '2026-11-05T10:00:00Z',
            url: 'h4',
            replay_url: 'r4',
            clip_url: 'c4',
            streamId: 'b',
          },
          'junk',
        ],
      } as unknown as Stream['playout'];
      const s = stream({playout});
      expect(recordingsOf(s.playout, 'a').map(r => r.name)).to.deep.equal([
        'new.mp4',
        'old.mp4',
        'AAAAA-BBBBB-17.mp4',
      ]);
      expect(replaySessionsOf(s, 'a')).to.deep.equal([
        {sessionDate: '2026-11-02T10:00:00Z', hlsUrl: 'h2', replayUrl: 'r2', clipUrl: 'c2'},
        {sessionDate: '2026-11-01T10:00:00Z', hlsUrl: 'h1', replayUrl: 'r1', clipUrl: 'c1'},
        // What an entry lacks stays undefined; an entry with no URL at all is left out.
        {sessionDate: undefined, hlsUrl: 'h3', replayUrl: undefined, clipUrl: undefined},
      ]);
      // No replay_sessions at all: the stream does not say (undefined), unlike an empty list.
      expect(replaySessionsOf(stream({playout: {h5live: []}}), 'a')).to.equal(undefined);
      expect(
        replaySessionsOf(stream({playout: {h5live: [], replay_sessions: []}}), 'a'),
      ).to.deep.equal([]);
    });

    it('reads the process attribute strictly', () => {
      expect(toProcessId('motionclip')).to.equal('motionclip');
      expect(toProcessId('thumbnails')).to.equal(undefined);
      expect(toProcessId(null)).to.equal(undefined);
    });
  });
});
