import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/elements/ns-stream-list/ns-stream-list.js';
import type {NsStreamList} from '../../../src/elements/ns-stream-list/ns-stream-list.js';
import type {NsApiProvider} from '../../../src/elements/ns-api-provider/ns-api-provider.js';
import {dateRangeInterval} from '../../../src/elements/ns-stream-list/date-range.js';
import {createMockServer, type MockServer, type MockStream} from '../../../src/mock/index.js';
import {BintuClient} from '../../../src/api/client.js';
import type {NsQueryChangeEvent, NsStreamSelectEvent} from '../../../src/events.js';
import {TEST_NOW, documentedOnly, withMockProvider} from '../../helpers/fixtures.js';
import {shownText} from '../../helpers/text.js';

type Fixture = {provider: NsApiProvider; el: NsStreamList; server: MockServer};

async function setUp(
  template = html`<ns-stream-list></ns-stream-list>`,
  options: Parameters<typeof withMockProvider>[1] = {},
): Promise<Fixture> {
  const {provider, el} = await withMockProvider<NsStreamList>(template, options);
  await settled(el);
  return {provider, el, server: provider.mockServer!};
}

const root = (el: NsStreamList) => el.shadowRoot!;

/** Waits until the list shows rows, the empty state or the error state (not the skeleton). */
async function settled(el: NsStreamList): Promise<void> {
  await waitUntil(
    () =>
      !root(el).querySelector('[part~="pending"]') &&
      root(el).querySelector('tbody tr[data-key], [part="empty"], [part="error"]'),
    'the list did not finish loading',
    {timeout: 5000},
  );
}

/** Waits for the next load to finish after a change. */
async function reloaded(el: NsStreamList, change: () => unknown): Promise<void> {
  await change();
  await el.updateComplete;
  await settled(el);
}

const rows = (el: NsStreamList) => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-kind="stream"]'),
];
const memberRows = (el: NsStreamList) => [
  ...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-kind="member"]'),
];
const cell = (row: HTMLTableRowElement, i: number) =>
  row.cells[i]!.textContent!.replace(/\s+/g, ' ').trim();
const badges = (el: NsStreamList) => rows(el).map(r => cell(r, 0));
const rangeText = (el: NsStreamList) =>
  root(el).querySelector('[part="range"]')!.textContent!.replace(/\s+/g, ' ').trim();
const select = (el: NsStreamList, id: string) =>
  root(el).querySelector<HTMLSelectElement>(`#${id}`)!;

function choose(el: NsStreamList, id: string, value: string): void {
  const s = select(el, id);
  s.value = value;
  s.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
}

/** The rows the grouped list shows, as the mock stores them. */
function listed(server: MockServer, opts: {individual?: boolean; deleted?: boolean} = {}) {
  return server.org.streams.filter(
    s =>
      (opts.individual || !s.streamgroup || s.streamgroup === s.id) &&
      (opts.deleted ? s.state === 'deleted' : s.state !== 'deleted'),
  );
}

const listRequests = (server: MockServer) =>
  server.requests.filter(r => r.operationId === 'listStreams' || /\/stream\?/.test(r.url));

/**
 * The range a page of a list of `count` rows reads: with the total on the full server; on the
 * documented one (no `X-Total-Count`) "of 25+" after a full page and the exact end after a short one.
 */
function expectedRange(count: number, page = 1, pageSize = 25, documented = documentedOnly) {
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(count, page * pageSize);
  if (!documented) return `${from}–${to} of ${count}`;
  return to - from + 1 === pageSize ? `${from}–${to} of ${to}+` : `${from}–${to} of ${to}`;
}

/** The note beside a filter this API does not offer, in the same field as its control. */
function noteBeside(control: Element): string | undefined {
  const field = control.closest('.field')!;
  return field.querySelector('[part="filter-note"]')?.textContent!.replace(/\s+/g, ' ').trim();
}

const NOT_OFFERED = {
  deleted: 'This API does not offer the filter for deleted streams.',
  date: 'This API does not offer the date filter.',
  individual: 'This API does not offer streamgroups as individual streams.',
} as const;
const TAG_NOTE = 'Suggestions are not available from this API; press Enter to apply a tag';

/** The paging buttons by their label ("Next page", …). */
const pageButtons = (el: NsStreamList) =>
  Object.fromEntries(
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="page-button"]')].map(b => [
      b.getAttribute('aria-label')!,
      b,
    ]),
  ) as Partial<Record<string, HTMLButtonElement>>;

