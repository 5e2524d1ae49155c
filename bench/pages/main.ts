/**
 * The benchmark page (bundled by scripts/bench.mjs, driven from there through `window.nsBench`):
 * every trial of the render sections by name, the mount/unmount cycles of the memory section and
 * the request count of the group page. The driver decides the order (interleaved) and the counts.
 */
import '../../src/index.js';
import {
  createFixture,
  createOverview,
  overviewRendered,
  PAGE_SIZE,
  type Fixture,
} from './fixture.js';
import {overviewVanilla} from './overview-vanilla.js';
import {listFirstRender, listPageChange, listUpdate, overviewRender} from './panels.js';
import {countGroupPageRequests, type RequestReport} from './requests.js';
import {litRepeat, vaadinGrid, vanillaOurs, vanillaPlain} from './tables.js';
import {timeTrial, type Sample, type Trial} from './timing.js';

/** Every trial by the name the driver and the results use. */
const TRIALS: Record<string, (fx: Fixture) => Trial> = {
  list: listFirstRender,
  'vanilla-plain': fx => vanillaPlain({streams: fx.page1, parent: fx.provider}),
  'vanilla-ours': fx => vanillaOurs({streams: fx.page1, parent: fx.provider}, fx.chrome),
  'lit-repeat': fx => litRepeat({streams: fx.page1, parent: fx.provider}),
  'vaadin-grid': fx => vaadinGrid({streams: fx.page1, parent: fx.provider}),
  'list-update': listUpdate,
  'list-refresh-answer': refreshAnswer,
  'list-page-change': listPageChange,
  overview: overviewRender,
  'overview-vanilla': fx => overviewVanilla({...fx, parent: fx.provider}),
};

/**
 * What the update's refresh costs before any rendering: the client reading the prepared answer
 * (a `Response`, its JSON, the copy each caller gets), as `refresh()` asks for it.
 */
function refreshAnswer(fx: Fixture): Trial {
  return {
    async prepare() {
      fx.transport.prepare(fx.page1Url, fx.update[fx.kept]);
    },
    async run() {
      await fx.client.listStreams({quantity: PAGE_SIZE, offset: 0}, {fresh: true});
      const sent = fx.transport.log.at(-1)?.url;
      if (sent !== fx.page1Url) throw new Error(`asked ${sent}, not the list's ${fx.page1Url}`);
    },
    dispose() {},
  };
}

export interface SetupInfo {
  trials: string[];
  rows: number;
  groupId: string;
  playouts: number;
  updatedRows: number;
  streamsInMock: number;
}

export interface CycleResult {
  ms: number;
  requests: number;
}

export interface BenchApi {
  setup(): Promise<SetupInfo>;
  sample(trial: string): Promise<Sample>;
  /** Mounts the group's overview `count` times, each time until it has rendered, and unmounts it. */
  cycles(count: number): Promise<CycleResult>;
  requests(latencyMs: number | [number, number]): Promise<RequestReport>;
}

let fixture: Fixture | undefined;

function ready(): Fixture {
  if (!fixture) throw new Error('nsBench.setup() first');
  return fixture;
}

const api: BenchApi = {
  async setup() {
    fixture = await createFixture();
    return {
      trials: Object.keys(TRIALS),
      rows: fixture.page1.length,
      groupId: fixture.group.id,
      playouts: fixture.group.playout.h5live.length,
      updatedRows: fixture.update.rows.length,
      streamsInMock: fixture.server.org.streams.length,
    };
  },
  sample(trial) {
    const fx = ready();
    const make = TRIALS[trial];
    if (!make) throw new Error(`no trial ${trial}`);
    return timeTrial(make(fx), () => fx.transport.sent);
  },
  async cycles(count) {
    const fx = ready();
    const before = fx.transport.sent;
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const overview = createOverview(fx.group.id);
      fx.provider.append(overview);
      await overviewRendered(overview);
      overview.remove();
    }
    return {ms: performance.now() - start, requests: fx.transport.sent - before};
  },
  requests: countGroupPageRequests,
};

declare global {
  interface Window {
    nsBench: BenchApi;
  }
}

window.nsBench = api;
