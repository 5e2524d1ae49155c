import {expect} from '@open-wc/testing';
import {ApiError} from '../../../src/api/errors.js';
import type {H5LivePlayout, Stream} from '../../../src/api/types.js';
import type {NsSession} from '../../../src/context.js';
import {
  addBlockedBy,
  addFailureReason,
  addView,
  groupView,
  loadFailure,
  profileLabel,
  withStreams,
  type AbrTableText,
  type AddState,
  type GroupData,
} from '../../../src/elements/ns-abr-table/ns-abr-table.view.js';

/** Says which key it was asked for and with what, so the tests read the decisions. */
const t: AbrTableText = {
  text: (key, vars) => (vars ? `${key}${JSON.stringify(vars)}` : key),
  locale: 'en',
};

const GROUP = '11111111-1111-4111-8111-111111111111';

function playout(index: number, info?: H5LivePlayout['info'], tags?: string[]): H5LivePlayout {
  return {
    id: index === 0 ? GROUP : `member-${index}`,
    index,
    rtmp: {streamname: `NAME${index}-aaaaa`},
    ...(info ? {info} : {}),
    ...(tags ? {tags} : {}),
  } as unknown as H5LivePlayout;
}

function stream(id: string, streamname: string, extra: Partial<Stream> = {}): Stream {
  return {id, state: 'live', tags: [], ingest: {rtmp: {streamname}}, ...extra} as unknown as Stream;
}

function group(playouts: H5LivePlayout[], extra: Partial<Stream> = {}): GroupData {
  const passthrough = stream(GROUP, 'GROUP-aaaaa', {
    streamgroup: GROUP,
    playout: {h5live: playouts},
    ...extra,
  } as Partial<Stream>);
  return {group: passthrough, members: new Map([[GROUP, passthrough]])};
}

function session(can: string[], options: Partial<NsSession> = {}) {
  return {
    can: (op: string) => can.includes(op),
    features: {transcoding: true},
    limits: {transcodes: 3},
    limitsKnown: true,
    ...options,
  } as unknown as NsSession;
}

const closed: AddState = {adding: false, profile: '', busy: false, failure: ''};
const all = ['addTranscode', 'setStreamTags', 'setStreamPushUrl'];

