/** The template of `<ns-stream-search>`: a view (`ns-stream-search.view.ts`) in, markup out. */
import {html, nothing, type TemplateResult} from 'lit';
import type {StreamSearchStringKey} from './ns-stream-search.catalogues.js';
import type {SearchView} from './ns-stream-search.view.js';

export interface SearchHandlers {
  onInput(event: Event): void;
  onSubmit(event: SubmitEvent): void;
}

/** The search form, its message, and `error` (the error panel) when the view shows it. */
export function renderSearch(
  view: SearchView,
  value: string,
  text: (key: StreamSearchStringKey, vars?: Record<string, string>) => string,
  on: SearchHandlers,
  error: () => TemplateResult,
): TemplateResult {
  const message = view.message ? text(view.message.key, view.message.vars) : '';
  return html`
    <form part="form" role="search" novalidate @submit=${on.onSubmit}>
      <label part="label" class="sr-only" for="search">${text('label')}</label>
      <input
        id="search"
        part="input"
        class="input"
        type="search"
        autocomplete="off"
        spellcheck="false"
        autocapitalize="off"
        placeholder=${text('placeholder')}
        aria-describedby="message"
        aria-invalid=${view.invalid ? 'true' : 'false'}
        .value=${value}
        @input=${on.onInput}
      />
      <button part="button" class="button primary" type="submit">${text('submit')}</button>
    </form>
    <p
      id="message"
      part="message"
      class="message ${view.tone} ${message ? 'shown' : ''}"
      role="status"
      aria-live="polite"
      aria-busy=${view.busy ? 'true' : 'false'}
    >
      ${message}
    </p>
    ${view.showError ? error() : nothing}
  `;
}
