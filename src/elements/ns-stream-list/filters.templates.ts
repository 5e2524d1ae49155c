/**
 * The filter bar of `<ns-stream-list>`: state, tags (the combobox comes rendered), date range,
 * individual streams, the applied tag chips and the polite announcement of a dropped filter.
 */
import {html, nothing, svg, type TemplateResult} from 'lit';
import type {DateRange} from './date-range.js';
import type {FiltersView, NoteView, SelectFieldView} from './ns-stream-list.view.js';
import type {StateFilter} from './query.js';

/** What the filter controls do. */
export interface FilterHandlers {
  state: (state: StateFilter) => void;
  dateRange: (range: DateRange | null) => void;
  individualStreams: (on: boolean) => void;
  removeTag: (tag: string) => void;
}

const CLOSE = svg`<path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />`;

/** The note beside a filter the API does not offer, or nothing. */
function renderNote(note: NoteView | undefined) {
  if (!note) return nothing;
  return html`<p id=${note.id} part="filter-note" class="filter-note">${note.text}</p>`;
}

/** A select of the filter bar with its label and its note; `onValue` gets the chosen value. */
function renderSelectField(
  id: string,
  part: string,
  field: SelectFieldView<string>,
  onValue: (value: string) => void,
) {
  return html`<div class="field">
    <label class="label" for=${id}>${field.label}</label>
    <select
      id=${id}
      .value=${field.value}
      part=${part}
      class="select"
      ?disabled=${field.disabled}
      aria-describedby=${field.note?.id ?? nothing}
      @input=${(e: Event) => onValue((e.target as HTMLSelectElement).value)}
    >
      ${field.options.map(
        option =>
          html`<option
            value=${option.value}
            ?selected=${option.selected}
            ?disabled=${option.disabled}
          >
            ${option.label}
          </option>`,
      )}
    </select>
    ${renderNote(field.note)}
  </div>`;
}

/** The filter bar; `tagField` is the tag combobox, rendered by its controller. */
export function renderFilters(
  view: FiltersView,
  tagField: TemplateResult,
  handlers: FilterHandlers,
): TemplateResult {
  const {state, date, individual, applied} = view;
  return html`
    <div part="filters" class="filters" role="group" aria-label=${view.label}>
      ${renderSelectField('state', 'state-select', state, value =>
        handlers.state(value as StateFilter),
      )}
      ${tagField}
      ${renderSelectField('date', 'date-select', date, value =>
        handlers.dateRange(value ? (value as DateRange) : null),
      )}
      <div class="field check-field">
        <label class="check">
          <input
            type="checkbox"
            part="individual-checkbox"
            .checked=${individual.checked}
            ?disabled=${individual.disabled}
            aria-describedby=${individual.note?.id ?? nothing}
            @change=${(e: Event) =>
              handlers.individualStreams((e.target as HTMLInputElement).checked)}
          />
          ${individual.label}
        </label>
        ${renderNote(individual.note)}
      </div>
      ${applied.tags.length ? renderAppliedTags(applied, handlers) : nothing}
      <p class="sr-only" role="status">${view.announcement}</p>
    </div>
  `;
}

function renderAppliedTags(applied: FiltersView['applied'], handlers: FilterHandlers) {
  return html`<ul part="applied-tags" class="chips applied" aria-label=${applied.label}>
    ${applied.tags.map(
      ({tag, removeLabel}) =>
        html`<li part="applied-tag" class="chip">
          <span>${tag}</span>
          <button
            type="button"
            part="remove-tag-button"
            class="chip-remove"
            aria-label=${removeLabel}
            @click=${() => handlers.removeTag(tag)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CLOSE}</svg>
          </button>
        </li>`,
    )}
  </ul>`;
}
