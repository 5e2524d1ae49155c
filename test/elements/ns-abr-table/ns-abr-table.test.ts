import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../../src/elements/ns-abr-table/ns-abr-table.js';
import type {NsAbrTable} from '../../../src/elements/ns-abr-table/ns-abr-table.js';
import {eligibleProfiles, TRANSCODE_PROFILES} from '../../../src/api/limits.js';
import type {NsStreamFieldEditor} from '../../../src/internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import type {Role} from '../../../src/api/types.js';
import type {NsStreamChangeEvent} from '../../../src/events.js';
import type {MockServerOptions} from '../../../src/mock/index.js';
import {TRANSCODE_PROFILES as MOCK_PROFILES} from '../../../src/mock/index.js';
import {documentedOnly, withMockProvider} from '../../helpers/fixtures.js';
import {
  $,
  $$,
  editAndSubmit,
  liveGroup,
  liveSingle,
  pick,
  requestsOf,
  textOf,
  type Chooser,
} from '../ns-stream-overview/support.js';

/** A group of 3 whose lowest bitrate is 400 kbit/s, so only the 200 kbit/s profile is left. */
const groupDownTo400 = pick(
  (s, server) =>
    s.streamgroup === s.id &&
    s.state !== 'deleted' &&
    server.org.members(s).length === 3 &&
    Math.min(...server.org.members(s).map(m => m.info.bitrate)) === 400,
);

async function abrTable(
  choose: Chooser,
  options: {role?: Role; mockOptions?: MockServerOptions; byMember?: boolean} = {},
) {
  const {provider, el} = await withMockProvider<NsAbrTable>(html`<ns-abr-table></ns-abr-table>`, {
    role: options.role ?? 'nanoAdmin',
    mockOptions: options.mockOptions ?? {},
  });
  const server = provider.mockServer!;
  const group = choose(server);
  const members = server.org.members(group);
  el.streamId = options.byMember ? members[members.length - 1]!.id : group.id;
  await waitUntil(
    () => el.shadowRoot!.querySelector('table, [part="not-found"], [part="empty"]'),
    'the group did not load',
  );
  await el.updateComplete;
  return {provider, el, server, group, members};
}

const rows = (el: NsAbrTable) => $$<HTMLTableRowElement>(el, 'tbody tr');
const editorIn = (row: HTMLTableRowElement, field: 'tags' | 'push-url') =>
  row.querySelector(`ns-stream-field-editor[field="${field}"]`) as NsStreamFieldEditor;

