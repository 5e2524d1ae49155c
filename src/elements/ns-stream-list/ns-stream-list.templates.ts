/* eslint-disable lit-a11y/no-redundant-role -- In narrow containers the table's parts get
   `display: block` (stacked cards), and some browsers then drop their implicit table roles; the
   explicit roles keep the table a table for screen readers at every width. */
/**
 * The body of `<ns-stream-list>`: the loading skeleton, the table and its rows, the empty state,
 * the note of a failed refresh and the error state. Each piece takes its view object (see
 * `ns-stream-list.view.ts`) and handlers.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {StreamState} from '../../api/types.js';
import {EMPTY_VALUE} from '../../i18n/format.js';
import {t} from '../../i18n/localize.js';
import {type Strings} from '../../i18n/shared.strings.js';
import {renderEmpty, renderError} from '../../internal/templates.js';
import type {
  BadgeView,
  BodyView,
  EmptyView,
  GroupCellView,
  GroupIdView,
  MemberRowView,
  SkeletonView,
  StreamRowView,
  TableView,
} from './ns-stream-list.view.js';

/** What the body's controls do. */
export interface BodyHandlers {
  /** Delegated from the table body: a row's click, keydown and focus. */
  rowClick: (event: MouseEvent) => void;
  rowKeydown: (event: KeyboardEvent) => void;
  rowFocus: (event: FocusEvent) => void;
  /** Opens or closes a group. */
  toggleGroup: (streamId: string) => void;
  firstPage: () => void;
  clearFilters: () => void;
  /** The Retry of a failed quiet refresh. */
  refresh: () => void;
  /** The Retry of the error state. */
  retry: () => void;
}

/** A shape per state, so that the badge is told apart without its colour. */
const STATE_ICONS: Record<StreamState, TemplateResult> = {
  live: svg`<circle cx="12" cy="12" r="7" fill="currentColor" />`,
  created: svg`<circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="3" />`,
  ended: svg`<rect x="6" y="6" width="12" height="12" fill="currentColor" />`,
  locked: svg`<path fill="currentColor" d="M17 10V7A5 5 0 0 0 7 7v3H5v12h14V10h-2ZM9.5 7a2.5 2.5 0 0 1 5 0v3h-5V7Z" />`,
  deleted: svg`<path fill="currentColor" d="M6.4 4 4 6.4 9.6 12 4 17.6 6.4 20l5.6-5.6 5.6 5.6 2.4-2.4-5.6-5.6L20 6.4 17.6 4 12 9.6 6.4 4Z" />`,
};

const CHEVRON = svg`<path fill="currentColor" d="M8.6 7.4 10 6l6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6Z" />`;

/**
 * The body: the skeleton, the rows (or the empty state; with the note of a failed quiet refresh
 * above them), or the error state with `error`. `shared` is the shared catalogue (Retry, errors).
 */
export function renderBody(
  view: BodyView,
  handlers: BodyHandlers,
  error: unknown,
  shared: Strings,
): TemplateResult {
  if (view.kind === 'skeleton') return renderSkeleton(view.skeleton);
  if (view.kind === 'error') return renderError(error, handlers.retry, shared);
  const content = renderContent(view.content, handlers);
  if (view.refreshFailed === undefined) return content;
  return html`
    <p part="refresh-error" class="refresh-note" role="alert">
      <span>${view.refreshFailed}</span>
      <button
        type="button"
        part="retry-button"
        class="button secondary"
        @click=${() => handlers.refresh()}
      >
        ${t('retry', undefined, shared)}
      </button>
    </p>
    ${content}
  `;
}

function renderContent(view: TableView | EmptyView, handlers: BodyHandlers): TemplateResult {
  if (view.kind === 'table') return renderTable(view, handlers);
  const action = view.action;
  if (!action) return renderEmpty(view.message);
  return renderEmpty(view.message, {
    label: action.label,
    onClick: action.does === 'first-page' ? handlers.firstPage : handlers.clearFilters,
  });
}

