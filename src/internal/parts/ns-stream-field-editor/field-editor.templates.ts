/** The template pieces of the in-place field editor: a view (`field-editor.view.ts`) in, markup out. */
import {html, nothing, type TemplateResult} from 'lit';
import {EMPTY_VALUE} from '../../../i18n/format.js';
import {renderFormActions} from '../../form-actions.js';
import type {StringVars} from '../../../i18n/catalogues.js';
import type {FieldEditorStrings} from './field-editor.strings.js';
import {FIELD_KEYS, type EditableField, type ShownValue} from './field-editor.view.js';

type Text = (key: keyof FieldEditorStrings, vars?: StringVars) => string;

/** The value, and the Edit button when the role may edit. */
export function renderValue(
  shown: ShownValue,
  field: EditableField,
  target: string,
  editable: boolean,
  text: Text,
  onEdit: () => void,
): TemplateResult {
  const value =
    shown.kind === 'tags'
      ? html`<ul class="tags" part="value">
          ${shown.tags.map(tag => html`<li class="badge tag" part="tag">${tag}</li>`)}
        </ul>`
      : shown.kind === 'url'
        ? html`<code class="url" part="value">${shown.url}</code>`
        : html`<span class="none" part="value"
            >${shown.unknown ? EMPTY_VALUE : text(shown.key)}</span
          >`;
  return html`<div class="view">
    ${value}
    ${
      editable
        ? html`<button
            type="button"
            class="button quiet small edit"
            part="edit-button"
            aria-label=${text(FIELD_KEYS[field].edit, {target})}
            @click=${onEdit}
          >
            ${text('edit')}
          </button>`
        : nothing
    }
  </div>`;
}

/** What the edit form shows. */
export interface FormView {
  field: EditableField;
  target: string;
  /** Ids are prefixed with it (one editor's label, hint and message). */
  uid: string;
  draft: string;
  saving: boolean;
  invalid: boolean;
  message: string;
}

export interface FormHandlers {
  submit(event: SubmitEvent): void;
  input(event: Event): void;
  keydown(event: KeyboardEvent): void;
  cancel(): void;
}

/** The edit form: the field, Save and Cancel, the hint and the message. */
export function renderForm(form: FormView, text: Text, on: FormHandlers): TemplateResult {
  const {uid, saving, target} = form;
  const keys = FIELD_KEYS[form.field];
  return html`<form part="form" novalidate @submit=${on.submit} aria-busy=${saving}>
    <label class="sr-only" for="${uid}-input">${text(keys.label, {target})}</label>
    <div class="row">
      <input
        id="${uid}-input"
        class="input mono"
        part="input"
        type=${form.field === 'tags' ? 'text' : 'url'}
        autocomplete="off"
        spellcheck="false"
        .value=${form.draft}
        ?disabled=${saving}
        aria-invalid=${form.invalid ? 'true' : 'false'}
        aria-describedby="${uid}-hint ${uid}-message"
        @input=${on.input}
        @keydown=${on.keydown}
      />
      ${renderFormActions({
        busy: saving,
        small: true,
        submit: {label: saving ? text('saving') : text('save'), part: 'save-button'},
        cancel: {label: text('cancel'), part: 'cancel-button', onClick: on.cancel},
      })}
    </div>
    <p class="hint" id="${uid}-hint">${text(keys.hint)}</p>
    <p class="field-error" part="message" id="${uid}-message" role="alert">${form.message}</p>
  </form>`;
}
