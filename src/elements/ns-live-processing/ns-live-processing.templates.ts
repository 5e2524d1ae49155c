/**
 * The template pieces of `<ns-live-processing>`: the layout with the process submenu and the
 * quality tabs, the selected process (details, asset, image, tables), the "Upgrade needed" note and
 * the loading, pending and error states of a stream load. Each takes a view object (see
 * `ns-live-processing.view.ts`) and handlers; none knows the element. The form is in
 * `settings.templates.ts`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {isNotEnabled} from '../../api/support.js';
import type {ProcessingId, Stream} from '../../api/types.js';
import type {LoadController} from '../../internal/controllers/load.js';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {copyButtonExports} from '../../internal/exportparts.js';
import type {StringOverrides} from '../../i18n/shared.strings.js';
import {renderError, renderPending} from '../../internal/templates.js';
import type {
  AssetView,
  ContentView,
  PreviewView,
  ProcessView,
  UpgradeView,
} from './ns-live-processing.view.js';
import type {CellView, CopyView, LinkView, TableView} from './tables.view.js';

const REFRESH_ICON =
  'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35Z';
const IMAGE_ICON =
  'M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2ZM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5Z';

/** The "Upgrade needed" note (part `upgrade`), focusable so a refused save can move focus to it. */
export function upgradeTemplate(view: UpgradeView, contactUrl: string): TemplateResult {
  return html`
    <div
      part="upgrade"
      class="upgrade"
      role=${view.role}
      tabindex="-1"
      aria-labelledby="upgrade-title"
    >
      <h3 id="upgrade-title">${view.title}</h3>
      <p>${view.text}</p>
      <p>
        <a href=${contactUrl} target="_blank" rel="noopener noreferrer">${view.contact}</a>
      </p>
    </div>
  `;
}

/** What a stream load shows while it runs, once it is done, and when it failed. */
export interface LoadTemplateOptions {
  /** What is loading, for the pending state. */
  label: string;
  /** The shared strings, for the pending and error states. */
  strings: StringOverrides;
  /** The note for a load answered "Organisation is not enabled". */
  upgrade: () => TemplateResult;
}

/**
 * A stream load: the stream on show (`busy` while a newer load of it runs), skeleton lines until
 * there is one, the error with Retry — or "Upgrade needed" when the server says the package is
 * missing.
 */
export function loadTemplate<A extends readonly unknown[]>(
  load: LoadController<A, Stream>,
  current: Stream | undefined,
  show: (stream: Stream, busy: boolean) => TemplateResult,
  {label, strings, upgrade}: LoadTemplateOptions,
): TemplateResult {
  const pending = (rows?: number) => renderPending(label, {rows, strings});
  return load.render({
    initial: () => pending(),
    pending: () => (current ? show(current, true) : pending(6)),
    complete: () => (current ? show(current, false) : pending()),
    error: error =>
      isNotEnabled(error) ? upgrade() : renderError(error, () => void load.run(), strings),
  }) as TemplateResult;
}

export interface ContentHandlers {
  selectProcess: (id: ProcessingId) => void;
  selectQuality: (index: number) => void;
  tabKeydown: (event: KeyboardEvent) => void;
}

/** The process submenu, the quality tabs of a group, and the panel around `panel`. */
export function contentTemplate(
  view: ContentView,
  panel: TemplateResult,
  on: ContentHandlers,
): TemplateResult {
  const grouped = view.tabs.length > 0;
  return html`
    <div part="base" class="base">
      <nav part="processes" class="processes" aria-label=${view.processesLabel}>
        <ul>
          ${view.processes.map(
            item => html`
              <li>
                <button
                  type="button"
                  part="process"
                  class="process"
                  data-process=${item.id}
                  aria-current=${item.current ? 'true' : 'false'}
                  @click=${() => on.selectProcess(item.id)}
                >
                  ${item.label}
                </button>
              </li>
            `,
          )}
        </ul>
      </nav>
      <div class="content">
        ${grouped ? tabsTemplate(view, on) : nothing}
        <div
          part="panel"
          class="panel"
          id="panel"
          role=${grouped ? 'tabpanel' : 'group'}
          aria-labelledby=${view.selectedTab ?? nothing}
          aria-busy=${view.busy ? 'true' : 'false'}
        >
          ${panel}
        </div>
      </div>
    </div>
  `;
}

