import type {LitElement, ReactiveController} from 'lit';
import {NsStreamSelectEvent} from '../../events.js';
import {RovingFocusController} from '../../internal/controllers/roving-focus.js';
import {canExpand, rowKeyAction, selectDetail, type LoadedPage} from './ns-stream-list.view.js';

export interface TableRowsOptions {
  /** The page whose rows are shown. */
  page: () => LoadedPage | undefined;
  /** Whether groups are listed as individual streams (then no group expands). */
  individualStreams: () => boolean;
}

/**
 * The rows of the stream table as the user works them: which groups are open, which row is the
 * table's one tab stop (roving focus: ArrowUp / ArrowDown, Home / End, no wrapping), and what a
 * click, Enter or ArrowRight / ArrowLeft on a row does. Activating a row fires `ns-stream-select`
 * from the host. The host renders the rows from `expanded` and `focusKey` and hands its table
 * body's `click`, `keydown` and `focusin` events to the handlers of the same names.
 */
export class TableRows implements ReactiveController {
  /** Groups whose playouts are shown. */
  expanded: ReadonlySet<string> = new Set();
  /** The row that is the table's tab stop (the first row when it is not shown). */
  focusKey: string | null = null;

  private readonly focus: RovingFocusController;

  constructor(
    private readonly host: LitElement,
    private readonly options: TableRowsOptions,
  ) {
    host.addController(this);
    this.focus = new RovingFocusController(host, {
      orientation: 'vertical',
      wrap: false,
      items: () => [...host.renderRoot.querySelectorAll<HTMLElement>('tbody tr[data-key]')],
      select: (_, row) => this.setFocusKey(row.dataset['key']!),
    });
  }

  hostConnected(): void {}

  /** Opens or closes (by default: toggles) a group. */
  toggle(id: string, open = !this.expanded.has(id)): void {
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
    this.host.requestUpdate();
  }

  readonly click = (event: MouseEvent): void => {
    // A drag that selected text (to copy an ID) is not an activation.
    if (document.getSelection()?.toString()) return;
    const row = rowOf(event);
    if (row) this.select(row.dataset['key']!);
  };

  readonly focusin = (event: FocusEvent): void => {
    const key = (event.target as HTMLElement).closest('tr')?.dataset['key'];
    if (key) this.setFocusKey(key);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const row = event.target;
    // Keys pressed on a control inside a row are the control's.
    if (!(row instanceof HTMLTableRowElement) || !row.dataset['key']) return;
    const key = row.dataset['key'];
    const action = rowKeyAction(event.key);
    if (action === 'select') {
      event.preventDefault();
      this.select(key);
    } else if (action === 'open' || action === 'close') {
      const stream = this.options.page()?.streams.find(s => s.id === key);
      if (stream && canExpand(stream, this.options.individualStreams())) {
        event.preventDefault();
        this.toggle(stream.id, action === 'open');
      }
    } else if (action === 'move' && !this.focus.onKeydown(event)) {
      // At either end the focus stays where it is (and the page does not scroll).
      event.preventDefault();
    }
  };

  private setFocusKey(key: string): void {
    if (key === this.focusKey) return;
    this.focusKey = key;
    this.host.requestUpdate();
  }

  private select(key: string): void {
    const page = this.options.page();
    const detail = page && selectDetail(page.streams, key);
    if (detail) this.host.dispatchEvent(new NsStreamSelectEvent(detail));
  }
}

/** The row an event on the table body concerns; none for an event on a control inside a row. */
function rowOf(event: Event): HTMLTableRowElement | undefined {
  for (const node of event.composedPath()) {
    if (node === event.currentTarget) return undefined;
    if (node instanceof HTMLElement && node.matches('button, a, input, select')) return undefined;
    if (node instanceof HTMLTableRowElement && node.dataset['key']) return node;
  }
  return undefined;
}