/** The loading skeleton: a table of placeholder rows under the real header. */
export function renderSkeleton(view: SkeletonView): TemplateResult {
  return html`
    <div
      part="pending table-wrapper"
      class="table-wrapper"
      role="status"
      aria-busy="true"
      style=${styleMap({minHeight: view.minHeight})}
    >
      <span class="sr-only">${view.label}</span>
      <table part="table" role="table" aria-hidden="true">
        ${renderHead(view.columns)}
        <tbody role="rowgroup">
          ${Array.from(
            {length: view.rows},
            () =>
              html`<tr role="row">
                ${view.columns.map(
                  () => html`<td role="cell"><span class="skeleton-cell"></span></td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

function renderHead(columns: readonly string[]): TemplateResult {
  return html`<thead role="rowgroup">
    <tr part="header" role="row">
      ${columns.map(label => html`<th scope="col" role="columnheader">${label}</th>`)}
    </tr>
  </thead>`;
}

/** The table of a page's rows; the rows' events are delegated to the table body. */
export function renderTable(view: TableView, handlers: BodyHandlers): TemplateResult {
  return html`
    <div part="table-wrapper" class="table-wrapper">
      <table part="table" role="table" aria-busy=${view.busy ? 'true' : 'false'}>
        <caption class="sr-only">
          ${view.caption}
        </caption>
        ${renderHead(view.columns)}
        <tbody
          role="rowgroup"
          @click=${handlers.rowClick}
          @keydown=${handlers.rowKeydown}
          @focusin=${handlers.rowFocus}
        >
          ${repeat(
            view.rows,
            row => row.key,
            row =>
              row.kind === 'stream'
                ? renderStreamRow(row, view.columns, handlers)
                : renderMemberRow(row, view.columns),
          )}
        </tbody>
      </table>
    </div>
  `;
}

function renderStreamRow(
  row: StreamRowView,
  columns: readonly string[],
  handlers: BodyHandlers,
): TemplateResult {
  const [state, id, name, group, updated, tags] = columns;
  return html`
    <tr
      part="row"
      role="row"
      data-kind="stream"
      data-key=${row.key}
      tabindex=${row.tabStop ? '0' : '-1'}
    >
      <td part="cell" role="cell" data-label=${state!}>${renderBadge(row.badge)}</td>
      <td part="cell" role="cell" class="id" data-label=${id!}>${breakable(row.id)}</td>
      <td part="cell" role="cell" class="name" data-label=${name!}>${row.streamname}</td>
      <td part="cell" role="cell" class="group" data-label=${group!}>
        <div>${renderGroupCell(row.group, handlers)}</div>
      </td>
      <td part="cell" role="cell" data-label=${updated!}>
        ${
          row.updated
            ? html`<time datetime=${row.updated.datetime}>${row.updated.text}</time>`
            : EMPTY_VALUE
        }
      </td>
      <td part="cell" role="cell" class="tags" data-label=${tags!}>
        ${
          row.tags.length
            ? html`<ul part="tags" class="chips">
                ${row.tags.map(tag => html`<li part="tag" class="chip">${tag}</li>`)}
              </ul>`
            : html`<span class="muted">${row.noTags}</span>`
        }
      </td>
    </tr>
  `;
}

/** A state badge: its text and (for a known state) its shape. */
export function renderBadge(badge: BadgeView): TemplateResult {
  return html`<span part="state-badge" class="badge" data-state=${badge.state ?? nothing}>
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      ${badge.state ? STATE_ICONS[badge.state] : nothing}
    </svg>
    ${badge.label}
  </span>`;
}

function renderGroupCell(cell: GroupCellView, handlers: BodyHandlers) {
  switch (cell.kind) {
    case 'single':
      return cell.label;
    case 'member':
      return html`${cell.label} <span class="sub">${renderGroupId(cell.groupId)}</span>`;
    case 'group':
      return html`${cell.label}<span class="sub">${renderGroupId(cell.groupId)}</span>`;
    case 'toggle':
      return html`<button
        type="button"
        part="expand-button"
        class="button quiet expand"
        aria-expanded=${cell.open ? 'true' : 'false'}
        aria-controls=${cell.controls.length ? cell.controls.join(' ') : nothing}
        @click=${() => handlers.toggleGroup(cell.streamId)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CHEVRON}</svg>
        ${cell.label}
      </button>`;
  }
}

function renderGroupId({before, id, after}: GroupIdView): TemplateResult {
  return html`${before}<span class="mono">${breakable(id)}</span>${after}`;
}

function renderMemberRow(row: MemberRowView, columns: readonly string[]): TemplateResult {
  const [state, id, name, group, updated, tags] = columns;
  return html`
    <tr
      id=${row.rowId}
      part="row member-row"
      role="row"
      class="member"
      data-kind="member"
      data-key=${row.key}
      tabindex=${row.tabStop ? '0' : '-1'}
    >
      <td part="cell" role="cell" data-label=${state!}>
        <span class="muted">${row.role}</span>
      </td>
      <td part="cell" role="cell" class="id" data-label=${id!}>${breakable(row.id)}</td>
      <td part="cell" role="cell" class="name" data-label=${name!}>${row.streamname}</td>
      <td part="cell" role="cell" class="group" data-label=${group!}>
        <div>
          ${renderGroupId(row.groupId)}
          ${row.quality ? html`<span class="sub">${row.quality}</span>` : nothing}
        </div>
      </td>
      <td part="cell" role="cell" data-label=${updated!}>
        <span class="muted">${EMPTY_VALUE}</span>
      </td>
      <td part="cell" role="cell" class="tags" data-label=${tags!}>
        <span class="muted">${EMPTY_VALUE}</span>
      </td>
    </tr>
  `;
}

/** An ID as text that may wrap after its hyphens (not inside its hex groups) where space is short. */
function breakable(id: string) {
  return id.split('-').map((part, i) => (i ? html`-<wbr />${part}` : part));
}
