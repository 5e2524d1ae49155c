/** The paging bar of `<ns-stream-list>`: rows per page, the range, the page buttons. */
import {html, nothing, type TemplateResult} from 'lit';
import type {PageButtonView, PaginationView} from './ns-stream-list.view.js';

/** What the paging controls do. */
export interface PaginationHandlers {
  /** Go to `page`, with `pageSize` rows per page (by default the current size). */
  page: (page: number, pageSize?: number) => void;
}

function renderPageButton(button: PageButtonView, handlers: PaginationHandlers) {
  return html`<button
    type="button"
    part="page-button"
    class="button secondary"
    aria-label=${button.label}
    title=${button.label}
    aria-disabled=${button.enabled ? 'false' : 'true'}
    @click=${() => button.enabled && handlers.page(button.target)}
  >
    <span aria-hidden="true">${button.glyph}</span>
  </button>`;
}

/** The paging bar, or nothing when there is nothing to page through. */
export function renderPagination(
  view: PaginationView | undefined,
  handlers: PaginationHandlers,
): TemplateResult | typeof nothing {
  if (!view) return nothing;
  const {range} = view;
  return html`
    <nav part="pagination" class="pagination" aria-label=${view.label}>
      <div class="field">
        <label class="label" for="page-size">${view.sizeLabel}</label>
        <select
          id="page-size"
          .value=${String(view.pageSize)}
          part="page-size-select"
          class="select"
          @input=${(e: Event) => handlers.page(1, Number((e.target as HTMLSelectElement).value))}
        >
          ${view.sizes.map(
            size =>
              html`<option value=${size.value} ?selected=${size.selected}>${size.label}</option>`,
          )}
        </select>
      </div>
      <span part="range" class="range" role="status">
        ${
          !range
            ? nothing
            : range.placeholder
              ? // Holds the old text's width (unseen, unread) so the bar does not shift.
                html`<span class="range-placeholder" aria-hidden="true">${range.text}</span>`
              : range.text
        }
      </span>
      <span class="page-buttons">
        ${renderPageButton(view.first, handlers)} ${renderPageButton(view.previous, handlers)}
        <span class="sr-only">${view.position}</span>
        ${renderPageButton(view.next, handlers)}
        ${
          // Without a total there is no last page to go to.
          view.last ? renderPageButton(view.last, handlers) : nothing
        }
      </span>
    </nav>
  `;
}
