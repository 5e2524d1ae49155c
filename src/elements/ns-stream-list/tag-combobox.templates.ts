/** The tag filter's field of `<ns-stream-list>`: an ARIA 1.2 combobox over tag suggestions. */
import {html, nothing, type TemplateResult} from 'lit';

/** What the tag field shows. */
export interface TagFieldView {
  label: string;
  placeholder: string;
  /** The text in the field. */
  value: string;
  /** The suggestions shown (none: the list is collapsed). */
  options: readonly string[];
  /** The highlighted suggestion's index, or -1. */
  active: number;
  /** The list's accessible name. */
  suggestions: string;
  /** The screen-reader hint of the field. */
  hint: string;
  /** The note shown while typing when the API offers no suggestions; empty for none. */
  note: string;
}

/** What the field does. */
export interface TagFieldHandlers {
  input: (event: Event) => void;
  keydown: (event: KeyboardEvent) => void;
  blur: () => void;
  /** A suggestion was pressed with the pointer. */
  choose: (event: MouseEvent, tag: string) => void;
}

export function renderTagField(view: TagFieldView, handlers: TagFieldHandlers): TemplateResult {
  const expanded = view.options.length > 0;
  const {active} = view;
  return html`
    <div class="combobox" part="tag-field">
      <label id="tag-label" class="label" for="tag-input" part="tag-label">${view.label}</label>
      <div class="combobox-control">
        <input
          id="tag-input"
          part="tag-input"
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-labelledby="tag-label"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="tag-listbox"
          aria-activedescendant=${active >= 0 ? `tag-option-${active}` : nothing}
          aria-describedby="tag-hint"
          placeholder=${view.placeholder}
          .value=${view.value}
          @input=${handlers.input}
          @keydown=${handlers.keydown}
          @blur=${handlers.blur}
        />
        <ul
          id="tag-listbox"
          part="tag-listbox"
          class="listbox"
          role="listbox"
          aria-label=${view.suggestions}
          ?hidden=${!expanded}
        >
          ${view.options.map(
            (tag, i) =>
              html`<li
                id="tag-option-${i}"
                part="tag-option${i === active ? ' tag-option-active' : ''}"
                class="option"
                role="option"
                aria-selected=${i === active ? 'true' : 'false'}
                @mousedown=${(e: MouseEvent) => handlers.choose(e, tag)}
              >
                ${tag}
              </li>`,
          )}
        </ul>
      </div>
      <p id="tag-hint" class="hint sr-only">${view.hint}</p>
      <p part="tag-note" class="hint tag-note" role="status">${view.note || nothing}</p>
    </div>
  `;
}
