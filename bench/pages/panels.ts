/**
 * The trials of our own panels, each in the fixture's provider with its data in the client's cache:
 * the list's first render, its update after a refresh that changed 5 rows, its page change, and
 * the overview of a group with four transcodes.
 */
import type {NsStreamList, NsStreamOverview} from '../../src/index.js';
import {createList, createOverview, overviewRendered, type Fixture} from './fixture.js';
import {lastRowKey, tableIdle} from './settle.js';
import {until, type Trial} from './timing.js';

/**
 * Mounts a fresh list; resolves once it shows the last row of page 1 (the rows come in one
 * update, with the table, so the last row's arrival is the table's).
 */
async function mountList(fx: Fixture): Promise<NsStreamList> {
  const list = createList();
  fx.provider.append(list);
  await until(() => lastRowKey(list) === fx.page1LastKey, 'page 1 of the list');
  return list;
}

/** The first render of a 150-row page, from the client's cache. */
export function listFirstRender(fx: Fixture): Trial {
  let list: NsStreamList | undefined;
  return {
    async run() {
      list = await mountList(fx);
    },
    dispose: () => list?.remove(),
  };
}

function stateShown(list: NsStreamList, id: string): string | null | undefined {
  const row = list.shadowRoot?.querySelector(`tr[data-key="${CSS.escape(id)}"]`);
  return row?.querySelector('[part~="state-badge"]')?.getAttribute('data-state');
}

/**
 * A quiet refresh (`refresh()`) that finds 5 of the 150 rows changed (state and date). The
 * refresh asks past the cache; its answer is ready in memory (the transport hands it out without
 * the mock), so what is timed is the client reading the answer and the list updating its rows.
 */
export function listUpdate(fx: Fixture): Trial {
  let list: NsStreamList | undefined;
  const next = fx.kept === 'original' ? 'changed' : 'original';
  return {
    async prepare() {
      list = await mountList(fx);
      fx.transport.prepare(fx.page1Url, fx.update[next]);
    },
    async run() {
      const shown = list!;
      shown.refresh();
      await until(
        () =>
          fx.update.rows.every(row => stateShown(shown, row.id) === row[next]) && tableIdle(shown),
        'the refreshed rows',
      );
      fx.kept = next;
    },
    dispose: () => list?.remove(),
  };
}

/** Page 1 → page 2 (`page = 2`), page 2 from the client's cache. */
export function listPageChange(fx: Fixture): Trial {
  let list: NsStreamList | undefined;
  return {
    async prepare() {
      list = await mountList(fx);
    },
    async run() {
      const shown = list!;
      shown.page = 2;
      await until(() => lastRowKey(shown) === fx.page2LastKey, 'page 2 of the list');
    },
    dispose: () => list?.remove(),
  };
}

/** The overview of the group (its Overview tab, the ABR table and token view in it). */
export function overviewRender(fx: Fixture): Trial {
  let overview: NsStreamOverview | undefined;
  return {
    async run() {
      overview = createOverview(fx.group.id);
      fx.provider.append(overview);
      await overviewRendered(overview);
    },
    dispose: () => overview?.remove(),
  };
}