function tabsTemplate(view: ContentView, on: ContentHandlers): TemplateResult {
  return html`
    <div
      part="quality-tabs"
      class="tabs"
      role="tablist"
      aria-label=${view.qualitiesLabel}
      @keydown=${on.tabKeydown}
    >
      ${view.tabs.map(
        (tab, i) => html`
          <button
            type="button"
            part="quality-tab"
            class="tab"
            role="tab"
            id=${tab.id}
            aria-selected=${tab.selected ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${tab.selected ? 0 : -1}
            @click=${() => on.selectQuality(i)}
          >
            ${tab.label}
          </button>
        `,
      )}
    </div>
  `;
}

export interface ProcessHandlers {
  refresh: () => void;
  /** The image at `src` could not be loaded. */
  imageError: (src: string) => void;
}

export interface ProcessOptions {
  /** The stream is being loaded again. */
  busy: boolean;
  /** The image could not be loaded: show the placeholder. */
  broken: boolean;
  /** The host's strings, for the copy buttons. */
  strings: StringOverrides | undefined;
  /** The settings form, the note that replaced it, or nothing. */
  settings: TemplateResult | typeof nothing;
}

/** The selected process: header with Refresh, details, image, sessions or recordings, the form. */
export function processTemplate(
  view: ProcessView,
  {busy, broken, strings, settings}: ProcessOptions,
  on: ProcessHandlers,
): TemplateResult {
  const {status} = view;
  return html`
    <section aria-labelledby="process-heading" aria-busy=${busy ? 'true' : 'false'}>
      <div part="process-header" class="process-header">
        <h3 id="process-heading">${view.name}</h3>
        <button
          type="button"
          part="refresh-button"
          class="button secondary"
          aria-label=${view.refreshLabel}
          @click=${() => on.refresh()}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=${REFRESH_ICON}></path>
          </svg>
          <span>${view.refresh}</span>
        </button>
      </div>
      <div class="summary ${view.withPreview ? 'with-preview' : ''}">
        <dl part="details">
          <dt>${status.term}</dt>
          <dd>
            <span
              part="status"
              class="badge ${status.active ? 'success' : ''}"
              data-status=${status.active ? 'active' : 'inactive'}
              >${status.value}</span
            >
          </dd>
          <dt>${view.streamname.term}</dt>
          <dd class="mono">${view.streamname.value}</dd>
          <dt>${view.quality.term}</dt>
          <dd>${view.quality.value}</dd>
          ${view.asset ? assetTemplate(view.asset, strings) : nothing}
          ${view.timing.map(
            d =>
              html`<dt>${d.term}</dt>
                <dd>${d.value}</dd>`,
          )}
        </dl>
        ${view.preview ? previewTemplate(view.preview, broken, on) : nothing}
      </div>
      ${view.tables.map(table => tableTemplate(table, strings))} ${settings}
    </section>
  `;
}

/**
 * A link to a URL from the API, opening in a new tab; a URL that is not http(s) is never a link:
 * it is shown as plain text instead.
 */
function linkTemplate(link: LinkView): TemplateResult {
  if (!link.linkable) return html`<span class="mono unlinked">${link.url}</span>`;
  return html`<a
    part="link"
    class=${link.mono ? 'mono' : ''}
    href=${link.url}
    target="_blank"
    rel="noopener noreferrer"
    aria-label=${link.label ?? nothing}
    >${link.text}</a
  >`;
}

function copyTemplate(copy: CopyView, strings: StringOverrides | undefined): TemplateResult {
  return html`<ns-copy-button
    .value=${copy.value}
    .label=${copy.label}
    .strings=${strings}
    exportparts=${copyButtonExports}
  ></ns-copy-button>`;
}

function assetTemplate(asset: AssetView, strings: StringOverrides | undefined): TemplateResult {
  return html`
    <dt>${asset.heading}</dt>
    <dd>
      ${
        asset.link
          ? html`<span class="url">
              ${linkTemplate(asset.link)}
              ${asset.copy ? copyTemplate(asset.copy, strings) : nothing}
            </span>`
          : html`<span class="muted">${asset.none}</span>`
      }
    </dd>
  `;
}

function previewTemplate(
  preview: PreviewView,
  broken: boolean,
  on: ProcessHandlers,
): TemplateResult {
  const {src, alt} = preview;
  return html`
    <figure part="preview" class="preview">
      <img
        part="image"
        src=${src}
        alt=${alt}
        width="320"
        height="180"
        decoding="async"
        ?hidden=${broken}
        @error=${() => on.imageError(src)}
      />
      ${
        broken
          ? html`<div part="image-unavailable" class="placeholder" role="img" aria-label=${alt}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path fill="currentColor" d=${IMAGE_ICON}></path>
              </svg>
              <span aria-hidden="true">${preview.unavailable}</span>
            </div>`
          : nothing
      }
    </figure>
  `;
}

function cellTemplate(cell: CellView, strings: StringOverrides | undefined): TemplateResult {
  switch (cell.kind) {
    case 'text':
      return html`<td>${cell.text}</td>`;
    case 'link':
      return html`<td>${linkTemplate(cell.link)}</td>`;
    case 'file':
      return html`<td>
        <span class="url">
          ${linkTemplate(cell.link)} ${cell.copy ? copyTemplate(cell.copy, strings) : nothing}
          ${cell.size ? html`<span class="muted">${cell.size}</span>` : nothing}
        </span>
      </td>`;
  }
}

/** The replay sessions or the recordings: a scrollable, labelled table, or a note. */
function tableTemplate(table: TableView, strings: StringOverrides | undefined): TemplateResult {
  return html`
    <div class="block">
      <h4 id=${table.headingId}>${table.heading}</h4>
      ${
        table.note !== undefined
          ? html`<p class="muted">${table.note}</p>`
          : html`<div
              class="table-wrap"
              tabindex="0"
              role="region"
              aria-labelledby=${table.headingId}
            >
              <table part=${table.part}>
                <thead>
                  <tr>
                    ${table.columns.map(c => html`<th scope="col">${c}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${table.rows.map(
                    row =>
                      html`<tr>
                        ${row.map(c => cellTemplate(c, strings))}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
    </div>
  `;
}
