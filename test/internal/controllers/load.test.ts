import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../../src/api/client.js';
import {ApiError} from '../../../src/api/errors.js';
import type {Stream} from '../../../src/api/types.js';
import {NsLoadErrorEvent, type NsLoadErrorDetail} from '../../../src/events.js';
import {LoadController, streamResource} from '../../../src/internal/controllers/load.js';

/** A host whose reactive `arg` the controllers under test load by. */
class TestLoadHost extends LitElement {
  static override properties = {arg: {type: String}, client: {attribute: false}};
  declare arg: string;
  declare client: BintuClient | undefined;
  constructor() {
    super();
    this.arg = 'a';
    this.client = undefined;
  }
  override render() {
    return html`${this.arg}`;
  }
}
customElements.define('test-load-host-ctrl', TestLoadHost);

/** A promise with its settle functions, to decide when (and how) a load ends. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

/** A host not yet connected, so a controller can be attached before its first update. */
function host(): TestLoadHost {
  return document.createElement('test-load-host-ctrl') as TestLoadHost;
}

async function connect(el: TestLoadHost): Promise<TestLoadHost> {
  return fixture<TestLoadHost>(html`${el}`);
}

/** Records the `ns-load-error` events fired from `el`. */
function loadErrors(el: EventTarget): NsLoadErrorEvent[] {
  const events: NsLoadErrorEvent[] = [];
  el.addEventListener(NsLoadErrorEvent.eventName, e => events.push(e as NsLoadErrorEvent));
  return events;
}

/** A few more update cycles and macrotasks, for anything late to show. */
async function settle(el: TestLoadHost): Promise<void> {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await el.updateComplete;
    await new Promise(resolve => setTimeout(resolve));
  }
}

