import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {LitElement, nothing} from 'lit';
import {
  ConfirmedActionController,
  type ConfirmedActionOptions,
} from '../../../src/internal/controllers/confirmed-action.js';

type Action = 'delete' | 'lock';

/** A promise with its settle functions. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

/** What the next host's controller is built with (besides the dialog, which the host adds). */
let nextOptions: Partial<ConfirmedActionOptions<Action, string>> & {noDialog?: boolean} = {};

/**
 * A trigger and a dialog wired as the controller asks: the dialog rendered from `asking`,
 * `pending`, `failure` and `settled`, its cancel and close events to `onDialogCancel` and
 * `onDialogClose`, its buttons to `confirm()` and `close()`/`cancel()`.
 */
class TestConfirmHost extends LitElement {
  static override properties = {data: {attribute: false}, hideTrigger: {type: Boolean}};
  declare data: string;
  declare hideTrigger: boolean;
  readonly action: ConfirmedActionController<Action, string>;
  successes: [string, Action][] = [];
  failures: [unknown, Action][] = [];

  constructor() {
    super();
    this.data = 'original';
    this.hideTrigger = false;
    const {noDialog = false, ...options} = nextOptions;
    this.action = new ConfirmedActionController<Action, string>(this, {
      run: async () => 'result',
      onFailure: (error, action) => {
        this.failures.push([error, action]);
        return {message: `Could not ${action}: ${(error as Error).message}`};
      },
      ...options,
      onSuccess: (result, action) => {
        this.successes.push([result, action]);
        this.data = result;
        options.onSuccess?.(result, action);
      },
      ...(noDialog ? {} : {dialog: () => this.dialog}),
    });
  }

  get dialog(): HTMLDialogElement | null {
    return this.shadowRoot?.querySelector('dialog') ?? null;
  }

  get trigger(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('#trigger')!;
  }

  get confirmButton(): HTMLButtonElement | null {
    return this.shadowRoot!.querySelector('#confirm');
  }

  override render() {
    const a = this.action;
    return html`
      <p id="data">${this.data}</p>
      <button
        id="trigger"
        type="button"
        ?hidden=${this.hideTrigger}
        @click=${(e: Event) => a.ask('delete', e.currentTarget as HTMLElement)}
      >
        Delete
      </button>
      <button id="fallback" type="button">Fallback</button>
      <dialog @cancel=${a.onDialogCancel} @close=${a.onDialogClose}>
        ${
          a.asking === undefined
            ? nothing
            : html`<p id="question">Really ${a.asking}?</p>
                ${a.failure ? html`<p id="failure" role="alert">${a.failure}</p>` : nothing}
                ${
                  a.settled
                    ? nothing
                    : html`<button
                        id="confirm"
                        type="button"
                        ?disabled=${a.pending}
                        @click=${() => a.confirm()}
                      >
                        Confirm
                      </button>`
                }
                <button id="cancel" type="button" @click=${() => a.cancel()}>Cancel</button>`
        }
      </dialog>
    `;
  }
}
customElements.define('test-confirm-host-ctrl', TestConfirmHost);

async function host(options: typeof nextOptions = {}): Promise<TestConfirmHost> {
  nextOptions = options;
  const el = await fixture<TestConfirmHost>(
    html`<test-confirm-host-ctrl></test-confirm-host-ctrl>`,
  );
  nextOptions = {};
  return el;
}

