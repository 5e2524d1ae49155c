import type {NsSnippetBuilder} from '../../../src/elements/ns-snippet-builder/ns-snippet-builder.js';
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/ns-stream-overview/ns-stream-overview.js';
import type {NsStreamOverview} from '../../../src/elements/ns-stream-overview/ns-stream-overview.js';
import type {NsStreamFieldEditor} from '../../../src/internal/parts/ns-stream-field-editor/ns-stream-field-editor.js';
import type {Role} from '../../../src/api/types.js';
import type {
  NsLoadErrorEvent,
  NsStreamActionEvent,
  NsStreamChangeEvent,
} from '../../../src/events.js';
import type {MockServerOptions} from '../../../src/mock/index.js';
import {recordingsOf} from '../../../src/api/recordings.js';
import type {Stream} from '../../../src/api/types.js';
import {documentedOnly, withMockProvider} from '../../helpers/fixtures.js';
import {
  $,
  $$,
  deletedSingle,
  editAndSubmit,
  endedSingle,
  expectNoBrokenValues,
  liveGroup,
  liveSecureSingle,
  liveSingle,
  lockedSingle,
  notOffer,
  has,
  pick,
  plainGroup,
  requestsOf,
  secureGroup,
  textOf,
  type Chooser,
} from './support.js';

interface Options {
  role?: Role;
  mockOptions?: MockServerOptions;
  attrs?: Partial<Pick<NsStreamOverview, 'tab' | 'playbackToken'>>;
}

/** An overview of the stream `choose` picks from the mock organisation, loaded. */
async function overview(choose: Chooser, options: Options = {}) {
  const {provider, el} = await withMockProvider<NsStreamOverview>(
    html`<ns-stream-overview></ns-stream-overview>`,
    {role: options.role ?? 'nanoAdmin', mockOptions: options.mockOptions ?? {}},
  );
  const server = provider.mockServer!;
  const stream = choose(server);
  Object.assign(el, options.attrs ?? {});
  el.streamId = stream.id;
  await waitUntil(
    () => el.shadowRoot!.querySelector('[part="header"], [part="not-found"]'),
    'the stream did not load',
  );
  await el.updateComplete;
  return {provider, el, server, stream};
}

const header = (el: NsStreamOverview) => textOf(el.shadowRoot!.querySelector('[part="header"]'));
const labels = (el: NsStreamOverview) =>
  $$(el, '[part="details"] dt').map(dt => dt.textContent!.trim());
const editor = (el: NsStreamOverview, field: 'tags' | 'push-url') =>
  $<NsStreamFieldEditor>(el, `ns-stream-field-editor[field="${field}"]`);

