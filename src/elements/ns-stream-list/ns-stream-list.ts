/* eslint-disable lit-a11y/no-redundant-role -- In narrow containers the table's parts get
   `display: block` (stacked cards), and some browsers then drop their implicit table roles; the
   explicit roles keep the table a table for screen readers at every width. */
import {LitElement, html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {styleMap} from 'lit/directives/style-map.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient, StreamPage} from '../../api/client.js';
import {isNotOffered} from '../../api/support.js';
import type {Stream, StreamState} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsLoadErrorEvent, NsQueryChangeEvent, NsStreamSelectEvent} from '../../events.js';
import type {NsStreamSelectDetail, StreamListQuery} from '../../events.js';
import {define} from '../../internal/define.js';
import {EMPTY_VALUE, formatBitrate} from '../../internal/format.js';
import {Localizer} from '../../internal/localizer.js';
import {t} from '../../internal/strings.js';
import {sharedStyles} from '../../internal/styles.js';
import {errorDetail, renderEmpty, renderError} from '../../internal/templates.js';
import {DATE_RANGES, type DateRange} from './date-range.js';
import {lastUpdated, usableInfo} from './fields.js';
import {groupMembers, groupRole, playoutCount, type GroupMember} from './groups.js';
import {
  streamListCatalogues,
  type StreamListStringKey,
  type StreamListStringOverrides,
} from './ns-stream-list.strings.js';
import {styles} from './ns-stream-list.styles.js';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  STATE_FILTERS,
  assumedFilters,
  isFiltered,
  normaliseQuery,
  pageInfo,
  probeQuery,
  queryKey,
  tagsConverter,
  toStreamQuery,
  withoutFilters,
  type AssumedFilter,
  type NormalisedQuery,
  type StateFilter,
} from './query.js';
import {isOffered, learn, notOffered} from './offered.js';
import {RefreshController} from './refresh.js';
import {TagCombobox} from './tag-combobox.js';

export type {DateRange} from './date-range.js';
export type {StateFilter} from './query.js';
export type {StreamListStrings, StreamListStringOverrides} from './ns-stream-list.strings.js';

/** One loaded page, with the query it answers. */
interface LoadedPage extends StreamPage {
  key: string;
}

/** A row of the table: a stream, or a playout of an expanded group. */
type Row =
  | {key: string; kind: 'stream'; stream: Stream}
  | {key: string; kind: 'member'; member: GroupMember; group: Stream};

const STATE_LABELS: Record<StateFilter, StreamListStringKey> = {
  all: 'stateAll',
  live: 'stateLive',
  created: 'stateCreated',
  ended: 'stateEnded',
  locked: 'stateLocked',
  deleted: 'stateDeleted',
};

/** What the note beside a filter says when this API does not offer it. */
const NOT_OFFERED_NOTES: Record<AssumedFilter, StreamListStringKey> = {
  deleted: 'deletedNotOffered',
  date: 'dateNotOffered',
  individual: 'individualNotOffered',
};

const DATE_LABELS: Record<DateRange, StreamListStringKey> = {
  today: 'dateToday',
  yesterday: 'dateYesterday',
  'this-week': 'dateThisWeek',
  'this-month': 'dateThisMonth',
  'past-month': 'datePastMonth',
  'last-3-months': 'dateLast3Months',
};

/** A shape per state, so that the badge is told apart without its colour. */
const STATE_ICONS: Record<StreamState, TemplateResult> = {
  live: svg`<circle cx="12" cy="12" r="7" fill="currentColor" />`,
  created: svg`<circle cx="12" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="3" />`,
  ended: svg`<rect x="6" y="6" width="12" height="12" fill="currentColor" />`,
  locked: svg`<path fill="currentColor" d="M17 10V7A5 5 0 0 0 7 7v3H5v12h14V10h-2ZM9.5 7a2.5 2.5 0 0 1 5 0v3h-5V7Z" />`,
  deleted: svg`<path fill="currentColor" d="M6.4 4 4 6.4 9.6 12 4 17.6 6.4 20l5.6-5.6 5.6 5.6 2.4-2.4-5.6-5.6L20 6.4 17.6 4 12 9.6 6.4 4Z" />`,
};

const CHEVRON = svg`<path fill="currentColor" d="M8.6 7.4 10 6l6 6-6 6-1.4-1.4 4.6-4.6-4.6-4.6Z" />`;
const CLOSE = svg`<path fill="currentColor" d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />`;

const COLUMNS = 6;

