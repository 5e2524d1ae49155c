import {expect} from '@open-wc/testing';
import type {H5LivePlayout, ProcessingConfig, Stream} from '../../../src/api/types.js';
import type {NsSession} from '../../../src/context.js';
import {liveProcessingCatalogues} from '../../../src/elements/ns-live-processing/ns-live-processing.catalogues.js';
import {
  contentView,
  gateOf,
  mayEdit,
  mayLoad,
  processView,
  qualityLabel,
  qualityText,
  secondsText,
  upgradeView,
  type ViewText,
} from '../../../src/elements/ns-live-processing/ns-live-processing.view.js';
import {
  allowsEntireStream,
  hasDuration,
  hasInterval,
  nextBust,
  withEntry,
} from '../../../src/elements/ns-live-processing/processing.js';
import {
  fieldErrorText,
  settingsView,
} from '../../../src/elements/ns-live-processing/settings.view.js';
import {
  linkView,
  recordingsView,
  sessionsView,
  type CellView,
} from '../../../src/elements/ns-live-processing/tables.view.js';
import {localize} from '../../../src/i18n/localize.js';

/** The English texts, dates shown as `date(<ISO>)` to tell them apart. */
const view: ViewText = {
  text: (key, vars) => localize(liveProcessingCatalogues, 'en', undefined, key, vars),
  locale: 'en',
  dateTime: value => `date(${value})`,
};

function session(partial: Partial<NsSession> = {}): NsSession {
  return {
    status: 'ready',
    features: {opcodes: true},
    can: () => true,
    ...partial,
  } as unknown as NsSession;
}

const h5 = (
  id: string,
  index: number,
  extra: Partial<H5LivePlayout> & {processing?: ProcessingConfig[]} = {},
): H5LivePlayout =>
  ({
    id,
    index,
    tags: [],
    rtmp: {url: 'rtmp://x/play', streamname: `name-${id}`},
    server: {websocket: 'wss://x', hls: 'https://x', progressive: 'https://x'},
    ...extra,
  }) as H5LivePlayout;

function stream(playout: Partial<Stream['playout']> & {h5live: H5LivePlayout[]}): Stream {
  return {
    id: 'a',
    state: 'ended',
    type: 'low-latency',
    created_at: '2026-11-01T00:00:00Z',
    tags: [],
    transcoding: false,
    ingest: {rtmp: {url: 'rtmp://x/live', streamname: 'ingest-a'}},
    playout: {rtmp: [], web: [], ...playout},
  } as unknown as Stream;
}

const asset = (url: string, streamId = 'a') => ({url, type: 'image', streamId, streamname: 'n'});

