import {LitElement, html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {isNotOffered} from '../../api/support.js';
import type {Stream, StreamState} from '../../api/types.js';
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
import {isOffered, learn} from '../ns-stream-list/offered.js';

export type {StreamSearchStrings, StreamSearchStringOverrides} from './ns-stream-search.strings.js';

type Lookup = Extract<SearchTerm, {kind: 'id' | 'streamname'}>;

/** What a search found: a stream (or a group's member), nothing, or that the API cannot search so. */
type Outcome =
  | {kind: 'found'; streamId: string; streamgroupId?: string; streamname: string}
  | {kind: 'none'}
  | {kind: 'not-offered'};

/**
 * @summary The app bar's stream search: one field for a stream ID or a streamname, exact and
 * case-sensitive, without suggestions.
 *
 * Accepts a stream ID (a UUID, `8-4-4-4-12` hex digits) or a streamname (`XXXXX-YYYYY`: 5 letters
 * or digits, a hyphen, 5 letters or digits), trimmed of surrounding white space. Anything else
 * shows an inline message naming both formats and sends no request. A stream ID is looked up with
 * the documented `GET /stream/{id}`; a streamname with the assumed `GET /stream?streamname=…`,
 * group members as their own rows (`individual=true`), first over every state but deleted (no
 * `state`), then, without a match, `state=deleted`. A match fires `ns-stream-select`; a 404 or no
 * match shows "No stream found"; any other failure shows the error with a Retry button and fires
 * `ns-load-error`.
 *
 * Against a server with only the documented API: when the streamname search answers 404/405 the
 * message says "This API does not offer search by streamname; search by stream ID" (not "No stream
 * found", not an error), and later streamname searches with that client send nothing. Without
 * `individual` it searches the grouped rows and finds a member in its group's playouts; without
 * `state=deleted` it leaves deleted streams out. Stream ID search always works.
 *
 * @event ns-stream-select - A stream matched. `detail: {streamId, streamgroupId?}`.
 * @event ns-load-error - The search request failed (not for "no match"). `detail: {status, code, message}`.
 * @csspart form - The search form (`role="search"`).
 * @csspart label - The field's label (visually hidden).
 * @csspart input - The search field.
 * @csspart button - The submit button.
 * @csspart message - The inline message: invalid input, searching, no stream found, found, or that this API does not offer search by streamname (classes `invalid`, `not-found`, `found`, `not-offered`).
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
    onComplete: outcome => {
      if (outcome.kind === 'found') {
        const detail: {streamId: string; streamgroupId?: string} = {streamId: outcome.streamId};
        if (outcome.streamgroupId) detail.streamgroupId = outcome.streamgroupId;
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
    if (this.current && this.search.status === TaskStatus.COMPLETE) {
      const kind = this.search.value?.kind;
      return kind === 'found' ? 'found' : kind === 'not-offered' ? 'not-offered' : 'not-found';
    }
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
        const outcome = this.search.value;
        if (outcome?.kind === 'found') return this.text('found', {streamname: outcome.streamname});
        if (outcome?.kind === 'not-offered') return this.text('streamnameNotOffered');
        return this.text('notFound');
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

/** What a lookup finds: by ID with `GET /stream/{id}` (a 404 is "none"), else by streamname. */
async function find(client: BintuClient, term: Lookup, signal: AbortSignal): Promise<Outcome> {
  if (term.kind === 'id') {
    try {
      const stream = await client.getStream(term.value, {}, {signal});
      return found(stream, stream.id, stream.streamgroup);
    } catch (error) {
      if (isApiError(error) && error.status === 404) return {kind: 'none'};
      throw error;
    }
  }
  if (isOffered(client, 'streamname') === false) return {kind: 'not-offered'};
  const visible = await byStreamname(client, term.value, undefined, signal);
  if (visible === 'not-offered') return {kind: 'not-offered'};
  const match = matchOf(visible, term.value);
  if (match || isOffered(client, 'deleted') === false) return match ?? {kind: 'none'};
  const deleted = await byStreamname(client, term.value, 'deleted', signal);
  return (deleted === 'not-offered' ? undefined : matchOf(deleted, term.value)) ?? {kind: 'none'};
}

/**
 * `GET /stream?streamname=…` (assumed) with `individual=true` unless the API is known not to
 * offer it. A 404/405 is told apart by asking again without `individual`: when that works, only
 * `individual` is missing; when it does not, the streamname search (or, with `state`, that state)
 * is. Answers the listed streams, or `'not-offered'`.
 */
async function byStreamname(
  client: BintuClient,
  streamname: string,
  state: StreamState | undefined,
  signal: AbortSignal,
): Promise<Stream[] | 'not-offered'> {
  const ask = (individual: boolean) =>
    client.listStreams(
      {streamname, quantity: 5, ...(state && {state}), ...(individual && {individual})},
      {signal},
    );
  const refused = (error: unknown) => !signal.aborted && isNotOffered(error);
  const answered = (streams: Stream[], individual: boolean) => {
    learn(client, 'streamname', true);
    if (state === 'deleted') learn(client, 'deleted', true);
    learn(client, 'individual', individual);
    return streams;
  };
  const individual = isOffered(client, 'individual') !== false;
  try {
    return answered((await ask(individual)).streams, individual);
  } catch (error) {
    if (!refused(error)) throw error;
  }
  if (individual && isOffered(client, 'individual') !== true) {
    // Asked once more without it, the answer tells which parameter was refused.
    try {
      return answered((await ask(false)).streams, false);
    } catch (error) {
      if (!refused(error)) throw error;
    }
  }
  learn(client, state === 'deleted' ? 'deleted' : 'streamname', false);
  return 'not-offered';
}

/**
 * The exact (case-sensitive) match among listed streams: a stream whose ingest streamname it is,
 * else a group member listed in a group row's playouts (when members are not rows of their own).
 */
function matchOf(streams: readonly Stream[], streamname: string): Outcome | undefined {
  const stream = streams.find(s => s.ingest?.rtmp?.streamname === streamname);
  if (stream) return found(stream, stream.id, stream.streamgroup);
  for (const group of streams) {
    const playout = group.playout?.h5live?.find(p => p?.rtmp?.streamname === streamname && p.id);
    if (playout) {
      return {kind: 'found', streamId: playout.id, streamgroupId: group.id, streamname};
    }
  }
  return undefined;
}

function found(stream: Stream, streamId: string, streamgroupId: string | undefined): Outcome {
  const outcome: Outcome = {
    kind: 'found',
    streamId,
    streamname: stream.ingest?.rtmp?.streamname ?? stream.id,
  };
  if (streamgroupId) outcome.streamgroupId = streamgroupId;
  return outcome;
}

define('ns-stream-search', NsStreamSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-search': NsStreamSearch;
  }
}
