import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Which arrow keys move: left/right, up/down, or both pairs. */
export type RovingOrientation = 'horizontal' | 'vertical' | 'both';

export interface MoveOptions {
  orientation?: RovingOrientation;
  /** Whether moving past either end comes round to the other (tabs do, table rows do not). */
  wrap?: boolean;
}

/**
 * Where a key moves the current item among `count`: the arrows of the orientation a step (past the
 * end round to the start when `wrap`), Home the first, End the last; `undefined` for any other key,
 * or when there is nowhere to go. With no current item (`index` -1) the forward arrows pick the
 * first and the backward ones the last.
 */
export function moveIndex(
  key: string,
  index: number,
  count: number,
  {orientation = 'both', wrap = true}: MoveOptions = {},
): number | undefined {
  if (count <= 0) return undefined;
  const horizontal = orientation !== 'vertical';
  const vertical = orientation !== 'horizontal';
  let step: number;
  if ((horizontal && key === 'ArrowRight') || (vertical && key === 'ArrowDown')) step = 1;
  else if ((horizontal && key === 'ArrowLeft') || (vertical && key === 'ArrowUp')) step = -1;
  else if (key === 'Home') return 0;
  else if (key === 'End') return count - 1;
  else return undefined;
  if (index < 0) return step > 0 ? 0 : count - 1;
  const next = index + step;
  if (next >= 0 && next < count) return next;
  return wrap ? (next + count) % count : undefined;
}

export interface RovingFocusOptions extends MoveOptions {
  /** The items, in order, as rendered now. */
  items: (event: KeyboardEvent) => readonly HTMLElement[];
  /** The current item's index; by default the item the key was pressed on. */
  current?: (items: readonly HTMLElement[], event: KeyboardEvent) => number;
  /** Makes `index` the current item (selects a tab, remembers a row); called before focus moves. */
  select?: (index: number, item: HTMLElement) => void;
}

/**
 * One tab stop for a group of items (ARIA tabs, table rows): the arrow keys, Home and End move the
 * current item and focus with it. The host renders `tabindex="0"` on the current item and `-1` on
 * the others, and passes its keydown events to `onKeydown`.
 */
export class RovingFocusController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Handles a keydown of the group; returns whether the key moved the current item. */
  readonly onKeydown = (event: KeyboardEvent): boolean => {
    const items = this.options.items(event);
    const at = this.options.current
      ? this.options.current(items, event)
      : items.findIndex(item => item === event.target || item.contains(event.target as Node));
    const next = moveIndex(event.key, at, items.length, this.options);
    if (next === undefined) return false;
    event.preventDefault();
    const item = items[next]!;
    this.options.select?.(next, item);
    void this.host.updateComplete.then(() => {
      // A redraw may have replaced the element: focus what now stands at that place.
      const now = this.options.items(event);
      (now[next] ?? item).focus();
    });
    return true;
  };
}
