// The decisions of <ns-stream-overview> without a DOM: what each role is offered, what the
// confirmation dialog says, what a failure says, and how missing fields read.
import {expect} from '@open-wc/testing';
import {ApiError} from '../../../src/api/errors.js';
import type {Role, Stream} from '../../../src/api/types.js';
import {createSession, type NsSession} from '../../../src/context.js';
import type {PlaybackTokenState} from '../../../src/internal/controllers/playback-token.js';
import {formatDateTime} from '../../../src/i18n/format.js';
import {localize} from '../../../src/i18n/localize.js';
import {type StringVars} from '../../../src/i18n/catalogues.js';
import {
  LockAfterStopError,
  changesOf,
  type AssumedStreamAction,
} from '../../../src/elements/ns-stream-overview/ns-stream-overview.actions.js';
import {streamOverviewCatalogues} from '../../../src/elements/ns-stream-overview/ns-stream-overview.catalogues.js';
import {
  actionsView,
  detailsView,
  dialogView,
  failureView,
  headerView,
  notFoundView,
  playoutView,
  sectionsView,
  successAnnouncement,
  tabOf,
  vodRows,
  type OverviewKey,
  type OverviewText,
} from '../../../src/elements/ns-stream-overview/ns-stream-overview.view.js';

/** The element's English texts, as its localizer gives them. */
const en: OverviewText = {
  locale: 'en',
  text: (key: OverviewKey, vars?: StringVars) =>
    localize(streamOverviewCatalogues, 'en', undefined, key, vars),
  dateTime: (value, {label = true} = {}) => formatDateTime(value, 'en', {label}),
};

const ID = '5f86a12f-3801-415a-b450-6b6a46842349';

function stream(overrides: Partial<Stream> = {}): Stream {
  return {
    id: ID,
    state: 'live',
    type: 'low-latency',
    created_at: '2026-10-02T08:53:50.377Z',
    tags: ['studio:a'],
    transcoding: false,
    secure: false,
    ingest: {rtmp: {url: 'rtmp://bintu-stream.nanocosmos.de:1935/live', streamname: 'AB12c-xyz12'}},
    playout: {h5live: []},
    ...overrides,
  };
}

/** A live group of three playouts. */
function group(overrides: Partial<Stream> = {}): Stream {
  const playout = {
    id: ID,
    index: 0,
    tags: [],
    rtmp: {url: 'rtmp://x/live', streamname: 'AB12c-xyz12'},
    server: {websocket: 'wss://x', hls: 'https://x', progressive: 'https://x'},
  };
  return stream({
    streamgroup: ID,
    transcoding: true,
    playout: {h5live: [playout, {...playout, index: 1}, {...playout, index: 2}]},
    ...overrides,
  });
}

function session(role: Role, features: Partial<NsSession['features']> = {}): NsSession {
  return createSession({
    status: 'ready',
    role,
    locale: 'en',
    dashboardUrl: 'https://portal.example.com/dash/',
    features: {secure: true, vod: true, ...features},
  });
}

const none: ReadonlySet<AssumedStreamAction> = new Set();
const notFound = (status = 404) => new ApiError('Not Found', {kind: 'http', status});
const reason = (error: unknown) => `[${(error as Error).message}]`;

