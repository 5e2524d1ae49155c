/**
 * The template pieces of `<ns-stream-overview>` around its tabs' content: header, quick actions,
 * tab list and panels, the "not found" state and the confirmation dialog. Each takes a view object
 * (`ns-stream-overview.view.ts`), the texts and handlers.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {StreamQuickAction} from '../../events.js';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {copyButtonExports} from '../../internal/exportparts.js';
import type {Strings} from '../../i18n/shared.strings.js';
import type {FieldEditorStrings} from '../../internal/parts/ns-stream-field-editor/field-editor.strings.js';
import type {ConfirmedAction} from './ns-stream-overview.actions.js';
import type {StreamOverviewStrings} from './ns-stream-overview.strings.js';
import {
  STREAM_OVERVIEW_TABS,
  type ActionsView,
  type DialogView,
  type HeaderView,
  type OverviewKey,
  type StreamOverviewTab,
} from './ns-stream-overview.view.js';

/** The host's replacement strings, passed on to the editors and copy buttons inside. */
export type Overrides = Partial<StreamOverviewStrings & FieldEditorStrings & Strings>;

/** One of the element's (static) texts. */
export type Text = (key: OverviewKey) => string;

export function renderNotFound(view: {title: string; detail: string}): TemplateResult {
  return html`<div part="not-found" class="ns-state ns-empty not-found" role="status">
    <p class="title" tabindex="-1"><strong>${view.title}</strong></p>
    <p>${view.detail}</p>
  </div>`;
}

export function renderHeader(view: HeaderView, t: Text, strings: Overrides | undefined) {
  return html`<header part="header" class="header">
    <h2 class="title" part="title" tabindex="-1">${view.name}</h2>
    <div class="meta" part="meta">
      <span class="badge" part="state" data-state=${view.state}>
        <span class="sr-only">${t('state')}:</span> ${view.stateLabel}
      </span>
      <span>${view.created}</span>
      <span class="kind">${view.kind}</span>
      ${
        view.secure
          ? html`<span class="badge accent" part="secure-badge" title=${view.secure.title}>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="M12 1a5 5 0 0 0-5 5v4H5v13h14V10h-2V6a5 5 0 0 0-5-5Zm-3 9V6a3 3 0 1 1 6 0v4H9Z"
                />
              </svg>
              ${view.secure.label}
            </span>`
          : nothing
      }
    </div>
    <div class="id-row">
      <span class="label-inline">${t('streamId')}</span>
      <code part="stream-id">${view.id}</code>
      <ns-copy-button
        .value=${view.id}
        label=${t('copyStreamId')}
        .strings=${strings}
        exportparts=${copyButtonExports}
      ></ns-copy-button>
    </div>
  </header>`;
}

export interface ActionHandlers {
  /** A dashboard link was clicked (announce it; the host may cancel). */
  onQuickAction: (event: MouseEvent, action: StreamQuickAction) => void;
  /** A confirmed action's button was clicked. */
  onAsk: (action: ConfirmedAction, event: Event) => void;
}

function actionButton(
  part: string,
  tone: 'secondary' | 'danger',
  label: string,
  onClick: (event: Event) => void,
) {
  return html`<button type="button" class="button ${tone}" part=${part} @click=${onClick}>
    ${label}
  </button>`;
}

export function renderActions(view: ActionsView, t: Text, on: ActionHandlers) {
  return html`<div class="actions" part="actions" role="group" aria-label=${t('quickActions')}>
      ${view.links.map(
        link =>
          html`<a
            class="button secondary"
            part="action"
            data-action=${link.action}
            href=${link.href}
            target="_blank"
            rel="noopener"
            @click=${(event: MouseEvent) => on.onQuickAction(event, link.action)}
            >${link.label}<span class="sr-only"> ${t('newTab')}</span></a
          >`,
      )}
      ${
        view.canStop
          ? actionButton('stop-button', 'danger', view.stopLabel, e => on.onAsk('stop', e))
          : nothing
      }
      ${
        view.canUnlock
          ? actionButton('unlock-button', 'secondary', t('unlock'), e => on.onAsk('unlock', e))
          : nothing
      }
      ${
        view.canDelete
          ? actionButton('delete-button', 'danger', t('delete'), e => on.onAsk('delete', e))
          : nothing
      }
    </div>
    ${view.notes.map(note => html`<p class="note not-offered" part="not-offered">${note}</p>`)}`;
}

