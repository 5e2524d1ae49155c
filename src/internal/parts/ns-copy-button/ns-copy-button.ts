import {LitElement, css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {copyText} from '../../clipboard.js';
import {define} from '../../define.js';
import {Localizer} from '../../../i18n/localizer.js';
import {sharedCatalogues} from '../../../i18n/shared.catalogues.js';
import type {StringOverrides} from '../../../i18n/shared.strings.js';
import {controlStyles, hostStyles} from '../../styles.js';

/** `copy-done` detail. */
export interface CopyDoneDetail {
  /** The value that was copied (or not). */
  value: string;
  /** Whether it reached the clipboard. */
  ok: boolean;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

const COPY_ICON =
  'M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1Zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2Zm0 16H8V7h11v14Z';
const CHECK_ICON = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z';

/**
 * @summary A button that copies `value` to the clipboard and confirms it, visibly and to screen
 * readers. Internal: the other ns elements use it next to IDs, URLs and snippets.
 *
 * On success it shows "Copied" for `feedbackMs`; on failure "Copy failed — select and copy
 * manually" until the next attempt. Both go through an `aria-live="polite"` region. Never throws.
 *
 * @fires copy-done - Internal (neither bubbles nor composed): after each attempt. `detail: {value, ok}`.
 * @csspart button - The copy button (every one, where an element forwards it as `copy-button`).
 * @csspart feedback - The "Copied" message next to the copy button.
 */
export class NsCopyButton extends LitElement {
  static override styles = [
    hostStyles,
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        flex-wrap: wrap;
        vertical-align: middle;
        background-color: transparent;
      }

      .feedback.copied {
        margin-inline-start: var(--_ns-space);
        color: var(--_ns-color-success);
      }

      .feedback.failed {
        margin-inline-start: var(--_ns-space);
        color: var(--_ns-color-danger);
      }
    `,
  ];

  /** The text to copy. The button is disabled while it is empty. */
  @property() value = '';

  /** Accessible name of the button, e.g. "Copy stream ID"; it should contain the visible "Copy". */
  @property() label = '';

  /** How long "Copied" stays visible, in milliseconds. */
  @property({attribute: 'feedback-ms', type: Number}) feedbackMs = 2000;

  /** Replacement strings (translations, a host's wording). */
  @property({attribute: false}) strings?: StringOverrides;

  @state() private status: CopyStatus = 'idle';

  private readonly i18n = new Localizer(this, {
    catalogues: sharedCatalogues,
    overrides: () => this.strings,
  });

  private attempt = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearFeedback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Feedback about an old value would be misleading.
    if (changed.has('value') && changed.get('value') !== undefined) this.clearFeedback();
  }

  override render() {
    const copied = this.status === 'copied';
    const feedback =
      this.status === 'copied'
        ? this.i18n.text('copied')
        : this.status === 'failed'
          ? this.i18n.text('copyFailed')
          : nothing;
    return html`
      <button
        type="button"
        part="button"
        class="button secondary"
        aria-label=${this.label || nothing}
        ?disabled=${!this.value}
        @click=${this.handleClick}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d=${copied ? CHECK_ICON : COPY_ICON}></path>
        </svg>
        <span>${this.i18n.text('copy')}</span>
      </button>
      <span part="feedback" class="feedback ${this.status}" role="status" aria-live="polite"
        >${feedback}</span
      >
    `;
  }

  private async handleClick(): Promise<void> {
    const attempt = ++this.attempt;
    const value = this.value;
    // Clear first, so a second success is announced again.
    this.clearFeedback();
    const ok = await copyText(value, {container: this.renderRoot});
    if (attempt !== this.attempt) return; // a newer click owns the feedback
    this.status = ok ? 'copied' : 'failed';
    if (ok) this.resetTimer = setTimeout(() => this.clearFeedback(), this.feedbackMs);
    this.dispatchEvent(
      new CustomEvent<CopyDoneDetail>('copy-done', {
        detail: {value, ok},
        bubbles: false,
        composed: false,
      }),
    );
  }

  private clearFeedback(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
    this.status = 'idle';
  }
}

define('ns-copy-button', NsCopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'ns-copy-button': NsCopyButton;
  }
}
