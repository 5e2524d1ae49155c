import {expect} from '@open-wc/testing';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {systemClock, type Clock} from '../../../src/internal/controllers/clock.js';
import {PollingController, type PollingOptions} from '../../../src/internal/controllers/polling.js';

interface Timer {
  id: number;
  callback: () => void;
  ms: number;
  at: number;
}

/** A clock that only moves when told to, and records its timers. */
class FakeClock implements Clock {
  time = 1_000_000;
  timers: Timer[] = [];
  cleared: unknown[] = [];
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const timer = {id: this.nextId++, callback, ms, at: this.time + ms};
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(id: unknown): void {
    this.cleared.push(id);
    this.timers = this.timers.filter(t => t.id !== id);
  }

  /** Moves time on by `ms`, firing the timers that fall due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter(t => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id);
      const next = due[0];
      if (!next) break;
      this.timers = this.timers.filter(t => t !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = end;
  }

  /** The delays of the pending timers. */
  get pending(): number[] {
    return this.timers.map(t => t.ms);
  }
}

/** A host that records its controllers and update requests; updates run only when told to. */
class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updateRequests = 0;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers = this.controllers.filter(c => c !== controller);
  }

  requestUpdate(): void {
    this.updateRequests++;
  }

  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }

  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }

  /** One update of the host, as a ReactiveElement runs it. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }
}

let hidden = false;

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

function setup(options: Partial<PollingOptions> & {delay?: () => number | undefined} = {}) {
  const clock = new FakeClock();
  const host = new FakeHost();
  let runs = 0;
  const controller = new PollingController(host, {
    mode: 'interval',
    delay: () => 1000,
    run: () => runs++,
    clock,
    ...options,
  });
  return {clock, host, controller, runs: () => runs};
}

describe('systemClock', () => {
  it('reads the wall clock', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).to.be.at.least(before);
    expect(now).to.be.at.most(Date.now());
  });

  it('runs a timer, and clearTimeout cancels one', async () => {
    let fired = 0;
    let cancelled = 0;
    systemClock.setTimeout(() => fired++, 5);
    const id = systemClock.setTimeout(() => cancelled++, 5);
    systemClock.clearTimeout(id);
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(fired).to.equal(1);
    expect(cancelled).to.equal(0);
  });
});

describe('PollingController', () => {
  beforeEach(() => {
    hidden = false;
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
  });

  afterEach(() => {
    delete (document as unknown as {hidden?: boolean}).hidden;
    hidden = false;
  });

  it('registers with its host', () => {
    const {host, controller} = setup();
    expect(host.controllers.includes(controller)).to.equal(true);
  });

  describe('now', () => {
    it('is the clock at construction, then the clock at each host update', () => {
      const {clock, host, controller} = setup();
      expect(controller.now).to.equal(1_000_000);
      clock.time = 1_005_000;
      expect(controller.now, 'only an update takes the time').to.equal(1_000_000);
      host.connect();
      expect(controller.now).to.equal(1_000_000);
      host.update();
      expect(controller.now).to.equal(1_005_000);
      clock.time = 1_007_500;
      host.update();
      expect(controller.now).to.equal(1_007_500);
    });

    it('is taken in hostUpdate, before the host renders, not in hostUpdated', () => {
      const {clock, host, controller} = setup();
      host.connect();
      controller.hostUpdate();
      const seen = controller.now;
      clock.time += 123;
      controller.hostUpdated();
      expect(controller.now).to.equal(seen);
    });
  });

  describe('connecting', () => {
    it('schedules nothing before the host connects', () => {
      const {clock, host, controller} = setup();
      host.update();
      expect(controller.scheduled).to.equal(false);
      expect(clock.timers.length).to.equal(0);
    });

    it('asks for an update on connecting, and schedules after that update', () => {
      const {clock, host, controller} = setup();
      host.connect();
      expect(host.updateRequests).to.equal(1);
      expect(controller.scheduled).to.equal(false);
      host.update();
      expect(controller.scheduled).to.equal(true);
      expect(clock.pending).to.deep.equal([1000]);
    });

    for (const [label, value] of [
      ['undefined', undefined],
      ['0', 0],
      ['a negative number', -5],
      ['NaN', NaN],
      ['Infinity', Infinity],
    ] as const) {
      it(`schedules nothing when delay() is ${label}`, () => {
        const {clock, host, controller} = setup({delay: () => value});
        host.connect();
        host.update();
        expect(controller.scheduled).to.equal(false);
        expect(clock.timers.length).to.equal(0);
      });
    }
  });

  describe("mode 'interval'", () => {
    it('runs every delay() ms', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      clock.advance(999);
      expect(runs()).to.equal(0);
      clock.advance(1);
      expect(runs()).to.equal(1);
      clock.advance(1000);
      expect(runs()).to.equal(2);
      clock.advance(3000);
      expect(runs()).to.equal(5);
      expect(clock.pending).to.deep.equal([1000]);
    });

    it('keeps counting through host updates while delay() stays the same', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      clock.advance(600);
      host.update();
      host.update();
      expect(clock.timers.length).to.equal(1);
      clock.advance(400);
      expect(runs(), 'an update did not restart the count').to.equal(1);
    });

    it('starts the count again when delay() changes', () => {
      let delay = 1000;
      const {clock, host, runs} = setup({delay: () => delay});
      host.connect();
      host.update();
      clock.advance(600);
      delay = 2000;
      host.update();
      expect(clock.pending).to.deep.equal([2000]);
      clock.advance(1999);
      expect(runs()).to.equal(0);
      clock.advance(1);
      expect(runs()).to.equal(1);
    });

    it('stops when delay() becomes undefined', () => {
      let delay: number | undefined = 1000;
      const {clock, host, controller, runs} = setup({delay: () => delay});
      host.connect();
      host.update();
      delay = undefined;
      host.update();
      expect(controller.scheduled).to.equal(false);
      clock.advance(5000);
      expect(runs()).to.equal(0);
    });

    it('redraws the host when no run is given', () => {
      const {clock, host} = setup({run: undefined});
      host.connect();
      host.update();
      const before = host.updateRequests;
      clock.advance(1000);
      expect(host.updateRequests).to.equal(before + 1);
    });
  });

  describe("mode 'stale'", () => {
    it('runs once delay() ms after the latest update', () => {
      const {clock, host, runs} = setup({mode: 'stale'});
      host.connect();
      host.update();
      clock.advance(600);
      host.update();
      expect(clock.timers.length).to.equal(1);
      clock.advance(600);
      expect(runs(), 'the update restarted the wait').to.equal(0);
      clock.advance(400);
      expect(runs()).to.equal(1);
      clock.advance(10_000);
      expect(runs(), 'nothing more until the host updates again').to.equal(1);
      expect(clock.timers.length).to.equal(0);
    });

    it('redraws the host, and the redraw schedules the next run', () => {
      const {clock, host, controller} = setup({mode: 'stale', run: undefined});
      host.connect();
      host.update();
      const before = host.updateRequests;
      clock.advance(1000);
      expect(host.updateRequests).to.equal(before + 1);
      expect(controller.scheduled).to.equal(false);
      host.update();
      expect(controller.scheduled).to.equal(true);
      expect(clock.pending).to.deep.equal([1000]);
    });
  });

  describe('while the document is hidden', () => {
    it('holds back a run that falls due, and makes it when the document is visible again', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      setHidden(true);
      clock.advance(1000);
      expect(runs()).to.equal(0);
      setHidden(false);
      expect(runs()).to.equal(1);
    });

    it('catches up once however many runs were missed', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      setHidden(true);
      clock.advance(5000);
      expect(runs()).to.equal(0);
      expect(clock.pending, 'the interval goes on counting').to.deep.equal([1000]);
      setHidden(false);
      expect(runs()).to.equal(1);
      setHidden(true);
      setHidden(false);
      expect(runs(), 'nothing was missed the second time').to.equal(1);
    });

    it('runs nothing on becoming visible when nothing fell due', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      setHidden(true);
      clock.advance(500);
      setHidden(false);
      expect(runs()).to.equal(0);
      clock.advance(500);
      expect(runs()).to.equal(1);
    });

    it("catches up a held-back 'stale' run by redrawing the host", () => {
      const {clock, host, controller} = setup({mode: 'stale', run: undefined});
      host.connect();
      host.update();
      const before = host.updateRequests;
      setHidden(true);
      clock.advance(1000);
      expect(host.updateRequests).to.equal(before);
      expect(controller.scheduled).to.equal(false);
      setHidden(false);
      expect(host.updateRequests).to.equal(before + 1);
    });
  });

  describe('disconnecting', () => {
    it('clears the timer', () => {
      const {clock, host, controller, runs} = setup();
      host.connect();
      host.update();
      const [timer] = clock.timers;
      host.disconnect();
      expect(controller.scheduled).to.equal(false);
      expect(clock.cleared).to.deep.equal([timer!.id]);
      expect(clock.timers.length).to.equal(0);
      clock.advance(10_000);
      expect(runs()).to.equal(0);
    });

    it('schedules nothing on an update while disconnected', () => {
      const {clock, host, controller} = setup();
      host.connect();
      host.update();
      host.disconnect();
      host.update();
      expect(controller.scheduled).to.equal(false);
      expect(clock.timers.length).to.equal(0);
    });

    it('forgets a held-back run and stops listening to visibility', () => {
      const {clock, host, runs} = setup();
      host.connect();
      host.update();
      setHidden(true);
      clock.advance(1000);
      host.disconnect();
      setHidden(false);
      expect(runs()).to.equal(0);
      host.connect();
      setHidden(true);
      setHidden(false);
      expect(runs(), 'the run missed before disconnecting is not made later').to.equal(0);
    });

    it('redraws the host on connecting again and schedules afresh', () => {
      const {clock, host, controller, runs} = setup();
      host.connect();
      host.update();
      clock.advance(600);
      host.disconnect();
      const before = host.updateRequests;
      clock.advance(5000);
      host.connect();
      expect(host.updateRequests).to.equal(before + 1);
      host.update();
      expect(controller.now).to.equal(clock.time);
      expect(clock.pending).to.deep.equal([1000]);
      clock.advance(999);
      expect(runs()).to.equal(0);
      clock.advance(1);
      expect(runs()).to.equal(1);
    });
  });
});