describe('<ns-stream-overview>', () => {
  it('renders the header of a single stream: state, creation date in UTC, type and stream ID', async () => {
    const {el, stream} = await overview(liveSingle);
    const text = header(el);
    expect(text).to.contain(stream.streamname);
    expect(textOf($(el, '[part="state"]'))).to.contain('live');
    expect(text).to.match(/Created \w{3} \d{1,2}, \d{4}, .* UTC/);
    expect(text).to.contain('Single Stream');
    expect(text).not.to.contain('Secure');
    if (documentedOnly) {
      // The documented stream does not say whether it is secure: its playout URLs carry a token,
      // and the badge says that much without claiming "Secure".
      const badge = $(el, '[part="secure-badge"]');
      expect(textOf(badge)).to.equal('With token');
      expect(badge.title).to.contain('does not say');
    } else {
      expect(el.shadowRoot!.querySelector('[part="secure-badge"]') === null).to.equal(true);
    }
    expect($(el, '[part="stream-id"]').textContent).to.equal(stream.id);
    expect($<HTMLElement & {value: string}>(el, '[part="header"] ns-copy-button').value).to.equal(
      stream.id,
    );
  });

  it('is accessible', async () => {
    const {el} = await overview(liveSingle);
    await expect(el).to.be.accessible();
  });

  it('is accessible for a secure group, with the ABR table and the token', async () => {
    const {el} = await overview(secureGroup);
    await waitUntil(() =>
      el.shadowRoot!.querySelector('ns-abr-table')?.shadowRoot?.querySelector('table'),
    );
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
    await expect(el).to.be.accessible();
  });

  it('renders a group as "Streamgroup (n Playouts)" with a secure indicator when secure', async () => {
    const {el} = await overview(secureGroup);
    expect(header(el)).to.contain('Streamgroup (3 Playouts)');
    expect(textOf($(el, '[part="secure-badge"]'))).to.equal(
      documentedOnly ? 'With token' : 'Secure',
    );
  });

  describe('quick actions', () => {
    it('links to the dashboard in the documented order, under the provider’s dashboard-url', async () => {
      const {el, provider, stream} = await overview(liveSingle);
      provider.dashboardUrl = 'https://portal.example.com/dash/';
      await waitUntil(() =>
        $(el, '[part="action"]').getAttribute('href')!.startsWith('https://portal.example.com'),
      );
      const links = $$<HTMLAnchorElement>(el, '[part="action"]');
      expect(links.map(a => a.textContent!.replace(/\(opens.*\)/, '').trim())).to.deep.equal([
        'Start nanoStream Webcaster',
        'Watch Stream',
        'Get Instructions',
      ]);
      expect(links.map(a => a.getAttribute('href'))).to.deep.equal([
        `https://portal.example.com/dash/webcaster/${stream.id}`,
        `https://portal.example.com/dash/playout/${stream.id}`,
        `https://portal.example.com/dash/stream/new/${stream.id}`,
      ]);
    });

    it('announces an action with a cancelable ns-stream-action; preventDefault keeps the page', async () => {
      const {el, stream} = await overview(liveSingle);
      el.addEventListener('ns-stream-action', e => e.preventDefault(), {once: true});
      const watch = $$<HTMLAnchorElement>(el, '[part="action"]')[1]!;
      const announced = oneEvent(el, 'ns-stream-action') as Promise<NsStreamActionEvent>;
      const click = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true});
      watch.dispatchEvent(click);
      const event = await announced;
      expect(event.detail).to.deep.equal({action: 'watch', streamId: stream.id});
      expect(event.cancelable).to.equal(true);
      expect(click.defaultPrevented, 'the link was followed').to.equal(true);
    });

    it('lets the link open when the host does not cancel', async () => {
      const {el} = await overview(liveSingle);
      let followed: boolean | undefined;
      const spy = (e: Event) => {
        followed = !e.defaultPrevented;
        e.preventDefault(); // do not really open the dashboard in the test browser
      };
      document.addEventListener('click', spy, {once: true});
      $$<HTMLAnchorElement>(el, '[part="action"]')[0]!.dispatchEvent(
        new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}),
      );
      expect(followed).to.equal(true);
    });

    const roles: [Role, boolean, boolean][] = [
      ['nanoAdmin', true, true],
      ['nanoUser', false, false],
      ['nanoReadOnly', false, false],
    ];
    for (const [role, stop, remove] of roles) {
      it(`offers ${role} ${stop ? 'Stop & Lock and Delete' : 'neither Stop & Lock nor Delete'} on a live stream`, async () => {
        const {el} = await overview(liveSingle, {role});
        expect(!!el.shadowRoot!.querySelector('[part="stop-button"]')).to.equal(stop);
        expect(!!el.shadowRoot!.querySelector('[part="delete-button"]')).to.equal(remove);
        expect($$(el, '[part="action"]')).to.have.length(3);
      });
    }

    it('offers Stop & Lock only while the stream is live, and Unlock on a locked one', async () => {
      const ended = await overview(endedSingle);
      expect(has(ended.el, '[part="stop-button"]'), '[part="stop-button"]').to.equal(false);
      expect(has(ended.el, '[part="unlock-button"]'), '[part="unlock-button"]').to.equal(false);
      const locked = await overview(lockedSingle);
      expect(textOf($(locked.el, '[part="unlock-button"]'))).to.equal('Unlock');
      const user = await overview(lockedSingle, {role: 'nanoUser'});
      expect(has(user.el, '[part="unlock-button"]'), '[part="unlock-button"]').to.equal(false);
    });
  });

  describe('Stop & Lock, Unlock and Delete', () => {
    it('asks in a modal dialog naming the stream; Escape cancels and gives focus back', async () => {
      const {el, server, stream} = await overview(liveSingle);
      const stop = $<HTMLButtonElement>(el, '[part="stop-button"]');
      stop.focus();
      stop.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      await waitUntil(() => dialog.open, 'the dialog did not open');
      expect(dialog.matches(':modal')).to.equal(true);
      expect(textOf(dialog)).to.contain('Stop and lock this stream?');
      expect(textOf(dialog)).to.contain(stream.streamname);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="cancel-button"]'));
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      await waitUntil(() => el.shadowRoot!.activeElement === stop, 'focus did not return');
      expect(requestsOf(server, 'stopStream')).to.have.length(0);
      expect(server.org.find(stream.id)!.state).to.equal('live');
    });

    it('themes the dialog backdrop through a --ns-* token', async () => {
      const {el} = await overview(liveSingle);
      el.style.setProperty('--ns-stream-overview-backdrop', 'rgb(1, 2, 3)');
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      await waitUntil(() => dialog.open);
      const backdrop = getComputedStyle(dialog, '::backdrop').backgroundColor;
      $<HTMLButtonElement>(el, '[part="cancel-button"]').click();
      await waitUntil(() => !dialog.open);
      expect(backdrop).to.equal('rgb(1, 2, 3)');
    });

    it('stops and locks a live stream, shows progress, updates the view and fires ns-stream-change', async () => {
      const {el, server, stream} = await overview(liveSingle);
      server.inject('lockStream', {latencyMs: 150}, {times: 1});
      const changes: NsStreamChangeEvent[] = [];
      el.addEventListener('ns-stream-change', e => changes.push(e));
      $<HTMLButtonElement>(el, '[part="stop-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => textOf($(el, '.dialog-progress')).includes('Stopping and locking'));
      expect($<HTMLButtonElement>(el, '[part="confirm-button"]').disabled).to.equal(true);
      if (documentedOnly) {
        // The documented API stops but does not lock: the stream is shown stopped, and the dialog
        // says plainly that locking is not offered.
        await waitUntil(() => textOf($(el, '.dialog-failure')).length > 0, 'no message shown');
        expect(textOf($(el, '.dialog-failure'))).to.contain('does not offer locking');
        expect(changes.map(e => e.detail.action)).to.deep.equal(['stop']);
        expect(textOf($(el, '[part="state"]'))).to.contain('ended');
        expect(server.org.find(stream.id)!.state).to.equal('ended');
        return;
      }
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open, 'the dialog stayed open');
      expect(changes.map(e => e.detail.action)).to.deep.equal(['stop', 'lock']);
      expect(changes[1]!.detail.stream!.state).to.equal('locked');
      expect(textOf($(el, '[part="state"]'))).to.contain('locked');
      expect(has(el, '[part="stop-button"]'), '[part="stop-button"]').to.equal(false);
      expect(has(el, '[part="unlock-button"]'), '[part="unlock-button"]').to.equal(true);
      expect(server.org.find(stream.id)!.state).to.equal('locked');
    });

    it('keeps the stream as it was and says why when Delete fails', async () => {
      const {el, server, stream} = await overview(liveSingle);
      server.inject('deleteStream', {
        status: 500,
        body: {error: {message: 'Internal error', code: 5000}},
      });
      let changed = false;
      el.addEventListener('ns-stream-change', () => (changed = true));
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect(textOf($(el, 'dialog'))).to.contain(stream.streamname);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => textOf($(el, '.dialog-failure')).length > 0, 'no failure shown');
      const failure = textOf($(el, '.dialog-failure'));
      expect(failure).to.contain('could not be deleted');
      expect(failure).to.contain('Internal error');
      expect(failure).to.contain('(code 5000)');
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
      expect(changed).to.equal(false);
      expect(server.org.find(stream.id)!.state).to.equal('live');
      expect(textOf($(el, '[part="state"]'))).to.contain('live');
      // Cancel: the page is as it was.
      $<HTMLButtonElement>(el, '[part="cancel-button"]').click();
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open);
      expect(has(el, '[part="delete-button"]'), '[part="delete-button"]').to.equal(true);
    });

    it('deletes a stream: the view says so and ns-stream-change reports it', async () => {
      const {el, server, stream} = await overview(endedSingle);
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      if (documentedOnly) {
        // Delete is assumed: the documented server answers 404, and the overview stays standing.
        $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
        await waitUntil(() => textOf($(el, '.dialog-failure')).length > 0, 'no message shown');
        expect(textOf($(el, '.dialog-failure'))).to.equal(
          'This nanoStream API does not offer deleting streams. The stream is unchanged.',
        );
        expect(has(el, '[part="header"]'), 'the overview is gone').to.equal(true);
        expect(has(el, '[part="not-found"]'), 'the stream is shown as gone').to.equal(false);
        expect(server.org.find(stream.id)!.state).to.equal('ended');
        return;
      }
      const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      const event = await changed;
      expect(event.detail).to.include({streamId: stream.id, action: 'delete'});
      expect(event.detail.stream!.state).to.equal('deleted');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="not-found"]'));
      expect(textOf($(el, '[part="not-found"]'))).to.contain('Stream deleted');
      expect(server.org.find(stream.id)!.state).to.equal('deleted');
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('title'));
    });

    it('names the whole group when stopping a live group, and leaves it live when Stop fails', async () => {
      const {el, server, stream} = await overview(liveGroup);
      server.inject(
        'stopStream',
        {status: 503, body: {error: {message: 'Try later', code: 5030}}},
        {times: 1},
      );
      let changed = false;
      el.addEventListener('ns-stream-change', () => (changed = true));
      $<HTMLButtonElement>(el, '[part="stop-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect(textOf($(el, '#dialog-body'))).to.contain(
        `The streamgroup ${stream.streamname} (${stream.id}) and all its 3 playouts will stop now`,
      );
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => textOf($(el, '.dialog-failure')).includes('could not be stopped'));
      expect(textOf($(el, '.dialog-failure'))).to.contain('(code 5030)');
      expect(changed).to.equal(false);
      expect(server.org.members(stream).map(m => m.state)).to.deep.equal(['live', 'live', 'live']);
      expect(requestsOf(server, 'lockStream')).to.have.length(0);
    });

    it('says so when the stream stopped but could not be locked, and shows it stopped', async () => {
      const {el, server} = await overview(liveSingle);
      server.inject(
        'lockStream',
        {status: 500, body: {error: {message: 'Internal error', code: 5000}}},
        {times: 1},
      );
      const changes: string[] = [];
      el.addEventListener('ns-stream-change', e => changes.push(e.detail.action));
      $<HTMLButtonElement>(el, '[part="stop-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => textOf($(el, '.dialog-failure')).length > 0);
      expect(textOf($(el, '.dialog-failure'))).to.contain('stopped but could not be locked');
      expect(changes).to.deep.equal(['stop']);
      expect(textOf($(el, '[part="state"]'))).to.contain('ended');
    });

    it('unlocks a locked stream', async () => {
      const {el, server, stream} = await overview(lockedSingle);
      $<HTMLButtonElement>(el, '[part="unlock-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      if (documentedOnly) {
        // Unlock is assumed: the documented server answers 404, and the stream stays locked.
        $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
        await waitUntil(() => textOf($(el, '.dialog-failure')).length > 0, 'no message shown');
        expect(textOf($(el, '.dialog-failure'))).to.contain('does not offer unlocking');
        expect(server.org.find(stream.id)!.state).to.equal('locked');
        expect(textOf($(el, '[part="state"]'))).to.contain('locked');
        return;
      }
      const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      expect((await changed).detail.action).to.equal('unlock');
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="unlock-button"]'));
      expect(server.org.find(stream.id)!.state).to.equal('ended');
      expect(textOf($(el, '[part="state"]'))).to.contain('ended');
    });
  });

  describe('on a server that does not offer delete, lock or unlock', () => {
    // The documented-only server answers these assumed endpoints with a non-JSON 404; on the full
    // mock `notOffer` makes them answer a 404 without the API's error code, so both runs check it.
    const message = (el: NsStreamOverview) => textOf($(el, '.dialog-failure'));
    const closeDialog = async (el: NsStreamOverview) => {
      expect(has(el, '[part="confirm-button"]'), 'the action is offered again').to.equal(false);
      const close = $<HTMLButtonElement>(el, '[part="cancel-button"]');
      expect(textOf(close)).to.equal('Close');
      close.click();
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open, 'Close did not close');
      // The button that opened it is gone: focus goes to the stream's title.
      await waitUntil(
        () => el.shadowRoot!.activeElement?.classList.contains('title'),
        'focus did not go to the title',
      );
    };
    const notes = (el: NsStreamOverview) => $$(el, '[part="not-offered"]').map(p => textOf(p));

    it('leaves the overview standing on a 404 to Delete, says plainly it is not offered, and keeps working', async () => {
      const {el, server, stream} = await overview(endedSingle);
      notOffer(server, 'deleteStream');
      let changed = false;
      el.addEventListener('ns-stream-change', () => (changed = true));
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => message(el).length > 0, 'no message shown');
      expect(message(el)).to.equal(
        'This nanoStream API does not offer deleting streams. The stream is unchanged.',
      );
      expect(message(el)).not.to.contain('could not be deleted');
      expect(requestsOf(server, 'deleteStream').map(r => r.status)).to.deep.equal([404]);
      await expect(el).to.be.accessible();
      await closeDialog(el);
      // The stream is shown as it was; Delete gives way to a note.
      expect(changed).to.equal(false);
      expect(server.org.find(stream.id)!.state).to.equal('ended');
      expect(header(el)).to.contain(stream.streamname);
      expect(textOf($(el, '[part="state"]'))).to.contain('ended');
      expect(has(el, '[part="not-found"]'), 'shown as not found').to.equal(false);
      expect(has(el, '[part="delete-button"]'), 'Delete is still offered').to.equal(false);
      expect(notes(el)).to.deep.equal(['This nanoStream API does not offer deleting streams.']);
      expectNoBrokenValues(el);
      // The rest keeps working: the tags can still be edited.
      const saved = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      await editAndSubmit(editor(el, 'tags'), 'kept:working');
      expect((await saved).detail.action).to.equal('tags');
      expect(server.org.find(stream.id)!.tags).to.deep.equal(['kept:working']);
    });

    it('shows an ordinary Delete failure as an error, not as "not offered"', async () => {
      const {el, server, stream} = await overview(endedSingle);
      server.inject('deleteStream', {
        status: 409,
        body: {error: {message: 'Stream is locked', code: 4090}},
      });
      $<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => message(el).length > 0, 'no failure shown');
      expect(message(el)).to.contain('could not be deleted');
      expect(message(el)).to.contain('(code 4090)');
      expect(message(el)).not.to.contain('does not offer');
      // It can be tried again.
      expect($<HTMLButtonElement>(el, '[part="confirm-button"]').disabled).to.equal(false);
      expect(server.org.find(stream.id)!.state).to.equal('ended');
    });

    it('shows the stream stopped when locking is not offered, and from then on offers a plain Stop', async () => {
      const {el, server, stream} = await overview(liveSingle);
      notOffer(server, 'lockStream');
      const changes: string[] = [];
      el.addEventListener('ns-stream-change', e => changes.push(e.detail.action));
      $<HTMLButtonElement>(el, '[part="stop-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => message(el).length > 0, 'no message shown');
      expect(message(el)).to.equal(
        'The stream was stopped, but this nanoStream API does not offer locking streams, so its ingest is not blocked.',
      );
      await closeDialog(el);
      expect(changes).to.deep.equal(['stop']);
      expect(textOf($(el, '[part="state"]'))).to.contain('ended');
      expect(server.org.find(stream.id)!.state).to.equal('ended');
      // Another live stream in the same element: Stop, without the lock it cannot do.
      const other = pick(s => !s.streamgroup && s.state === 'live' && s.id !== stream.id)(server);
      el.streamId = other.id;
      await waitUntil(() => header(el).includes(other.streamname), 'the other stream did not show');
      const stop = $<HTMLButtonElement>(el, '[part="stop-button"]');
      expect(textOf(stop)).to.equal('Stop');
      expect(notes(el)).to.deep.equal([
        'This nanoStream API does not offer locking streams: Stop ends the stream without blocking its ingest.',
      ]);
      stop.click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      expect(textOf($(el, 'dialog'))).to.contain('Stop this stream?');
      expect(textOf($(el, '#dialog-body'))).to.contain('does not offer locking');
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => !$<HTMLDialogElement>(el, 'dialog').open, 'the dialog stayed open');
      expect(server.org.find(other.id)!.state).to.equal('ended');
      expect(requestsOf(server, 'lockStream')).to.have.length(1);
      expect(changes).to.deep.equal(['stop', 'stop']);
      expect($$(el, 'span.sr-only[role="status"]').map(s => textOf(s))).to.include(
        'The stream was stopped.',
      );
      expectNoBrokenValues(el);
    });

    it('leaves a locked stream locked when unlocking is not offered, and says so', async () => {
      const {el, server, stream} = await overview(lockedSingle);
      notOffer(server, 'unlockStream');
      $<HTMLButtonElement>(el, '[part="unlock-button"]').click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open);
      $<HTMLButtonElement>(el, '[part="confirm-button"]').click();
      await waitUntil(() => message(el).length > 0, 'no message shown');
      expect(message(el)).to.equal(
        'This nanoStream API does not offer unlocking streams. The stream is unchanged.',
      );
      await closeDialog(el);
      expect(server.org.find(stream.id)!.state).to.equal('locked');
      expect(textOf($(el, '[part="state"]'))).to.contain('locked');
      expect(has(el, '[part="unlock-button"]'), 'Unlock is still offered').to.equal(false);
      expect(notes(el)).to.contain('This nanoStream API does not offer unlocking streams.');
    });
  });

  describe('tabs', () => {
    it('are ARIA tabs, operable with arrow keys, Home and End, and reflect the tab attribute', async () => {
      const {el} = await overview(liveSingle);
      const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
      expect(tabs.map(t => t.textContent!.trim())).to.deep.equal([
        'Overview',
        'Live Processing',
        'Code Snippets',
      ]);
      expect(tabs.map(t => t.tabIndex)).to.deep.equal([0, -1, -1]);
      expect(el.getAttribute('tab')).to.equal('overview');
      tabs[0]!.focus();
      await sendKeys({press: 'ArrowRight'});
      await waitUntil(() => el.getAttribute('tab') === 'live-processing');
      expect(el.shadowRoot!.activeElement!.id).to.equal('tab-live-processing');
      expect($(el, '#tab-live-processing').getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#panel-live-processing').hidden).to.equal(false);
      expect($(el, '#panel-overview').hidden).to.equal(true);
      await sendKeys({press: 'End'});
      await waitUntil(() => el.getAttribute('tab') === 'code-snippets');
      await sendKeys({press: 'ArrowRight'});
      await waitUntil(() => el.getAttribute('tab') === 'overview');
      await sendKeys({press: 'ArrowLeft'});
      await waitUntil(() => el.getAttribute('tab') === 'code-snippets');
      await sendKeys({press: 'Home'});
      await waitUntil(() => el.getAttribute('tab') === 'overview');
      expect(el.shadowRoot!.activeElement!.id).to.equal('tab-overview');
    });

    it('opens the tab the attribute names, and embeds the live processing and snippet elements', async () => {
      const {el, stream} = await overview(liveSingle, {attrs: {tab: 'code-snippets'}});
      expect($(el, '#tab-code-snippets').getAttribute('aria-selected')).to.equal('true');
      const builder = $(el, '#panel-code-snippets').querySelector('ns-snippet-builder')!;
      expect(builder.getAttribute('stream-id')).to.equal(stream.id);
      el.setAttribute('tab', 'live-processing');
      await el.updateComplete;
      expect($(el, '#panel-code-snippets').hidden).to.equal(true);
      expect($(el, '#panel-code-snippets').childElementCount).to.equal(0);
      const processing = $(el, '#panel-live-processing').querySelector('ns-live-processing')!;
      expect(processing.getAttribute('stream-id')).to.equal(stream.id);
      el.setAttribute('tab', 'nonsense');
      await el.updateComplete;
      expect(el.tab).to.equal('overview');
    });
  });

  describe('overview tab', () => {
    it('shows the single stream details: Streamgroup ID, Updated At, Timecode, Timecode Interval, Tags, Push URL', async () => {
      const {el, stream} = await overview(liveSingle);
      expect(textOf($(el, '#h-details'))).to.equal('Stream Details');
      expect(labels(el)).to.deep.equal([
        'Streamgroup ID',
        'Updated At',
        'Timecode',
        'Timecode Interval',
        'Tags',
        'Push URL',
      ]);
      const details = textOf($(el, '[part="details"]'));
      expect(details).to.match(/Updated At ?\w{3} \d{1,2}, \d{4}, .* UTC/);
      for (const tag of stream.tags) expect(textOf(editor(el, 'tags'))).to.contain(tag);
      if (documentedOnly) {
        // Timecode, its interval and the push URL are assumed: this server leaves them out.
        const values = $$(el, '[part="details"] dd').map(dd => textOf(dd));
        expect(values.slice(2, 4)).to.deep.equal(['—', '—']);
        expect(textOf($(editor(el, 'push-url'), '[part="value"]'))).to.equal('—');
        expectNoBrokenValues(el);
        return;
      }
      expect(details).to.contain(
        `${new Intl.NumberFormat('en').format(stream.timecodeInterval)} ms`,
      );
    });

    it('shows the compact details of a group: no Tags or Push URL (they are in the ABR table)', async () => {
      const {el, stream} = await overview(liveGroup);
      expect(textOf($(el, '#h-details'))).to.equal('Streamgroup Details');
      expect(labels(el)).to.deep.equal([
        'Streamgroup ID',
        'Updated At',
        'Timecode',
        'Timecode Interval',
      ]);
      expect(textOf($(el, '[part="details"]'))).to.contain(stream.id);
      const table = $(el, 'ns-abr-table');
      expect(table.getAttribute('stream-id')).to.equal(stream.id);
    });

    it('shows the empty mark for every optional field the server leaves out, never a broken value', async () => {
      const {provider, el} = await withMockProvider<NsStreamOverview>(
        html`<ns-stream-overview></ns-stream-overview>`,
      );
      const server = provider.mockServer!;
      const stream = liveSingle(server);
      const body = (await (
        await server.fetch(`${server.baseUrl}/stream/${stream.id}`, {
          headers: {'X-BINTU-APIKEY': server.apiKey},
        })
      ).json()) as Stream & Record<string, unknown>;
      for (const key of ['updated_at', 'push_url', 'timecode', 'timecode_interval', 'secure']) {
        delete body[key];
      }
      for (const playout of body.playout.h5live) delete (playout as {info?: unknown}).info;
      const name = `${stream.streamname}-1763476200.mp4`;
      body.playout.web = [
        {url: `https://bintu-vod.nanocosmos.de:443/vod/${name}`, type: 'vod', streamId: stream.id},
      ];
      server.inject('getStream', {status: 200, body}, {times: 1});
      el.streamId = stream.id;
      await waitUntil(() => has(el, '[part="header"]'), 'the stream did not load');
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
      const values = $$(el, '[part="details"] dd').map(dd => textOf(dd));
      // Updated At falls back to the creation date; the rest are the empty mark.
      expect(header(el)).to.contain(`Created ${values[1]}`);
      expect(values.slice(2, 4)).to.deep.equal(['—', '—']);
      expect(textOf($(editor(el, 'push-url'), '[part="value"]'))).to.equal('—');
      const row = $<HTMLTableRowElement>(el, '[part="vod-table"] tbody tr');
      expect([...row.cells].map(c => textOf(c))).to.deep.equal(['—', name, '—']);
      if (has(el, '[part="secure-badge"]')) {
        expect(textOf($(el, '[part="secure-badge"]'))).to.equal('With token');
      }
      expectNoBrokenValues(el);
      // Setting a push URL stays possible, and then it is shown.
      const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      await editAndSubmit(editor(el, 'push-url'), 'rtmp://example.org/live/key');
      expect((await changed).detail.action).to.equal('push-url');
      const push = editor(el, 'push-url');
      await waitUntil(() => textOf($(push, '[part="value"]')) === 'rtmp://example.org/live/key');
      expect(server.org.find(stream.id)!.pushUrl).to.equal('rtmp://example.org/live/key');
    });

    it('shows no broken value anywhere in the overview, on every kind of stream', async () => {
      const kinds: [string, Chooser][] = [
        ['a live single stream', liveSingle],
        ['an ended single stream', endedSingle],
        ['a locked single stream', lockedSingle],
        ['a live group', liveGroup],
        ['a group', plainGroup],
        ['a secure group', secureGroup],
      ];
      for (const [what, choose] of kinds) {
        const {el, stream} = await overview(choose);
        await waitUntil(
          () => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'),
          `the token for ${what} did not come`,
        );
        if (stream.streamgroup === stream.id) {
          await waitUntil(
            () => el.shadowRoot!.querySelector('ns-abr-table')?.shadowRoot?.querySelector('table'),
            `no ABR table for ${what}`,
          );
        }
        expectNoBrokenValues(el, what);
      }
    });

    it('shows the ingest URL and streamname with copy buttons', async () => {
      const {el, stream} = await overview(liveSingle);
      const copies = $$<HTMLElement & {value: string; label: string}>(
        el,
        '[part="ingest"] ns-copy-button',
      );
      expect(copies.map(c => c.label)).to.deep.equal([
        'Copy RTMP ingest URL',
        'Copy RTMP ingest streamname',
      ]);
      expect(copies[0]!.value).to.match(/^rtmp:\/\/bintu-stream\.nanocosmos\.de:1935\/(live|rec)$/);
      expect(copies[1]!.value).to.equal(stream.streamname);
    });

    it('shows the H5Live playout URLs without a token for a stream that is not secure', async () => {
      const {el, server, stream} = await overview(liveSingle);
      if (documentedOnly) {
        // This server does not say whether the stream is secure: rather than URLs that may not
        // play, they carry a token.
        await waitUntil(() => requestsOf(server, 'createPlaybackToken').length === 1);
        await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
        const url = new URL(
          $<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').value,
        );
        expect(url.searchParams.get('group.id')).to.equal(stream.id);
        expect(url.searchParams.get('group.security.jwtoken')).to.match(/^eyJ/);
        expect(has(el, '[part="token"]'), 'no token section').to.equal(true);
        return;
      }
      const urls = $$<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').map(
        c => c.value,
      );
      expect(urls[0]).to.equal(
        `https://demo.nanocosmos.de/nanoplayer/release/nanoplayer.html?group.id=${stream.id}`,
      );
      const iframe = new URL(urls[1]!);
      expect(iframe.origin + iframe.pathname).to.equal(
        'https://demo.nanocosmos.de/nanoplayer/embed/1.3.3/nanoplayer.html',
      );
      expect(iframe.searchParams.get('group.id')).to.equal(stream.id);
      expect(iframe.searchParams.get('playback.latencyControlMode')).to.equal('balancedadaptive');
      expect(iframe.searchParams.has('group.security.jwtoken')).to.equal(false);
      expect(has(el, '[part="token"]'), '[part="token"]').to.equal(false);
      expect(requestsOf(server, 'createPlaybackToken')).to.have.length(0);
    });

    it('gets a token for a secure group from the token service and puts it into the playout URLs', async () => {
      const {el, server, stream} = await overview(secureGroup);
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
      expect(requestsOf(server, 'createPlaybackToken')).to.have.length(1);
      const urls = $$<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').map(
        c => new URL(c.value),
      );
      const token = urls[0]!.searchParams.get('group.security.jwtoken')!;
      expect(token).to.match(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(urls[1]!.searchParams.get('group.security.jwtoken')).to.equal(token);
      const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
      expect(JSON.stringify(claims)).to.contain(stream.id);
      const info = $(el, '[part="token"] ns-token-info') as HTMLElement & {token: string};
      expect(info.token).to.equal(token);
    });

    it('hands its token to the code snippets, so one token serves the whole page', async () => {
      const {el, server} = await overview(secureGroup);
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
      const token = new URL(
        $<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').value,
      ).searchParams.get('group.security.jwtoken')!;
      el.tab = 'code-snippets';
      await el.updateComplete;
      const builder = $<NsSnippetBuilder>(el, 'ns-snippet-builder');
      await waitUntil(() => builder.playoutUrl.includes('jwtoken'), 'no token in the snippets');
      expect(new URL(builder.playoutUrl).searchParams.get('group.security.jwtoken')).to.equal(
        token,
      );
      expect(builder.htmlSnippet).to.contain(token);
      expect(requestsOf(server, 'createPlaybackToken')).to.have.length(1);
    });

    it('gets a token for a secure single stream by its streamname', async () => {
      const {el, stream} = await overview(liveSecureSingle);
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
      const url = new URL(
        $<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').value,
      );
      const token = url.searchParams.get('group.security.jwtoken')!;
      const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
      expect(claims.streams).to.deep.equal([stream.streamname]);
    });

    it('uses the playback-token attribute instead of creating a token', async () => {
      const {el, server} = await overview(secureGroup, {attrs: {playbackToken: 'eyJ.host.token'}});
      await el.updateComplete;
      await waitUntil(() => !el.shadowRoot!.querySelector('[part="token"] [part="pending"]'));
      const url = new URL(
        $<HTMLElement & {value: string}>(el, '[part="playout"] ns-copy-button').value,
      );
      expect(url.searchParams.get('group.security.jwtoken')).to.equal('eyJ.host.token');
      expect(requestsOf(server, 'createPlaybackToken')).to.have.length(0);
    });

    it('tells a read-only user that no token can be created for them', async () => {
      const {el, server} = await overview(secureGroup, {role: 'nanoReadOnly'});
      expect(textOf($(el, '[part="token"]'))).to.contain('may not create playback tokens');
      expect(has(el, 'ns-token-info'), 'ns-token-info').to.equal(false);
      expect(requestsOf(server, 'createPlaybackToken')).to.have.length(0);
    });

    it('lists VOD recordings newest session first, with UTC dates and file sizes', async () => {
      const {el} = await overview(plainGroup);
      const rows = $$<HTMLTableRowElement>(el, '[part="vod-table"] tbody tr');
      expect(rows.length).to.be.greaterThan(0);
      expect(textOf($(el, '[part="vod-table"] thead'))).to.equal(
        'Session Date (UTC) Recording Name File Size',
      );
      if (documentedOnly) {
        // Only url, type and streamId are documented: the name comes from the URL, the rest is "—".
        for (const row of rows) {
          const [date, name, size] = [...row.cells].map(c => textOf(c));
          expect(date).to.equal('—');
          expect(size).to.equal('—');
          const href = row.cells[1]!.querySelector('a')!.getAttribute('href')!;
          expect(name).to.equal(new URL(href).pathname.split('/').pop());
          expect(name).to.match(/^\w{5}-\w{5}-\d+\.mp4$/);
        }
        expectNoBrokenValues(el);
        return;
      }
      const dates = rows.map(r => Date.parse(`${r.cells[0]!.textContent!.trim()} UTC`));
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
      for (const row of rows) expect(row.cells[2]!.textContent).to.match(/\d (kB|MB|GB)/);
    });

    it('links a recording only when its URL is http(s); any other URL stays text', async () => {
      const {provider, el} = await withMockProvider<NsStreamOverview>(
        html`<ns-stream-overview></ns-stream-overview>`,
      );
      const server = provider.mockServer!;
      const stream = plainGroup(server);
      const body = (await (
        await server.fetch(`${server.baseUrl}/stream/${stream.id}`, {
          headers: {'X-BINTU-APIKEY': server.apiKey},
        })
      ).json()) as Stream;
      const recordings = (body.playout.web ?? []).filter(w => w.type === 'vod');
      expect(recordings.length).to.be.greaterThan(1);
      recordings[0]!.url = 'javascript:alert(1)';
      server.inject('getStream', {status: 200, body}, {times: 1});
      el.streamId = stream.id;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="vod-table"]'), 'no VOD table');
      const evilName = recordingsOf(body.playout).find(r => r.url.startsWith('javascript:'))!.name;
      const names = $$(el, '[part="vod-table"] tbody td:nth-child(2)');
      const evil = names.find(td => td.textContent!.trim() === evilName);
      expect(!!evil, `no recording named ${evilName}`).to.equal(true);
      expect(has(evil!, 'a'), 'the javascript: URL is a link').to.equal(false);
      const hrefs = $$<HTMLAnchorElement>(el, '[part="vod-table"] a').map(a =>
        a.getAttribute('href'),
      );
      expect(hrefs).to.have.length(recordings.length - 1);
      expect(hrefs.every(h => h!.startsWith('https://'))).to.equal(true);
    });

    it('stacks the VOD table in a narrow container, so no column is cut off', async () => {
      const {el} = await overview(plainGroup);
      el.style.display = 'block';
      el.style.width = '340px';
      await el.updateComplete;
      const wrap = $(el, '[part="vod-table"]').parentElement!;
      await waitUntil(() => wrap.scrollWidth <= wrap.clientWidth + 1, 'the VOD table overflows');
      const cell = $(el, '[part="vod-table"] tbody td.num');
      const right = cell.getBoundingClientRect().right;
      expect(right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
      // The label is for the eye; its empty alternative text keeps it from screen readers, which
      // get the column header from the table.
      expect(getComputedStyle(cell, '::before').content).to.equal('"File Size" / ""');
    });

    it('leaves out VOD when the organisation does not have it', async () => {
      const {el} = await overview(plainGroup, {mockOptions: {features: {vod: false}}});
      if (documentedOnly) {
        // This server does not list the organisation's packages: the section is shown, empty.
        expect(textOf($(el, '#h-vod').parentElement)).to.contain('No recordings yet.');
        return;
      }
      expect(has(el, '#h-vod'), 'the VOD section is shown').to.equal(false);
    });
  });

  describe('editing tags and push URL', () => {
    it('lets a user edit tags in place: saved through the API, shown, and reported', async () => {
      const {el, server, stream} = await overview(liveSingle, {role: 'nanoUser'});
      const tags = editor(el, 'tags');
      const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      await editAndSubmit(tags, 'studio:b, event:finale');
      const event = await changed;
      expect(event.detail).to.include({streamId: stream.id, action: 'tags'});
      expect(server.org.find(stream.id)!.tags).to.deep.equal(['studio:b', 'event:finale']);
      await waitUntil(() => $$(tags, '[part="tag"]').length === 2);
      expect($$(tags, '[part="tag"]').map(t => t.textContent)).to.deep.equal([
        'studio:b',
        'event:finale',
      ]);
    });

    it('keeps the previous tags and what the user typed when saving fails, so it can be retried', async () => {
      const {el, server, stream} = await overview(liveSingle);
      const before = [...stream.tags];
      server.inject(
        'setStreamTags',
        {status: 500, body: {error: {message: 'Internal error', code: 5000}}},
        {times: 1},
      );
      const tags = editor(el, 'tags');
      await editAndSubmit(tags, 'new:tag');
      await waitUntil(() => textOf($(tags, '[part="message"]')).length > 0, 'no failure shown');
      expect(textOf($(tags, '[part="message"]'))).to.contain('Internal error');
      expect(textOf($(tags, '[part="message"]'))).to.contain('(code 5000)');
      expect($<HTMLInputElement>(tags, 'input').value).to.equal('new:tag');
      expect(server.org.find(stream.id)!.tags).to.deep.equal(before);
      // Retry with what was typed.
      const changed = oneEvent(el, 'ns-stream-change');
      $<HTMLButtonElement>(tags, '[part="save-button"]').click();
      await changed;
      expect(server.org.find(stream.id)!.tags).to.deep.equal(['new:tag']);
    });

    it('refuses a push URL that is not rtmp:// or rtmps:// and sends nothing', async () => {
      const {el, server} = await overview(liveSingle);
      const push = editor(el, 'push-url');
      await editAndSubmit(push, 'https://example.org/live');
      await waitUntil(() => textOf($(push, '[part="message"]')).includes('rtmp://'));
      expect($(push, 'input').getAttribute('aria-invalid')).to.equal('true');
      expect(requestsOf(server, 'setStreamPushUrl')).to.have.length(0);
    });

    it('saves a valid rtmps:// push URL', async () => {
      const {el, server, stream} = await overview(liveSingle);
      const push = editor(el, 'push-url');
      const changed = oneEvent(el, 'ns-stream-change') as Promise<NsStreamChangeEvent>;
      await editAndSubmit(push, 'rtmps://live-api-s.facebook.com:443/rtmp/abc');
      expect((await changed).detail.action).to.equal('push-url');
      expect(server.org.find(stream.id)!.pushUrl).to.equal(
        'rtmps://live-api-s.facebook.com:443/rtmp/abc',
      );
      await waitUntil(() => textOf($(push, '[part="value"]')).startsWith('rtmps://'));
    });

    it('offers no editing to a read-only user', async () => {
      const {el} = await overview(liveSingle, {role: 'nanoReadOnly'});
      expect(has(editor(el, 'tags'), '[part="edit-button"]')).to.equal(false);
      expect(has(editor(el, 'push-url'), '[part="edit-button"]')).to.equal(false);
    });
  });

  it('takes a host’s wording through the strings property', async () => {
    const {el} = await overview(liveSingle);
    el.strings = {watch: 'Ansehen', tab_overview: 'Übersicht'};
    await el.updateComplete;
    expect($$(el, '[part="action"]')[1]!.textContent).to.contain('Ansehen');
    expect(textOf($(el, '#tab-overview'))).to.equal('Übersicht');
  });

  describe('not found and changing streams', () => {
    it('shows "Stream not found" for an unknown id and reports the load error', async () => {
      const {el} = await withMockProvider<NsStreamOverview>(
        html`<ns-stream-overview></ns-stream-overview>`,
      );
      const failed = oneEvent(el, 'ns-load-error') as Promise<NsLoadErrorEvent>;
      el.streamId = '00000000-0000-4000-8000-000000000000';
      expect((await failed).detail.status).to.equal(404);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="not-found"]'));
      expect(textOf($(el, '[part="not-found"]'))).to.contain('Stream not found');
      await expect(el).to.be.accessible();
    });

    it('shows a deleted stream as deleted, with no actions', async () => {
      const {el} = await overview(deletedSingle);
      expect(textOf($(el, '[part="not-found"]'))).to.contain('Stream deleted');
      expect(has(el, '[part="actions"]'), '[part="actions"]').to.equal(false);
    });

    it('loads the new stream when stream-id changes and cancels the old request', async () => {
      const {el, server} = await overview(liveSingle);
      const first = endedSingle(server);
      const second = liveGroup(server);
      server.inject('getStream', {latencyMs: 400}, {times: 1});
      el.streamId = first.id;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="pending"]'));
      el.setAttribute('stream-id', second.id);
      await waitUntil(() => header(el).includes(second.streamname), 'the new stream did not show');
      await waitUntil(
        () => server.requests.some(r => r.url.endsWith(`/stream/${first.id}`) && r.status === 0),
        'the old request was not cancelled',
      );
      expect(header(el)).not.to.contain(first.streamname);
    });
  });
});
