/**
 * The shared loading, empty and error states. They render into the calling element's shadow root,
 * so include `stateStyles` (and `controlStyles` for their buttons) in its `static styles`, and each
 * region has a `part` a host can restyle:
 *
 * - `pending`: the loading region (skeleton lines).
 * - `empty`, `empty-action`: the empty note and its optional button.
 * - `error`, `error-message`, `error-meta`, `retry-button`: the error panel.
 *
 * Built for `Task.render`:
 * ```ts
 * this.task.render({
 *   pending: () => renderPending(),
 *   error: e => renderError(e, () => this.task.run()),
 *   complete: rows => (rows.length ? table(rows) : renderEmpty('No streams found')),
 * });
 * ```
 * All text (including API messages) is rendered as text, never as HTML.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {isApiError} from '../api/errors.js';
import type {NsLoadErrorDetail} from '../events.js';
import {t} from '../i18n/localize.js';
import type {StringOverrides} from '../i18n/shared.strings.js';

/** Options of `renderPending`. */
export interface PendingOptions {
  /** Number of skeleton lines, roughly the rows the content will have (1–20, default 3). */
  rows?: number;
  /** Replacement strings. */
  strings?: StringOverrides;
}

/**
 * The loading state: a `role="status"`, `aria-busy="true"` region (part `pending`) that reads
 * `label` to screen readers and shows skeleton lines.
 *
 * @param label - What is loading; defaults to "Loading…".
 */
export function renderPending(label?: string, options: PendingOptions = {}): TemplateResult {
  const text = label ?? t('loading', undefined, options.strings);
  const rows = Math.min(20, Math.max(1, Math.round(options.rows ?? 3) || 1));
  return html`
    <div part="pending" class="ns-state ns-pending" role="status" aria-busy="true">
      <span class="sr-only">${text}</span>
      <div class="ns-skeleton" aria-hidden="true">
        ${Array.from({length: rows}, () => html`<div class="ns-skeleton-line"></div>`)}
      </div>
    </div>
  `;
}

/** An optional button on the empty state (e.g. "Clear filters"). */
export interface EmptyAction {
  /** The button's text. */
  label: string;
  /** Called when the button is activated. */
  onClick: () => void;
}

/**
 * The empty state (part `empty`): a `role="status"` note with `message`, and a button (part
 * `empty-action`) when `action` is given.
 */
export function renderEmpty(message: string, action?: EmptyAction): TemplateResult {
  return html`
    <div part="empty" class="ns-state ns-empty" role="status">
      <p>${message}</p>
      ${
        action
          ? html`<button
              type="button"
              part="empty-action"
              class="button secondary"
              @click=${() => action.onClick()}
            >
              ${action.label}
            </button>`
          : nothing
      }
    </div>
  `;
}

/** What the error state shows for an error. */
export interface ErrorDescription {
  /** The human message: friendly words for common cases, else the error's own message. */
  message: string;
  /** "(code 2001)" when the API sent an error code, else empty. */
  code: string;
  /** "HTTP status 403" when a response arrived, else empty. */
  status: string;
}

/**
 * Turns any thrown value into the words the error state shows: network failure, timeout, 403 and
 * 404 get friendly messages; other errors their own message; non-errors a generic one.
 */
export function describeError(error: unknown, overrides?: StringOverrides): ErrorDescription {
  if (isApiError(error)) {
    let message: string;
    if (error.kind === 'network') message = t('errorNetwork', undefined, overrides);
    else if (error.kind === 'timeout') message = t('errorTimeout', undefined, overrides);
    else if (error.status === 403) message = t('errorForbidden', undefined, overrides);
    else if (error.status === 404) message = t('errorNotFound', undefined, overrides);
    else message = error.message.trim() || t('errorUnknown', undefined, overrides);
    return {
      message,
      code: error.code === undefined ? '' : t('errorCode', {code: error.code}, overrides),
      status: error.status > 0 ? t('errorStatus', {status: error.status}, overrides) : '',
    };
  }
  return {
    message: ownMessage(error) || t('errorUnknown', undefined, overrides),
    code: '',
    status: '',
  };
}

/**
 * The error state (part `error`): a `role="alert"` panel with the human message, the API's error
 * code and HTTP status when known, and a real "Retry" button (part `retry-button`) that calls
 * `onRetry`. Fire `ns-load-error` with `errorDetail(error)` alongside (from the task, not from
 * rendering).
 */
export function renderError(
  error: unknown,
  onRetry: () => void,
  overrides?: StringOverrides,
): TemplateResult {
  const {message, code, status} = describeError(error, overrides);
  const meta = [code, status].filter(Boolean).join(' · ');
  return html`
    <div part="error" class="ns-state ns-error" role="alert">
      <p class="ns-error-heading" part="error-message">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z"
          />
        </svg>
        <span>${message}</span>
      </p>
      ${meta ? html`<p class="ns-error-meta" part="error-meta">${meta}</p>` : nothing}
      <button type="button" part="retry-button" class="button secondary" @click=${() => onRetry()}>
        ${t('retry', undefined, overrides)}
      </button>
    </div>
  `;
}

/**
 * The `ns-load-error` detail for a thrown value: the `ApiError`'s status, code and message;
 * status 0 and the error's message (or a generic one) for anything else.
 */
export function errorDetail(error: unknown): NsLoadErrorDetail {
  if (isApiError(error)) {
    const detail: NsLoadErrorDetail = {
      status: error.status,
      message: error.message.trim() || describeError(error).message,
    };
    if (error.code !== undefined) detail.code = error.code;
    return detail;
  }
  return {status: 0, message: ownMessage(error) || t('errorUnknown')};
}

function ownMessage(error: unknown): string {
  if (error instanceof Error) return error.message.trim();
  if (typeof error === 'string') return error.trim();
  return '';
}
