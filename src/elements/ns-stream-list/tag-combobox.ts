import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isNotOffered} from '../../api/support.js';
import {moveIndex} from '../../internal/controllers/roving-focus.js';
import type {StreamListStringKey} from './ns-stream-list.catalogues.js';
import {isOffered, learn} from './offered.js';
import {renderTagField, type TagFieldHandlers} from './tag-combobox.templates.js';

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
  /** The field's texts, from the list's catalogue. */
  text: (key: StreamListStringKey) => string;
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

  /** The field, rendered from what it holds now. */
  render(): TemplateResult {
    const text = this.options.text;
    const options = this.visible;
    const notOffered = this.notOffered;
    return renderTagField(
      {
        label: text('tagsLabel'),
        placeholder: text('tagsPlaceholder'),
        value: this.text,
        options,
        active:
          options.length && this.active >= 0 && this.active < options.length ? this.active : -1,
        suggestions: text('tagSuggestions'),
        hint: text(notOffered ? 'tagsHintNoSuggestions' : 'tagsHint'),
        note: notOffered && this.text.trim() ? text('tagSuggestionsNotOffered') : '',
      },
      this.handlers,
    );
  }

  private readonly handlers: TagFieldHandlers = {
    input: event => this.onInput(event),
    keydown: event => this.onKeyDown(event),
    blur: () => this.onBlur(),
    choose: (event, tag) => this.choose(event, tag),
  };

  private onInput(event: Event): void {
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
  }

  private onKeyDown(event: KeyboardEvent): void {
    const options = this.visible;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        // The arrows open a closed list again.
        this.open = true;
        const reopened = this.visible;
        if (!reopened.length) break;
        // A list that was closed starts afresh: ArrowDown at the first, ArrowUp at the last.
        const from = options.length ? this.active : -1;
        this.active = moveIndex(event.key, from, reopened.length, {orientation: 'vertical'})!;
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
  }

  private onBlur(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

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
