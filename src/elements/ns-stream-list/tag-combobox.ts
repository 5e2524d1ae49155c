import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isNotOffered} from '../../api/support.js';
import {isOffered, learn} from './offered.js';

/** Suggestions are asked for from this many typed characters on. */
export const SUGGEST_MIN_CHARS = 3;

/** How long typing must pause before suggestions are asked for, in ms. */
export const SUGGEST_DEBOUNCE_MS = 250;

export interface TagComboboxOptions {
  /** The client to ask for suggestions. */
  client: () => BintuClient | undefined;
  /** The tags already applied (not suggested again). */
  applied: () => readonly string[];
  /** The user chose a tag (typed or suggested). */
  add: (tag: string) => void;
  /** Texts of the field. */
  text: () => {
    label: string;
    placeholder: string;
    hint: string;
    /** The hint when the API offers no suggestions. */
    hintNoSuggestions: string;
    suggestions: string;
    /** Shown while typing when the API offers no suggestions. */
    notOffered: string;
  };
}

/**
 * The tag filter's field: an ARIA 1.2 combobox (an `<input role="combobox">` that controls a
 * `listbox`, with `aria-activedescendant`) over the organisation's tags. From the 3rd character,
 * after a pause in typing, it asks `searchTags` (the previous request aborted); ArrowDown / ArrowUp
 * move through the suggestions, Enter applies the highlighted one or else the typed text, Escape
 * closes the list (or, when closed, clears the field). A failed suggestion request shows no
 * suggestions: typing a tag and pressing Enter still works. When the API does not offer the tag
 * search (`GET /tag` answers 404/405), it is not asked again for the client's lifetime and, while
 * the user types, a short note says so (a polite live region): Enter still applies the typed tag.
 */
export class TagCombobox implements ReactiveController {
  /** The text in the field. */
  text = '';
  private term = '';
  private open = false;
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly suggestions: Task<readonly [BintuClient | undefined, string], string[]>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TagComboboxOptions,
  ) {
    host.addController(this);
    this.suggestions = new Task(host, {
      task: async ([client, term], {signal}) => {
        if (!client || term.length < SUGGEST_MIN_CHARS) return [];
        if (isOffered(client, 'tagSearch') === false) return [];
        try {
          const tags = await client.searchTags(term, {signal});
          learn(client, 'tagSearch', true);
          return tags;
        } catch (error) {
          // GET /tag is assumed: a server without it has no suggestions, which is not an error.
          if (!signal.aborted && isNotOffered(error)) {
            learn(client, 'tagSearch', false);
            return [];
          }
          throw error;
        }
      },
      args: () => [this.options.client(), this.term] as const,
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Whether the API is known not to offer tag suggestions. */
  get notOffered(): boolean {
    return isOffered(this.options.client(), 'tagSearch') === false;
  }

  /** The suggestions shown for the current text: not yet applied, while the text is long enough. */
  get visible(): string[] {
    if (this.text.trim().length < SUGGEST_MIN_CHARS || !this.open) return [];
    if (this.suggestions.status !== TaskStatus.COMPLETE) return [];
    const applied = this.options.applied();
    return (this.suggestions.value ?? []).filter(tag => !applied.includes(tag));
  }

  render() {
    const texts = this.options.text();
    const options = this.visible;
    const expanded = options.length > 0;
    const active = expanded && this.active >= 0 && this.active < options.length ? this.active : -1;
    const notOffered = this.notOffered;
    return html`
      <div class="combobox" part="tag-field">
        <label id="tag-label" class="label" for="tag-input" part="tag-label">${texts.label}</label>
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
            placeholder=${texts.placeholder}
            .value=${this.text}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${this.onBlur}
          />
          <ul
            id="tag-listbox"
            part="tag-listbox"
            class="listbox"
            role="listbox"
            aria-label=${texts.suggestions}
            ?hidden=${!expanded}
          >
            ${options.map(
              (tag, i) =>
                html`<li
                  id="tag-option-${i}"
                  part="tag-option${i === active ? ' tag-option-active' : ''}"
                  class="option"
                  role="option"
                  aria-selected=${i === active ? 'true' : 'false'}
                  @mousedown=${(e: MouseEvent) => this.choose(e, tag)}
                >
                  ${tag}
                </li>`,
            )}
          </ul>
        </div>
        <p id="tag-hint" class="hint sr-only">
          ${notOffered ? texts.hintNoSuggestions : texts.hint}
        </p>
        <p part="tag-note" class="hint tag-note" role="status">
          ${notOffered && this.text.trim() ? texts.notOffered : nothing}
        </p>
      </div>
    `;
  }

  private readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    clearTimeout(this.timer);
    const term = this.text.trim();
    if (term.length < SUGGEST_MIN_CHARS) {
      this.term = '';
    } else {
      this.timer = setTimeout(() => {
        this.term = term;
        this.host.requestUpdate();
      }, SUGGEST_DEBOUNCE_MS);
    }
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const options = this.visible;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        // The arrows open a closed list again.
        this.open = true;
        const reopened = this.visible;
        if (!reopened.length) break;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active =
          this.active < 0 || !options.length
            ? step > 0
              ? 0
              : reopened.length - 1
            : (this.active + step + reopened.length) % reopened.length;
        break;
      }
      case 'Enter': {
        event.preventDefault();
        const tag = (this.active >= 0 ? options[this.active] : undefined) ?? this.text.trim();
        if (tag) this.apply(tag);
        break;
      }
      case 'Escape':
        if (options.length) {
          event.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.text) {
          event.preventDefault();
          this.reset();
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  private readonly onBlur = (): void => {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  };

  private choose(event: MouseEvent, tag: string): void {
    // Keep the focus in the field.
    event.preventDefault();
    this.apply(tag);
    this.host.requestUpdate();
  }

  private apply(tag: string): void {
    this.reset();
    this.options.add(tag);
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.text = '';
    this.term = '';
    this.open = false;
    this.active = -1;
  }
}