describe('LoadController', () => {
  it('loads by its args on the first update and hands the value to onComplete', async () => {
    const el = host();
    const calls: string[] = [];
    const completed: string[] = [];
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async ([arg]) => {
        calls.push(arg);
        return `value of ${arg}`;
      },
      onComplete: value => completed.push(value),
    });
    expect(loader.status).to.equal(TaskStatus.INITIAL);
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.COMPLETE);
    expect(calls).to.deep.equal(['a']);
    expect(loader.value).to.equal('value of a');
    expect(loader.error).to.equal(undefined);
    expect(completed).to.deep.equal(['value of a']);
  });

  it('loads again when an arg changes (and not when none does)', async () => {
    const el = host();
    const calls: string[] = [];
    const completed: string[] = [];
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async ([arg]) => (calls.push(arg), arg.toUpperCase()),
      onComplete: value => completed.push(value),
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.COMPLETE);
    await settle(el);
    expect(calls).to.deep.equal(['a']);
    el.arg = 'b';
    await waitUntil(() => loader.value === 'B');
    expect(calls).to.deep.equal(['a', 'b']);
    expect(completed).to.deep.equal(['A', 'B']);
  });

  it('passes the load an AbortSignal that aborts when a newer load replaces it', async () => {
    const el = host();
    const signals: AbortSignal[] = [];
    const first = deferred<string>();
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: ([arg], signal) => {
        signals.push(signal);
        return arg === 'a' ? first.promise : Promise.resolve(arg);
      },
    });
    await connect(el);
    await waitUntil(() => signals.length === 1);
    expect(signals[0] instanceof AbortSignal).to.equal(true);
    expect(signals[0]!.aborted).to.equal(false);
    el.arg = 'b';
    await waitUntil(() => loader.value === 'b');
    expect(signals[0]!.aborted).to.equal(true);
    first.resolve('late');
    await settle(el);
    expect(loader.value, 'a replaced load does not overwrite the newer value').to.equal('b');
  });

  it('fires ns-load-error once from the host, with errorDetail of the error, when a load fails', async () => {
    const el = host();
    const events = loadErrors(el);
    const completed: unknown[] = [];
    const error = new ApiError('Stream not found', {kind: 'http', status: 404, code: 40401});
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async () => {
        throw error;
      },
      onComplete: value => completed.push(value),
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.ERROR);
    await settle(el);
    expect(events.length).to.equal(1);
    const event = events[0]!;
    expect(event instanceof NsLoadErrorEvent).to.equal(true);
    expect(event.target === el).to.equal(true);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      status: 404,
      code: 40401,
      message: 'Stream not found',
    } satisfies NsLoadErrorDetail);
    expect(loader.error === error).to.equal(true);
    expect(completed).to.deep.equal([]);
  });

  it('describes a failure that is no API error with status 0 and its message', async () => {
    const el = host();
    const events = loadErrors(el);
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async () => {
        throw new Error('boom');
      },
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.ERROR);
    expect(events.map(e => e.detail)).to.deep.equal([{status: 0, message: 'boom'}]);
  });

  it('fires nothing for a load a newer one replaced before it failed', async () => {
    const el = host();
    const events = loadErrors(el);
    const first = deferred<string>();
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: ([arg]) => (arg === 'a' ? first.promise : Promise.resolve(`value of ${arg}`)),
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.PENDING);
    el.arg = 'b';
    await waitUntil(() => loader.status === TaskStatus.COMPLETE);
    first.reject(new ApiError('too late', {kind: 'http', status: 500}));
    await settle(el);
    expect(events.length).to.equal(0);
    expect(loader.status).to.equal(TaskStatus.COMPLETE);
    expect(loader.value).to.equal('value of b');
    expect(loader.error).to.equal(undefined);
  });

  it('fires nothing for a replaced load that fails before the newer one ends', async () => {
    const el = host();
    const events = loadErrors(el);
    const first = deferred<string>();
    const second = deferred<string>();
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: ([arg]) => (arg === 'a' ? first.promise : second.promise),
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.PENDING);
    el.arg = 'b';
    await el.updateComplete;
    first.reject(new Error('aborted'));
    await settle(el);
    expect(events.length).to.equal(0);
    expect(loader.status).to.equal(TaskStatus.PENDING);
    second.reject(new Error('second failed'));
    await waitUntil(() => loader.status === TaskStatus.ERROR);
    expect(events.map(e => e.detail.message)).to.deep.equal(['second failed']);
  });

  it('neither fires nor completes for initialState', async () => {
    const el = host();
    const events = loadErrors(el);
    const completed: unknown[] = [];
    let calls = 0;
    const loader = new LoadController<readonly [string], string>(el, {
      args: () => [el.arg] as const,
      load: async () => (calls++, initialState),
      onComplete: value => completed.push(value),
    });
    await connect(el);
    await waitUntil(() => calls === 1);
    await settle(el);
    expect(loader.status).to.equal(TaskStatus.INITIAL);
    expect(loader.value).to.equal(undefined);
    expect(completed).to.deep.equal([]);
    expect(events.length).to.equal(0);
  });

  it('run() loads again with the same args (Retry), and a success clears the error', async () => {
    const el = host();
    const events = loadErrors(el);
    const calls: string[] = [];
    const completed: string[] = [];
    let fail = true;
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async ([arg]) => {
        calls.push(arg);
        if (fail) throw new Error('offline');
        return 'ok';
      },
      onComplete: value => completed.push(value),
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.ERROR);
    fail = false;
    await loader.run();
    expect(calls).to.deep.equal(['a', 'a']);
    expect(loader.status).to.equal(TaskStatus.COMPLETE);
    expect(loader.value).to.equal('ok');
    expect(loader.error).to.equal(undefined);
    expect(completed).to.deep.equal(['ok']);
    expect(events.length).to.equal(1);
  });

  it('run() that fails again fires once more', async () => {
    const el = host();
    const events = loadErrors(el);
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async () => {
        throw new Error('offline');
      },
    });
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.ERROR);
    await loader.run();
    await settle(el);
    expect(events.length).to.equal(2);
  });

  it('render() renders by status', async () => {
    const el = host();
    let fail = false;
    const loader = new LoadController(el, {
      args: () => [el.arg] as const,
      load: async ([arg]) => {
        if (fail) throw new Error('x');
        return arg;
      },
    });
    const renderers = {
      initial: () => 'initial',
      pending: () => 'pending',
      complete: (value: string) => `complete ${value}`,
      error: () => 'error',
    };
    expect(loader.render(renderers)).to.equal('initial');
    await connect(el);
    await waitUntil(() => loader.status === TaskStatus.COMPLETE);
    expect(loader.render(renderers)).to.equal('complete a');
    fail = true;
    await loader.run();
    expect(loader.render(renderers)).to.equal('error');
  });
});

