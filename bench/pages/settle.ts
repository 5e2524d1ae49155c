/**
 * When a panel counts as rendered: what it shows is loaded, in every shadow root below it. These
 * checks run inside timed steps, after every task, so they are kept cheap: native selector
 * queries per shadow root rather than a walk over every element of a 150-row table.
 */
import type {ReactiveElement} from 'lit';
import type {NsStreamList} from '../../src/index.js';

/** A loading state: the shared pending state, or anything marked busy. */
const BUSY = '[part~="pending"], [aria-busy="true"]';

/** The `ns-*` tags seen nested in a panel so far (see `learnNestedTags`), as one selector. */
const nestedTags = new Set<string>();
let nestedSelector = '';

/** The key (stream id) of the last row the list shows; undefined while it shows none. */
export function lastRowKey(list: NsStreamList): string | undefined {
  const row = list.shadowRoot?.querySelector<HTMLElement>('tbody tr[data-key]:last-child');
  return row?.dataset['key'];
}

/** Whether the list's table is shown and not busy (a quiet refresh marks it busy). */
export function tableIdle(list: NsStreamList): boolean {
  const table = list.shadowRoot?.querySelector('[part~="table-wrapper"] > table');
  return table?.getAttribute('aria-busy') === 'false';
}

function isReactive(element: Element): element is ReactiveElement {
  return 'hasUpdated' in element && 'isUpdatePending' in element;
}

/** An `ns-*` element has rendered and has no update pending; any other element counts as rendered. */
function rendered(element: Element): boolean {
  if (!element.localName.startsWith('ns-')) return true;
  return isReactive(element) && element.hasUpdated && !element.isUpdatePending;
}

/**
 * Records which `ns-*` elements `root` nests, through every shadow root: a walk over every
 * element, so only for untimed use. `settled` looks into the shadow roots of these tags only.
 */
export function learnNestedTags(root: Element): void {
  const stack: Element[] = [root];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.localName.startsWith('ns-')) nestedTags.add(element.localName);
    stack.push(...element.children);
    if (element.shadowRoot) stack.push(...element.shadowRoot.children);
  }
  nestedSelector = [...nestedTags].join(', ');
}

/**
 * Whether everything under `root` has rendered what it loaded: `root` and every nested `ns-*`
 * element of a learned tag have rendered with no update pending, and no shadow root below shows a
 * loading state (`part="pending"` or `aria-busy="true"`). With `learn`, first learns the tags
 * nested now (slow: for untimed waits, while what a panel nests is still unknown).
 */
export function settled(root: Element, {learn = false} = {}): boolean {
  if (learn) learnNestedTags(root);
  if (!rendered(root) || root.matches(BUSY)) return false;
  const scopes: ParentNode[] = [root];
  if (root.shadowRoot) scopes.push(root.shadowRoot);
  for (let scope = scopes.pop(); scope; scope = scopes.pop()) {
    if (scope.querySelector(BUSY)) return false;
    if (!nestedSelector) continue;
    for (const element of scope.querySelectorAll(nestedSelector)) {
      if (!rendered(element)) return false;
      if (element.shadowRoot) scopes.push(element.shadowRoot);
    }
  }
  return true;
}