export interface TabsInput {
  current: StreamOverviewTab;
  t: Text;
  onKeydown: (event: KeyboardEvent) => void;
  onSelect: (tab: StreamOverviewTab) => void;
  /** A nested element saved a change. */
  onNestedChange: (event: Event) => void;
  /** The current tab's content. */
  panel: (tab: StreamOverviewTab) => TemplateResult;
}

/** ARIA tabs: one tab stop (the current tab), the others reached with the arrow keys. */
export function renderTabs({current, t, onKeydown, onSelect, onNestedChange, panel}: TabsInput) {
  return html`<div
      class="tablist"
      role="tablist"
      part="tabs"
      aria-label=${t('tabsLabel')}
      @keydown=${onKeydown}
    >
      ${STREAM_OVERVIEW_TABS.map(
        tab =>
          html`<button
            type="button"
            role="tab"
            part="tab"
            class="tab"
            id="tab-${tab}"
            data-tab=${tab}
            aria-selected=${tab === current ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${tab === current ? 0 : -1}
            @click=${() => onSelect(tab)}
          >
            ${t(`tab_${tab}`)}
          </button>`,
      )}
    </div>
    ${STREAM_OVERVIEW_TABS.map(
      tab =>
        html`<div
          role="tabpanel"
          part="tab-panel"
          class="panel"
          id="panel-${tab}"
          aria-labelledby="tab-${tab}"
          tabindex="0"
          ?hidden=${tab !== current}
          @ns-stream-change=${onNestedChange}
        >
          ${tab === current ? panel(tab) : nothing}
        </div>`,
    )}`;
}

/** The dialog's state and handlers: the element's `ConfirmedActionController`. */
export interface DialogControls {
  readonly pending: boolean;
  readonly failure: string;
  readonly settled: boolean;
  onDialogCancel(event: Event): void;
  onDialogClose(): void;
  cancel(): void;
  confirm(): void;
}

/** The confirmation dialog; `view` is undefined while it asks nothing (closed). */
export function renderDialog(view: DialogView | undefined, state: DialogControls, t: Text) {
  const busy = state.pending;
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-body"
    @cancel=${(event: Event) => state.onDialogCancel(event)}
    @close=${() => state.onDialogClose()}
  >
    <h2 id="dialog-title" class="dialog-title">${view?.title ?? ''}</h2>
    <p id="dialog-body">${view?.body ?? ''}</p>
    <p class="dialog-progress" part="dialog-message" role="status" aria-live="polite">
      ${busy ? (view?.progress ?? '') : ''}
    </p>
    <p class="field-error dialog-failure" part="dialog-message" role="alert">${state.failure}</p>
    <div class="dialog-actions">
      <button
        type="button"
        class="button secondary dialog-cancel"
        part="cancel-button"
        ?disabled=${busy}
        @click=${() => state.cancel()}
      >
        ${t(state.settled ? 'close' : 'cancel')}
      </button>
      ${
        state.settled
          ? nothing
          : html`<button
              type="button"
              class="button ${view?.tone ?? 'danger'} dialog-confirm"
              part="confirm-button"
              aria-busy=${busy ? 'true' : 'false'}
              ?disabled=${busy}
              @click=${() => state.confirm()}
            >
              ${view?.confirm ?? ''}
            </button>`
      }
    </div>
  </dialog>`;
}
