import {expect, fixture, html} from '@open-wc/testing';
import type {JWTPayload} from 'jose';
import {
  NsLoadErrorEvent,
  NsQueryChangeEvent,
  NsSnippetCopyEvent,
  NsStreamActionEvent,
  NsStreamChangeEvent,
  NsStreamSelectEvent,
  NsTokenCreateEvent,
} from '../src/events.js';

const claims: JWTPayload = {iss: 'nanocosmos', exp: 1_900_000_000};

/** One instance of every event, with the name a host listens for. */
const cases: Array<[string, () => CustomEvent]> = [
  ['ns-load-error', () => new NsLoadErrorEvent({status: 403, code: 2001, message: 'Forbidden'})],
  ['ns-stream-select', () => new NsStreamSelectEvent({streamId: 's1', streamgroupId: 'g1'})],
  [
    'ns-query-change',
    () =>
      new NsQueryChangeEvent({
        state: 'live',
        tags: ['a'],
        dateRange: null,
        individualStreams: false,
        pageSize: 25,
        page: 1,
      }),
  ],
  ['ns-stream-action', () => new NsStreamActionEvent({action: 'watch', streamId: 's1'})],
  [
    'ns-stream-change',
    () => new NsStreamChangeEvent({streamId: 's1', action: 'delete', stream: null}),
  ],
  ['ns-snippet-copy', () => new NsSnippetCopyEvent({kind: 'iframe'})],
  ['ns-token-create', () => new NsTokenCreateEvent({token: 'eyJ.x.y', claims})],
];

/** A light-DOM container holding a host whose shadow root holds the element that fires. */
async function nestedInShadow() {
  const outer = await fixture<HTMLDivElement>(html`<div><div id="host"></div></div>`);
  const host = outer.querySelector<HTMLDivElement>('#host')!;
  const inner = document.createElement('span');
  host.attachShadow({mode: 'open'}).append(inner);
  return {outer, host, inner};
}

describe('ns-* events', () => {
  for (const [name, create] of cases) {
    describe(name, () => {
      it('has the spec name, as a static constant too', () => {
        const event = create();
        expect(event.type).to.equal(name);
        expect((event.constructor as unknown as {eventName: string}).eventName).to.equal(name);
        expect(event).to.be.instanceOf(CustomEvent);
      });

      it('bubbles out of a shadow root to a listener on an ancestor', async () => {
        const {outer, host, inner} = await nestedInShadow();
        let received: Event | undefined;
        outer.addEventListener(name, e => {
          received = e;
        });
        const event = create();
        inner.dispatchEvent(event);
        expect(received).to.equal(event);
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        // Retargeted to the shadow host, as a host page sees it.
        expect(event.target).to.equal(host);
      });

      it('carries its detail unchanged', () => {
        const event = create();
        expect(event.detail).to.deep.equal(create().detail);
      });
    });
  }

  it('ns-load-error detail is typed: status, code, message', async () => {
    const {outer, inner} = await nestedInShadow();
    const seen: Array<{status: number; code?: number; message: string}> = [];
    outer.addEventListener('ns-load-error', e => seen.push(e.detail));
    inner.dispatchEvent(new NsLoadErrorEvent({status: 403, code: 2001, message: 'Forbidden'}));
    expect(seen).to.deep.equal([{status: 403, code: 2001, message: 'Forbidden'}]);
  });

  it('ns-stream-select and ns-query-change details are typed', async () => {
    const {outer, inner} = await nestedInShadow();
    const ids: string[] = [];
    const pages: number[] = [];
    outer.addEventListener('ns-stream-select', e => ids.push(e.detail.streamId));
    outer.addEventListener('ns-query-change', e => pages.push(e.detail.page * e.detail.pageSize));
    inner.dispatchEvent(new NsStreamSelectEvent({streamId: 'abc'}));
    inner.dispatchEvent(
      new NsQueryChangeEvent({
        state: 'all',
        tags: [],
        dateRange: 'today',
        individualStreams: true,
        pageSize: 50,
        page: 2,
      }),
    );
    expect(ids).to.deep.equal(['abc']);
    expect(pages).to.deep.equal([100]);
  });

  it('ns-stream-action is cancelable, so a host can route the action itself', async () => {
    const {outer, inner} = await nestedInShadow();
    outer.addEventListener('ns-stream-action', e => {
      if (e.detail.action === 'webcaster') e.preventDefault();
    });
    const routed = new NsStreamActionEvent({action: 'webcaster', streamId: 's1'});
    const followed = new NsStreamActionEvent({action: 'watch', streamId: 's1'});
    expect(inner.dispatchEvent(routed)).to.equal(false);
    expect(routed.defaultPrevented).to.equal(true);
    expect(inner.dispatchEvent(followed)).to.equal(true);
    expect(followed.defaultPrevented).to.equal(false);
  });

  it('other events are not cancelable', () => {
    for (const [name, create] of cases) {
      if (name === 'ns-stream-action') continue;
      expect(create().cancelable, name).to.equal(false);
    }
  });

  it('ns-stream-change and ns-token-create details are typed', async () => {
    const {outer, inner} = await nestedInShadow();
    const actions: string[] = [];
    const issuers: Array<string | undefined> = [];
    outer.addEventListener('ns-stream-change', e => actions.push(e.detail.action));
    outer.addEventListener('ns-token-create', e => issuers.push(e.detail.claims.iss));
    outer.addEventListener('ns-snippet-copy', e => actions.push(e.detail.kind));
    inner.dispatchEvent(new NsStreamChangeEvent({streamId: 's1', action: 'lock', stream: null}));
    inner.dispatchEvent(new NsTokenCreateEvent({token: 't', claims}));
    inner.dispatchEvent(new NsSnippetCopyEvent({kind: 'html'}));
    expect(actions).to.deep.equal(['lock', 'html']);
    expect(issuers).to.deep.equal(['nanocosmos']);
  });
});
