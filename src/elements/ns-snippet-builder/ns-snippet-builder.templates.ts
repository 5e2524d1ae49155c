/**
 * The template pieces of `<ns-snippet-builder>`: each takes what the view decided, the strings and
 * the handlers, and returns the markup. None knows the element.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {SnippetKind} from '../../events.js';
import type {CopyDoneDetail} from '../../internal/parts/ns-copy-button/ns-copy-button.js';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {copyButtonExports, exportparts} from '../../internal/exportparts.js';
import type {StringOverrides} from '../../i18n/shared.strings.js';
import '../ns-token-info/ns-token-info.js';
import {tokenInfoForward} from './ns-snippet-builder.parts.js';
import type {SnippetBuilderStringKey} from './ns-snippet-builder.catalogues.js';
import type {
  FieldView,
  Option,
  OutputView,
  SettingsView,
  TokenNote,
  TokenSectionView,
} from './ns-snippet-builder.view.js';

/** `<ns-token-info>`'s parts, as `token-info-<part>` (and `copy-button`, `copy-feedback`). */
const TOKEN_INFO_EXPORTS = exportparts(tokenInfoForward);

/** One of the element's static strings. */
export type Text = (key: SnippetBuilderStringKey) => string;

export interface SettingsHandlers {
  onQualityChange: (event: Event) => void;
  onLatencyChange: (event: Event) => void;
  onEmbedVersionChange: (event: Event) => void;
}

/** A select's `change` handler that takes the chosen value when `accepts` it. */
export function onSelect<V>(accepts: (value: unknown) => value is V, take: (value: V) => void) {
  return (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (accepts(value)) take(value);
  };
}

/**
 * One labelled select of the settings; its id is its part's name, and its hint (when it has one)
 * describes it.
 */
function renderSelect(
  name: 'start-quality' | 'latency-mode' | 'embed-version',
  label: string,
  hint: string | undefined,
  options: Option<string>[],
  onChange: (event: Event) => void,
): TemplateResult {
  const hintId = hint === undefined ? undefined : `${name}-hint`;
  return html`<div part="field" class="field">
    <label class="label" for=${name}>${label}</label>
    <select
      id=${name}
      part=${name}
      class="select"
      aria-describedby=${ifDefined(hintId)}
      @change=${onChange}
    >
      ${options.map(
        option =>
          html`<option value=${option.value} ?selected=${option.selected}>${option.label}</option>`,
      )}
    </select>
    ${hintId ? html`<span id=${hintId} class="hint">${hint}</span>` : nothing}
  </div>`;
}

/** The settings: start quality (groups only), latency control mode and iFrame embed version. */
export function renderSettings(
  view: SettingsView,
  text: Text,
  on: SettingsHandlers,
): TemplateResult {
  return html`<fieldset part="settings" class="settings">
    <legend>${text('settings')}</legend>
    ${
      view.startQualities
        ? renderSelect(
            'start-quality',
            text('startQuality'),
            text('startQualityHint'),
            view.startQualities,
            on.onQualityChange,
          )
        : nothing
    }
    ${renderSelect(
      'latency-mode',
      text('latencyMode'),
      undefined,
      view.latencyModes,
      on.onLatencyChange,
    )}
    ${renderSelect(
      'embed-version',
      text('embedVersion'),
      text('embedVersionHint'),
      view.embedVersions,
      on.onEmbedVersionChange,
    )}
  </fieldset>`;
}

export interface TokenHandlers {
  onGenerate: (event: SubmitEvent) => void;
  onFormInput: (event: Event) => void;
  onUseDefault: () => void;
}

/**
 * Which token the snippets carry, in one live region that stays in place, so that a change
 * (custom token applied, back to the default, issuing failed) is announced.
 */
export function renderTokenNote(note: TokenNote): TemplateResult {
  const classes = note.failed ? 'hint field-error' : 'hint';
  return html`<p part="token-note" class=${classes} role="status">${note.text}</p>`;
}

