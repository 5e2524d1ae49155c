/**
 * The settings form of `<ns-live-processing>`: on/off, interval, duration or the entire stream,
 * Save and Reset, the polite "saved" status and the alert when saving failed or the form is
 * invalid. It renders a `SettingsView` (see `settings.view.ts`) and reports edits; it
 * does not know the element.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {ProcessDraft} from './processing.js';
import type {CheckView, FieldView, SettingsView} from './settings.view.js';

export interface SettingsHandlers {
  /** The user changed the draft. */
  edit: (change: Partial<ProcessDraft>) => void;
  reset: () => void;
  submit: (event: SubmitEvent) => void;
}

export function settingsTemplate(view: SettingsView, on: SettingsHandlers): TemplateResult {
  return html`
    <form part="settings" novalidate @submit=${on.submit}>
      <fieldset>
        <legend>${view.heading}</legend>
        ${checkTemplate('active', view.active, checked => on.edit({active: checked}))}
        <div class="fields">
          ${view.fields.map(field => fieldTemplate(field, on))}
          ${
            view.entireStream
              ? checkTemplate('entire-stream', view.entireStream, checked =>
                  on.edit({entireStream: checked}),
                )
              : nothing
          }
        </div>
        <div class="actions">
          <button
            type="submit"
            part="save-button"
            class="button primary"
            aria-disabled=${view.save.disabled ? 'true' : 'false'}
          >
            ${view.save.label}
          </button>
          <button
            type="button"
            part="reset-button"
            class="button secondary"
            aria-disabled=${view.reset.disabled ? 'true' : 'false'}
            @click=${() => on.reset()}
          >
            ${view.reset.label}
          </button>
          <span class="save-status" role="status" aria-live="polite">${view.status}</span>
        </div>
        <p part="save-error" class="save-error" role="alert">${view.message}</p>
      </fieldset>
    </form>
  `;
}

function checkTemplate(
  name: string,
  check: CheckView,
  change: (checked: boolean) => void,
): TemplateResult {
  return html`<label class="check">
    <input
      type="checkbox"
      name=${name}
      .checked=${check.checked}
      ?disabled=${check.disabled}
      @change=${(e: Event) => change((e.target as HTMLInputElement).checked)}
    />
    <span>${check.label}</span>
  </label>`;
}

function fieldTemplate(field: FieldView, on: SettingsHandlers): TemplateResult {
  const {name} = field;
  return html`
    <div part="field" class="field">
      <label class="label" for=${name}>${field.label}</label>
      <input
        part="input"
        class="input"
        id=${name}
        name=${name}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        .value=${field.value}
        ?disabled=${field.disabled}
        aria-invalid=${field.invalid ? 'true' : 'false'}
        aria-describedby="${name}-hint ${name}-error"
        @input=${(e: Event) => on.edit({[name]: (e.target as HTMLInputElement).value})}
      />
      <span class="hint" id="${name}-hint">${field.hint}</span>
      <span part="field-error" class="field-error" id="${name}-error">${field.error}</span>
    </div>
  `;
}