const text = (el: TestConfirmHost, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? null;

/** Asks by clicking the trigger (as a user would) and waits for the dialog. */
async function askByTrigger(el: TestConfirmHost): Promise<void> {
  el.trigger.click();
  await waitUntil(() => el.dialog?.open === true, 'the dialog did not open');
}

describe('ConfirmedActionController', () => {
  afterEach(() => {
    // A modal dialog left open would make the rest of the page inert.
    for (const dialog of document.querySelectorAll('test-confirm-host-ctrl')) {
      (dialog as TestConfirmHost).dialog?.close();
    }
  });

  it('starts closed', async () => {
    const el = await host();
    expect(el.action.asking).to.equal(undefined);
    expect(el.action.pending).to.equal(false);
    expect(el.action.failure).to.equal('');
    expect(el.action.settled).to.equal(false);
    expect(el.dialog!.open).to.equal(false);
  });

  it('ask() opens the dialog as a modal, for the action asked about, running nothing', async () => {
    let runs = 0;
    const el = await host({run: async () => (runs++, 'x')});
    await el.action.ask('lock', el.trigger);
    expect(el.dialog!.open).to.equal(true);
    expect(el.dialog!.matches(':modal')).to.equal(true);
    expect(el.action.asking).to.equal('lock');
    await el.updateComplete;
    expect(text(el, '#question')).to.equal('Really lock?');
    expect(runs).to.equal(0);
  });

  it('ask() focuses initialFocus when given', async () => {
    const el: TestConfirmHost = await host({initialFocus: () => el.confirmButton});
    await el.action.ask('delete', el.trigger);
    expect(el.shadowRoot!.activeElement?.id).to.equal('confirm');
  });

  it('confirm() runs the action with an AbortSignal; pending while it runs', async () => {
    const answer = deferred<string>();
    const seen: [Action, boolean][] = [];
    const el = await host({
      run: (action, signal) => {
        seen.push([action, signal instanceof AbortSignal]);
        return answer.promise;
      },
    });
    await askByTrigger(el);
    const done = el.action.confirm();
    expect(el.action.pending).to.equal(true);
    await el.updateComplete;
    expect(el.confirmButton!.disabled).to.equal(true);
    expect(seen).to.deep.equal([['delete', true]]);
    answer.resolve('done');
    await done;
    expect(el.action.pending).to.equal(false);
  });

  it('does not run twice at once', async () => {
    const answer = deferred<string>();
    let runs = 0;
    const el = await host({run: () => (runs++, answer.promise)});
    await askByTrigger(el);
    const first = el.action.confirm();
    await el.action.confirm();
    expect(runs).to.equal(1);
    answer.resolve('ok');
    await first;
    expect(runs).to.equal(1);
    expect(el.successes.length).to.equal(1);
  });

  it('a failed run shows onFailure\u2019s message and keeps the dialog open and the data as it was', async () => {
    const el = await host({
      run: async () => {
        throw new Error('server said no');
      },
    });
    await askByTrigger(el);
    await el.action.confirm();
    await el.updateComplete;
    expect(el.failures.length).to.equal(1);
    expect(el.failures[0]![1]).to.equal('delete');
    expect((el.failures[0]![0] as Error).message).to.equal('server said no');
    expect(el.action.failure).to.equal('Could not delete: server said no');
    expect(text(el, '#failure')).to.equal('Could not delete: server said no');
    expect(el.dialog!.open).to.equal(true);
    expect(el.action.asking).to.equal('delete');
    expect(el.action.pending).to.equal(false);
    expect(el.action.settled).to.equal(false);
    expect(el.successes).to.deep.equal([]);
    expect(el.data).to.equal('original');
    expect(text(el, '#data')).to.equal('original');
  });

  it('a retry after a failure clears the message and can succeed', async () => {
    let fail = true;
    const el = await host({
      run: async () => {
        if (fail) throw new Error('flaky');
        return 'fixed';
      },
    });
    await askByTrigger(el);
    await el.action.confirm();
    expect(el.action.failure).to.not.equal('');
    fail = false;
    const closed = oneEvent(el.dialog!, 'close');
    await el.action.confirm();
    await closed;
    expect(el.successes).to.deep.equal([['fixed', 'delete']]);
    expect(el.action.failure).to.equal('');
  });

  it('settled: true leaves only Close, and confirm() no longer runs', async () => {
    let runs = 0;
    const el = await host({
      run: async () => {
        runs++;
        throw new Error('not offered');
      },
      onFailure: () => ({message: 'This server does not offer it.', settled: true}),
    });
    await askByTrigger(el);
    await el.action.confirm();
    await el.updateComplete;
    expect(runs).to.equal(1);
    expect(el.action.settled).to.equal(true);
    expect(text(el, '#failure')).to.equal('This server does not offer it.');
    expect(el.confirmButton === null).to.equal(true);
    await el.action.confirm();
    await el.action.confirm();
    expect(runs).to.equal(1);
    expect(el.dialog!.open).to.equal(true);
  });

  it('asking again after a settled failure starts afresh', async () => {
    let runs = 0;
    const el = await host({
      run: async () => {
        runs++;
        throw new Error('x');
      },
      onFailure: () => ({message: 'gone', settled: true}),
    });
    await askByTrigger(el);
    await el.action.confirm();
    expect(el.action.settled).to.equal(true);
    const closed = oneEvent(el.dialog!, 'close');
    el.action.close();
    await closed;
    await el.action.ask('lock', el.trigger);
    expect(el.action.settled).to.equal(false);
    expect(el.action.failure).to.equal('');
    await el.action.confirm();
    expect(runs).to.equal(2);
  });

  it('a successful run calls onSuccess once, closes the dialog and gives focus back to the trigger', async () => {
    const el = await host({run: async action => `${action}d`});
    await askByTrigger(el);
    expect(el.shadowRoot!.activeElement?.id !== 'trigger', 'the dialog took focus').to.equal(true);
    const closed = oneEvent(el.dialog!, 'close');
    await el.action.confirm();
    await closed;
    await waitUntil(
      () => el.shadowRoot!.activeElement === el.trigger,
      'focus did not go back to the trigger',
    );
    expect(el.successes).to.deep.equal([['deleted', 'delete']]);
    expect(el.dialog!.open).to.equal(false);
    expect(el.action.asking).to.equal(undefined);
    expect(el.action.failure).to.equal('');
    await el.updateComplete;
    expect(text(el, '#data')).to.equal('deleted');
    expect(text(el, '#question')).to.equal(null);
  });

  it('gives focus to fallbackFocus when the trigger is hidden by the time the dialog closes', async () => {
    const el: TestConfirmHost = await host({
      fallbackFocus: () => el.shadowRoot!.querySelector<HTMLElement>('#fallback'),
      onSuccess: () => {
        el.hideTrigger = true;
      },
    });
    await askByTrigger(el);
    const closed = oneEvent(el.dialog!, 'close');
    await el.action.confirm();
    await closed;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'fallback');
    expect(el.trigger.hidden).to.equal(true);
  });

  it("prevents the dialog's cancel event (Escape) while the run is pending, not otherwise", async () => {
    const answer = deferred<string>();
    const el = await host({run: () => answer.promise});
    await askByTrigger(el);
    const idle = new Event('cancel', {cancelable: true});
    el.action.onDialogCancel(idle);
    expect(idle.defaultPrevented, 'not prevented before the run').to.equal(false);

    const done = el.action.confirm();
    const held = new Event('cancel', {cancelable: true});
    el.dialog!.dispatchEvent(held);
    expect(held.defaultPrevented, 'prevented while pending').to.equal(true);
    el.action.cancel();
    await el.updateComplete;
    expect(el.dialog!.open, 'Cancel does not close while pending').to.equal(true);
    expect(el.action.asking).to.equal('delete');

    answer.reject(new Error('no'));
    await done;
    const after = new Event('cancel', {cancelable: true});
    el.dialog!.dispatchEvent(after);
    expect(after.defaultPrevented, 'not prevented after the run').to.equal(false);
  });

  it('Cancel closes the dialog when nothing runs, and resets it', async () => {
    let runs = 0;
    const el = await host({run: async () => (runs++, 'x')});
    await askByTrigger(el);
    const closed = oneEvent(el.dialog!, 'close');
    (el.shadowRoot!.querySelector('#cancel') as HTMLButtonElement).click();
    await closed;
    await waitUntil(() => el.shadowRoot!.activeElement === el.trigger);
    expect(el.dialog!.open).to.equal(false);
    expect(el.action.asking).to.equal(undefined);
    expect(runs).to.equal(0);
    expect(el.successes).to.deep.equal([]);
  });

  it('confirm() without asking first runs nothing', async () => {
    let runs = 0;
    const el = await host({run: async () => (runs++, 'x')});
    await el.action.confirm();
    expect(runs).to.equal(0);
  });

  it('without a dialog option ask() runs the action directly', async () => {
    const runs: Action[] = [];
    const el = await host({noDialog: true, run: async action => (runs.push(action), 'direct')});
    await el.action.ask('lock');
    expect(runs).to.deep.equal(['lock']);
    expect(el.successes).to.deep.equal([['direct', 'lock']]);
    expect(el.dialog!.open, 'no dialog was opened').to.equal(false);
    await waitUntil(() => el.action.asking === undefined);
  });

  it('without a dialog a failure is kept for the host to show', async () => {
    const el = await host({
      noDialog: true,
      run: async () => {
        throw new Error('nope');
      },
    });
    await el.action.ask('delete');
    expect(el.action.failure).to.equal('Could not delete: nope');
    expect(el.successes).to.deep.equal([]);
    expect(el.data).to.equal('original');
  });
});