/**
 * @summary The stream table of the dashboard's stream page: filters, ABR groups that expand to
 * their playouts, API paging, and an optional quiet live refresh.
 *
 * Columns: State (a badge with text and a shape per state), Stream ID, Streamname, Streamgroup
 * ("Streamgroup (n Playouts)" with a button that expands the group, or "Single Stream"), Last
 * Updated (UTC) and Tags. Rows are one tab stop (roving focus: ArrowUp / ArrowDown, Home / End);
 * click or Enter activates a row, ArrowRight / ArrowLeft open and close a group.
 *
 * Every filter combines with the others and is reflected to its attribute, so a host can deep-link
 * and restore the view; a filter change goes back to page 1. Paging is done by the API (`quantity`,
 * `offset`, the `X-Total-Count` total): only the shown page is ever downloaded. A new query aborts
 * the request of the previous one, so an old answer never replaces a newer one. "All" sends no
 * `state`, as the official client does.
 *
 * An expanded group's rows (passthrough and transcodes, each with its stream ID, streamname,
 * quality and the streamgroup ID) come from the group's own `playout.h5live` list, which the list
 * request already carries: expanding is instant and sends nothing. A member's own state, tags and
 * dates are on its stream page (activate its row). A group whose answer lists no playouts shows
 * "Streamgroup" without a count and cannot expand.
 *
 * Against a server that has only the documented API, the list degrades instead of breaking:
 * - Without `X-Total-Count` the range reads "1–25 of 25+" while pages come back full and "next"
 *   stays enabled; a page that comes back short ends the list, so its end is the exact total
 *   (next disabled). "Last page" is offered only where the total is known. A total is never guessed.
 * - A filter that relies on an assumed parameter (`deleted` → `state=deleted`, the date range →
 *   `updated_after` / `updated_before`, individual streams → `individual=true`) and answers
 *   404/405 is not an error: the list loads again without it, resets that filter (its attribute
 *   too, so the controls say what the table shows; `ns-query-change` tells the host), disables it
 *   and says beside it that this API does not offer it ("This API does not offer the date
 *   filter."). When several were sent at once, one one-row request per filter finds out which.
 *   What is not offered is remembered for the client's lifetime: it is not asked again.
 * - Tag suggestions (`GET /tag`) answering 404/405: no suggestions, a short note while typing,
 *   Enter still applies the typed tag.
 * - "Last Updated" falls back to `created_at` when `updated_at` is missing; a missing or
 *   unreadable date, quality or streamname shows the empty mark ("—").
 *
 * The date filter, in UTC calendar terms (a day starts at 00:00 UTC, a week on Monday), on "Last
 * Updated", each range half-open `[from, to)`:
 * `today` today 00:00 → tomorrow 00:00; `yesterday` yesterday 00:00 → today 00:00;
 * `this-week` Monday 00:00 of this week → tomorrow 00:00; `this-month` the 1st of this month →
 * tomorrow 00:00; `past-month` the previous calendar month (its 1st → the 1st of this month);
 * `last-3-months` the 1st of the month three months back → tomorrow 00:00 (the three previous
 * calendar months plus this month so far).
 *
 * @event ns-stream-select - A row was activated (click or Enter). `detail: {streamId, streamgroupId?}`.
 * @event ns-query-change - The user changed a filter or the page, or the list dropped a filter this API does not offer. `detail: {state, tags, dateRange, individualStreams, pageSize, page}` (normalised).
 * @event ns-load-error - A page could not be loaded. `detail: {status, code, message}`.
 *
 * @csspart filters - The filter bar.
 * @csspart state-select - The state filter.
 * @csspart tag-field - The tag filter (label, field and suggestions).
 * @csspart tag-label - The tag filter's label.
 * @csspart tag-input - The tag filter's text field (an ARIA combobox).
 * @csspart tag-listbox - The list of tag suggestions.
 * @csspart tag-option - A tag suggestion; the highlighted one also has `tag-option-active`.
 * @csspart tag-note - The note shown while typing when this API offers no tag suggestions.
 * @csspart applied-tags - The applied tag filters (removable chips).
 * @csspart applied-tag - One applied tag filter.
 * @csspart remove-tag-button - The button that removes an applied tag filter.
 * @csspart date-select - The date filter.
 * @csspart individual-checkbox - The "Show streamgroups as individual streams" checkbox.
 * @csspart filter-note - The note beside a filter this API does not offer.
 * @csspart table-wrapper - The box around the table.
 * @csspart table - The table.
 * @csspart header - The header row.
 * @csspart row - A stream row; also `member-row` for a playout of an expanded group.
 * @csspart cell - A cell.
 * @csspart state-badge - A state badge.
 * @csspart expand-button - The button that shows or hides a group's playouts.
 * @csspart tags - The tag chips of a row; each chip is `tag`.
 * @csspart pagination - The paging bar.
 * @csspart page-size-select - The rows-per-page select.
 * @csspart range - The "1–25 of 312" text ("1–25 of 25+" while the total is not known).
 * @csspart page-button - The first / previous / next / last buttons.
 * @csspart refresh-error - The note shown when a live refresh failed (the last page stays).
 * @csspart pending - The loading skeleton (a table of placeholder rows).
 * @csspart empty - The empty state; its button ("Clear filters", "Go to page 1") is `empty-action`.
 * @csspart error - The error state (`error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 *
 * @cssproperty --ns-stream-list-row-height - Minimum height of a table row.
 * @cssproperty --ns-stream-list-header-background - Background of the header row.
 * @cssproperty --ns-stream-list-row-hover-background - Background of a row under the pointer.
 * @cssproperty --ns-color-surface - Background.
 * @cssproperty --ns-color-surface-raised - Header rows, cards, stripes.
 * @cssproperty --ns-color-text - Text.
 * @cssproperty --ns-color-text-muted - Secondary text.
 * @cssproperty --ns-color-border - Dividers and table lines.
 * @cssproperty --ns-color-border-strong - Outlines of inputs and secondary buttons.
 * @cssproperty --ns-color-accent - Primary buttons, links, selection.
 * @cssproperty --ns-color-accent-contrast - Text on the accent.
 * @cssproperty --ns-color-focus-ring - Keyboard focus outline.
 * @cssproperty --ns-color-danger - Errors and destructive actions.
 * @cssproperty --ns-color-warning - Warnings.
 * @cssproperty --ns-color-shadow - Shadow under popups.
 * @cssproperty --ns-color-state-live - The live state badge (likewise `--ns-color-state-created`, `-ended`, `-locked`, `-deleted`).
 * @cssproperty --ns-font-family - Text font.
 * @cssproperty --ns-font-family-mono - IDs, URLs and code.
 * @cssproperty --ns-font-size - Base font size.
 * @cssproperty --ns-radius - Corner radius.
 * @cssproperty --ns-space - Base spacing unit.
 * @cssproperty --ns-density - Multiplier on spacing and control height.
 * @cssproperty --ns-control-height - Height of buttons, inputs and selects.
 */
