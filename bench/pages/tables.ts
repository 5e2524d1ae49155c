/**
 * The tables `<ns-stream-list>` is held against, each built from the same page of streams (already
 * in memory, parsed) into a fresh container, texts worked out inside the timed step:
 *   (a) vanilla DOM, plain markup: <template> clones filled with textContent;
 *   (b) vanilla DOM with the list's markup and CSS: the list's shadow DOM structure (its filter
 *       bar and paging bar as they rendered once, the table built row by row as its templates
 *       build it) in a shadow root that adopts the list's own style sheets;
 *   (c) Lit: the plain markup of (a) with `repeat`, keyed by stream id;
 *   (d) <vaadin-grid> with the same six columns, `all-rows-visible` (every row in the DOM, as in
 *       the other tables; by default it would render only the rows in view).
 */
import {html, render} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import '@vaadin/grid';
import type {Grid} from '@vaadin/grid';
import type {GridColumn} from '@vaadin/grid/vaadin-grid-column.js';
import type {Stream} from '../../src/index.js';
import {COLUMNS, EMPTY, rowCells, type RowCells} from './cells.js';
import {until, type Trial} from './timing.js';

/** What every comparison table needs: the rows and where to put the table. */
export interface TableInput {
  streams: readonly Stream[];
  /** Where the table's container goes (inside the provider, like the list). */
  parent: HTMLElement;
}

/** What (b) copies from a rendered `<ns-stream-list>`. */
export interface ListChrome {
  /** The shadow root's content before and after the table (filter bar; paging bar), static. */
  before: DocumentFragment;
  after: DocumentFragment;
  /** The list's style sheets (`NsStreamList.elementStyles`). */
  styles: CSSStyleSheet[];
}

function template(markup: string): HTMLTemplateElement {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element;
}

function cloneOf<T extends Node>(source: HTMLTemplateElement): T {
  return source.content.firstElementChild!.cloneNode(true) as unknown as T;
}

/** A trial that mounts a fresh container, builds the table into it, and removes it again. */
function tableTrial(
  parent: HTMLElement,
  build: (container: HTMLElement) => void | Promise<void>,
): Trial {
  const container = document.createElement('div');
  return {
    async run() {
      parent.append(container);
      await build(container);
    },
    dispose: () => container.remove(),
  };
}

// ---- (a) vanilla, plain markup ----

const plainTable = template(
  `<table><thead><tr>${COLUMNS.map(label => `<th scope="col">${label}</th>`).join('')}</tr></thead><tbody></tbody></table>`,
);
const plainRow = template(`<table><tr>${'<td></td>'.repeat(COLUMNS.length)}</tr></table>`);

function fillPlainRow(row: HTMLTableRowElement, cells: RowCells): void {
  const [state, id, name, group, updated, tags] = row.cells;
  state!.textContent = cells.state;
  id!.textContent = cells.id;
  name!.textContent = cells.name;
  group!.textContent = cells.group;
  updated!.textContent = cells.updated;
  tags!.textContent = cells.tagText;
}

export function vanillaPlain({streams, parent}: TableInput): Trial {
  return tableTrial(parent, container => {
    const table = cloneOf<HTMLTableElement>(plainTable);
    const body = table.tBodies[0]!;
    const rowSource = plainRow.content.querySelector('tr')!;
    for (const stream of streams) {
      const row = rowSource.cloneNode(true) as HTMLTableRowElement;
      fillPlainRow(row, rowCells(stream));
      body.append(row);
    }
    container.append(table);
  });
}

// ---- (b) vanilla, the list's markup and CSS ----
// The markup below is that of renderTable / renderStreamRow / renderBadge in
// src/elements/ns-stream-list/ns-stream-list.templates.ts (the state shapes and chevron included).

const SVG_OPEN = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">';
const STATE_SHAPES: Record<string, string> = {
  live: '<circle cx="12" cy="12" r="7" fill="currentColor" />',
  created: '<circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="3" />',
  ended: '<rect x="6" y="6" width="12" height="12" fill="currentColor" />',
  locked:
    '<path fill="currentColor" d="M17 10V7A5 5 0 0 0 7 7v3H5v12h14V10h-2ZM9.5 7a2.5 2.5 0 0 1 5 0v3h-5V7Z" />',
  deleted:
    '<path fill="currentColor" d="M6.4 4 4 6.4 9.6 12 4 17.6 6.4 20l5.6-5.6 5.6 5.6 2.4-2.4-5.6-5.6L20 6.4 17.6 4 12 9.6 6.4 4Z" />',
};
const stateIcons = new Map(
  Object.entries(STATE_SHAPES).map(([state, shape]) => [
    state,
    template(`${SVG_OPEN}${shape}</svg>`),
  ]),
);
const emptyIcon = template(`${SVG_OPEN}</svg>`);
const STATE_LABELS: Record<string, string> = {
  live: 'live',
  created: 'created',
  ended: 'ended',
  locked: 'locked',
  deleted: 'deleted',
};

const oursTable = template(
  `<div part="table-wrapper" class="table-wrapper"><table part="table" role="table" aria-busy="false">` +
    `<caption class="sr-only">Streams</caption><thead role="rowgroup"><tr part="header" role="row">` +
    COLUMNS.map(label => `<th scope="col" role="columnheader">${label}</th>`).join('') +
    `</tr></thead><tbody role="rowgroup"></tbody></table></div>`,
);
const CELL_CLASSES = ['', 'id', 'name', 'group', '', 'tags'];
const oursRow = template(
  `<table><tr part="row" role="row" data-kind="stream" tabindex="-1">` +
    COLUMNS.map(
      (label, i) =>
        `<td part="cell" role="cell"${CELL_CLASSES[i] ? ` class="${CELL_CLASSES[i]}"` : ''} data-label="${label}"></td>`,
    ).join('') +
    `</tr></table>`,
);
const badge = template('<span part="state-badge" class="badge"></span>');
const expandButton = template(
  `<button type="button" part="expand-button" class="button quiet expand" aria-expanded="false">` +
    `${SVG_OPEN}<path fill="currentColor" d="M8.6 7.4 10 6l6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6Z" /></svg></button>`,
);
const chips = template('<ul part="tags" class="chips"></ul>');
const chip = template('<li part="tag" class="chip"></li>');
const muted = template('<span class="muted"></span>');
const sub = template('<span class="sub">Streamgroup ID <span class="mono"></span></span>');

