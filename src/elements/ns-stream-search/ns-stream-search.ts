import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import type {Stream} from '../../api/types.js';
import {STREAM_STATES} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsLoadErrorEvent, NsStreamSelectEvent} from '../../events.js';
import {define} from '../../internal/define.js';
import {Localizer} from '../../internal/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {errorDetail, renderError} from '../../internal/templates.js';
import {styles} from './ns-stream-search.styles.js';
import {
  streamSearchCatalogues,
  type StreamSearchStringKey,
  type StreamSearchStringOverrides,
} from './ns-stream-search.strings.js';
import {parseSearch, type SearchTerm} from './validate.js';

export type {StreamSearchStrings, StreamSearchStringOverrides} from './ns-stream-search.strings.js';

type Lookup = Extract<SearchTerm, {kind: 'id' | 'streamname'}>;

/**
 * @summary The app bar's stream search: one field for a stream ID or a streamname, exact and
 * case-sensitive, without suggestions.
 *
 * Accepts a stream ID (a UUID, `8-4-4-4-12` hex digits) or a streamname (`XXXXX-YYYYY`: 5 letters
 * or digits, a hyphen, 5 letters or digits), trimmed of surrounding white space. Anything else
 * shows an inline message naming both formats and sends no request. A stream ID is looked up with
 * `GET /stream/{id}`; a streamname with `GET /stream?streamname=…` over every state (deleted
 * included) and group members as their own rows. A match fires `ns-stream-select`; a 404 or no
 * match shows "No stream found"; any other failure shows the error with a Retry button and fires
 * `ns-load-error`.
 *
 * @event ns-stream-select - A stream matched. `detail: {streamId, streamgroupId?}`.
 * @event ns-load-error - The search request failed (not for "no match"). `detail: {status, code, message}`.
 * @csspart form - The search form (`role="search"`).
 * @csspart label - The field's label (visually hidden).
 * @csspart input - The search field.
 * @csspart button - The submit button.
 * @csspart message - The inline message: invalid input, searching, no stream found, found.
 * @csspart error - The error panel (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 * @cssproperty --ns-stream-search-width - Maximum width of the element (default `28rem`).
 * @cssproperty --ns-color-surface - Background.
 * @cssproperty --ns-color-text - Text.
 * @cssproperty --ns-color-text-muted - Secondary text.
 * @cssproperty --ns-color-border - Dividers and table lines.
 * @cssproperty --ns-color-border-strong - Outlines of inputs and secondary buttons.
 * @cssproperty --ns-color-accent - Primary buttons, links, selection.
 * @cssproperty --ns-color-accent-contrast - Text on the accent.
 * @cssproperty --ns-color-focus-ring - Keyboard focus outline.
 * @cssproperty --ns-color-danger - Errors and destructive actions.
 * @cssproperty --ns-color-success - Success feedback.
 * @cssproperty --ns-font-family - Text font.
 * @cssproperty --ns-font-family-mono - IDs, URLs and code.
 * @cssproperty --ns-font-size - Base font size.
 * @cssproperty --ns-radius - Corner radius.
 * @cssproperty --ns-space - Base spacing unit.
 * @cssproperty --ns-density - Multiplier on spacing and control height.
 * @cssproperty --ns-control-height - Height of buttons, inputs and selects.
 */
export class NsStreamSearch extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The text in the field. */
  @property() value = '';

  /** Replacement strings (a host's wording); the rest come in the provider's language. */
  @property({attribute: false}) strings: StreamSearchStringOverrides = {};

  /** The locale of the nearest `<ns-api-provider>`, when there is one. */
  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: streamSearchCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** The message about the text as typed (invalid or empty), shown until it changes. */
  @state() private validation: 'invalid' | 'empty' | null = null;

  private readonly search = new Task(this, {
    autoRun: false,
    task: async ([client, term]: readonly [BintuClient | undefined, Lookup], {signal}) => {
      if (!client) return initialState;
      try {
        return await find(client, term, signal);
      } catch (error) {
        // Typing again abandons the search: back to the initial state, no error shown.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: stream => {
      if (stream) {
        const detail: {streamId: string; streamgroupId?: string} = {streamId: stream.id};
        if (stream.streamgroup) detail.streamgroupId = stream.streamgroup;
        this.dispatchEvent(new NsStreamSelectEvent(detail));
      }
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  private lastLookup?: Lookup;

  override render() {
    const invalid = this.validation === 'invalid';
    const message = this.message();
    return html`
      <form part="form" role="search" novalidate @submit=${this.handleSubmit}>
        <label part="label" class="sr-only" for="search">${this.text('label')}</label>
        <input
          id="search"
          part="input"
          class="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="off"
          placeholder=${this.text('placeholder')}
          aria-describedby="message"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${this.value}
          @input=${this.handleInput}
        />
        <button part="button" class="button primary" type="submit">${this.text('submit')}</button>
      </form>
      <p
        id="message"
        part="message"
        class="message ${this.messageClass()} ${message ? 'shown' : ''}"
        role="status"
        aria-live="polite"
        aria-busy=${this.search.status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${message}
      </p>
      ${
        this.search.status === TaskStatus.ERROR && this.validation === null && this.current
          ? renderError(this.search.error, () => this.retry(), this.i18n.shared())
          : nothing
      }
    `;
  }

  private text(key: StreamSearchStringKey, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  /** Whether the search's state is about the text in the field (not an earlier one). */
  private get current(): boolean {
    return this.lastLookup !== undefined && this.lastLookup.value === this.value.trim();
  }

  private messageClass(): string {
    if (this.validation) return 'invalid';
    if (this.current && this.search.status === TaskStatus.COMPLETE)
      return this.search.value ? 'found' : 'not-found';
    return '';
  }

  private message(): string {
    if (this.validation === 'invalid') return this.text('invalid');
    if (this.validation === 'empty') return this.text('empty');
    if (!this.current) return '';
    switch (this.search.status) {
      case TaskStatus.PENDING:
        return this.text('searching');
      case TaskStatus.COMPLETE: {
        const stream = this.search.value;
        if (!stream) return this.text('notFound');
        return this.text('found', {streamname: stream.ingest?.rtmp?.streamname ?? stream.id});
      }
      default:
        return '';
    }
  }

  private handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    // The messages were about the previous text; a search for it is abandoned.
    this.validation = null;
    if (!this.current) this.search.abort();
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const term = parseSearch(this.value);
    if (term.kind === 'empty' || term.kind === 'invalid') {
      this.validation = term.kind;
      this.search.abort();
      return;
    }
    this.validation = null;
    this.lastLookup = term;
    void this.search.run([this.client, term]);
  }

  private retry(): void {
    if (this.lastLookup) void this.search.run([this.client, this.lastLookup]);
  }
}

/** The stream a lookup names, or null when there is none (a 404 or an empty list). */
async function find(
  client: BintuClient,
  term: Lookup,
  signal: AbortSignal,
): Promise<Stream | null> {
  if (term.kind === 'id') {
    try {
      return await client.getStream(term.value, {}, {signal});
    } catch (error) {
      if (isApiError(error) && error.status === 404) return null;
      throw error;
    }
  }
  const page = await client.listStreams(
    {streamname: term.value, states: [...STREAM_STATES], individual: true, quantity: 1},
    {signal},
  );
  // Only an exact match counts, whatever else an answer may hold.
  return page.streams.find(s => s.ingest?.rtmp?.streamname === term.value) ?? null;
}

define('ns-stream-search', NsStreamSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-search': NsStreamSearch;
  }
}