describe('streamResource', () => {
  const stream = (id: string) => ({id, state: 'live'}) as unknown as Stream;

  function fakeClient() {
    const calls: {id: string; params: unknown; opts: {signal?: AbortSignal} | undefined}[] = [];
    const client = {
      getStream: async (id: string, params: unknown, opts?: {signal?: AbortSignal}) => {
        calls.push({id, params, opts});
        return stream(id);
      },
    } as unknown as BintuClient;
    return {client, calls};
  }

  it('gets the stream by id with an abort signal, and hands it to onComplete', async () => {
    const {client, calls} = fakeClient();
    const el = host();
    el.client = client;
    el.arg = 's1';
    const completed: Stream[] = [];
    const resource = streamResource(el, {
      client: () => el.client,
      streamId: () => el.arg,
      onComplete: s => completed.push(s),
    });
    await connect(el);
    await waitUntil(() => resource.status === TaskStatus.COMPLETE);
    expect(calls.length).to.equal(1);
    expect(calls[0]!.id).to.equal('s1');
    expect(calls[0]!.params).to.deep.equal({});
    expect(Object.keys(calls[0]!.opts ?? {})).to.deep.equal(['signal']);
    expect(calls[0]!.opts?.signal instanceof AbortSignal).to.equal(true);
    expect(resource.value?.id).to.equal('s1');
    expect(completed.map(s => s.id)).to.deep.equal(['s1']);
  });

  it('loads nothing without a client or an id, then loads once both are there', async () => {
    const {client, calls} = fakeClient();
    const el = host();
    el.arg = '';
    const resource = streamResource(el, {client: () => el.client, streamId: () => el.arg});
    await connect(el);
    await settle(el);
    expect(resource.status).to.equal(TaskStatus.INITIAL);
    el.client = client;
    await settle(el);
    expect(resource.status).to.equal(TaskStatus.INITIAL);
    expect(calls.length).to.equal(0);
    el.arg = 's2';
    await waitUntil(() => resource.status === TaskStatus.COMPLETE);
    expect(calls.map(c => c.id)).to.deep.equal(['s2']);
  });

  it('loads again for a new client or a new id', async () => {
    const one = fakeClient();
    const two = fakeClient();
    const el = host();
    el.client = one.client;
    el.arg = 's1';
    const resource = streamResource(el, {client: () => el.client, streamId: () => el.arg});
    await connect(el);
    await waitUntil(() => resource.status === TaskStatus.COMPLETE);
    el.arg = 's2';
    await waitUntil(() => resource.value?.id === 's2');
    el.client = two.client;
    await waitUntil(() => two.calls.length === 1);
    expect(one.calls.map(c => c.id)).to.deep.equal(['s1', 's2']);
    expect(two.calls.map(c => c.id)).to.deep.equal(['s2']);
  });

  it('fires ns-load-error when getStream fails', async () => {
    const el = host();
    el.client = {
      getStream: async () => {
        throw new ApiError('Forbidden', {kind: 'http', status: 403});
      },
    } as unknown as BintuClient;
    el.arg = 's1';
    const events = loadErrors(el);
    const resource = streamResource(el, {client: () => el.client, streamId: () => el.arg});
    await connect(el);
    await waitUntil(() => resource.status === TaskStatus.ERROR);
    await settle(el);
    expect(events.map(e => e.detail)).to.deep.equal([{status: 403, message: 'Forbidden'}]);
  });
});
