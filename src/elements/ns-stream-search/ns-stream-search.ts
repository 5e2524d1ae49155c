import {LitElement} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {apiContext} from '../../context.js';
import {NsStreamSelectEvent} from '../../events.js';
import {LoadController} from '../../internal/controllers/load.js';
import {define} from '../../internal/define.js';
import type {OverridesOf} from '../../i18n/catalogues.js';
import {Localizer} from '../../i18n/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {renderError} from '../../internal/templates.js';
import {find, type Lookup} from './find.js';
import {styles} from './ns-stream-search.styles.js';
import {streamSearchCatalogues} from './ns-stream-search.catalogues.js';
import {renderSearch, type SearchHandlers} from './ns-stream-search.templates.js';
import {searchView, type SearchPhase} from './ns-stream-search.view.js';
import {parseSearch} from './validate.js';

export type {StreamSearchStrings} from './ns-stream-search.strings.js';

/** The search's replacement strings: its own and those of the shared states (e.g. `retry`). */
export type StreamSearchStringOverrides = OverridesOf<'ns-stream-search'>;

/** A submitted search: the client asked and the text looked up (a new object per submit). */
interface Request {
  client: BintuClient | undefined;
  lookup: Lookup;
}

const PHASE: Record<TaskStatus, SearchPhase> = {
  [TaskStatus.INITIAL]: 'idle',
  [TaskStatus.PENDING]: 'pending',
  [TaskStatus.COMPLETE]: 'complete',
  [TaskStatus.ERROR]: 'error',
};

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

  private readonly i18n = new Localizer(this, {
    catalogues: streamSearchCatalogues,
    overrides: () => this.strings,
  });

  /** The message about the text as typed (invalid or empty), shown until it changes. */
  @state() private validation: 'invalid' | 'empty' | null = null;

  /** The last search submitted: each submit (and Retry) searches again, a new client does not. */
  @state() private request?: Request;

  private readonly search = new LoadController(this, {
    args: () => [this.request] as const,
    load: async ([request], signal) => {
      if (!request?.client) return initialState;
      try {
        return await find(request.client, request.lookup, signal);
      } catch (error) {
        // Typing again abandons the search: back to the initial state, no error shown.
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: outcome => {
      if (outcome.kind !== 'found') return;
      const detail: {streamId: string; streamgroupId?: string} = {streamId: outcome.streamId};
      if (outcome.streamgroupId) detail.streamgroupId = outcome.streamgroupId;
      this.dispatchEvent(new NsStreamSelectEvent(detail));
    },
  });

  override render() {
    const view = searchView({
      validation: this.validation,
      current: this.current,
      phase: PHASE[this.search.status],
      outcome: this.search.value,
    });
    const error = () => renderError(this.search.error, this.retry, this.i18n.shared());
    return renderSearch(view, this.value, (key, vars) => this.i18n.text(key, vars), this.on, error);
  }

  /** Whether the search's state is about the text in the field (not an earlier one). */
  private get current(): boolean {
    return this.request !== undefined && this.request.lookup.value === this.value.trim();
  }

  /** Searches the last text again, with the client of now. */
  private readonly retry = (): void => {
    if (this.request) this.request = {client: this.client, lookup: this.request.lookup};
  };

  private readonly on: SearchHandlers = {
    onInput: event => {
      this.value = (event.target as HTMLInputElement).value;
      // The messages were about the previous text; a search for it is abandoned.
      this.validation = null;
      if (!this.current) this.search.task.abort();
    },
    onSubmit: event => {
      event.preventDefault();
      const term = parseSearch(this.value);
      if (term.kind === 'empty' || term.kind === 'invalid') {
        this.validation = term.kind;
        this.search.task.abort();
        return;
      }
      this.validation = null;
      this.request = {client: this.client, lookup: term};
    },
  };
}

define('ns-stream-search', NsStreamSearch);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-search': NsStreamSearch;
  }
}