describe('ns-abr-table view', () => {
  describe('groupView', () => {
    it('is "not found" for a deleted group and "not a group" for a single stream', () => {
      expect(
        groupView(group([playout(0)], {state: 'deleted'}), session(all), closed, t),
      ).to.deep.equal({kind: 'not-found'});
      const single = group([playout(0)], {streamgroup: undefined} as Partial<Stream>);
      expect(groupView(single, session(all), closed, t)).to.deep.equal({kind: 'not-a-group'});
    });

    it('sorts the rows by index and names the original and each transcode', () => {
      const data = group([
        playout(2, {width: 640, height: 360, bitrate: 400, fps: 25}),
        playout(0),
        playout(1, {width: 1280, height: 720, bitrate: 1600, fps: 30}),
      ]);
      const view = groupView(data, session(all), closed, t);
      if (view.kind !== 'group') throw new Error(view.kind);
      expect(view.heading).to.equal('heading{"count":3}');
      expect(view.rows.map(r => r.index)).to.deep.equal([0, 1, 2]);
      const [original, first] = view.rows;
      expect(original).to.include({original: true, name: 'original', hint: 'passthrough'});
      expect(original!.target).to.equal('original');
      expect(first).to.include({
        original: false,
        name: 'transcode{"n":1}',
        hint: 'transcodeProfile{"n":1}',
        streamname: 'NAME1-aaaaa',
        target: 'transcode{"n":1} (NAME1-aaaaa)',
        resolution: '1280×720',
        bitrate: '1.6 Mbit/s',
        framerate: 'fps{"fps":"30"}',
      });
    });

    it('takes a member’s own streamname, and the empty mark for unknown quality', () => {
      const data = group([playout(0), playout(1)]);
      const members = new Map(data.members);
      members.set('member-1', stream('member-1', 'OWNNN-aaaaa'));
      const view = groupView({...data, members}, session(all), closed, t);
      if (view.kind !== 'group') throw new Error(view.kind);
      expect(view.heading).to.equal('heading{"count":2}');
      expect(view.rows[1]).to.include({
        streamname: 'OWNNN-aaaaa',
        resolution: '—',
        bitrate: '—',
        framerate: '—',
      });
      expect(view.rows[1]!.stream!.id).to.equal('member-1');
    });

    it('says "1 Playout" for a group of one', () => {
      const view = groupView(group([playout(0)]), session(all), closed, t);
      expect(view.kind === 'group' && view.heading).to.equal('headingOne');
    });

    it('lets the role edit what it may', () => {
      const data = group([playout(0)]);
      const edit = (can: string[]) => {
        const view = groupView(data, session(can), closed, t);
        const row = view.kind === 'group' ? view.rows[0]! : undefined;
        return [row?.canEditTags, row?.canEditPushUrl];
      };
      expect(edit(all)).to.deep.equal([true, true]);
      expect(edit(['setStreamTags'])).to.deep.equal([true, false]);
      expect(edit([])).to.deep.equal([false, false]);
      const view = groupView(data, undefined, closed, t);
      expect(view.kind === 'group' && view.rows[0]!.canEditTags).to.equal(false);
    });
  });

  describe('addView', () => {
    const bitrates = [4000, 800];

    it('offers nothing without the permission or the transcoding package', () => {
      expect(addView(1, bitrates, session([]), closed, t)).to.deep.equal({kind: 'none'});
      const noPackage = session(all, {features: {transcoding: false}} as Partial<NsSession>);
      expect(addView(1, bitrates, noPackage, closed, t)).to.deep.equal({kind: 'none'});
      expect(addView(1, bitrates, undefined, closed, t)).to.deep.equal({kind: 'none'});
    });

    it('says why once adding turned out impossible', () => {
      expect(
        addView(1, bitrates, session(all), {...closed, blocked: 'not-offered'}, t),
      ).to.deep.equal({kind: 'blocked', message: 'addNotOffered'});
      expect(
        addView(1, bitrates, session(all), {...closed, blocked: 'not-enabled'}, t),
      ).to.deep.equal({kind: 'blocked', message: 'addNotEnabled'});
    });

    it('claims a limit only when the server stated it', () => {
      expect(addView(3, bitrates, session(all), closed, t)).to.deep.equal({
        kind: 'note',
        message: 'limitReached{"max":3}',
      });
      const unknown = session(all, {limitsKnown: false});
      expect(addView(3, bitrates, unknown, closed, t).kind).to.equal('button');
    });

    it('offers only profiles below the lowest bitrate, else says there is none', () => {
      expect(addView(1, [4000, 800], session(all), closed, t)).to.deep.equal({
        kind: 'button',
        profiles: ['vtrans2-640x360x400x25', 'vtrans2-426x240x200x15'],
      });
      expect(addView(1, [4000, 200], session(all), closed, t)).to.deep.equal({
        kind: 'note',
        message: 'noLowerProfile',
      });
    });

    it('opens the form on the picked profile, or the first when the pick is not offered', () => {
      const open = {
        adding: true,
        profile: 'vtrans2-426x240x200x15',
        busy: true,
        failure: 'no',
      } as const;
      const form = addView(1, [4000, 800], session(all), open, t);
      if (form.kind !== 'form') throw new Error(form.kind);
      expect(form.selected).to.equal('vtrans2-426x240x200x15');
      expect(form.options.map(o => [o.value, o.selected])).to.deep.equal([
        ['vtrans2-640x360x400x25', false],
        ['vtrans2-426x240x200x15', true],
      ]);
      expect(form).to.include({busy: true, failure: 'no'});
      const stale = addView(
        1,
        [4000, 800],
        session(all),
        {...open, profile: 'vtrans2-1280x720x1600x30'},
        t,
      );
      expect(stale.kind === 'form' && stale.selected).to.equal('vtrans2-640x360x400x25');
    });
  });

  it('labels a profile by its size, bitrate and frame rate', () => {
    expect(profileLabel('vtrans2-426x240x200x15', t)).to.equal(
      'profileOption{"width":426,"height":240,"bitrate":"200 kbit/s","fps":15}',
    );
    expect(profileLabel('custom' as never, t)).to.equal('custom');
  });

  it('withStreams replaces members, and the group when it is one of them', () => {
    const data = group([playout(0), playout(1)]);
    const member = stream('member-1', 'MEMBR-aaaaa');
    const once = withStreams(data, [member]);
    expect(once.group).to.equal(data.group);
    expect(once.members.get('member-1')).to.equal(member);
    expect(data.members.has('member-1'), 'the old data is left as it was').to.equal(false);
    const newGroup = stream(GROUP, 'GROUP-aaaaa', {tags: ['x']});
    expect(withStreams(once, [newGroup]).group).to.equal(newGroup);
  });

  describe('failures', () => {
    const http = (status: number, message = '') => new ApiError(message, {kind: 'http', status});

    it('tells a missing stream and a missing package from other load failures', () => {
      expect(loadFailure(http(404))).to.equal('not-found');
      expect(loadFailure(http(403, 'Organisation is not enabled'))).to.equal('upgrade');
      expect(loadFailure(http(500))).to.equal('error');
      expect(loadFailure(new Error('x'))).to.equal('error');
    });

    it('blocks adding for a missing endpoint or package, not for other failures', () => {
      expect(addBlockedBy(http(405))).to.equal('not-offered');
      expect(addBlockedBy(http(404))).to.equal('not-offered');
      expect(addBlockedBy(http(403, 'Organisation is not enabled'))).to.equal('not-enabled');
      expect(addBlockedBy(http(500))).to.equal(undefined);
      expect(addBlockedBy(http(403, 'Limit reached'))).to.equal(undefined);
    });

    it('gives a 403 the server’s own words, anything else the described message and code', () => {
      const described = {message: 'Access denied', code: '(code 2001)'};
      expect(addFailureReason(http(403, 'Limit of 2 reached'), described)).to.equal(
        'Limit of 2 reached (code 2001)',
      );
      expect(addFailureReason(http(403, ' '), described)).to.equal('Access denied (code 2001)');
      expect(addFailureReason(http(500, 'Boom'), {message: 'Boom', code: ''})).to.equal('Boom');
    });
  });
});
