import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {keyed} from 'lit/directives/keyed.js';
import {
  RovingFocusController,
  moveIndex,
  type RovingOrientation,
} from '../../../src/internal/controllers/roving-focus.js';

describe('moveIndex', () => {
  describe("orientation 'horizontal'", () => {
    const o = {orientation: 'horizontal'} as const;
    it('moves with ArrowRight and ArrowLeft', () => {
      expect(moveIndex('ArrowRight', 0, 3, o)).to.equal(1);
      expect(moveIndex('ArrowRight', 1, 3, o)).to.equal(2);
      expect(moveIndex('ArrowLeft', 2, 3, o)).to.equal(1);
      expect(moveIndex('ArrowLeft', 1, 3, o)).to.equal(0);
    });
    it('ignores ArrowUp and ArrowDown', () => {
      expect(moveIndex('ArrowDown', 0, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowUp', 1, 3, o)).to.equal(undefined);
    });
  });

  describe("orientation 'vertical'", () => {
    const o = {orientation: 'vertical'} as const;
    it('moves with ArrowDown and ArrowUp', () => {
      expect(moveIndex('ArrowDown', 0, 3, o)).to.equal(1);
      expect(moveIndex('ArrowDown', 1, 3, o)).to.equal(2);
      expect(moveIndex('ArrowUp', 2, 3, o)).to.equal(1);
      expect(moveIndex('ArrowUp', 1, 3, o)).to.equal(0);
    });
    it('ignores ArrowLeft and ArrowRight', () => {
      expect(moveIndex('ArrowRight', 0, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowLeft', 1, 3, o)).to.equal(undefined);
    });
  });

  describe("orientation 'both' (the default)", () => {
    for (const o of [{orientation: 'both'} as const, {}, undefined]) {
      it(`moves with all four arrows (${JSON.stringify(o)})`, () => {
        expect(moveIndex('ArrowRight', 0, 3, o)).to.equal(1);
        expect(moveIndex('ArrowDown', 0, 3, o)).to.equal(1);
        expect(moveIndex('ArrowLeft', 2, 3, o)).to.equal(1);
        expect(moveIndex('ArrowUp', 2, 3, o)).to.equal(1);
      });
    }
  });

  describe('wrap', () => {
    it('comes round past either end by default', () => {
      expect(moveIndex('ArrowRight', 2, 3)).to.equal(0);
      expect(moveIndex('ArrowDown', 2, 3)).to.equal(0);
      expect(moveIndex('ArrowLeft', 0, 3)).to.equal(2);
      expect(moveIndex('ArrowUp', 0, 3)).to.equal(2);
      expect(moveIndex('ArrowRight', 2, 3, {wrap: true, orientation: 'horizontal'})).to.equal(0);
      expect(moveIndex('ArrowUp', 0, 3, {wrap: true, orientation: 'vertical'})).to.equal(2);
    });

    it('stops at either end when off', () => {
      const o = {wrap: false};
      expect(moveIndex('ArrowRight', 2, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowDown', 2, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowLeft', 0, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowUp', 0, 3, o)).to.equal(undefined);
      expect(moveIndex('ArrowRight', 1, 3, o)).to.equal(2);
      expect(moveIndex('ArrowLeft', 1, 3, o)).to.equal(0);
    });

    it('with one item: stays on it when wrapping, goes nowhere when not', () => {
      expect(moveIndex('ArrowRight', 0, 1)).to.equal(0);
      expect(moveIndex('ArrowLeft', 0, 1)).to.equal(0);
      expect(moveIndex('ArrowRight', 0, 1, {wrap: false})).to.equal(undefined);
      expect(moveIndex('ArrowLeft', 0, 1, {wrap: false})).to.equal(undefined);
    });
  });

  describe('Home and End', () => {
    for (const orientation of ['horizontal', 'vertical', 'both'] as RovingOrientation[]) {
      for (const wrap of [true, false]) {
        it(`go to the first and last item (${orientation}, wrap ${wrap})`, () => {
          const o = {orientation, wrap};
          expect(moveIndex('Home', 2, 5, o)).to.equal(0);
          expect(moveIndex('Home', 0, 5, o)).to.equal(0);
          expect(moveIndex('End', 0, 5, o)).to.equal(4);
          expect(moveIndex('End', 4, 5, o)).to.equal(4);
          expect(moveIndex('Home', -1, 5, o)).to.equal(0);
          expect(moveIndex('End', -1, 5, o)).to.equal(4);
        });
      }
    }
  });

  describe('no current item (index -1)', () => {
    it('forward arrows pick the first item, backward ones the last', () => {
      expect(moveIndex('ArrowRight', -1, 4)).to.equal(0);
      expect(moveIndex('ArrowDown', -1, 4)).to.equal(0);
      expect(moveIndex('ArrowLeft', -1, 4)).to.equal(3);
      expect(moveIndex('ArrowUp', -1, 4)).to.equal(3);
    });

    it('does so without wrapping too', () => {
      expect(moveIndex('ArrowRight', -1, 4, {wrap: false})).to.equal(0);
      expect(moveIndex('ArrowLeft', -1, 4, {wrap: false})).to.equal(3);
    });

    it('still honours the orientation', () => {
      expect(moveIndex('ArrowDown', -1, 4, {orientation: 'horizontal'})).to.equal(undefined);
      expect(moveIndex('ArrowRight', -1, 4, {orientation: 'vertical'})).to.equal(undefined);
    });
  });

  describe('count 0', () => {
    it('goes nowhere, whatever the key', () => {
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
        expect(moveIndex(key, -1, 0), key).to.equal(undefined);
        expect(moveIndex(key, 0, 0), key).to.equal(undefined);
        expect(moveIndex(key, 0, 0, {wrap: false}), key).to.equal(undefined);
      }
    });

    it('and neither does a negative count', () => {
      expect(moveIndex('Home', 0, -1)).to.equal(undefined);
    });
  });

  describe('other keys', () => {
    it('go nowhere', () => {
      for (const key of ['Enter', ' ', 'Tab', 'a', 'PageDown', 'PageUp', 'Escape', 'arrowright']) {
        expect(moveIndex(key, 1, 3), JSON.stringify(key)).to.equal(undefined);
      }
    });
  });
});

/** Options the next test element's controller is built with. */
let nextOptions: {
  orientation?: RovingOrientation;
  wrap?: boolean;
  replace?: boolean;
  current?: (items: readonly HTMLElement[], event: KeyboardEvent) => number;
} = {};

/** Three buttons with a roving tabindex. */
class TestRovingGroup extends LitElement {
  static override properties = {selected: {type: Number}};
  declare selected: number;
  selections: number[] = [];
  /** Re-creates the buttons on every selection (to check focus follows a redraw). */
  readonly replace: boolean;
  readonly roving: RovingFocusController;

  constructor() {
    super();
    this.selected = 0;
    const {replace = false, ...options} = nextOptions;
    this.replace = replace;
    this.roving = new RovingFocusController(this, {
      ...options,
      items: () => [...this.shadowRoot!.querySelectorAll('button')],
      select: index => {
        this.selections.push(index);
        this.selected = index;
      },
    });
  }

  override render() {
    const buttons = ['One', 'Two', 'Three'].map(
      (label, i) =>
        html`<button
          type="button"
          tabindex=${i === this.selected ? 0 : -1}
          @keydown=${this.roving.onKeydown}
        >
          ${label}
        </button>`,
    );
    return this.replace
      ? keyed(this.selected, html`<div>${buttons}</div>`)
      : html`<div>${buttons}</div>`;
  }
}
customElements.define('test-roving-group-ctrl', TestRovingGroup);

async function group(options: typeof nextOptions = {}) {
  nextOptions = options;
  const el = await fixture<TestRovingGroup>(
    html`<test-roving-group-ctrl></test-roving-group-ctrl>`,
  );
  nextOptions = {};
  const buttons = () => [...el.shadowRoot!.querySelectorAll('button')];
  const focused = () => buttons().findIndex(b => b === el.shadowRoot!.activeElement);
  const press = (key: string) => {
    const target = el.shadowRoot!.activeElement as HTMLElement;
    const event = new KeyboardEvent('keydown', {
      key,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    target.dispatchEvent(event);
    return event;
  };
  const settle = async () => {
    await el.updateComplete;
    await new Promise(resolve => setTimeout(resolve));
  };
  buttons()[0]!.focus();
  return {el, buttons, focused, press, settle};
}

describe('RovingFocusController', () => {
  it('focuses the first item to start with', async () => {
    const {focused} = await group();
    expect(focused()).to.equal(0);
  });

  it('moves focus with ArrowRight, ArrowLeft, End and Home, selecting each index first', async () => {
    const {el, focused, press} = await group();
    press('ArrowRight');
    await waitUntil(() => focused() === 1, 'ArrowRight did not focus the second button');
    press('ArrowRight');
    await waitUntil(() => focused() === 2, 'ArrowRight did not focus the third button');
    press('ArrowLeft');
    await waitUntil(() => focused() === 1, 'ArrowLeft did not focus the second button');
    press('Home');
    await waitUntil(() => focused() === 0, 'Home did not focus the first button');
    press('End');
    await waitUntil(() => focused() === 2, 'End did not focus the last button');
    expect(el.selections).to.deep.equal([1, 2, 1, 0, 2]);
  });

  it('keeps the single tab stop on the current item', async () => {
    const {buttons, focused, press} = await group();
    press('End');
    await waitUntil(() => focused() === 2);
    expect(buttons().map(b => b.tabIndex)).to.deep.equal([-1, -1, 0]);
  });

  it('wraps round by default', async () => {
    const {el, focused, press} = await group();
    press('ArrowLeft');
    await waitUntil(() => focused() === 2, 'ArrowLeft on the first did not wrap to the last');
    press('ArrowRight');
    await waitUntil(() => focused() === 0, 'ArrowRight on the last did not wrap to the first');
    expect(el.selections).to.deep.equal([2, 0]);
  });

  it('prevents the default of a key it handles, and returns true', async () => {
    const {el, focused} = await group();
    const event = new KeyboardEvent('keydown', {key: 'ArrowDown', cancelable: true});
    Object.defineProperty(event, 'target', {value: el.shadowRoot!.querySelector('button')});
    expect(el.roving.onKeydown(event)).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
    await waitUntil(() => focused() === 1);
  });

  it('leaves other keys alone: no select, no focus move, no preventDefault', async () => {
    const {el, focused, press, settle} = await group();
    for (const key of ['Enter', ' ', 'a', 'Tab']) {
      const event = press(key);
      expect(event.defaultPrevented, key).to.equal(false);
    }
    await settle();
    expect(focused()).to.equal(0);
    expect(el.selections).to.deep.equal([]);
  });

  it("with orientation 'horizontal' ignores the vertical arrows", async () => {
    const {el, focused, press, settle} = await group({orientation: 'horizontal'});
    expect(press('ArrowDown').defaultPrevented).to.equal(false);
    await settle();
    expect(focused()).to.equal(0);
    press('ArrowRight');
    await waitUntil(() => focused() === 1);
    expect(el.selections).to.deep.equal([1]);
  });

  it('without wrap stops at the ends', async () => {
    const {el, focused, press, settle} = await group({wrap: false});
    expect(press('ArrowLeft').defaultPrevented).to.equal(false);
    await settle();
    expect(focused()).to.equal(0);
    press('End');
    await waitUntil(() => focused() === 2);
    expect(press('ArrowRight').defaultPrevented).to.equal(false);
    await settle();
    expect(focused()).to.equal(2);
    expect(el.selections).to.deep.equal([2]);
  });

  it('takes the current item from current() when given', async () => {
    const seen: number[] = [];
    let current = 1;
    const {el, focused, press} = await group({
      current: items => (seen.push(items.length), current),
    });
    press('ArrowRight');
    await waitUntil(() => focused() === 2, 'did not move on from the item current() named');
    current = -1;
    press('ArrowLeft');
    await waitUntil(() => focused() === 2);
    current = -1;
    press('ArrowRight');
    await waitUntil(() => focused() === 0, 'with no current item ArrowRight picks the first');
    expect(el.selections).to.deep.equal([2, 2, 0]);
    expect(seen).to.deep.equal([3, 3, 3]);
  });

  it('does nothing for a group without items', async () => {
    const {el} = await group();
    const event = new KeyboardEvent('keydown', {key: 'Home', cancelable: true});
    const empty = new RovingFocusController(el, {
      items: () => [],
      select: () => el.selections.push(99),
    });
    expect(empty.onKeydown(event)).to.equal(false);
    expect(event.defaultPrevented).to.equal(false);
    expect(el.selections).to.deep.equal([]);
  });

  it('focuses the item now at that place when the redraw replaced the elements', async () => {
    const {el, buttons, focused, press} = await group({replace: true});
    const old = buttons()[1]!;
    press('ArrowRight');
    await waitUntil(() => focused() === 1, 'the new second button did not get focus');
    expect(old.isConnected, 'the redraw replaced the buttons').to.equal(false);
    expect(el.shadowRoot!.activeElement === buttons()[1]).to.equal(true);
  });
});