/** An id as text that may wrap after its hyphens (`-<wbr>` as the list writes it). */
function breakable(id: string): Node[] {
  return id
    .split('-')
    .flatMap((part, i) => (i ? ['-', document.createElement('wbr'), part] : [part]))
    .map(node => (typeof node === 'string' ? document.createTextNode(node) : node));
}

function groupCell(cells: RowCells): Node[] {
  if (cells.grouping === 'single') return [document.createTextNode(cells.group)];
  if (cells.grouping === 'toggle') {
    const button = cloneOf<HTMLButtonElement>(expandButton);
    button.append(cells.group);
    return [button];
  }
  const label = cloneOf<HTMLSpanElement>(sub);
  label.querySelector('.mono')!.append(...breakable(cells.groupId || cells.id));
  return [document.createTextNode(`${cells.group} `), label];
}

function fillOursRow(row: HTMLTableRowElement, cells: RowCells, first: boolean): void {
  const [state, id, name, group, updated, tags] = row.cells;
  row.dataset['key'] = cells.key;
  if (first) row.tabIndex = 0;
  const stateBadge = cloneOf<HTMLSpanElement>(badge);
  const icon = stateIcons.get(cells.state);
  if (icon) stateBadge.dataset['state'] = cells.state;
  stateBadge.append(cloneOf(icon ?? emptyIcon), STATE_LABELS[cells.state] ?? cells.state);
  state!.append(stateBadge);
  id!.append(...breakable(cells.id));
  name!.textContent = cells.name;
  const box = document.createElement('div');
  box.append(...groupCell(cells));
  group!.append(box);
  if (cells.updated === EMPTY) {
    updated!.textContent = EMPTY;
  } else {
    const time = document.createElement('time');
    time.dateTime = cells.datetime;
    time.textContent = cells.updated;
    updated!.append(time);
  }
  if (cells.tags.length) {
    const list = cloneOf<HTMLUListElement>(chips);
    for (const tag of cells.tags) {
      const item = cloneOf<HTMLLIElement>(chip);
      item.textContent = tag;
      list.append(item);
    }
    tags!.append(list);
  } else {
    const none = cloneOf<HTMLSpanElement>(muted);
    none.textContent = cells.tagText;
    tags!.append(none);
  }
}

/** The rows' delegated handlers, as the list has them on its table body (here they do nothing). */
const ignore = () => {};

export function vanillaOurs({streams, parent}: TableInput, chrome: ListChrome): Trial {
  return tableTrial(parent, container => {
    const root = container.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = chrome.styles;
    const wrapper = cloneOf<HTMLDivElement>(oursTable);
    const body = wrapper.querySelector('tbody')!;
    for (const type of ['click', 'keydown', 'focusin']) body.addEventListener(type, ignore);
    const rowSource = oursRow.content.querySelector('tr')!;
    streams.forEach((stream, i) => {
      const row = rowSource.cloneNode(true) as HTMLTableRowElement;
      fillOursRow(row, rowCells(stream), i === 0);
      body.append(row);
    });
    root.append(chrome.before.cloneNode(true), wrapper, chrome.after.cloneNode(true));
  });
}

// ---- (c) Lit, plain markup with repeat ----

export function litRepeat({streams, parent}: TableInput): Trial {
  return tableTrial(parent, container => {
    const rows = streams.map(rowCells);
    render(
      html`<table>
        <thead>
          <tr>
            ${COLUMNS.map(label => html`<th scope="col">${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            row => row.key,
            row =>
              html`<tr>
                <td>${row.state}</td>
                <td>${row.id}</td>
                <td>${row.name}</td>
                <td>${row.group}</td>
                <td>${row.updated}</td>
                <td>${row.tagText}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
      container,
    );
  });
}

// ---- (d) @vaadin/grid ----

const GRID_PATHS = ['state', 'id', 'name', 'group', 'updated', 'tagText'] as const;

/**
 * Whether the grid shows a cell with `text` (its cell contents are light-DOM children, in the
 * order the rows were made: looked for from the end, where the last row's are).
 */
function gridShows(grid: Grid, text: string): boolean {
  const cells = grid.querySelectorAll('vaadin-grid-cell-content');
  for (let i = cells.length - 1; i >= 0; i--) {
    if (cells[i]!.textContent === text) return true;
  }
  return false;
}

export function vaadinGrid({streams, parent}: TableInput): Trial {
  const lastId = streams.at(-1)?.id ?? '';
  return tableTrial(parent, async container => {
    const grid = document.createElement('vaadin-grid') as Grid<RowCells>;
    grid.allRowsVisible = true;
    GRID_PATHS.forEach((path, i) => {
      const column = document.createElement('vaadin-grid-column') as GridColumn<RowCells>;
      column.path = path;
      column.header = COLUMNS[i]!;
      grid.append(column);
    });
    grid.items = streams.map(rowCells);
    container.append(grid);
    await until(() => gridShows(grid, lastId), 'the last row of <vaadin-grid>');
  });
}
