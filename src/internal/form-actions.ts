/** The Submit and Cancel buttons of the elements' small forms (add a profile, edit a field). */
import {html, type TemplateResult} from 'lit';

export interface FormActions {
  /** The request runs: both buttons are disabled. */
  busy: boolean;
  submit: {label: string; part: string};
  cancel: {label: string; part: string; onClick: () => void};
  /** The smaller buttons of an in-place editor. */
  small?: boolean;
}

/** A primary submit button and a secondary Cancel button, for a form's button row. */
export function renderFormActions({busy, submit, cancel, small}: FormActions): TemplateResult {
  const size = small ? 'small' : '';
  return html`<button
      type="submit"
      class="button primary ${size}"
      part=${submit.part}
      ?disabled=${busy}
    >
      ${submit.label}
    </button>
    <button
      type="button"
      class="button secondary ${size}"
      part=${cancel.part}
      ?disabled=${busy}
      @click=${cancel.onClick}
    >
      ${cancel.label}
    </button>`;
}