/** The token section: nothing, a note why there is no form, or the form and the token in use. */
export function renderTokenSection(
  view: TokenSectionView,
  text: Text,
  on: TokenHandlers,
): TemplateResult | typeof nothing {
  if (view.kind === 'none') return nothing;
  if (view.kind === 'not-enabled') {
    return html`<p class="hint" part="token-settings" role="status">
      ${text('secureNotEnabled')}
    </p>`;
  }
  if (view.kind === 'read-only') {
    return html`<p class="hint" part="token-settings">${text('tokenReadOnly')}</p>
      ${view.note ? renderTokenNote(view.note) : nothing}`;
  }
  return html`<details part="token-settings" class="token-settings">
      <summary>${text('tokenSettings')}</summary>
      <div class="token-body">
        <p class="hint">${text('tokenIntro')}</p>
        <form
          part="token-form"
          class="token-form"
          novalidate
          aria-busy=${view.busy ? 'true' : 'false'}
          @submit=${on.onGenerate}
          @input=${on.onFormInput}
        >
          <div class="fields">${view.fields.map(renderField)}</div>
          <div class="actions">
            <button
              type="submit"
              part="generate-button"
              class="button primary"
              ?disabled=${view.busy}
            >
              ${view.busy ? text('generating') : text('generate')}
            </button>
            ${
              view.customToken
                ? html`<button
                    type="button"
                    part="default-token-button"
                    class="button secondary"
                    @click=${on.onUseDefault}
                  >
                    ${text('useDefault')}
                  </button>`
                : nothing
            }
          </div>
          <div class="form-status" role="status" aria-live="polite">
            ${
              view.invalid
                ? html`<p part="form-error" class="field-error">${text('formInvalid')}</p>`
                : nothing
            }
            ${
              view.failure
                ? html`<p part="form-error" class="field-error">
                    ${view.failure.message} ${view.failure.code}
                  </p>`
                : nothing
            }
          </div>
        </form>
      </div>
    </details>
    <div class="token-state">
      ${renderTokenNote(view.note)}
      ${
        view.customToken
          ? html`<ns-token-info
              part="token-info"
              .token=${view.customToken}
              exportparts=${TOKEN_INFO_EXPORTS}
            ></ns-token-info>`
          : nothing
      }
    </div>`;
}

/** One labelled field of the token form, with its hint and (once checked) its message. */
export function renderField(field: FieldView): TemplateResult {
  return html`<div part="field" class="field">
    <label class="label" for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      name=${field.name}
      part="input"
      class="input"
      type=${field.type}
      .value=${field.value}
      min=${ifDefined(field.min)}
      max=${ifDefined(field.max)}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${field.describedBy}
    />
    <span id="${field.id}-hint" class="hint">${field.hint}</span>
    ${
      field.error
        ? html`<span id="${field.id}-error" part="field-error" class="field-error"
            >${field.error}</span
          >`
        : nothing
    }
  </div>`;
}

export interface OutputOptions {
  /** The host's strings, handed to the copy buttons. */
  strings: StringOverrides | undefined;
  onCopied: (kind: SnippetKind, event: CustomEvent<CopyDoneDetail>) => void;
}

/** One output block: its label, a copy button and the read-only code. */
export function renderOutput(view: OutputView, {strings, onCopied}: OutputOptions): TemplateResult {
  return html`<div part="snippet" class="snippet" data-kind=${view.kind}>
    <div class="snippet-head">
      <label class="label" for=${view.id}>${view.label}</label>
      <ns-copy-button
        .value=${view.value}
        label=${view.copyLabel}
        .strings=${strings}
        exportparts=${copyButtonExports}
        @copy-done=${(e: CustomEvent<CopyDoneDetail>) => onCopied(view.kind, e)}
      ></ns-copy-button>
    </div>
    <textarea
      id=${view.id}
      part="code"
      class="input code"
      readonly
      rows=${view.rows}
      spellcheck="false"
      .value=${view.value}
    ></textarea>
  </div>`;
}
