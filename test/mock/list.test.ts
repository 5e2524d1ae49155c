import {expect} from '@open-wc/testing';
import type {MockServer} from '../../src/mock/index.js';
import {NOW, callJson, dateRanges, iso, list, mockServer} from './support.js';

/** No `state`: every state but `deleted`. */
const ALL = 'quantity=500';

describe('mock API: GET /stream', () => {
  let server: MockServer;
  before(async () => {
    server = await mockServer();
  });

  /** The rows the default list (no individual) shows: single streams and group passthroughs. */
  const rows = () => server.org.streams.filter(s => !s.streamgroup || s.streamgroup === s.id);

  it('lists newest first, 50 by default, with the total over all pages in X-Total-Count', async () => {
    const page = await list(server);
    expect(page.status).to.equal(200);
    expect(page.headers.get('Content-Type')).to.match(/^application\/json/);
    expect(page.headers.get('Access-Control-Expose-Headers')).to.include('X-Total-Count');
    expect(page.body).to.have.length(50);
    const visible = rows().filter(s => s.state !== 'deleted');
    expect(page.total).to.equal(visible.length);
    const dates = page.body.map(s => Date.parse(s.updated_at!));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    expect(dates[0]).to.equal(Math.max(...visible.map(s => s.updatedAt)));
  });

  it('hides deleted streams unless the state filter asks for them', async () => {
    const page = await list(server, 'quantity=500');
    expect(page.body.some(s => s.state === 'deleted')).to.equal(false);
    const deleted = await list(server, 'state=deleted&quantity=500');
    expect(deleted.total).to.equal(rows().filter(s => s.state === 'deleted').length);
    expect(deleted.body.every(s => s.state === 'deleted')).to.equal(true);
    expect(deleted.total).to.be.greaterThan(0);
  });

  for (const state of ['live', 'created', 'ended', 'locked']) {
    it(`filters by state=${state}`, async () => {
      const page = await list(server, `state=${state}&quantity=500`);
      expect(page.total).to.equal(rows().filter(s => s.state === state).length);
      expect(page.total).to.be.greaterThan(0);
      expect(page.body.every(s => s.state === state)).to.equal(true);
    });
  }

  it('takes one state: a comma list is a wrong data type', async () => {
    const res = await callJson(server, '/stream?state=live,locked');
    expect(res.status).to.equal(400);
    expect(res.body).to.deep.equal({
      error: {
        message: 'Wrong Data Type',
        code: 1004,
        userinfo: {parameter: 'state', type: 'StreamState'},
      },
    });
  });

  it('filters by tags, every given tag required', async () => {
    const [a, b] = ['production', 'event:finale'];
    const one = await list(server, `tags[]=${encodeURIComponent(a)}&quantity=500`);
    expect(one.total).to.equal(
      rows().filter(s => s.state !== 'deleted' && s.tags.includes(a)).length,
    );
    expect(one.body.every(s => s.tags.includes(a))).to.equal(true);
    const both = await list(
      server,
      `tags[]=${encodeURIComponent(a)}&tags[]=${encodeURIComponent(b)}&quantity=500`,
    );
    const expected = rows().filter(
      s => s.state !== 'deleted' && s.tags.includes(a) && s.tags.includes(b),
    );
    expect(both.total).to.equal(expected.length);
    expect(both.total).to.be.greaterThan(0).and.below(one.total);
    expect(both.body.every(s => s.tags.includes(a) && s.tags.includes(b))).to.equal(true);
  });

  it('filters by updated_after (inclusive) and updated_before (exclusive)', async () => {
    const newest = (await list(server, 'quantity=3')).body;
    const second = newest[1]!.updated_at!;
    const after = await list(server, `updated_after=${second}`);
    expect(after.body.map(s => s.id)).to.include(newest[1]!.id);
    expect(after.body.every(s => s.updated_at! >= second)).to.equal(true);
    const before = await list(server, `updated_before=${second}&quantity=1`);
    expect(before.body[0]!.updated_at! < second).to.equal(true);
    const [from, to] = dateRanges(NOW)['yesterday']!;
    const yesterday = await list(
      server,
      `updated_after=${iso(from)}&updated_before=${iso(to)}&quantity=500`,
    );
    expect(yesterday.total).to.equal(
      rows().filter(s => s.state !== 'deleted' && s.updatedAt >= from && s.updatedAt < to).length,
    );
  });

  it('finds a stream by its exact, case-sensitive streamname', async () => {
    const target = rows().find(s => s.state === 'ended')!;
    const hit = await list(server, `streamname=${target.streamname}`);
    expect(hit.total).to.equal(1);
    expect(hit.body[0]!.id).to.equal(target.id);
    const swapped = target.streamname.replace(/[a-zA-Z]/g, c =>
      c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase(),
    );
    expect((await list(server, `streamname=${swapped}`)).total).to.equal(0);
    expect((await list(server, `streamname=${target.streamname.slice(0, 8)}`)).total).to.equal(0);
  });

  it('lists group members as their own rows only with individual=true', async () => {
    const grouped = await list(server, ALL);
    const individual = await list(server, `${ALL}&individual=true`);
    expect(grouped.total).to.equal(rows().filter(s => s.state !== 'deleted').length);
    expect(individual.total).to.equal(server.org.streams.filter(s => s.state !== 'deleted').length);
    expect(grouped.body.every(s => !s.streamgroup || s.streamgroup === s.id)).to.equal(true);
    const transcode = server.org.streams.find(
      s => s.streamgroup && s.streamgroup !== s.id && s.state !== 'deleted',
    )!;
    expect(individual.body.map(s => s.id)).to.include(transcode.id);
    expect(grouped.body.map(s => s.id)).not.to.include(transcode.id);
    // A transcode's own row, found by its name, needs individual=true.
    expect((await list(server, `streamname=${transcode.streamname}&${ALL}`)).total).to.equal(0);
    expect(
      (await list(server, `streamname=${transcode.streamname}&${ALL}&individual=true`)).total,
    ).to.equal(1);
  });

  it('pages with quantity and offset without gaps or repeats', async () => {
    const all = await list(server, 'quantity=500');
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 25) {
      const page = await list(server, `quantity=25&offset=${offset}`);
      expect(page.total).to.equal(all.total);
      pages.push(...page.body.map(s => s.id));
    }
    expect(pages).to.deep.equal(all.body.map(s => s.id));
    const beyond = await list(server, `quantity=25&offset=${all.total}`);
    expect(beyond.body).to.deep.equal([]);
    expect(beyond.total).to.equal(all.total);
  });

  it('combines filters', async () => {
    const [from, to] = dateRanges(NOW)['last-3-months']!;
    const page = await list(
      server,
      `state=ended&tags[]=production&updated_after=${iso(from)}&updated_before=${iso(to)}&individual=true&quantity=10&offset=2`,
    );
    const expected = server.org.streams
      .filter(
        s =>
          s.state === 'ended' &&
          s.tags.includes('production') &&
          s.updatedAt >= from &&
          s.updatedAt < to,
      )
      .sort((a, b) => b.updatedAt - a.updatedAt || a.seq - b.seq);
    expect(page.total).to.equal(expected.length);
    expect(page.body.map(s => s.id)).to.deep.equal(expected.slice(2, 12).map(s => s.id));
  });

  for (const [query, parameter, type] of [
    ['quantity=0', 'quantity', 'integer (1–500)'],
    ['quantity=501', 'quantity', 'integer (1–500)'],
    ['quantity=ten', 'quantity', 'integer (1–500)'],
    ['quantity=2.5', 'quantity', 'integer (1–500)'],
    ['offset=-1', 'offset', 'integer (≥ 0)'],
    ['state=all', 'state', 'StreamState'],
    ['state=live,paused', 'state', 'StreamState'],
    ['updated_after=yesterday', 'updated_after', 'date-time'],
    ['individual=maybe', 'individual', 'boolean'],
  ] as const) {
    it(`rejects ${query} with 400/1004 Wrong Data Type`, async () => {
      const {status, body} = await callJson(server, `/stream?${query}`);
      expect(status).to.equal(400);
      expect(body).to.deep.equal({
        error: {message: 'Wrong Data Type', code: 1004, userinfo: {parameter, type}},
      });
    });
  }

  it('accepts the page sizes the dashboard offers', async () => {
    for (const size of [25, 50, 100, 150]) {
      expect((await list(server, `quantity=${size}`)).body).to.have.length(size);
    }
  });
});