function expectNoBrokenValues(el: NsStreamList): void {
  const text = shownText(el.shadowRoot!);
  for (const broken of ['undefined', 'NaN', 'Invalid Date', '[object Object]', 'null']) {
    expect(text, `the list shows "${broken}"`).not.to.contain(broken);
  }
}
const tagNote = (el: NsStreamList) =>
  root(el).querySelector('[part="tag-note"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<ns-stream-list>', () => {
  it('renders the first page of streams with every column', async () => {
    const {el, server} = await setUp();
    const visible = listed(server);
    const headers = [...root(el).querySelectorAll('thead th')].map(th => th.textContent!.trim());
    expect(headers).to.deep.equal([
      'State',
      'Stream ID',
      'Streamname',
      'Streamgroup',
      'Last Updated (UTC)',
      'Tags',
    ]);
    expect(rows(el)).to.have.length(25);
    expect(rangeText(el)).to.equal(expectedRange(visible.length));
    const newest = [...visible].sort((a, b) => b.updatedAt - a.updatedAt || a.seq - b.seq)[0]!;
    const first = rows(el)[0]!;
    expect(cell(first, 0)).to.equal(newest.state);
    expect(cell(first, 1)).to.equal(newest.id);
    expect(cell(first, 2)).to.equal(newest.streamname);
    // Where a documented answer lacks `updated_at`, "Last Updated" is the creation.
    const times = [newest.updatedAt, ...(documentedOnly ? [newest.createdAt] : [])];
    expect(times.map(t => new Date(t).toISOString())).to.include(
      first.querySelector('time')!.dateTime,
    );
    expect(cell(first, 4)).to.match(/\d{4}/);
    expect(
      [...first.cells[5]!.querySelectorAll('[part="tag"]')].map(t => t.textContent),
    ).to.deep.equal(newest.tags);
    const groupCells = rows(el).map(r => cell(r, 3));
    expect(groupCells).to.include('Single Stream');
    expect(groupCells.some(c => /^Streamgroup \(\d+ Playouts\)$/.test(c))).to.equal(true);
    // The attributes say what is shown.
    expect(el.getAttribute('state')).to.equal('all');
    expect(el.getAttribute('page')).to.equal('1');
    expect(el.getAttribute('page-size')).to.equal('25');
  });

  it('is accessible when loaded, empty and failed', async function () {
    // axe checks every cell of a full page: it takes a few seconds.
    this.timeout(30000);
    const {el, server} = await setUp();
    await expect(el).to.be.accessible();

    await reloaded(el, () => (el.tags = ['no-such-tag-anywhere']));
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain(
      'No streams match these filters',
    );
    await expect(el).to.be.accessible();

    server.inject('listStreams', {status: 500}, {times: 5});
    // A query not asked before: a kept answer of the first page must not hide the failure.
    await reloaded(el, () => {
      el.tags = [];
      el.state = 'live';
    });
    expect(root(el).querySelector('[part="error"]')).to.exist;
    await expect(el).to.be.accessible();
    server.clearFaults();
  });

  it('shows a skeleton table with the header while loading, announced as busy', async () => {
    const {el, server} = await setUp();
    server.inject('listStreams', {latencyMs: 300}, {times: 1});
    el.state = 'live';
    await el.updateComplete;
    const pending = root(el).querySelector('[part~="pending"]')!;
    expect(pending.getAttribute('aria-busy')).to.equal('true');
    expect(pending.querySelectorAll('thead th')).to.have.length(6);
    expect(pending.textContent).to.contain('Loading streams…');
    await settled(el);
    expect(new Set(badges(el))).to.deep.equal(new Set(['live']));
  });

  it('shows state badges that read without colour: text and a distinct shape', async () => {
    const {el} = await setUp(html`<ns-stream-list page-size="150"></ns-stream-list>`);
    const shapes = new Map<string, string>();
    for (const badge of root(el).querySelectorAll('[part="state-badge"]')) {
      shapes.set(
        badge.textContent!.trim(),
        badge.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, ''),
      );
    }
    expect([...shapes.keys()].sort()).to.deep.equal(['created', 'ended', 'live', 'locked']);
    expect(new Set(shapes.values()).size).to.equal(4);
  });

  describe('filters', () => {
    for (const state of ['live', 'created', 'ended', 'locked', 'deleted'] as const) {
      it(`filters by state "${state}" and reflects it`, async () => {
        const {el, server} = await setUp();
        setTimeout(() => choose(el, 'state', state));
        const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
        expect(event.detail).to.deep.include({state, page: 1});
        expect(el.getAttribute('state')).to.equal(state);
        await el.updateComplete;
        await settled(el);
        // The one state is sent, as the official client sends it.
        const sent = new URL(listRequests(server)[1]!.url).searchParams;
        expect(sent.getAll('state')).to.deep.equal([state]);
        if (documentedOnly && state === 'deleted') {
          // `state=deleted` is assumed: the documented server refuses it, the list shows "all".
          await waitUntil(() => el.getAttribute('state') === 'all', 'the filter was not reset');
          await settled(el);
          expect(noteBeside(select(el, 'state'))).to.equal(NOT_OFFERED.deleted);
          expect(rangeText(el)).to.equal(expectedRange(listed(server).length));
          return;
        }
        const expected = listed(server, {deleted: state === 'deleted'}).filter(
          s => s.state === state,
        );
        expect(rangeText(el)).to.equal(expectedRange(expected.length));
        expect(new Set(badges(el))).to.deep.equal(new Set([state]));
        expect(noteBeside(select(el, 'state'))).to.equal(undefined);
      });
    }

    it('"all" means live, created, ended and locked, without deleted, and sends no state', async () => {
      const {el, server} = await setUp(html`<ns-stream-list state="deleted"></ns-stream-list>`);
      await reloaded(el, () => choose(el, 'state', 'all'));
      expect(el.getAttribute('state')).to.equal('all');
      expect(rangeText(el)).to.equal(expectedRange(listed(server).length));
      expect(badges(el)).not.to.include('deleted');
      expect(new URL(listRequests(server).at(-1)!.url).searchParams.has('state')).to.equal(false);
    });

    it('filters by several tags from the attribute, each required', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list tags="production,event:finale" page-size="150"></ns-stream-list>`,
      );
      const expected = listed(server).filter(
        s => s.tags.includes('production') && s.tags.includes('event:finale'),
      );
      expect(expected.length).to.be.greaterThan(0);
      expect(rangeText(el)).to.equal(expectedRange(expected.length, 1, 150));
      for (const row of rows(el)) {
        const tags = [...row.querySelectorAll('[part="tag"]')].map(t => t.textContent);
        expect(tags).to.include.members(['production', 'event:finale']);
      }
      const chips = [...root(el).querySelectorAll('[part="applied-tag"] span')].map(
        s => s.textContent,
      );
      expect(chips).to.deep.equal(['production', 'event:finale']);
    });

    it('applies a typed tag with Enter and removes it with its chip button', async () => {
      const {el, server} = await setUp();
      const input = root(el).querySelector<HTMLInputElement>('#tag-input')!;
      input.focus();
      await sendKeys({type: 'webinar'});
      setTimeout(() => sendKeys({press: 'Enter'}));
      const added = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(added.detail.tags).to.deep.equal(['webinar']);
      expect(el.getAttribute('tags')).to.equal('webinar');
      expect(input.value).to.equal('');
      await el.updateComplete;
      await settled(el);
      const expected = listed(server).filter(s => s.tags.includes('webinar'));
      expect(rangeText(el)).to.equal(expectedRange(expected.length));

      const remove = root(el).querySelector<HTMLButtonElement>('[part="remove-tag-button"]')!;
      expect(remove.getAttribute('aria-label')).to.equal('Remove tag filter webinar');
      setTimeout(() => remove.click());
      const removed = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(removed.detail.tags).to.deep.equal([]);
      expect(el.hasAttribute('tags')).to.equal(false);
      await el.updateComplete;
      await settled(el);
      expect(rangeText(el)).to.equal(expectedRange(listed(server).length));
      // The focus went back to the tag field, not to the page.
      expect(root(el).activeElement).to.equal(input);
    });

    it('suggests tags only from the 3rd character, as a keyboard-operable combobox', async () => {
      const {el, server} = await setUp();
      const input = root(el).querySelector<HTMLInputElement>('#tag-input')!;
      const listbox = root(el).querySelector<HTMLElement>('#tag-listbox')!;
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-controls')).to.equal('tag-listbox');
      expect(listbox.getAttribute('role')).to.equal('listbox');
      input.focus();
      await sendKeys({type: 'st'});
      await el.updateComplete;
      expect(listbox.hidden).to.equal(true);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({type: 'u'});
      const searches = () =>
        server.requests
          .filter(r => r.url.includes('/tag?'))
          .map(r => new URL(r.url).searchParams.get('search'));
      if (documentedOnly) {
        // GET /tag is assumed: no suggestions, a note, and Enter still applies the typed tag.
        await waitUntil(() => tagNote(el) === TAG_NOTE, 'no note about suggestions', {
          timeout: 3000,
        });
        expect(searches()).to.deep.equal(['stu']);
        expect(listbox.hidden).to.equal(true);
        expect(input.getAttribute('aria-expanded')).to.equal('false');
        expect(root(el).querySelector('[part="error"]')).to.equal(null);
        setTimeout(() => sendKeys({press: 'Enter'}));
        const applied = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
        expect(applied.detail.tags).to.deep.equal(['stu']);
        return;
      }
      await waitUntil(() => !listbox.hidden, 'no suggestions appeared', {timeout: 3000});
      // Only the 3-character text was ever sent.
      expect(searches()).to.deep.equal(['stu']);
      expect(tagNote(el)).to.equal('');
      const options = [...listbox.querySelectorAll('[role="option"]')].map(o =>
        o.textContent!.trim(),
      );
      expect(options).to.deep.equal(server.org.tags.filter(t => t.includes('stu')));
      expect(input.getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('tag-option-1');
      expect(root(el).querySelector('#tag-option-1')!.getAttribute('aria-selected')).to.equal(
        'true',
      );

      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(listbox.hidden).to.equal(true);
      expect(input.value).to.equal('stu');

      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('tag-option-0');
      setTimeout(() => sendKeys({press: 'Enter'}));
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail.tags).to.deep.equal([options[0]]);
    });

    it('waits for a pause in typing and abandons the suggestion request of older text', async () => {
      const {el, server} = await setUp();
      const input = root(el).querySelector<HTMLInputElement>('#tag-input')!;
      const listbox = root(el).querySelector<HTMLElement>('#tag-listbox')!;
      const typeText = (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      };
      const tagSearches = () => server.requests.filter(r => r.url.includes('/tag?'));
      input.focus();
      // Fast typing: one request, for the text at the pause.
      for (const value of ['cam', 'came', 'camer', 'camera']) typeText(value);
      if (documentedOnly) {
        // One request, refused: later text asks nothing more, the note stays while typing.
        await waitUntil(() => tagNote(el) === TAG_NOTE, 'no note about suggestions', {
          timeout: 3000,
        });
        typeText('stu');
        typeText('studio/e');
        await new Promise(resolve => setTimeout(resolve, 600));
        await el.updateComplete;
        expect(tagSearches().map(r => new URL(r.url).searchParams.get('search'))).to.deep.equal([
          'camera',
        ]);
        expect(listbox.hidden).to.equal(true);
        expect(tagNote(el)).to.equal(TAG_NOTE);
        return;
      }
      await waitUntil(() => !listbox.hidden, 'no suggestions appeared', {timeout: 3000});
      expect(tagSearches().map(r => new URL(r.url).searchParams.get('search'))).to.deep.equal([
        'camera',
      ]);

      // A slow answer for "stu" is still on its way when the user types on: it is aborted and
      // never shown; the suggestions are those of "studio/e".
      server.inject('searchTags', {latencyMs: 2000}, {times: 1});
      typeText('stu');
      await waitUntil(() => tagSearches().length === 2, 'no request for "stu"', {timeout: 3000});
      typeText('studio/e');
      await waitUntil(
        () => listbox.querySelectorAll('[role="option"]').length > 0,
        'no suggestions for the newer text',
        {timeout: 3000},
      );
      const [, stu, newer] = tagSearches();
      expect(new URL(stu!.url).searchParams.get('search')).to.equal('stu');
      expect(stu!.status, 'the request for the older text was aborted').to.equal(0);
      expect(new URL(newer!.url).searchParams.get('search')).to.equal('studio/e');
      const options = () =>
        [...listbox.querySelectorAll('[role="option"]')].map(o => o.textContent!.trim());
      expect(options()).to.deep.equal(server.org.tags.filter(t => t.includes('studio/e')));
      // Even after the old answer's time has passed, the list is still the newer one.
      await new Promise(resolve => setTimeout(resolve, 2200));
      await el.updateComplete;
      expect(options()).to.deep.equal(server.org.tags.filter(t => t.includes('studio/e')));
    });

    it('applies a suggestion chosen with the pointer, keeping the focus in the field', async () => {
      const {el} = await setUp();
      const input = root(el).querySelector<HTMLInputElement>('#tag-input')!;
      input.focus();
      await sendKeys({type: 'camera'});
      if (documentedOnly) {
        // Nothing to choose with the pointer: the typed tag applies with Enter, focus stays.
        await waitUntil(() => tagNote(el) === TAG_NOTE, 'no note about suggestions', {
          timeout: 3000,
        });
        expect(root(el).querySelector('#tag-option-0')).to.equal(null);
        setTimeout(() => sendKeys({press: 'Enter'}));
        const typed = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
        expect(typed.detail.tags).to.deep.equal(['camera']);
        await el.updateComplete;
        expect(root(el).activeElement).to.equal(input);
        expect(tagNote(el), 'the note goes with the text').to.equal('');
        return;
      }
      await waitUntil(() => root(el).querySelector('#tag-option-0'), 'no suggestions', {
        timeout: 3000,
      });
      const option = root(el).querySelector<HTMLElement>('#tag-option-1')!;
      const tag = option.textContent!.trim();
      setTimeout(() =>
        option.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true})),
      );
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail.tags).to.deep.equal([tag]);
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(input);
      // An applied tag is not suggested again.
      await sendKeys({type: 'camera'});
      await waitUntil(() => root(el).querySelector('#tag-option-0'), 'no suggestions', {
        timeout: 3000,
      });
      const options = [...root(el).querySelectorAll('[role="option"]')].map(o =>
        o.textContent!.trim(),
      );
      expect(options).not.to.include(tag);
    });

    it('filters by each date range in UTC', async function () {
      this.timeout(20000);
      // Data generated around the real clock, since the element reads it.
      const {el, server} = await setUp(html`<ns-stream-list page-size="150"></ns-stream-list>`, {
        mockOptions: {now: Date.now()},
      });
      if (documentedOnly) {
        // `updated_after` / `updated_before` are assumed: refused once, the filter is reset,
        // disabled and explained, and never sent again.
        await reloaded(el, () => choose(el, 'date', 'today'));
        await waitUntil(() => !el.hasAttribute('date-range'), 'the date filter was not reset');
        await settled(el);
        expect(noteBeside(select(el, 'date'))).to.equal(NOT_OFFERED.date);
        expect(select(el, 'date').disabled).to.equal(true);
        expect(select(el, 'date').value).to.equal('');
        expect(rangeText(el)).to.equal(expectedRange(listed(server).length, 1, 150));
        await reloaded(el, () => choose(el, 'date', 'past-month'));
        expect(el.hasAttribute('date-range')).to.equal(false);
        const dated = listRequests(server).filter(r => r.url.includes('updated_after'));
        expect(dated).to.have.length(1);
        return;
      }
      for (const range of ['today', 'yesterday', 'this-week', 'past-month'] as const) {
        await reloaded(el, () => choose(el, 'date', range));
        expect(el.getAttribute('date-range')).to.equal(range);
        const {from, to} = dateRangeInterval(range, Date.now());
        const expected = listed(server).filter(
          s => s.updatedAt >= from.getTime() && s.updatedAt < to.getTime(),
        );
        expect(expected.length, range).to.be.greaterThan(0);
        expect(rangeText(el), range).to.equal(expectedRange(expected.length, 1, 150));
        for (const time of root(el).querySelectorAll('tbody time')) {
          const ms = Date.parse((time as HTMLTimeElement).dateTime);
          expect(ms >= from.getTime() && ms < to.getTime(), range).to.equal(true);
        }
      }
      await reloaded(el, () => choose(el, 'date', ''));
      expect(el.hasAttribute('date-range')).to.equal(false);
      expect(rangeText(el)).to.equal(expectedRange(listed(server).length, 1, 150));
      expect(noteBeside(select(el, 'date'))).to.equal(undefined);
    });

    it('shows streamgroups as individual streams, each with its streamgroup id', async () => {
      const {el, server} = await setUp(html`<ns-stream-list page-size="150"></ns-stream-list>`);
      const box = root(el).querySelector<HTMLInputElement>('[part="individual-checkbox"]')!;
      expect(box.labels![0]!.textContent).to.contain('Show streamgroups as individual streams');
      const changes: NsQueryChangeEvent[] = [];
      el.addEventListener('ns-query-change', e => changes.push(e));
      setTimeout(() => box.click());
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail.individualStreams).to.equal(true);
      expect(el.hasAttribute('individual-streams')).to.equal(true);
      await el.updateComplete;
      await settled(el);
      if (documentedOnly) {
        // `individual` is assumed: the groups stay one row each, and the box says why.
        await waitUntil(() => changes.length === 2, 'no ns-query-change for the reset');
        expect(changes[1]!.detail).to.deep.include({individualStreams: false, page: 1});
        await settled(el);
        expect(el.hasAttribute('individual-streams')).to.equal(false);
        expect(box.checked).to.equal(false);
        expect(box.disabled).to.equal(true);
        expect(noteBeside(box)).to.equal(NOT_OFFERED.individual);
        expect(rangeText(el)).to.equal(expectedRange(listed(server).length, 1, 150));
        expect(root(el).querySelector('[part="expand-button"]')).to.exist;
        return;
      }
      expect(rangeText(el)).to.equal(
        expectedRange(listed(server, {individual: true}).length, 1, 150),
      );
      const transcodeIds = new Set(
        server.org.streams.filter(s => s.streamgroup && s.streamgroup !== s.id).map(s => s.id),
      );
      const transcodeRow = rows(el).find(r => transcodeIds.has(cell(r, 1)))!;
      const transcode = server.org.find(cell(transcodeRow, 1))!;
      expect(cell(transcodeRow, 3)).to.equal(
        `Streamgroup member Streamgroup ID ${transcode.streamgroup}`,
      );
      // No expand buttons: the members are rows already.
      expect(root(el).querySelector('[part="expand-button"]')).to.equal(null);
    });

    it('combines state, tags, date and individual streams', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list
          state="ended"
          tags="production"
          date-range="last-3-months"
          individual-streams
          page-size="150"
        ></ns-stream-list>`,
        {mockOptions: {now: Date.now()}},
      );
      const {from, to} = dateRangeInterval('last-3-months', Date.now());
      // The documented server offers the state and the tags; the list drops the other two.
      const expected = listed(server, {individual: !documentedOnly}).filter(
        s =>
          s.state === 'ended' &&
          s.tags.includes('production') &&
          (documentedOnly || (s.updatedAt >= from.getTime() && s.updatedAt < to.getTime())),
      );
      expect(expected.length).to.be.greaterThan(0);
      expect(rangeText(el)).to.equal(expectedRange(expected.length, 1, 150));
      expect(el.getAttribute('state')).to.equal('ended');
      expect(el.getAttribute('tags')).to.equal('production');
      expect(el.hasAttribute('date-range')).to.equal(!documentedOnly);
      expect(el.hasAttribute('individual-streams')).to.equal(!documentedOnly);
      expect(new Set(rows(el).map(r => cell(r, 1)))).to.deep.equal(
        new Set(expected.map(s => s.id)),
      );
    });

    it('says when nothing matches and clears every filter with one button', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list
          state="locked"
          tags="no-such-tag"
          individual-streams
        ></ns-stream-list>`,
      );
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.getAttribute('role')).to.equal('status');
      expect(empty.textContent).to.contain('No streams match these filters');
      const clear = empty.querySelector<HTMLButtonElement>('[part="empty-action"]')!;
      expect(clear.textContent!.trim()).to.equal('Clear filters');
      setTimeout(() => clear.click());
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail).to.deep.equal({
        state: 'all',
        tags: [],
        dateRange: null,
        individualStreams: false,
        pageSize: 25,
        page: 1,
      });
      await el.updateComplete;
      await settled(el);
      expect(rows(el)).to.have.length(25);
      expect(rangeText(el)).to.equal(expectedRange(listed(server).length));
    });
  });

  describe('paging', () => {
    it('pages through the API, one page at a time, with the total where the API sends one', async () => {
      const {el, server} = await setUp(html`<ns-stream-list page-size="50"></ns-stream-list>`);
      const total = listed(server).length;
      const pages = Math.ceil(total / 50);
      expect(pages).to.be.greaterThan(2);
      expect(total % 50, 'the last page is a short one').to.be.greaterThan(0);
      expect(rangeText(el)).to.equal(expectedRange(total, 1, 50));
      const buttons = () => {
        const all = [...root(el).querySelectorAll<HTMLButtonElement>('[part="page-button"]')];
        return Object.fromEntries(all.map(b => [b.getAttribute('aria-label'), b]));
      };
      expect(buttons()['Previous page']!.getAttribute('aria-disabled')).to.equal('true');

      setTimeout(() => buttons()['Next page']!.click());
      const next = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(next.detail).to.deep.include({page: 2, pageSize: 50});
      expect(el.getAttribute('page')).to.equal('2');
      await el.updateComplete;
      await settled(el);
      expect(rangeText(el)).to.equal(expectedRange(total, 2, 50));

      if (documentedOnly) {
        // Without a total there is no last page to jump to: next, while pages come back full.
        expect(buttons()['Last page']).to.equal(undefined);
        for (let page = 3; page <= pages; page++) {
          expect(buttons()['Next page']!.getAttribute('aria-disabled')).to.equal('false');
          await reloaded(el, () => buttons()['Next page']!.click());
        }
        // The short page ends the list: now the total, and so the last page, are known.
        expect(buttons()['Last page']!.getAttribute('aria-disabled')).to.equal('true');
      } else {
        await reloaded(el, () => buttons()['Last page']!.click());
      }
      expect(el.page).to.equal(pages);
      const lastCount = total - (pages - 1) * 50;
      expect(rows(el)).to.have.length(lastCount);
      expect(rangeText(el)).to.equal(`${(pages - 1) * 50 + 1}–${total} of ${total}`);
      expect(buttons()['Next page']!.getAttribute('aria-disabled')).to.equal('true');

      // Every request asked for one page only.
      for (const request of listRequests(server)) {
        expect(new URL(request.url).searchParams.get('quantity')).to.equal('50');
      }
      const offsets = listRequests(server).map(r => new URL(r.url).searchParams.get('offset'));
      expect(offsets).to.deep.equal(
        documentedOnly
          ? Array.from({length: pages}, (_, i) => String(i * 50))
          : ['0', '50', String((pages - 1) * 50)],
      );

      await reloaded(el, () => buttons()['First page']!.click());
      expect(rangeText(el)).to.equal(expectedRange(total, 1, 50));
    });

    it('offers 25, 50, 100 and 150 rows per page and goes back to page 1 on a change', async () => {
      const {el} = await setUp(html`<ns-stream-list page="3"></ns-stream-list>`);
      const sizes = [...select(el, 'page-size').options].map(o => o.value);
      expect(sizes).to.deep.equal(['25', '50', '100', '150']);
      expect(rangeText(el)).to.match(/^51–75 of/);
      setTimeout(() => choose(el, 'page-size', '100'));
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail).to.deep.include({pageSize: 100, page: 1});
      await el.updateComplete;
      await settled(el);
      expect(rows(el)).to.have.length(100);
      expect(el.getAttribute('page-size')).to.equal('100');
    });

    it('goes back to page 1 when a filter changes', async () => {
      const {el} = await setUp(html`<ns-stream-list page="2"></ns-stream-list>`);
      setTimeout(() => choose(el, 'state', 'ended'));
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail.page).to.equal(1);
      expect(el.getAttribute('page')).to.equal('1');
    });

    it('offers a way back from a page past the end', async () => {
      const {el, server} = await setUp(html`<ns-stream-list page="999"></ns-stream-list>`);
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('There are no streams on page 999');
      await reloaded(el, () =>
        empty.querySelector<HTMLButtonElement>('[part="empty-action"]')!.click(),
      );
      expect(el.page).to.equal(1);
      expect(rangeText(el)).to.equal(expectedRange(listed(server).length));
    });

    it('restores a deep-linked view from its attributes without firing ns-query-change', async () => {
      let fired = 0;
      const {el, server} = await setUp(
        html`<ns-stream-list
          state="live"
          page="2"
          page-size="25"
          @ns-query-change=${() => fired++}
        ></ns-stream-list>`,
      );
      const live = listed(server).filter(s => s.state === 'live').length;
      expect(rangeText(el)).to.equal(expectedRange(live, 2));
      el.setAttribute('state', 'ended');
      await el.updateComplete;
      await settled(el);
      expect(new Set(badges(el))).to.deep.equal(new Set(['ended']));
      expect(select(el, 'state').value).to.equal('ended');
      expect(fired).to.equal(0);
      // After the user has used the controls, the host can still set them.
      await reloaded(el, () => choose(el, 'date', 'this-month'));
      // On the documented server the list also tells that it dropped the date filter.
      const after = documentedOnly ? 2 : 1;
      await waitUntil(() => fired === after, 'not as many ns-query-change as expected');
      el.setAttribute('date-range', 'yesterday');
      el.setAttribute('page-size', '50');
      await el.updateComplete;
      // A filter the API is known not to offer is written back as not set, like an unknown value.
      expect(select(el, 'date').value).to.equal(documentedOnly ? '' : 'yesterday');
      expect(el.hasAttribute('date-range')).to.equal(!documentedOnly);
      expect(select(el, 'page-size').value).to.equal('50');
      expect(fired).to.equal(after);
    });
  });

  it('writes unknown or in-between attribute values back as shown, so events and attributes agree', async () => {
    const {el, server} = await setUp(
      html`<ns-stream-list
        state="bogus"
        tags=" production ,,production"
        date-range="someday"
        page-size="30"
        page="0"
      ></ns-stream-list>`,
    );
    expect(el.getAttribute('state')).to.equal('all');
    expect(el.getAttribute('tags')).to.equal('production');
    expect(el.hasAttribute('date-range')).to.equal(false);
    expect(el.getAttribute('page-size')).to.equal('50');
    expect(el.getAttribute('page')).to.equal('1');
    expect(select(el, 'page-size').value).to.equal('50');
    const tagged = listed(server).filter(s => s.tags.includes('production')).length;
    expect(rangeText(el)).to.equal(expectedRange(tagged, 1, 50));

    setTimeout(() => choose(el, 'date', 'this-month'));
    const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
    // The detail is what the attributes now say: a host can store it and set it back.
    expect(event.detail).to.deep.equal({
      state: el.getAttribute('state'),
      tags: el.getAttribute('tags')!.split(','),
      dateRange: el.getAttribute('date-range'),
      individualStreams: el.hasAttribute('individual-streams'),
      pageSize: Number(el.getAttribute('page-size')),
      page: Number(el.getAttribute('page')),
    });
    expect(event.detail).to.deep.equal({
      state: 'all',
      tags: ['production'],
      dateRange: 'this-month',
      individualStreams: false,
      pageSize: 50,
      page: 1,
    });
  });

  it('restores the whole view from attributes set on a live element', async () => {
    const {el, server} = await setUp();
    const matches = (s: MockStream) => s.state === 'ended' && s.tags.includes('production');
    const pages = Math.ceil(listed(server, {individual: true}).filter(matches).length / 25);
    expect(pages).to.be.greaterThan(1);
    // The documented server does not offer individual streams: grouped rows from page 1.
    const expected = listed(server, {individual: !documentedOnly}).filter(matches);
    const page = documentedOnly ? 1 : pages;
    el.setAttribute('state', 'ended');
    el.setAttribute('tags', 'production');
    el.setAttribute('individual-streams', '');
    el.setAttribute('page', String(pages));
    await el.updateComplete;
    await settled(el);
    if (documentedOnly) await waitUntil(() => el.page === 1, 'the list did not go to page 1');
    await settled(el);
    expect(select(el, 'state').value).to.equal('ended');
    expect(
      root(el).querySelector<HTMLInputElement>('[part="individual-checkbox"]')!.checked,
    ).to.equal(!documentedOnly);
    expect(
      [...root(el).querySelectorAll('[part="applied-tag"] span')].map(c => c.textContent),
    ).to.deep.equal(['production']);
    expect(rangeText(el)).to.equal(expectedRange(expected.length, page));
    expect(new Set(badges(el))).to.deep.equal(new Set(['ended']));
  });

  describe('groups', () => {
    it('expands a group row into its passthrough and transcode rows', async () => {
      const {el, server} = await setUp(html`<ns-stream-list page-size="150"></ns-stream-list>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part="expand-button"]')!;
      const row = button.closest('tr')!;
      const group = server.org.find(row.dataset['key']!)!;
      const members = server.org.members(group);
      expect(button.textContent!.trim()).to.equal(`Streamgroup (${members.length} Playouts)`);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(memberRows(el)).to.have.length(0);

      let selected = 0;
      el.addEventListener('ns-stream-select', () => selected++);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(selected, 'the expand button does not select the row').to.equal(0);
      const shown = memberRows(el);
      expect(shown.map(r => cell(r, 1))).to.deep.equal(members.map(m => m.id));
      expect(shown.map(r => cell(r, 2))).to.deep.equal(members.map(m => m.streamname));
      expect(cell(shown[0]!, 0)).to.equal('Passthrough (original stream)');
      expect(cell(shown[1]!, 0)).to.equal('Transcode 1');
      for (const member of shown) expect(cell(member, 3)).to.contain(`Streamgroup ID ${group.id}`);
      expect(button.getAttribute('aria-controls')!.split(' ')).to.deep.equal(shown.map(r => r.id));
      // The member rows come from the list answer: no request was sent to show them.
      expect(server.requests.filter(r => r.url.includes(group.id))).to.have.length(0);

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(memberRows(el)).to.have.length(0);
    });
  });

  describe('selection and keyboard', () => {
    it('fires ns-stream-select when a row is clicked', async () => {
      const {el} = await setUp();
      const single = rows(el).find(r => cell(r, 3) === 'Single Stream')!;
      setTimeout(() => single.cells[2]!.click());
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail).to.deep.equal({streamId: cell(single, 1)});
      expect(event.bubbles && event.composed).to.equal(true);

      const group = rows(el).find(r => r.querySelector('[part="expand-button"]'))!;
      setTimeout(() => group.cells[0]!.click());
      const groupEvent = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(groupEvent.detail).to.deep.equal({
        streamId: cell(group, 1),
        streamgroupId: cell(group, 1),
      });
    });

    it('is one tab stop; arrows move between rows, Enter selects, ArrowRight opens a group', async () => {
      const {el} = await setUp();
      const tabStops = () => rows(el).filter(r => r.tabIndex === 0);
      expect(tabStops()).to.have.length(1);
      expect(tabStops()[0]).to.equal(rows(el)[0]);
      rows(el)[0]!.focus();
      await sendKeys({press: 'ArrowDown'});
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(rows(el)[1]);
      expect(tabStops()).to.deep.equal([rows(el)[1]]);
      await sendKeys({press: 'End'});
      expect(root(el).activeElement).to.equal(rows(el)[24]);
      await sendKeys({press: 'Home'});
      expect(root(el).activeElement).to.equal(rows(el)[0]);

      const second = rows(el)[1]!;
      second.focus();
      setTimeout(() => sendKeys({press: 'Enter'}));
      const event = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(event.detail.streamId).to.equal(cell(second, 1));

      const group = rows(el).find(r => r.querySelector('[part="expand-button"]'))!;
      group.focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(group.querySelector('[part="expand-button"]')!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
      await sendKeys({press: 'ArrowDown'});
      const member = memberRows(el)[0]!;
      expect(root(el).activeElement).to.equal(member);
      await sendKeys({press: 'ArrowDown'});
      setTimeout(() => sendKeys({press: 'Enter'}));
      const memberEvent = (await oneEvent(el, 'ns-stream-select')) as NsStreamSelectEvent;
      expect(memberEvent.detail).to.deep.equal({
        streamId: cell(memberRows(el)[1]!, 1),
        streamgroupId: cell(group, 1),
      });
    });
  });

  describe('loading and errors', () => {
    it('shows the error with a Retry button and fires ns-load-error', async () => {
      const {provider} = await withMockProvider(html`<div></div>`);
      const server = provider.mockServer!;
      server.inject(
        'listStreams',
        {status: 503, body: {error: {message: 'Maintenance', code: 5030}}},
        {times: 3},
      );
      const el = document.createElement('ns-stream-list');
      setTimeout(() => provider.append(el));
      const event = await oneEvent(provider, 'ns-load-error');
      expect(event.detail).to.deep.include({status: 503, code: 5030});
      await settled(el);
      const error = root(el).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Maintenance');
      expect(error.textContent).to.contain('(code 5030)');
      await reloaded(el, () =>
        error.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click(),
      );
      expect(rows(el)).to.have.length(25);
    });

    it('keeps the layout while the next page loads: the skeleton is as long as the page was', async () => {
      const {el, server} = await setUp();
      const table = () => root(el).querySelector<HTMLElement>('[part~="table-wrapper"]')!;
      const before = table().getBoundingClientRect().height;
      const sizeAt = select(el, 'page-size').getBoundingClientRect().left;
      server.inject('listStreams', {latencyMs: 600}, {times: 1});
      el.page = 2;
      await el.updateComplete;
      const pending = root(el).querySelector('[part~="pending"]')!;
      expect(pending.querySelectorAll('tbody tr')).to.have.length(25);
      const during = table().getBoundingClientRect().height;
      // Rows with wrapped tags are a little taller than skeleton rows, never twice as tall.
      expect(during / before).to.be.within(0.6, 1.4);
      // The paging bar does not shift by the width of the range text (a digit or two at most),
      // and shows no numbers of the old page.
      expect(select(el, 'page-size').getBoundingClientRect().left).to.be.closeTo(sizeAt, 20);
      const range = root(el).querySelector<HTMLElement>('[part="range"]')!;
      expect(range.innerText.trim()).to.equal('');
      await settled(el);
      expect(rangeText(el)).to.match(/^26–50 of/);
    });

    it('drops the answer of a query the user has already replaced', async () => {
      const {el, server} = await setUp();
      server.inject('listStreams', {latencyMs: 400}, {times: 1});
      choose(el, 'state', 'ended');
      await el.updateComplete;
      choose(el, 'state', 'live');
      await el.updateComplete;
      await settled(el);
      expect(new Set(badges(el))).to.deep.equal(new Set(['live']));
      const ended = listRequests(server).find(r => r.url.includes('state=ended'))!;
      expect(ended.status, 'the old request was aborted').to.equal(0);
      await el.updateComplete;
      expect(new Set(badges(el))).to.deep.equal(new Set(['live']));
    });
  });

  describe('live refresh', () => {
    it('reloads quietly, keeping focus, open groups and rows in place', async () => {
      const {el, server} = await setUp();
      const group = rows(el).find(r => r.querySelector('[part="expand-button"]'))!;
      group.querySelector<HTMLButtonElement>('[part="expand-button"]')!.click();
      await el.updateComplete;
      const focused = rows(el)[2]!;
      focused.focus();
      // Changed behind the client's back: only a fresh request can see it.
      const target = server.org.find(cell(focused, 1)) as MockStream;
      target.tags = [...target.tags, 'refreshed-tag'];
      let skeleton = false;
      const observer = new MutationObserver(() => {
        if (root(el).querySelector('[part~="pending"]')) skeleton = true;
      });
      observer.observe(root(el), {childList: true, subtree: true});
      // The page is scrolled (a spacer below makes room for it); what is in view stays in place.
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      window.scrollTo(0, 400);
      expect(window.scrollY).to.equal(400);
      // A row in view, below the one that changes.
      const inView = rows(el).find((r, i) => i > 3 && r.getBoundingClientRect().top > 0)!;
      const top = inView.getBoundingClientRect().top;
      expect(top).to.be.within(0, window.innerHeight);
      el.refreshInterval = 0.2;
      await waitUntil(() => focused.textContent!.includes('refreshed-tag'), 'no refresh', {
        timeout: 4000,
      });
      observer.disconnect();
      el.refreshInterval = 0;
      // (The browser's scroll anchoring may move scrollY by the height a row above gained.)
      expect(window.scrollY, 'the page was not scrolled back').to.be.greaterThan(300);
      expect(inView.isConnected).to.equal(true);
      expect(inView.getBoundingClientRect().top, 'the rows in view did not move').to.be.closeTo(
        top,
        2,
      );
      spacer.remove();
      expect(skeleton, 'no skeleton during a refresh').to.equal(false);
      expect(focused.isConnected).to.equal(true);
      expect(root(el).activeElement).to.equal(focused);
      expect(group.querySelector('[part="expand-button"]')!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
      expect(memberRows(el).length).to.be.greaterThan(0);
    });

    it('pauses while the tab is hidden and catches up when it is visible again', async () => {
      const {el, server} = await setUp();
      const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
      let isHidden = true;
      Object.defineProperty(document, 'hidden', {configurable: true, get: () => isHidden});
      try {
        const before = listRequests(server).length;
        el.refreshInterval = 0.1;
        // Several intervals pass while hidden: nothing is sent. (Proving an absence needs time.)
        await new Promise(resolve => setTimeout(resolve, 450));
        expect(listRequests(server).length).to.equal(before);
        isHidden = false;
        document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(() => listRequests(server).length > before, 'no refresh after showing');
      } finally {
        el.refreshInterval = 0;
        Object.defineProperty(document, 'hidden', hidden);
        delete (document as unknown as Record<string, unknown>)['hidden'];
      }
    });
  });

  it('becomes stacked cards without horizontal scrolling in a narrow container', async () => {
    const {el} = await setUp();
    el.style.width = '360px';
    await el.updateComplete;
    const row = rows(el)[0]!;
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle(root(el).querySelector('thead')!).position).to.equal('absolute');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const wrapper = root(el).querySelector<HTMLElement>('[part="table-wrapper"]')!;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth + 1);
    el.style.width = '1000px';
    await el.updateComplete;
    expect(getComputedStyle(row).display).to.equal('table-row');
  });

  describe('against a server with only the documented API', () => {
    const documented = {mockOptions: {documentedOnly: true}} satisfies Parameters<
      typeof withMockProvider
    >[1];

    it('pages without a total: "of 50+" while pages come back full, the exact total at the end', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list page-size="50"></ns-stream-list>`,
        documented,
      );
      const total = listed(server).length;
      const pages = Math.ceil(total / 50);
      expect(total % 50, 'the last page is a short one').to.be.greaterThan(0);
      const pageText = () => root(el).querySelector('.page-buttons .sr-only')!.textContent!.trim();
      const caption = () =>
        root(el).querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim();

      expect(rangeText(el)).to.equal('1–50 of 50+');
      expect(root(el).querySelector('[part="range"]')!.getAttribute('role')).to.equal('status');
      expect(caption()).to.equal('Streams, 1–50 of 50+');
      expect(pageText()).to.equal('Page 1');
      expect(pageButtons(el)['Last page'], 'no last page while the total is unknown').to.equal(
        undefined,
      );
      expect(pageButtons(el)['First page']!.getAttribute('aria-disabled')).to.equal('true');
      expect(pageButtons(el)['Next page']!.getAttribute('aria-disabled')).to.equal('false');

      await reloaded(el, () => pageButtons(el)['Next page']!.click());
      expect(rangeText(el)).to.equal('51–100 of 100+');
      expect(caption()).to.equal('Streams, 51–100 of 100+');
      expect(pageText()).to.equal('Page 2');
      expect(pageButtons(el)['Next page']!.getAttribute('aria-disabled')).to.equal('false');

      // The short last page: its end is the total, next is off, the last page is known.
      await reloaded(el, () => (el.page = pages));
      expect(rows(el)).to.have.length(total - (pages - 1) * 50);
      expect(rangeText(el)).to.equal(`${(pages - 1) * 50 + 1}–${total} of ${total}`);
      expect(pageText()).to.equal(`Page ${pages} of ${pages}`);
      expect(pageButtons(el)['Next page']!.getAttribute('aria-disabled')).to.equal('true');
      expect(pageButtons(el)['Last page']!.getAttribute('aria-disabled')).to.equal('true');
      expect(pageButtons(el)['Previous page']!.getAttribute('aria-disabled')).to.equal('false');
      expectNoBrokenValues(el);

      // Past the end nothing is known about the total: no range, a way back, no broken text.
      await reloaded(el, () => (el.page = pages + 3));
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain(
        `There are no streams on page ${pages + 3}`,
      );
      expect(rangeText(el)).to.equal('');
      expectNoBrokenValues(el);
    });

    it('reads the open-ended range and the notes in German', async () => {
      const {el} = await setUp(html`<ns-stream-list date-range="today"></ns-stream-list>`, {
        ...documented,
        locale: 'de',
      });
      expect(rangeText(el)).to.equal('1–25 von 25+');
      expect(noteBeside(select(el, 'date'))).to.equal('Diese API bietet keinen Datumsfilter.');
      expect(root(el).querySelector('.page-buttons .sr-only')!.textContent!.trim()).to.equal(
        'Seite 1',
      );
    });

    for (const [filter, apply, param] of [
      ['deleted', (el: NsStreamList) => choose(el, 'state', 'deleted'), 'state=deleted'],
      ['date', (el: NsStreamList) => choose(el, 'date', 'this-week'), 'updated_after'],
      [
        'individual',
        (el: NsStreamList) =>
          root(el).querySelector<HTMLInputElement>('[part="individual-checkbox"]')!.click(),
        'individual',
      ],
    ] as const) {
      it(`shows the rows without the ${filter} filter, says why beside it, and does not ask again`, async () => {
        const {el, server} = await setUp(html`<ns-stream-list></ns-stream-list>`, documented);
        const changes: NsQueryChangeEvent[] = [];
        el.addEventListener('ns-query-change', e => changes.push(e));
        let failed = 0;
        el.addEventListener('ns-load-error', () => failed++);
        await reloaded(el, () => apply(el));
        await waitUntil(() => changes.length === 2, 'the list did not say it dropped the filter');
        await settled(el);
        // The user's change, then the list's: back to the defaults it shows.
        expect(changes[1]!.detail).to.deep.equal({
          state: 'all',
          tags: [],
          dateRange: null,
          individualStreams: false,
          pageSize: 25,
          page: 1,
        });
        expect(el.getAttribute('state')).to.equal('all');
        expect(el.hasAttribute('date-range')).to.equal(false);
        expect(el.hasAttribute('individual-streams')).to.equal(false);
        // No error: the rows without that filter, and the note beside it.
        expect(root(el).querySelector('[part="error"]')).to.equal(null);
        expect(failed).to.equal(0);
        expect(rows(el)).to.have.length(25);
        expect(rangeText(el)).to.equal('1–25 of 25+');
        const control = {
          deleted: select(el, 'state'),
          date: select(el, 'date'),
          individual: root(el).querySelector('[part="individual-checkbox"]')!,
        }[filter];
        expect(noteBeside(control)).to.equal(NOT_OFFERED[filter]);
        const note = control.closest('.field')!.querySelector('[part="filter-note"]')!;
        expect(control.getAttribute('aria-describedby')).to.equal(note.id);
        if (filter === 'deleted') {
          expect(
            select(el, 'state').querySelector<HTMLOptionElement>('[value="deleted"]')!.disabled,
          ).to.equal(true);
        } else {
          expect((control as HTMLInputElement | HTMLSelectElement).disabled).to.equal(true);
        }
        // Only its own note; the other filters stay as they were.
        expect(root(el).querySelectorAll('[part="filter-note"]')).to.have.length(1);
        // Said to screen readers too.
        const announced = [...root(el).querySelectorAll('[part="filters"] [role="status"]')]
          .map(n => n.textContent!.trim())
          .join(' ');
        expect(announced).to.contain(NOT_OFFERED[filter]);
        expect(announced).to.contain('The list shows the streams without this filter.');

        // Asked once: paging and setting it again send nothing with it.
        const asked = () => listRequests(server).filter(r => r.url.includes(param)).length;
        expect(asked()).to.equal(1);
        await reloaded(el, () => pageButtons(el)['Next page']!.click());
        expect(rangeText(el)).to.equal('26–50 of 50+');
        await reloaded(el, () => apply(el));
        expect(asked()).to.equal(1);
        expect(root(el).querySelector('[part="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('tells which of several deep-linked filters it does not offer, one probe each', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list
          state="deleted"
          date-range="this-month"
          individual-streams
          tags="production"
        ></ns-stream-list>`,
        documented,
      );
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      expect(
        [...root(el).querySelectorAll('[part="filter-note"]')].map(n => n.textContent!.trim()),
      ).to.deep.equal([NOT_OFFERED.deleted, NOT_OFFERED.date, NOT_OFFERED.individual]);
      // The documented tag filter stays.
      expect(el.getAttribute('tags')).to.equal('production');
      const tagged = listed(server).filter(s => s.tags.includes('production')).length;
      expect(rangeText(el)).to.equal(expectedRange(tagged, 1, 25, true));
      const sent = listRequests(server).map(r => new URL(r.url).searchParams);
      // The refused request, a one-row probe per filter, and the page without them.
      expect(sent).to.have.length(5);
      expect(sent.slice(1, 4).map(q => q.get('quantity'))).to.deep.equal(['1', '1', '1']);
      const last = sent[4]!;
      expect(
        ['state', 'updated_after', 'updated_before', 'individual'].filter(k => last.has(k)),
      ).to.deep.equal([]);
      expect(last.getAll('tags[]')).to.deep.equal(['production']);
    });

    it('offers no tag suggestions, says so while typing, and applies the typed tag', async () => {
      const {el, server} = await setUp(html`<ns-stream-list></ns-stream-list>`, documented);
      const input = root(el).querySelector<HTMLInputElement>('#tag-input')!;
      input.focus();
      await sendKeys({type: 'production'});
      await waitUntil(() => tagNote(el) === TAG_NOTE, 'no note about suggestions', {
        timeout: 3000,
      });
      expect(root(el).querySelector<HTMLElement>('#tag-listbox')!.hidden).to.equal(true);
      expect(root(el).querySelector('[part="tag-note"]')!.getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('#tag-hint')!.textContent!.trim()).to.equal(
        'Type a tag and press Enter.',
      );
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      setTimeout(() => sendKeys({press: 'Enter'}));
      const event = (await oneEvent(el, 'ns-query-change')) as NsQueryChangeEvent;
      expect(event.detail.tags).to.deep.equal(['production']);
      await el.updateComplete;
      await settled(el);
      const tagged = listed(server).filter(s => s.tags.includes('production')).length;
      expect(rangeText(el)).to.equal(expectedRange(tagged, 1, 25, true));
      // Typing again asks nothing: the answer is remembered.
      await sendKeys({type: 'camera'});
      await new Promise(resolve => setTimeout(resolve, 500));
      expect(server.requests.filter(r => r.url.includes('/tag?'))).to.have.length(1);
      expect(tagNote(el)).to.equal(TAG_NOTE);
    });

    it('shows "Last Updated" from created_at where updated_at is missing', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list page-size="150"></ns-stream-list>`,
        documented,
      );
      let fellBack = 0;
      for (const row of rows(el)) {
        const stream = server.org.find(cell(row, 1))!;
        const shown = row.querySelector('time')!.dateTime;
        const created = new Date(stream.createdAt).toISOString();
        expect([new Date(stream.updatedAt).toISOString(), created]).to.include(shown);
        if (shown === created && stream.updatedAt !== stream.createdAt) fellBack++;
      }
      expect(fellBack, 'some answers lack updated_at').to.be.greaterThan(0);
      expectNoBrokenValues(el);
    });

    it('shows the empty mark, never "Invalid Date", when neither date is usable', async () => {
      const server = await createMockServer({now: TEST_NOW, documentedOnly: true});
      // A server whose first three streams carry no usable date at all.
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const response = await server.fetch(input, init);
        if (!new URL(new Request(input, init).url).pathname.endsWith('/stream')) return response;
        const streams = (await response.json()) as Array<Record<string, unknown>>;
        streams.slice(0, 3).forEach((s, i) => {
          delete s['updated_at'];
          if (i === 0) delete s['created_at'];
          else s['created_at'] = i === 1 ? 'not a date' : '';
        });
        return new Response(JSON.stringify(streams), {status: 200, headers: response.headers});
      };
      const el = document.createElement('ns-stream-list');
      el.client = new BintuClient({fetch, apiKey: server.apiKey});
      document.body.append(el);
      try {
        await settled(el);
        expect(
          rows(el)
            .slice(0, 3)
            .map(r => cell(r, 4)),
        ).to.deep.equal(['—', '—', '—']);
        expect(rows(el)[3]!.querySelector('time')).to.exist;
        expectNoBrokenValues(el);
      } finally {
        el.remove();
      }
    });

    it('expands groups from their own playouts and shows no broken values anywhere', async () => {
      const {el, server} = await setUp(
        html`<ns-stream-list page-size="150"></ns-stream-list>`,
        documented,
      );
      const before = server.requests.length;
      for (const button of root(el).querySelectorAll<HTMLButtonElement>('[part="expand-button"]')) {
        button.click();
      }
      await el.updateComplete;
      expect(memberRows(el).length).to.be.greaterThan(0);
      // Expanding sends nothing: the members come from the list answer.
      expect(server.requests.length).to.equal(before);
      const member = memberRows(el)[1]!;
      const stream = server.org.find(cell(member, 1))!;
      expect(cell(member, 2)).to.equal(stream.streamname);
      expectNoBrokenValues(el);
    });
  });

  it('takes replacement strings and a client set directly', async () => {
    const server = await createMockServer({now: TEST_NOW, documentedOnly});
    // Outside any provider: only the client property connects it to the API.
    const el = document.createElement('ns-stream-list');
    el.strings = {columnState: 'Status', singleStream: 'Einzelstream'};
    el.client = new BintuClient({fetch: server.fetch, apiKey: server.apiKey});
    document.body.append(el);
    try {
      await settled(el);
      expect(root(el).querySelector('thead th')!.textContent!.trim()).to.equal('Status');
      expect(rows(el).map(r => cell(r, 3))).to.include('Einzelstream');
    } finally {
      el.remove();
    }
  });

  it('lists the same streams for every role', async () => {
    for (const role of ['nanoAdmin', 'nanoUser', 'nanoReadOnly'] as const) {
      const {el, server} = await setUp(html`<ns-stream-list></ns-stream-list>`, {role});
      expect(rangeText(el), role).to.equal(expectedRange(listed(server).length));
    }
  });
});