export class NsStreamList extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  /** Only streams in this state: `all` (live, created, ended and locked), `live`, `created`, `ended`, `locked` or `deleted`. */
  @property({reflect: true}) state: StateFilter = 'all';

  /**
   * Only streams carrying every one of these tags. The attribute is comma-separated (each tag
   * trimmed), so a tag that itself contains a comma can be set through this property only.
   */
  @property({reflect: true, converter: tagsConverter}) tags: string[] = [];

  /** Only streams last updated in this UTC range (see the class docs for the exact rule); null for any time. */
  @property({attribute: 'date-range', reflect: true}) dateRange: DateRange | null = null;

  /** List the members of ABR groups as rows of their own instead of one row per group. */
  @property({attribute: 'individual-streams', type: Boolean, reflect: true})
  individualStreams = false;

  /** Rows per page: 25, 50, 100 or 150 (another number is read as the next larger one). */
  @property({attribute: 'page-size', type: Number, reflect: true}) pageSize: number =
    DEFAULT_PAGE_SIZE;

  /** The page shown, 1-based. */
  @property({type: Number, reflect: true}) page = 1;

  /** Reload the shown page quietly every this many seconds while the tab is visible; 0 (the default) turns it off. */
  @property({attribute: 'refresh-interval', type: Number}) refreshInterval = 0;

  /** Replacement strings (a host's wording); the rest come in the provider's language. */
  @property({attribute: false}) strings: StreamListStringOverrides = {};

  private readonly i18n = new Localizer(this, {
    catalogues: streamListCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** Groups whose playouts are shown. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** The row that is the table's tab stop. */
  @state() private focusKey: string | null = null;

  /** Read out (politely) when a filter was dropped because this API does not offer it. */
  @state() private announcement = '';

  private query: NormalisedQuery = normaliseQuery(this);
  /** Whether the running load is a quiet refresh (keeps the shown rows). */
  private quietRun = false;
  private nextRunQuiet = false;
  /** The last page that loaded, kept to show during a quiet refresh. */
  private lastPage: LoadedPage | undefined;
  /** Height (px) of the table the skeleton replaces, so that the layout does not jump. */
  private skeletonHeight = 0;

  private readonly tagField = new TagCombobox(this, {
    client: () => this.client,
    applied: () => this.query.tags,
    add: tag => this.addTag(tag),
    text: () => ({
      label: this.text('tagsLabel'),
      placeholder: this.text('tagsPlaceholder'),
      hint: this.text('tagsHint'),
      hintNoSuggestions: this.text('tagsHintNoSuggestions'),
      suggestions: this.text('tagSuggestions'),
      notOffered: this.text('tagSuggestionsNotOffered'),
    }),
  });

  private readonly refresher = new RefreshController(this, () => this.refresh());

  private readonly list = new Task(this, {
    task: async (
      [client, query]: readonly [BintuClient | undefined, NormalisedQuery],
      {signal},
    ) => {
      const quiet = this.nextRunQuiet;
      this.nextRunQuiet = false;
      this.quietRun = quiet;
      if (!client) return initialState;
      const loaded = await this.load(client, query, quiet, signal);
      if (!loaded) return initialState;
      return {...loaded.page, key: queryKey(loaded.query)} satisfies LoadedPage;
    },
    args: () => [this.client, this.query] as const,
    onComplete: page => {
      this.lastPage = page;
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const next = withoutFilters(normaliseQuery(this), notOffered(this.client));
    // The attributes say what is shown, so that a deep link and `ns-query-change` agree with the
    // view: an unknown or in-between value is written back normalised (page-size="30" → "50"),
    // and a filter this API is known not to offer is left out (see `dropFilters`).
    if (this.state !== next.state) this.state = next.state;
    if (JSON.stringify(this.tags) !== JSON.stringify(next.tags)) this.tags = next.tags;
    if (this.dateRange !== next.dateRange) this.dateRange = next.dateRange;
    if (this.individualStreams !== next.individualStreams)
      this.individualStreams = next.individualStreams;
    if (this.pageSize !== next.pageSize) this.pageSize = next.pageSize;
    if (this.page !== next.page) this.page = next.page;
    // A new object only for a new query: the task reloads when (and only when) it changes.
    if (queryKey(next) !== queryKey(this.query)) {
      this.query = next;
      // The skeleton takes the place of the rows shown now: it keeps their height.
      const shown = this.renderRoot.querySelector<HTMLElement>('[part~="table-wrapper"]');
      this.skeletonHeight = shown?.offsetHeight ?? 0;
    }
    if (changed.has('refreshInterval')) this.refresher.setInterval(this.refreshInterval);
  }

  override render() {
    return html` ${this.renderFilters()} ${this.renderBody()} ${this.renderPagination()} `;
  }

  /** Reloads the shown page now, quietly (keeps rows, scroll position, focus and open groups). */
  refresh(): void {
    if (this.list.status === TaskStatus.PENDING || !this.client) return;
    this.nextRunQuiet = true;
    void this.list.run();
  }

  /**
   * Loads the page of `query`. When the server refuses an [assumed] filter (404/405), it finds out
   * which one, remembers that for the client and drops the filter: the rows without it, not an
   * error. Answers undefined when a newer load took over.
   */
  private async load(
    client: BintuClient,
    query: NormalisedQuery,
    quiet: boolean,
    signal: AbortSignal,
  ): Promise<{page: StreamPage; query: NormalisedQuery} | undefined> {
    for (;;) {
      try {
        const page = await client.listStreams(toStreamQuery(query, Date.now()), {
          signal,
          fresh: quiet,
        });
        for (const filter of assumedFilters(query)) learn(client, filter, true);
        return {page, query};
      } catch (error) {
        if (signal.aborted || !isNotOffered(error)) throw error;
        const missing = await findNotOffered(client, query, signal);
        if (!missing.length) throw error;
        this.dropFilters(missing);
        // The reset starts the load of the new query in the next update (aborting this one);
        // should it not, this run loads it.
        await this.updateComplete;
        if (signal.aborted) return undefined;
        query = withoutFilters(query, new Set(missing));
      }
    }
  }

  /**
   * Resets filters the API does not offer to their defaults instead of keeping them as the user
   * set them: the controls and the attributes always say what the table shows (the rule for
   * unknown values too), so nobody reads "Deleted" above rows that are not deleted, and a host's
   * deep link or `ns-query-change` never claims a filter that was not applied. The disabled
   * control and the note beside it say why; the host learns of the change through the event.
   */
  private dropFilters(missing: readonly AssumedFilter[]): void {
    if (missing.includes('deleted')) this.state = 'all';
    if (missing.includes('date')) this.dateRange = null;
    if (missing.includes('individual')) this.individualStreams = false;
    this.page = 1;
    this.announcement = [
      ...missing.map(filter => this.text(NOT_OFFERED_NOTES[filter])),
      this.text(missing.length > 1 ? 'shownWithoutFilters' : 'shownWithoutFilter'),
    ].join(' ');
    this.announceQuery();
  }

  // ---- filters ----

  /** The note beside a filter the API does not offer (its id for `aria-describedby`), or nothing. */
  private renderNote(filter: AssumedFilter) {
    if (isOffered(this.client, filter) !== false) return nothing;
    return html`<p id="${filter}-note" part="filter-note" class="filter-note">
      ${this.text(NOT_OFFERED_NOTES[filter])}
    </p>`;
  }

  private renderFilters() {
    const q = this.query;
    const offered = (filter: AssumedFilter) => isOffered(this.client, filter) !== false;
    const describedBy = (filter: AssumedFilter) => (offered(filter) ? nothing : `${filter}-note`);
    return html`
      <div part="filters" class="filters" role="group" aria-label=${this.text('filters')}>
        <div class="field">
          <label class="label" for="state">${this.text('stateLabel')}</label>
          <select
            id="state"
            .value=${q.state}
            part="state-select"
            class="select"
            aria-describedby=${describedBy('deleted')}
            @input=${(e: Event) =>
              this.changeFilter({state: (e.target as HTMLSelectElement).value as StateFilter})}
          >
            ${STATE_FILTERS.map(
              value =>
                html`<option
                  value=${value}
                  ?selected=${value === q.state}
                  ?disabled=${value === 'deleted' && !offered('deleted')}
                >
                  ${this.text(STATE_LABELS[value])}
                </option>`,
            )}
          </select>
          ${this.renderNote('deleted')}
        </div>
        ${this.tagField.render()}
        <div class="field">
          <label class="label" for="date">${this.text('dateLabel')}</label>
          <select
            id="date"
            .value=${q.dateRange ?? ''}
            part="date-select"
            class="select"
            ?disabled=${!offered('date')}
            aria-describedby=${describedBy('date')}
            @input=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.changeFilter({dateRange: value ? (value as DateRange) : null});
            }}
          >
            <option value="" ?selected=${q.dateRange === null}>${this.text('dateAny')}</option>
            ${DATE_RANGES.map(
              value =>
                html`<option value=${value} ?selected=${value === q.dateRange}>
                  ${this.text(DATE_LABELS[value])}
                </option>`,
            )}
          </select>
          ${this.renderNote('date')}
        </div>
        <div class="field check-field">
          <label class="check">
            <input
              type="checkbox"
              part="individual-checkbox"
              .checked=${q.individualStreams}
              ?disabled=${!offered('individual')}
              aria-describedby=${describedBy('individual')}
              @change=${(e: Event) =>
                this.changeFilter({individualStreams: (e.target as HTMLInputElement).checked})}
            />
            ${this.text('individualLabel')}
          </label>
          ${this.renderNote('individual')}
        </div>
        ${
          q.tags.length
            ? html`<ul
                part="applied-tags"
                class="chips applied"
                aria-label=${this.text('appliedTags')}
              >
                ${q.tags.map(
                  tag =>
                    html`<li part="applied-tag" class="chip">
                      <span>${tag}</span>
                      <button
                        type="button"
                        part="remove-tag-button"
                        class="chip-remove"
                        aria-label=${this.text('removeTag', {tag})}
                        @click=${() => this.removeTag(tag)}
                      >
                        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CLOSE}</svg>
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        <p class="sr-only" role="status">${this.announcement}</p>
      </div>
    `;
  }

  private addTag(tag: string): void {
    if (this.query.tags.includes(tag)) return;
    this.changeFilter({tags: [...this.query.tags, tag]});
  }

  private removeTag(tag: string): void {
    const index = this.query.tags.indexOf(tag);
    this.changeFilter({tags: this.query.tags.filter(t => t !== tag)});
    // The removed chip's button is gone: focus the next chip's, or the tag field.
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.chip-remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.tagInput)?.focus();
    });
  }

  private get tagInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#tag-input');
  }

  private clearFilters(): void {
    this.changeFilter({state: 'all', tags: [], dateRange: null, individualStreams: false});
  }

  /** Applies a user's filter change (back to page 1) and tells the host. */
  private changeFilter(patch: Partial<Omit<StreamListQuery, 'page' | 'pageSize'>>): void {
    if (patch.state !== undefined) this.state = patch.state as StateFilter;
    if (patch.tags !== undefined) this.tags = patch.tags;
    if (patch.dateRange !== undefined) this.dateRange = patch.dateRange as DateRange | null;
    if (patch.individualStreams !== undefined) this.individualStreams = patch.individualStreams;
    this.page = 1;
    this.announcement = '';
    this.announceQuery();
  }

  private changePage(page: number, pageSize: number = this.query.pageSize): void {
    if (page === this.query.page && pageSize === this.query.pageSize) return;
    this.pageSize = pageSize;
    this.page = page;
    this.announceQuery();
  }

  private announceQuery(): void {
    const q = normaliseQuery(this);
    this.dispatchEvent(
      new NsQueryChangeEvent({
        state: q.state,
        tags: [...q.tags],
        dateRange: q.dateRange,
        individualStreams: q.individualStreams,
        pageSize: q.pageSize,
        page: q.page,
      }),
    );
  }

  // ---- table ----

  private renderBody() {
    const status = this.list.status;
    const last = this.lastPage?.key === queryKey(this.query) ? this.lastPage : undefined;
    if (status === TaskStatus.INITIAL || (status === TaskStatus.PENDING && !this.quietRun)) {
      return this.renderSkeleton();
    }
    if (status === TaskStatus.PENDING) {
      return last ? this.renderPage(last, true) : this.renderSkeleton();
    }
    if (status === TaskStatus.ERROR) {
      if (this.quietRun && last) {
        return html`
          <p part="refresh-error" class="refresh-note" role="alert">
            <span>${this.text('refreshFailed')}</span>
            <button
              type="button"
              part="retry-button"
              class="button secondary"
              @click=${() => this.refresh()}
            >
              ${t('retry', undefined, this.i18n.shared())}
            </button>
          </p>
          ${this.renderPage(last, false)}
        `;
      }
      return renderError(this.list.error, () => this.list.run(), this.i18n.shared());
    }
    const page = this.list.value;
    return page ? this.renderPage(page, false) : this.renderSkeleton();
  }

  private renderSkeleton() {
    // As many rows as the page shown before (or a screenful), so that the layout does not jump.
    const rows = Math.min(this.lastPage?.streams.length || 10, this.query.pageSize);
    return html`
      <div
        part="pending table-wrapper"
        class="table-wrapper"
        role="status"
        aria-busy="true"
        style=${styleMap({minHeight: this.skeletonHeight ? `${this.skeletonHeight}px` : undefined})}
      >
        <span class="sr-only">${this.text('loadingStreams')}</span>
        <table part="table" role="table" aria-hidden="true">
          ${this.renderHead()}
          <tbody role="rowgroup">
            ${Array.from(
              {length: Math.max(rows, 3)},
              () =>
                html`<tr role="row">
                  ${Array.from(
                    {length: COLUMNS},
                    () => html`<td role="cell"><span class="skeleton-cell"></span></td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderHead() {
    const headers: StreamListStringKey[] = [
      'columnState',
      'columnId',
      'columnName',
      'columnGroup',
      'columnUpdated',
      'columnTags',
    ];
    return html`<thead role="rowgroup">
      <tr part="header" role="row">
        ${headers.map(key => html`<th scope="col" role="columnheader">${this.text(key)}</th>`)}
      </tr>
    </thead>`;
  }

  private renderPage(page: LoadedPage, busy: boolean) {
    if (!page.streams.length) {
      // Past the end; without a total the list may have ended on an earlier, full page.
      if (this.query.page > 1 && (page.total === undefined || page.total > 0)) {
        return renderEmpty(this.text('pastLastPage', {page: this.query.page}), {
          label: this.text('firstPageAction'),
          onClick: () => this.changePage(1),
        });
      }
      if (isFiltered(this.query)) {
        return renderEmpty(this.text('empty'), {
          label: this.text('clearFilters'),
          onClick: () => this.clearFilters(),
        });
      }
      return renderEmpty(this.text('emptyOrganisation'));
    }
    const rows = this.rows(page.streams);
    const focusKey = rows.some(r => r.key === this.focusKey) ? this.focusKey : rows[0]!.key;
    return html`
      <div part="table-wrapper" class="table-wrapper">
        <table part="table" role="table" aria-busy=${busy ? 'true' : 'false'}>
          <caption class="sr-only">
            ${this.text('caption')}, ${this.rangeText(page)}
          </caption>
          ${this.renderHead()}
          <tbody
            role="rowgroup"
            @click=${this.onRowClick}
            @keydown=${this.onRowKeyDown}
            @focusin=${this.onRowFocus}
          >
            ${repeat(
              rows,
              row => row.key,
              row =>
                row.kind === 'stream'
                  ? this.renderStreamRow(row.stream, row.key === focusKey)
                  : this.renderMemberRow(row.member, row.group, row.key, row.key === focusKey),
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private rows(streams: readonly Stream[]): Row[] {
    const rows: Row[] = [];
    for (const stream of streams) {
      rows.push({key: stream.id, kind: 'stream', stream});
      if (this.canExpand(stream) && this.expanded.has(stream.id)) {
        for (const member of groupMembers(stream)) {
          rows.push({key: memberKey(stream.id, member), kind: 'member', member, group: stream});
        }
      }
    }
    return rows;
  }

  private canExpand(stream: Stream): boolean {
    return (
      !this.query.individualStreams &&
      groupRole(stream) === 'group' &&
      groupMembers(stream).length > 0
    );
  }

  private renderStreamRow(stream: Stream, tabStop: boolean) {
    const streamname = stream.ingest?.rtmp?.streamname;
    const updated = lastUpdated(stream);
    return html`
      <tr
        part="row"
        role="row"
        data-kind="stream"
        data-key=${stream.id}
        tabindex=${tabStop ? '0' : '-1'}
      >
        <td part="cell" role="cell" data-label=${this.text('columnState')}>
          ${this.renderState(stream.state)}
        </td>
        <td part="cell" role="cell" class="id" data-label=${this.text('columnId')}>
          ${breakable(stream.id)}
        </td>
        <td part="cell" role="cell" class="name" data-label=${this.text('columnName')}>
          ${streamname ?? EMPTY_VALUE}
        </td>
        <td part="cell" role="cell" class="group" data-label=${this.text('columnGroup')}>
          <div>${this.renderGroupCell(stream)}</div>
        </td>
        <td part="cell" role="cell" data-label=${this.text('columnUpdated')}>
          ${
            updated
              ? html`<time datetime=${updated}
                  >${this.i18n.dateTime(updated, {label: false})}</time
                >`
              : EMPTY_VALUE
          }
        </td>
        <td part="cell" role="cell" class="tags" data-label=${this.text('columnTags')}>
          ${
            stream.tags?.length
              ? html`<ul part="tags" class="chips">
                  ${stream.tags.map(tag => html`<li part="tag" class="chip">${String(tag)}</li>`)}
                </ul>`
              : html`<span class="muted">${this.text('noTags')}</span>`
          }
        </td>
      </tr>
    `;
  }

  private renderState(state: StreamState) {
    // A state this library does not know (a newer API) shows as the API wrote it, without a shape.
    const known = Object.hasOwn(STATE_ICONS, state);
    return html`<span part="state-badge" class="badge" data-state=${known ? state : nothing}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        ${known ? STATE_ICONS[state] : nothing}
      </svg>
      ${known ? this.text(`stateBadge_${state}` as StreamListStringKey) : String(state ?? EMPTY_VALUE)}
    </span>`;
  }

  private renderGroupCell(stream: Stream) {
    const role = groupRole(stream);
    if (role === 'single') return this.text('singleStream');
    const count = playoutCount(stream);
    const label =
      count === 0
        ? this.text('streamgroupNoPlayouts')
        : count === 1
          ? this.text('streamgroupOne')
          : this.text('streamgroupMany', {count});
    if (role === 'member') {
      return html`${this.text('groupMember')}
        <span class="sub">${this.groupIdText(stream.streamgroup!)}</span>`;
    }
    if (!this.canExpand(stream)) {
      return html`${label}<span class="sub">${this.groupIdText(stream.id)}</span>`;
    }
    const open = this.expanded.has(stream.id);
    const members = open ? groupMembers(stream).map(m => rowId(memberKey(stream.id, m))) : [];
    return html`<button
      type="button"
      part="expand-button"
      class="button quiet expand"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${members.length ? members.join(' ') : nothing}
      @click=${() => this.toggleGroup(stream.id)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CHEVRON}</svg>
      ${label}
    </button>`;
  }

  private groupIdText(id: string) {
    const [before, after] = this.text('groupId').split('{id}');
    return html`${before}<span class="mono">${breakable(id)}</span>${after}`;
  }

  private renderMemberRow(member: GroupMember, group: Stream, key: string, tabStop: boolean) {
    const kind =
      member.index === 0 ? this.text('passthrough') : this.text('transcode', {index: member.index});
    const info = usableInfo(member.info);
    const quality = info
      ? this.text('memberQuality', {
          width: info.width,
          height: info.height,
          bitrate: formatBitrate(info.bitrate, this.locale),
          fps: info.fps,
        })
      : '';
    return html`
      <tr
        id=${rowId(key)}
        part="row member-row"
        role="row"
        class="member"
        data-kind="member"
        data-key=${key}
        tabindex=${tabStop ? '0' : '-1'}
      >
        <td part="cell" role="cell" data-label=${this.text('columnState')}>
          <span class="muted">${kind}</span>
        </td>
        <td part="cell" role="cell" class="id" data-label=${this.text('columnId')}>
          ${breakable(member.id)}
        </td>
        <td part="cell" role="cell" class="name" data-label=${this.text('columnName')}>
          ${member.streamname ?? EMPTY_VALUE}
        </td>
        <td part="cell" role="cell" class="group" data-label=${this.text('columnGroup')}>
          <div>
            ${this.groupIdText(group.id)}
            ${quality ? html`<span class="sub">${quality}</span>` : nothing}
          </div>
        </td>
        <td part="cell" role="cell" data-label=${this.text('columnUpdated')}>
          <span class="muted">${EMPTY_VALUE}</span>
        </td>
        <td part="cell" role="cell" class="tags" data-label=${this.text('columnTags')}>
          <span class="muted">${EMPTY_VALUE}</span>
        </td>
      </tr>
    `;
  }

  private toggleGroup(id: string, open = !this.expanded.has(id)): void {
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
  }

  // ---- rows: activation and roving focus ----

  private rowOf(event: Event): HTMLTableRowElement | undefined {
    for (const node of event.composedPath()) {
      if (node === event.currentTarget) return undefined;
      if (node instanceof HTMLElement && node.matches('button, a, input, select')) return undefined;
      if (node instanceof HTMLTableRowElement && node.dataset['key']) return node;
    }
    return undefined;
  }

  private readonly onRowClick = (event: MouseEvent): void => {
    // A drag that selected text (to copy an ID) is not an activation.
    if (document.getSelection()?.toString()) return;
    const row = this.rowOf(event);
    if (row) this.select(row.dataset['key']!);
  };

  private readonly onRowFocus = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest('tr');
    const key = row?.dataset['key'];
    if (key && key !== this.focusKey) this.focusKey = key;
  };

  private readonly onRowKeyDown = (event: KeyboardEvent): void => {
    const row = event.target;
    if (!(row instanceof HTMLTableRowElement) || !row.dataset['key']) return;
    const key = row.dataset['key'];
    const rows = [...row.parentElement!.querySelectorAll<HTMLTableRowElement>('tr[data-key]')];
    const at = rows.indexOf(row);
    let target: HTMLTableRowElement | undefined;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        this.select(key);
        return;
      case 'ArrowDown':
        target = rows[at + 1];
        break;
      case 'ArrowUp':
        target = rows[at - 1];
        break;
      case 'Home':
        target = rows[0];
        break;
      case 'End':
        target = rows[rows.length - 1];
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        const stream = this.streamOf(key);
        if (stream && this.canExpand(stream)) {
          event.preventDefault();
          this.toggleGroup(stream.id, event.key === 'ArrowRight');
        }
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    if (target) {
      this.focusKey = target.dataset['key']!;
      target.focus();
    }
  };

  private streamOf(key: string): Stream | undefined {
    return this.shownPage()?.streams.find(s => s.id === key);
  }

  private shownPage(): LoadedPage | undefined {
    return this.list.value ?? this.lastPage;
  }

  private select(key: string): void {
    const page = this.shownPage();
    if (!page) return;
    let detail: NsStreamSelectDetail | undefined;
    const stream = page.streams.find(s => s.id === key);
    if (stream) {
      detail = {streamId: stream.id};
      if (stream.streamgroup) detail.streamgroupId = stream.streamgroup;
    } else {
      const [groupId, memberId] = key.split('/');
      if (groupId && memberId) detail = {streamId: memberId, streamgroupId: groupId};
    }
    if (detail) this.dispatchEvent(new NsStreamSelectEvent(detail));
  }

  // ---- pagination ----

  private renderPagination() {
    const page = this.shownPage();
    const q = this.query;
    const info = pageInfo(page?.total, q.page, q.pageSize, page?.streams.length ?? 0);
    // While a new query loads, the old page's numbers would mislead: show them once it is in.
    const status = this.list.status;
    const known =
      page !== undefined &&
      (status === TaskStatus.COMPLETE || this.quietRun) &&
      page.key === queryKey(q);
    const button = (label: StreamListStringKey, glyph: string, target: number, enabled: boolean) =>
      html`<button
        type="button"
        part="page-button"
        class="button secondary"
        aria-label=${this.text(label)}
        title=${this.text(label)}
        aria-disabled=${enabled ? 'false' : 'true'}
        @click=${() => enabled && this.changePage(target)}
      >
        <span aria-hidden="true">${glyph}</span>
      </button>`;
    // Nothing to page through.
    if (known && info.total === 0) return nothing;
    return html`
      <nav part="pagination" class="pagination" aria-label=${this.text('pagination')}>
        <div class="field">
          <label class="label" for="page-size">${this.text('rowsPerPage')}</label>
          <select
            id="page-size"
            .value=${String(q.pageSize)}
            part="page-size-select"
            class="select"
            @input=${(e: Event) =>
              this.changePage(1, Number((e.target as HTMLSelectElement).value))}
          >
            ${PAGE_SIZES.map(
              size => html`<option value=${size} ?selected=${size === q.pageSize}>${size}</option>`,
            )}
          </select>
        </div>
        <span part="range" class="range" role="status">
          ${
            known
              ? this.rangeText(page)
              : page
                ? // Holds the old text's width (unseen, unread) so the bar does not shift.
                  html`<span class="range-placeholder" aria-hidden="true"
                    >${this.rangeText(page)}</span
                  >`
                : nothing
          }
        </span>
        <span class="page-buttons">
          ${button('firstPage', '«', 1, known && info.hasPrevious)}
          ${button('previousPage', '‹', q.page - 1, known && info.hasPrevious)}
          <span class="sr-only"
            >${
              info.pages === undefined
                ? this.text('pageUnknownTotal', {page: this.number(q.page)})
                : this.text('pageOf', {page: this.number(q.page), pages: this.number(info.pages)})
            }</span
          >
          ${button('nextPage', '›', q.page + 1, known && info.hasNext)}
          ${
            // Without a total there is no last page to go to.
            info.pages === undefined
              ? nothing
              : button('lastPage', '»', info.pages, known && info.hasNext)
          }
        </span>
      </nav>
    `;
  }

  /** "1–25 of 312"; without a total "1–25 of 25+" (a full page) or the exact end (a short one). */
  private rangeText(page: StreamPage): string {
    const q = this.query;
    const info = pageInfo(page.total, q.page, q.pageSize, page.streams.length);
    if (!info.from) {
      return info.total === undefined
        ? ''
        : this.text('rangeEmpty', {total: this.number(info.total)});
    }
    const from = this.number(info.from);
    const to = this.number(info.to);
    if (info.total === undefined) {
      return this.text('rangeAtLeast', {from, to, count: this.number(info.atLeast ?? info.to)});
    }
    return this.text('range', {from, to, total: this.number(info.total)});
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  // ---- helpers ----

  private get locale(): string {
    return this.i18n.locale;
  }

  private text(key: StreamListStringKey, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }
}

/** An ID as text that may wrap after its hyphens (not inside its hex groups) where space is short. */
function breakable(id: string) {
  return id.split('-').map((part, i) => (i ? html`-<wbr />${part}` : part));
}

/**
 * Which of the [assumed] filters of a refused request (404/405) the server does not offer, learned
 * for the client: the one not known to work, or, when several are unknown, each tried alone in a
 * one-row request. Empty when none is to blame (then the answer is a real error).
 */
async function findNotOffered(
  client: BintuClient,
  query: NormalisedQuery,
  signal: AbortSignal,
): Promise<AssumedFilter[]> {
  const unknown = assumedFilters(query).filter(filter => isOffered(client, filter) !== true);
  if (unknown.length <= 1) {
    for (const filter of unknown) learn(client, filter, false);
    return unknown;
  }
  const missing: AssumedFilter[] = [];
  for (const filter of unknown) {
    try {
      await client.listStreams(probeQuery(query, filter, Date.now()), {signal});
      learn(client, filter, true);
    } catch (error) {
      if (signal.aborted || !isNotOffered(error)) throw error;
      learn(client, filter, false);
      missing.push(filter);
    }
  }
  return missing;
}

function memberKey(groupId: string, member: GroupMember): string {
  return `${groupId}/${member.id}`;
}

function rowId(key: string): string {
  return `row-${key.replace(/[^\w-]/g, '_')}`;
}

define('ns-stream-list', NsStreamList);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-list': NsStreamList;
  }
}