describe('<ns-stream-overview> view', () => {
  describe('quick actions', () => {
    it('offers an admin Stop & Lock and Delete on a live stream, and links to the dashboard', () => {
      const view = actionsView(stream(), session('nanoAdmin'), none, en);
      expect([view.canStop, view.canUnlock, view.canDelete]).to.deep.equal([true, false, true]);
      expect(view.stopLabel).to.equal('Stop & Lock');
      expect(view.notes).to.deep.equal([]);
      expect(view.links.map(l => [l.label, l.href])).to.deep.equal([
        ['Start nanoStream Webcaster', `https://portal.example.com/dash/webcaster/${ID}`],
        ['Watch Stream', `https://portal.example.com/dash/playout/${ID}`],
        ['Get Instructions', `https://portal.example.com/dash/stream/new/${ID}`],
      ]);
    });

    for (const role of ['nanoUser', 'nanoReadOnly'] as const) {
      it(`offers ${role} the dashboard links but no Stop, Unlock or Delete`, () => {
        for (const state of ['live', 'locked', 'ended'] as const) {
          const view = actionsView(stream({state}), session(role), none, en);
          expect([view.canStop, view.canUnlock, view.canDelete], state).to.deep.equal([
            false,
            false,
            false,
          ]);
          expect(view.links).to.have.length(3);
          expect(view.notes).to.deep.equal([]);
        }
      });
    }

    it('offers Stop only while live and Unlock only while locked', () => {
      const admin = session('nanoAdmin');
      const ended = actionsView(stream({state: 'ended'}), admin, none, en);
      expect([ended.canStop, ended.canUnlock]).to.deep.equal([false, false]);
      const locked = actionsView(stream({state: 'locked'}), admin, none, en);
      expect([locked.canStop, locked.canUnlock]).to.deep.equal([false, true]);
    });

    it('offers nothing but the links to the default dashboard without a session', () => {
      const view = actionsView(stream(), undefined, none, en);
      expect([view.canStop, view.canUnlock, view.canDelete]).to.deep.equal([false, false, false]);
      expect(view.links[0]!.href).to.equal(`https://dashboard.nanostream.cloud/webcaster/${ID}`);
    });

    it('gives way to notes for what the API turned out not to offer; Stop & Lock becomes Stop', () => {
      const learned = new Set<AssumedStreamAction>(['lock', 'unlock', 'delete']);
      const live = actionsView(stream(), session('nanoAdmin'), learned, en);
      expect([live.canStop, live.stopLocks, live.canDelete]).to.deep.equal([true, false, false]);
      expect(live.stopLabel).to.equal('Stop');
      expect(live.notes).to.deep.equal([
        'This nanoStream API does not offer locking streams: Stop ends the stream without blocking its ingest.',
        'This nanoStream API does not offer deleting streams.',
      ]);
      const locked = actionsView(stream({state: 'locked'}), session('nanoAdmin'), learned, en);
      expect(locked.canUnlock).to.equal(false);
      expect(locked.notes).to.include('This nanoStream API does not offer unlocking streams.');
      // A role that could not act anyway is not told what the API lacks.
      expect(actionsView(stream(), session('nanoReadOnly'), learned, en).notes).to.deep.equal([]);
    });
  });

  describe('the confirmation dialog', () => {
    it('names the stream and says what Stop & Lock, Delete and Unlock do', () => {
      const s = stream();
      const stop = dialogView('stop', s, true, en);
      expect(stop.title).to.equal('Stop and lock this stream?');
      expect(stop.body).to.equal(
        `The stream AB12c-xyz12 (${ID}) will stop now, and its ingest will be blocked until it is unlocked.`,
      );
      expect([stop.confirm, stop.progress, stop.tone]).to.deep.equal([
        'Stop & Lock',
        'Stopping and locking…',
        'danger',
      ]);
      const remove = dialogView('delete', s, true, en);
      expect(remove.title).to.equal('Delete this stream?');
      expect(remove.body).to.contain('This cannot be undone.');
      expect([remove.confirm, remove.progress, remove.tone]).to.deep.equal([
        'Delete',
        'Deleting…',
        'danger',
      ]);
      const unlock = dialogView('unlock', stream({state: 'locked'}), true, en);
      expect(unlock.title).to.equal('Unlock this stream?');
      expect(unlock.body).to.equal(`The stream AB12c-xyz12 (${ID}) will accept ingest again.`);
      expect([unlock.confirm, unlock.progress, unlock.tone]).to.deep.equal([
        'Unlock',
        'Unlocking…',
        'primary',
      ]);
    });

    it('names the whole group with its playouts', () => {
      expect(dialogView('stop', group(), true, en).body).to.equal(
        `The streamgroup AB12c-xyz12 (${ID}) and all its 3 playouts will stop now, and their ingest will be blocked until it is unlocked.`,
      );
      expect(dialogView('delete', group(), true, en).body).to.contain('and all its 3 playouts');
    });

    it('asks for a plain Stop, and says the ingest stays open, once locking is not offered', () => {
      const view = dialogView('stop', stream(), false, en);
      expect(view.title).to.equal('Stop this stream?');
      expect(view.body).to.contain('does not offer locking, so its ingest stays open');
      expect([view.confirm, view.progress]).to.deep.equal(['Stop', 'Stopping…']);
    });
  });

  describe('what an action answers', () => {
    it('announces a stop, a stop & lock and an unlock; reports stop then lock', () => {
      const stopped = stream({state: 'ended'});
      const locked = stream({state: 'locked'});
      const both = {action: 'stop' as const, stopped, stream: locked, locked: true};
      expect(successAnnouncement(both, en)).to.equal('The stream was stopped and locked.');
      expect(changesOf(both).map(([action, s]) => [action, s.state])).to.deep.equal([
        ['stop', 'ended'],
        ['lock', 'locked'],
      ]);
      const only = {action: 'stop' as const, stopped, stream: stopped, locked: false};
      expect(successAnnouncement(only, en)).to.equal('The stream was stopped.');
      expect(changesOf(only).map(([action]) => action)).to.deep.equal(['stop']);
      const unlocked = {action: 'unlock' as const, stream: stopped};
      expect(successAnnouncement(unlocked, en)).to.equal('The stream was unlocked.');
      expect(changesOf({action: 'delete', stream: stopped}).map(([a]) => a)).to.deep.equal([
        'delete',
      ]);
    });

    it('says why an action failed, with the stream unchanged, and lets it be tried again', () => {
      const error = new ApiError('Internal error', {kind: 'http', status: 500, code: 5000});
      const failed = failureView(error, 'delete', en, reason);
      expect(failed).to.deep.equal({
        message: 'The stream could not be deleted: [Internal error] It is unchanged.',
        settled: false,
      });
      expect(failureView(error, 'stop', en, reason).message).to.contain('could not be stopped');
      expect(failureView(error, 'unlock', en, reason).message).to.contain('could not be unlocked');
    });

    it('says plainly that the API does not offer Delete or Unlock, and not to offer it again', () => {
      expect(failureView(notFound(), 'delete', en, reason)).to.deep.equal({
        message: 'This nanoStream API does not offer deleting streams. The stream is unchanged.',
        settled: true,
        notOffered: 'delete',
      });
      const unlock = failureView(notFound(405), 'unlock', en, reason);
      expect([unlock.settled, unlock.notOffered]).to.deep.equal([true, 'unlock']);
      // Stop is documented: its 404 is an ordinary failure.
      expect(failureView(notFound(), 'stop', en, reason).settled).to.equal(false);
    });

    it('shows the stream stopped when only the lock failed', () => {
      const stopped = stream({state: 'ended'});
      const missing = failureView(new LockAfterStopError(stopped, notFound()), 'stop', en, reason);
      expect(missing.message).to.equal(
        'The stream was stopped, but this nanoStream API does not offer locking streams, so its ingest is not blocked.',
      );
      expect([missing.settled, missing.notOffered, missing.stopped]).to.deep.equal([
        true,
        'lock',
        stopped,
      ]);
      const broken = new ApiError('Busy', {kind: 'http', status: 503});
      const failed = failureView(new LockAfterStopError(stopped, broken), 'stop', en, reason);
      expect(failed.message).to.equal('The stream was stopped but could not be locked: [Busy]');
      expect([failed.settled, failed.notOffered]).to.deep.equal([true, undefined]);
    });
  });

  describe('header and states', () => {
    it('tells a single stream, a group and a group member apart', () => {
      const admin = session('nanoAdmin');
      expect(headerView(stream(), admin, en).kind).to.equal('Single Stream');
      expect(headerView(group(), admin, en).kind).to.equal('Streamgroup (3 Playouts)');
      const one = group({playout: {h5live: group().playout.h5live.slice(0, 1)}});
      expect(headerView(one, admin, en).kind).to.equal('Streamgroup (1 Playout)');
      const member = stream({id: '0d1c9a1e-0000-4000-8000-000000000001', streamgroup: ID});
      expect(headerView(member, admin, en).kind).to.equal('Member of a streamgroup');
      const header = headerView(stream(), admin, en);
      expect(header.stateLabel).to.equal('live');
      expect(header.created).to.match(/^Created Oct 2, 2026, .* UTC$/);
    });

    it('marks a secure stream "Secure", and one that does not say "With token"', () => {
      const admin = session('nanoAdmin');
      expect(headerView(stream(), admin, en).secure).to.equal(undefined);
      expect(headerView(stream({secure: true}), admin, en).secure?.label).to.equal('Secure');
      const silent = headerView(stream({secure: undefined}), admin, en).secure!;
      expect(silent.label).to.equal('With token');
      expect(silent.title).to.contain('does not say');
      // Without secure playback in the organisation, no stream needs a token.
      const plain = session('nanoAdmin', {secure: false});
      expect(headerView(stream({secure: true}), plain, en).secure).to.equal(undefined);
    });

    it('tells an unknown id from a deleted stream', () => {
      expect(notFoundView(undefined, 'abc', en)).to.deep.equal({
        title: 'Stream not found',
        detail: 'No stream with the ID abc exists.',
      });
      expect(notFoundView(stream({state: 'deleted'}), ID, en).title).to.equal('Stream deleted');
    });

    it('opens the overview for a tab it does not know', () => {
      expect(tabOf('code-snippets')).to.equal('code-snippets');
      expect(tabOf('nonsense')).to.equal('overview');
    });
  });

  describe('overview tab', () => {
    it('lets a user edit tags and push URL, and a read-only user neither', () => {
      const user = detailsView(stream(), session('nanoUser'), en).fields!;
      expect([user.tags.editable, user.pushUrl.editable]).to.deep.equal([true, true]);
      const reader = detailsView(stream(), session('nanoReadOnly'), en).fields!;
      expect([reader.tags.editable, reader.pushUrl.editable]).to.deep.equal([false, false]);
    });

    it('shows the empty mark for what the server leaves out; Updated At falls back to Created', () => {
      const view = detailsView(stream(), session('nanoAdmin'), en);
      expect(view.heading).to.equal('Stream Details');
      expect(view.rows.map(r => r.label)).to.deep.equal([
        'Streamgroup ID',
        'Updated At',
        'Timecode',
        'Timecode Interval',
      ]);
      expect(view.rows.map(r => r.value)).to.deep.equal([
        '—',
        en.dateTime(stream().created_at),
        '—',
        '—',
      ]);
      expect(view.fields!.pushUrl.value).to.equal(undefined);
      const set = detailsView(stream({timecode: true, timecode_interval: 12000}), undefined, en);
      expect(set.rows.slice(2).map(r => r.value)).to.deep.equal(['On', '12,000 ms']);
    });

    it('gives a group compact details: its ID, and no tags or push URL', () => {
      const view = detailsView(group(), session('nanoAdmin'), en);
      expect(view.heading).to.equal('Streamgroup Details');
      expect(view.rows[0]).to.deep.equal({label: 'Streamgroup ID', value: ID, code: true});
      expect(view.fields).to.equal(undefined);
    });

    it('shows the ABR table for a group, the token when secure, VOD with the package', () => {
      expect(sectionsView(group(), session('nanoAdmin'))).to.deep.equal({
        abr: true,
        token: false,
        vod: true,
      });
      const without = session('nanoAdmin', {vod: false});
      expect(sectionsView(stream({secure: true}), without)).to.deep.equal({
        abr: false,
        token: true,
        vod: false,
      });
    });

    it('puts the token into the playout URLs once it is there', () => {
      const pending: PlaybackTokenState = {state: 'pending'};
      const waiting = playoutView(stream({secure: true}), pending);
      expect(waiting.busy).to.equal(true);
      expect(waiting.playoutUrl).not.to.contain('jwtoken');
      const ready = playoutView(group(), {state: 'ready', token: 'eyJ.a.b'});
      expect(ready.busy).to.equal(false);
      expect(new URL(ready.playoutUrl).searchParams.get('group.security.jwtoken')).to.equal(
        'eyJ.a.b',
      );
      expect(new URL(ready.iframeUrl).searchParams.get('group.id')).to.equal(ID);
    });

    it('links a recording only by an http(s) URL, and shows "—" for a missing date or size', () => {
      const vod = (url: string, extra = {}) => ({url, type: 'vod', streamId: ID, ...extra});
      const rows = vodRows(
        stream({
          playout: {
            h5live: [],
            web: [
              vod('https://vod.example.com/a/AB12c-xyz12-1.mp4', {
                session_date: '2026-10-02T10:00:00Z',
                size: 2_500_000,
              }),
              vod('javascript:alert(1)'),
            ],
          },
        }),
        en,
      );
      expect(rows[0]).to.deep.equal({
        date: en.dateTime('2026-10-02T10:00:00Z', {label: false}),
        name: 'AB12c-xyz12-1.mp4',
        href: 'https://vod.example.com/a/AB12c-xyz12-1.mp4',
        size: '2.5 MB',
      });
      expect(rows[1]!.href).to.equal(undefined);
      expect([rows[1]!.date, rows[1]!.size]).to.deep.equal(['—', '—']);
    });
  });
});