describe('<ns-abr-table>', () => {
  it('renders the passthrough and each transcode with streamname, push URL, tags and quality', async () => {
    const {el, group, members} = await abrTable(liveGroup);
    expect(textOf($(el, '[part="heading"]'))).to.equal('Streamgroup (3 Playouts)');
    expect($(el, '[part="group-id"]').textContent).to.equal(group.id);
    expect($$(el, 'thead th').map(th => th.textContent!.trim())).to.deep.equal([
      'Playout',
      'Streamname',
      'Push URL',
      'Tags',
      'Resolution',
      'Bitrate',
      'Framerate',
    ]);
    const [original, ...transcodes] = rows(el);
    expect(textOf(original!.cells[0])).to.contain('Original Stream');
    expect(textOf(original!.cells[1])).to.equal(group.streamname);
    transcodes.forEach((row, i) => {
      const member = members[i + 1]!;
      expect(textOf(row.cells[0])).to.contain(`Transcode ${i + 1}`);
      expect(textOf(row.cells[1])).to.equal(member.streamname);
      expect(textOf(row.cells[4])).to.equal(`${member.info.width}×${member.info.height}`);
      expect(textOf(row.cells[5])).to.equal(`${member.info.bitrate} kbit/s`);
      expect(textOf(row.cells[6])).to.equal(`${member.info.fps} fps`);
      for (const tag of member.tags) expect(textOf(editorIn(row, 'tags'))).to.contain(tag);
      // A stream without `push_url` (none set, or a server that does not say) gets the empty mark.
      expect(textOf(editorIn(row, 'push-url'))).to.contain(
        member.pushUrl && !documentedOnly ? member.pushUrl : '—',
      );
    });
  });

  it('is accessible', async () => {
    const {el} = await abrTable(liveGroup);
    await expect(el).to.be.accessible();
  });

  it('shows the whole group when given a member stream’s id', async () => {
    const {el, group} = await abrTable(liveGroup, {byMember: true});
    expect($(el, '[part="group-id"]').textContent).to.equal(group.id);
    expect(rows(el)).to.have.length(3);
  });

  it('says so for a single stream, and "Stream not found" for an unknown id', async () => {
    const single = await abrTable(liveSingle);
    expect(textOf($(single.el, '[part="empty"]'))).to.contain('single stream');
    single.el.streamId = '00000000-0000-4000-8000-000000000000';
    await waitUntil(() => single.el.shadowRoot!.querySelector('[part="not-found"]'));
    expect(textOf($(single.el, '[part="not-found"]'))).to.contain('Stream not found');
  });

  const roles: [Role, boolean, boolean][] = [
    ['nanoAdmin', true, true],
    ['nanoUser', true, true],
    ['nanoReadOnly', false, false],
  ];
  for (const [role, add, edit] of roles) {
    it(`gives ${role} ${add ? 'Add Profile and editing' : 'neither Add Profile nor editing'}`, async () => {
      const {el} = await abrTable(groupDownTo400, {role});
      expect(!!el.shadowRoot!.querySelector('[part="add-profile-button"]')).to.equal(add);
      const editButtons = rows(el).flatMap(row =>
        [editorIn(row, 'tags'), editorIn(row, 'push-url')].filter(e =>
          e.shadowRoot!.querySelector('[part="edit-button"]'),
        ),
      );
      expect(editButtons).to.have.length(edit ? 6 : 0);
    });
  }

  it('offers only profiles below the lowest bitrate, and adds the row once the API confirms', async function () {
    // Adding a profile is assumed: a server with only the documented API has no such endpoint.
    if (documentedOnly) this.skip();
    const {el, server, group} = await abrTable(groupDownTo400);
    server.inject('addTranscode', {latencyMs: 150}, {times: 1});
    $<HTMLButtonElement>(el, '[part="add-profile-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('select'));
    const options = $$<HTMLOptionElement>(el, 'select option');
    expect(options.map(o => o.value)).to.deep.equal(['vtrans2-426x240x200x15']);
    expect(options[0]!.textContent).to.contain('426×240');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'select'));
    const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
    $<HTMLButtonElement>(el, '[part="add-form"] button[type="submit"]').click();
    await el.updateComplete;
    expect(rows(el), 'the row appeared before the API confirmed').to.have.length(3);
    const event = await changed;
    expect(event.detail).to.include({streamId: group.id, action: 'transcode'});
    expect(event.detail.stream!.playout.h5live).to.have.length(4);
    await waitUntil(() => rows(el).length === 4);
    expect(textOf(rows(el)[3]!.cells[4])).to.equal('426×240');
    expect(textOf($(el, '[part="heading"]'))).to.equal('Streamgroup (4 Playouts)');
    // Nothing lower than 200 kbit/s is left.
    expect(el.shadowRoot!.querySelector('[part="add-profile-button"]')).to.equal(null);
    expect(textOf($(el, '[part="message"]'))).to.contain('there is no lower one');
  });

  it('keeps the group as it was and says why when adding fails', async () => {
    const {el, server, group} = await abrTable(groupDownTo400);
    server.inject('addTranscode', {
      status: 500,
      body: {error: {message: 'Internal error', code: 5000}},
    });
    $<HTMLButtonElement>(el, '[part="add-profile-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('select'));
    $<HTMLButtonElement>(el, '[part="add-form"] button[type="submit"]').click();
    await waitUntil(() => textOf($(el, '[part="add-form"] [part="message"]')).length > 0);
    expect(textOf($(el, '[part="add-form"] [part="message"]'))).to.contain('Internal error');
    expect(rows(el)).to.have.length(3);
    expect(server.org.members(group)).to.have.length(3);
  });

  it('says that this API does not offer adding profiles when the server has no such endpoint', async () => {
    const {el, server} = await abrTable(groupDownTo400);
    // The documented-only server answers its 404 page by itself; the full mock is told to.
    if (!documentedOnly) {
      server.inject('addTranscode', {
        status: 404,
        body: 'Cannot POST',
        headers: {'content-type': 'text/html'},
      });
    }
    $<HTMLButtonElement>(el, '[part="add-profile-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('select'));
    $<HTMLButtonElement>(el, '[part="add-form"] button[type="submit"]').click();
    await waitUntil(() =>
      textOf(el.shadowRoot!.querySelector('[part="message"]')).includes('does not offer'),
    );
    // The form is gone and not offered again; the table stays as it was, and the note has focus.
    expect(el.shadowRoot!.querySelector('[part="add-form"]') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="add-profile-button"]') === null).to.equal(true);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('message');
    expect(rows(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelector('[part="error"]') === null).to.equal(true);
  });

  it('offers no Add Profile once the organisation’s transcode limit is reached', async () => {
    const {el, server} = await abrTable(groupDownTo400, {mockOptions: {limits: {transcodes: 2}}});
    if (documentedOnly) {
      // The limit is not stated by this server: nothing is claimed, the server decides.
      expect(textOf(el.shadowRoot!.querySelector('[part="message"]'))).to.not.contain('limit');
      expect(!!el.shadowRoot!.querySelector('[part="add-profile-button"]')).to.equal(true);
      return;
    }
    expect(el.shadowRoot!.querySelector('[part="add-profile-button"]') === null).to.equal(true);
    expect(textOf($(el, '[part="message"]'))).to.contain('limit of 2 transcodes');
    expect(requestsOf(server, 'addTranscode')).to.have.length(0);
  });

  it('saves a transcode’s tags on that member stream only', async () => {
    const {el, server, group, members} = await abrTable(liveGroup, {role: 'nanoUser'});
    const member = members[2]!;
    const groupTags = [...server.org.find(group.id)!.tags];
    const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
    await editAndSubmit(editorIn(rows(el)[2]!, 'tags'), 'quality:low');
    expect((await changed).detail).to.include({streamId: member.id, action: 'tags'});
    expect(server.org.find(member.id)!.tags).to.deep.equal(['quality:low']);
    expect(server.org.find(group.id)!.tags).to.deep.equal(groupTags);
  });

  it('keeps the previous push URL and the typed one when saving fails', async () => {
    const {el, server, members} = await abrTable(liveGroup);
    const member = members[1]!;
    const before = server.org.find(member.id)!.pushUrl;
    server.inject('setStreamPushUrl', {
      status: 500,
      body: {error: {message: 'Internal error', code: 5000}},
    });
    const push = editorIn(rows(el)[1]!, 'push-url');
    await editAndSubmit(push, 'rtmp://example.org/live/key');
    await waitUntil(() => textOf($(push, '[part="message"]')).includes('Internal error'));
    expect($<HTMLInputElement>(push, 'input').value).to.equal('rtmp://example.org/live/key');
    expect(server.org.find(member.id)!.pushUrl).to.equal(before);
  });
});

describe('transcode profiles', () => {
  it('are the documented ones, the same the mock accepts', () => {
    expect([...TRANSCODE_PROFILES]).to.deep.equal([...MOCK_PROFILES]);
  });

  it('only go below the lowest existing bitrate', () => {
    expect(eligibleProfiles([4000, 800, 400])).to.deep.equal(['vtrans2-426x240x200x15']);
    expect(eligibleProfiles([3000])).to.deep.equal([...TRANSCODE_PROFILES]);
    expect(eligibleProfiles([1600, 200])).to.deep.equal([]);
  });
});