describe('ns-live-processing view', () => {
  describe('gateOf, mayLoad, mayEdit', () => {
    it('asks for a stream, waits for the session, and says "Upgrade needed" without the package', () => {
      expect(gateOf('', session())).to.equal('no-stream');
      expect(gateOf('a', session({status: 'loading'}))).to.equal('session-pending');
      expect(gateOf('a', session({status: 'error'}))).to.equal('session-error');
      const without = session({features: {opcodes: false} as NsSession['features']});
      expect(gateOf('a', without)).to.equal('upgrade');
      expect(gateOf('a', session())).to.equal('load');
      // Without a provider the element still loads.
      expect(gateOf('a', undefined)).to.equal('load');
    });

    it('loads only with the package and a ready session; edits only where the role may', () => {
      expect(mayLoad(undefined)).to.equal(true);
      expect(mayLoad(session())).to.equal(true);
      expect(mayLoad(session({status: 'loading'}))).to.equal(false);
      expect(mayLoad(session({features: {opcodes: false} as NsSession['features']}))).to.equal(
        false,
      );
      expect(mayEdit(undefined)).to.equal(false);
      expect(mayEdit(session({can: op => op === 'setStreamProcessing'}))).to.equal(true);
      expect(mayEdit(session({can: () => false}))).to.equal(false);
    });
  });

  it('words the "Upgrade needed" note as a note, or as an alert after a refused save', () => {
    expect(upgradeView(false, view.text)).to.deep.include({role: 'note', title: 'Upgrade needed'});
    const after = upgradeView(true, view.text);
    expect(after.role).to.equal('alert');
    expect(after.text).to.contain('cannot be saved');
  });

  describe('contentView', () => {
    it('lists the four processes in order and marks the selected one', () => {
      const content = contentView('replay', [], 0, false, view.text);
      expect(content.processes.map(p => [p.id, p.label, p.current])).to.deep.equal([
        ['thumbs', 'Thumbnails', false],
        ['motionclip', 'Motion clips', false],
        ['replay', 'Live replay', true],
        ['rec', 'Recording', false],
      ]);
      expect(content.tabs).to.deep.equal([]);
      expect(content.selectedTab).to.equal(undefined);
    });

    it('gives a group one tab per quality, the selected one labelling the panel', () => {
      const members = [
        h5('a', 0, {info: {width: 1920, height: 1080, bitrate: 4000, fps: 30}}),
        h5('b', 1, {tags: ['vtrans2-852x480x800x25']}),
        h5('c', 2),
      ];
      const content = contentView('thumbs', members, 1, true, view.text);
      expect(content.tabs.map(t => [t.id, t.label, t.selected])).to.deep.equal([
        ['tab-0', '1080p (original)', false],
        ['tab-1', '480p', true],
        ['tab-2', 'Quality 3', false],
      ]);
      expect(content.selectedTab).to.equal('tab-1');
      expect(content.busy).to.equal(true);
    });

    it('names a passthrough of unknown quality "Original"', () => {
      expect(qualityLabel(h5('a', 0), 0, view.text)).to.equal('Original');
    });
  });

  it('says the quality as resolution and bitrate, either alone, or "—"', () => {
    const info = {width: 1280, height: 720, bitrate: 1600, fps: 30};
    expect(qualityText(h5('a', 0, {info}), view)).to.match(/^1280×720 · [\d.]+ Mbit\/s$/);
    expect(qualityText(h5('a', 0), view)).to.equal('—');
    expect(qualityText(undefined, view)).to.equal('—');
  });

  it('says seconds, with a larger unit from a minute on', () => {
    expect(secondsText(45, view)).to.equal('45 s');
    expect(secondsText(120, view)).to.equal('120 s (2 min)');
    expect(secondsText(3600, view)).to.match(/^3,600 s \(1 (hr|h)\)$/);
  });

  describe('processView', () => {
    const thumbs = stream({
      h5live: [h5('a', 0, {processing: [{id: 'thumbs', interval: 30}]})],
      thumbnails: [asset('https://cdn/a.jpg'), asset('https://cdn/b.jpg', 'b')],
    });

    it('shows an active process with its asset, interval and image', () => {
      const p = processView(thumbs, 'a', 'thumbs', view);
      expect(p.name).to.equal('Thumbnails');
      expect(p.refreshLabel).to.equal('Refresh Thumbnails');
      expect(p.status).to.deep.equal({term: 'Status', value: 'active', active: true});
      expect(p.streamname.value).to.equal('name-a');
      expect(p.asset?.heading).to.equal('Asset URL');
      expect(p.asset?.link).to.include({url: 'https://cdn/a.jpg', linkable: true, mono: true});
      expect(p.asset?.copy).to.deep.equal({
        value: 'https://cdn/a.jpg',
        label: 'Copy asset URL of Thumbnails',
      });
      expect(p.timing).to.deep.equal([{term: 'Interval', value: '30 s'}]);
      expect(p.withPreview).to.equal(true);
      expect(p.preview).to.deep.equal({
        src: 'https://cdn/a.jpg',
        alt: 'Latest thumbnail of name-a',
        unavailable: 'Image unavailable',
      });
      expect(p.tables).to.deep.equal([]);
    });

    it('busts the image past the browser cache after a Refresh', () => {
      expect(processView(thumbs, 'a', 'thumbs', view, 17).preview?.src).to.equal(
        'https://cdn/a.jpg?_ns=17',
      );
    });

    it('marks a process that is not in the processing list inactive, without values', () => {
      const p = processView(thumbs, 'a', 'motionclip', view);
      expect(p.status.active).to.equal(false);
      expect(p.status.value).to.equal('inactive');
      expect(p.timing.map(d => d.value)).to.deep.equal(['—', '—']);
      expect(p.asset?.link).to.equal(undefined);
      expect(p.asset?.none).to.contain('No asset yet');
      expect(p.preview).to.equal(undefined);
    });

    it('shows the live replay as its replay page, with "Entire stream" and its sessions', () => {
      const replay = stream({
        h5live: [h5('a', 0, {processing: [{id: 'replay', duration: null}]})],
        replay: [asset('https://replay/page')],
      });
      const p = processView(replay, 'a', 'replay', view);
      expect(p.asset?.heading).to.equal('Replay Page');
      expect(p.asset?.link?.label).to.equal('Open the replay page https://replay/page');
      expect(p.asset?.copy?.label).to.equal('Copy replay page URL');
      expect(p.timing).to.deep.equal([{term: 'Duration', value: 'Entire stream'}]);
      expect(p.withPreview).to.equal(false);
      expect(p.tables.map(t => t.part)).to.deep.equal(['sessions']);
      // The stream does not list sessions: the replay page shows them.
      expect(p.tables[0]!.note).to.contain('the replay page shows them');
    });

    it('lists a recording without an asset URL entry', () => {
      const rec = stream({h5live: [h5('a', 0, {processing: [{id: 'rec', duration: 600}]})]});
      const p = processView(rec, 'a', 'rec', view);
      expect(p.asset).to.equal(undefined);
      expect(p.timing).to.deep.equal([{term: 'Duration', value: '600 s (10 min)'}]);
      expect(p.tables.map(t => [t.part, t.note])).to.deep.equal([
        ['recordings', 'No recordings yet.'],
      ]);
    });

    it("falls back to the group's first playout and the ingest's streamname", () => {
      const p = processView(stream({h5live: []}), 'x', 'thumbs', view);
      expect(p.streamname.value).to.equal('ingest-a');
      expect(p.playout).to.equal(undefined);
    });
  });

  describe('tables', () => {
    it('never makes a link of a URL that is not http(s)', () => {
      expect(linkView('javascript:alert(1)', 'x').linkable).to.equal(false);
      expect(linkView('https://example.org', 'x').linkable).to.equal(true);
    });

    it('lists replay sessions newest first, naming undated ones by their place', () => {
      const s = stream({
        h5live: [h5('a', 0)],
        replay_sessions: [
          {streamId: 'a', url: 'https://vod/r/a-1.m3u8', session_date: '2026-01-01T10:00:00Z'},
          {streamId: 'a', replay_url: 'https://replay/2'},
          {streamId: 'a', clip_url: 'https://clip/3', session_date: '2026-02-01T10:00:00Z'},
          {streamId: 'b', url: 'https://vod/r/b.m3u8'},
        ],
      } as never);
      const table = sessionsView(s, 'a', false, view);
      expect(table.note).to.equal(undefined);
      expect(table.columns).to.deep.equal([
        'Session Date (UTC)',
        'HLS File',
        'Replay Access',
        'Clip & Share Access',
      ]);
      expect(table.rows.map(r => r[0])).to.deep.equal([
        {kind: 'text', text: 'date(2026-02-01T10:00:00Z)'},
        {kind: 'text', text: 'date(2026-01-01T10:00:00Z)'},
        {kind: 'text', text: '—'},
      ]);
      const [, dated, undated] = table.rows;
      expect(dated![1]).to.deep.include({kind: 'file'});
      const hls = dated![1] as Extract<CellView, {kind: 'file'}>;
      expect(hls.link.text).to.equal('a-1.m3u8');
      expect(hls.copy?.label).to.equal(
        'Copy HLS file URL of the session of date(2026-01-01T10:00:00Z)',
      );
      expect(undated![2]).to.deep.equal({
        kind: 'link',
        link: linkView('https://replay/2', 'Open replay', {label: 'Open replay of session 3'}),
      });
      expect(undated![1]).to.deep.equal({kind: 'text', text: '—'});
    });

    it('says when a stream has no sessions, or does not list them', () => {
      const none = stream({h5live: [], replay_sessions: []} as never);
      expect(sessionsView(none, 'a', false, view).note).to.equal('No replay sessions yet.');
      expect(sessionsView(stream({h5live: []}), 'a', false, view).note).to.equal(
        'This nanoStream API does not list replay sessions.',
      );
    });

    it('lists recordings with their date, file name and size', () => {
      const s = stream({
        h5live: [],
        web: [
          {type: 'vod', url: 'https://vod/rec/one.mp4', streamId: 'a', size: 2048},
          {type: 'vod', url: 'https://vod/rec/two.mp4', streamId: 'b'},
        ],
      } as never);
      const table = recordingsView(s, 'a', view);
      expect(table.columns).to.deep.equal(['Session Date (UTC)', 'File Access']);
      expect(table.rows).to.have.length(1);
      const [date, file] = table.rows[0]!;
      expect(date).to.deep.equal({kind: 'text', text: '—'});
      expect(file).to.deep.include({kind: 'file', size: '2 kB'});
      expect((file as {link: {text: string; label: string}}).link.label).to.equal(
        'Open recording one.mp4 (2 kB)',
      );
    });
  });

  describe('settingsView', () => {
    const base = {unchanged: false, edited: true, saving: false, busy: false, outcome: undefined};
    const draft = {active: true, interval: '30', duration: '5', entireStream: false};

    it('offers the fields a process has, with their documented ranges', () => {
      const thumbs = settingsView('thumbs', {...base, draft}, view.text);
      expect(thumbs.fields.map(f => [f.name, f.hint])).to.deep.equal([['interval', '10–3600 s']]);
      expect(thumbs.entireStream).to.equal(undefined);
      expect(thumbs.active.label).to.equal('Thumbnails on');
      const clip = settingsView('motionclip', {...base, draft}, view.text);
      expect(clip.fields.map(f => [f.name, f.hint])).to.deep.equal([
        ['interval', '10–3600 s'],
        ['duration', '1–60 s'],
      ]);
      const rec = settingsView('rec', {...base, draft: {...draft, entireStream: true}}, view.text);
      expect(rec.fields.map(f => [f.name, f.hint, f.disabled])).to.deep.equal([
        ['duration', 'At least 1 s', true],
      ]);
      expect(rec.entireStream).to.deep.equal({
        label: 'Entire stream',
        checked: true,
        disabled: false,
      });
    });

    it('says why a field is invalid, but not while it is disabled', () => {
      const bad = settingsView('thumbs', {...base, draft: {...draft, interval: '5'}}, view.text);
      expect(bad.fields[0]).to.deep.include({
        invalid: true,
        error: 'Enter a value from 10 to 3600 seconds.',
      });
      const off = settingsView(
        'thumbs',
        {...base, draft: {...draft, active: false, interval: '5'}},
        view.text,
      );
      expect(off.fields[0]).to.deep.include({disabled: true, invalid: false, error: ''});
      expect(fieldErrorText({kind: 'integer'}, view.text)).to.equal(
        'Enter whole seconds (digits only).',
      );
      expect(fieldErrorText({kind: 'min', min: 1}, view.text)).to.equal(
        'Enter at least 1 second(s).',
      );
      expect(fieldErrorText({kind: 'required'}, view.text)).to.equal('Enter a number of seconds.');
    });

    it('holds Save while saving, loading or unchanged, and Reset until something was typed', () => {
      const idle = settingsView('thumbs', {...base, draft}, view.text);
      expect(idle.save).to.deep.equal({label: 'Save settings', disabled: false});
      expect(idle.reset.disabled).to.equal(false);
      const saving = settingsView('thumbs', {...base, draft, saving: true}, view.text);
      expect(saving.save).to.deep.equal({label: 'Saving…', disabled: true});
      expect(saving.reset.disabled).to.equal(true);
      expect(
        settingsView('thumbs', {...base, draft, busy: true}, view.text).save.disabled,
      ).to.equal(true);
      const stored = settingsView(
        'thumbs',
        {...base, draft, unchanged: true, edited: false},
        view.text,
      );
      expect(stored.save.disabled).to.equal(true);
      expect(stored.reset.disabled).to.equal(true);
    });

    it('words the outcome of the last save', () => {
      const saved = settingsView('thumbs', {...base, draft, outcome: {status: 'saved'}}, view.text);
      expect([saved.status, saved.message]).to.deep.equal(['Settings saved.', '']);
      const failed = settingsView(
        'thumbs',
        {...base, draft, outcome: {status: 'failed', reason: 'Down (code 5030)'}},
        view.text,
      );
      expect(failed.status).to.equal('');
      expect(failed.message).to.contain('could not be saved (Down (code 5030))');
      // "Invalid" is said only while the form still is.
      const invalid = {status: 'invalid'} as const;
      const still = {...base, draft: {...draft, interval: '5'}, outcome: invalid};
      expect(settingsView('thumbs', still, view.text).message).to.contain('nothing was sent');
      const fixed = {...base, draft, outcome: invalid};
      expect(settingsView('thumbs', fixed, view.text).message).to.equal('');
    });
  });

  describe('processing helpers', () => {
    it('reads which settings a process takes from the documented table', () => {
      const ids = ['thumbs', 'motionclip', 'replay', 'rec'] as const;
      expect(ids.map(hasInterval)).to.deep.equal([true, true, false, false]);
      expect(ids.map(hasDuration)).to.deep.equal([false, true, true, true]);
      expect(ids.map(allowsEntireStream)).to.deep.equal([false, false, true, true]);
    });

    it('makes Refresh tokens that always increase', () => {
      expect(nextBust(undefined, 1000)).to.equal(1000);
      expect(nextBust(1000, 1000)).to.equal(1001);
      expect(nextBust(5000, 1000)).to.equal(5001);
    });

    it('copies a map with an entry set or removed', () => {
      const map = new Map([['a', 1]]);
      expect([...withEntry(map, 'b', 2)]).to.deep.equal([
        ['a', 1],
        ['b', 2],
      ]);
      expect([...withEntry(map, 'a', undefined)]).to.deep.equal([]);
      expect([...map]).to.deep.equal([['a', 1]]);
    });
  });
});
