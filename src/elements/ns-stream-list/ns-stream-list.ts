import {LitElement, html} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {apiContext} from '../../context.js';
import {NsQueryChangeEvent, type StreamListQuery} from '../../events.js';
import {systemClock} from '../../internal/controllers/clock.js';
import {LoadController} from '../../internal/controllers/load.js';
import {PollingController} from '../../internal/controllers/polling.js';
import {define} from '../../internal/define.js';
import type {OverridesOf} from '../../i18n/catalogues.js';
import {Localizer} from '../../i18n/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import type {DateRange} from './date-range.js';
import {renderFilters, type FilterHandlers} from './filters.templates.js';
import {streamListCatalogues} from './ns-stream-list.catalogues.js';
import {styles} from './ns-stream-list.styles.js';
import {renderBody, type BodyHandlers} from './ns-stream-list.templates.js';
import {
  bodyView,
  droppedAnnouncement,
  filtersView,
  pageKnown,
  paginationView,
  type LoadPhase,
  type LoadedPage,
  type Words,
} from './ns-stream-list.view.js';
import {isOffered, notOffered} from './offered.js';
import {loadPage} from './page-load.js';
import {renderPagination, type PaginationHandlers} from './pagination.templates.js';
import {
  DEFAULT_PAGE_SIZE,
  normaliseQuery,
  queryDetail,
  queryKey,
  tagsConverter,
  withoutFilters,
  type AssumedFilter,
  type NormalisedQuery,
  type StateFilter,
} from './query.js';
import {TableRows} from './table-rows.js';
import {TagCombobox} from './tag-combobox.js';

export type {DateRange} from './date-range.js';
export type {StateFilter} from './query.js';
export type {StreamListStrings} from './ns-stream-list.strings.js';

/** The list's replacement strings: its own and those of the shared states (e.g. `retry`). */
export type StreamListStringOverrides = OverridesOf<'ns-stream-list'>;

const PHASES: Record<TaskStatus, LoadPhase> = {
  [TaskStatus.INITIAL]: 'initial',
  [TaskStatus.PENDING]: 'pending',
  [TaskStatus.COMPLETE]: 'complete',
  [TaskStatus.ERROR]: 'error',
};

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
 * @csspart tag-option - A tag suggestion.
 * @csspart tag-option-active - The highlighted tag suggestion (also `tag-option`).
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
 * @csspart row - A stream row.
 * @csspart member-row - A playout row of an expanded group (also `row`).
 * @csspart cell - A cell.
 * @csspart state-badge - A state badge.
 * @csspart expand-button - The button that shows or hides a group's playouts.
 * @csspart tags - The tag chips of a row.
 * @csspart tag - One tag chip.
 * @csspart pagination - The paging bar.
 * @csspart page-size-select - The rows-per-page select.
 * @csspart range - The "1–25 of 312" text ("1–25 of 25+" while the total is not known).
 * @csspart page-button - The first / previous / next / last buttons.
 * @csspart refresh-error - The note shown when a live refresh failed (the last page stays).
 * @csspart pending - The loading skeleton (a table of placeholder rows).
 * @csspart empty - The empty state.
 * @csspart empty-action - The empty state's button ("Clear filters", "Go to page 1").
 * @csspart error - The error state (`error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 *
 * @cssproperty --ns-stream-list-row-height - Minimum height of a table row.
 * @cssproperty --ns-stream-list-header-background - Background of the header row.
 * @cssproperty --ns-stream-list-row-hover-background - Background of a row under the pointer.
 */
export class NsStreamList extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

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
    overrides: () => this.strings,
  });

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
    text: key => this.i18n.text(key),
  });

  private readonly list = new LoadController(this, {
    args: () => [this.client, this.query] as const,
    load: async ([client, query], signal) => {
      const quiet = this.nextRunQuiet;
      this.nextRunQuiet = false;
      this.quietRun = quiet;
      if (!client) return initialState;
      const loaded = await loadPage(client, query, {
        quiet,
        signal,
        now: () => systemClock.now(),
        dropped: async missing => {
          this.dropFilters(missing);
          await this.updateComplete;
        },
      });
      if (!loaded) return initialState;
      return {...loaded.page, key: queryKey(loaded.query)} satisfies LoadedPage;
    },
    onComplete: page => {
      this.lastPage = page;
    },
  });

  private readonly rows = new TableRows(this, {
    page: () => this.shownPage(),
    individualStreams: () => this.query.individualStreams,
  });

  constructor() {
    super();
    // The quiet live refresh, held back while the tab is hidden.
    new PollingController(this, {
      mode: 'interval',
      delay: () => this.refreshInterval * 1000,
      run: () => this.refresh(),
    });
  }

  protected override willUpdate(): void {
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
  }

  override render() {
    const words = this.words;
    const phase = PHASES[this.list.status];
    const shown = this.shownPage();
    const offered = (filter: AssumedFilter) => isOffered(this.client, filter) !== false;
    const body = bodyView(
      {
        phase,
        quiet: this.quietRun,
        value: this.list.value,
        lastPage: this.lastPage,
        query: this.query,
        expanded: this.rows.expanded,
        focusKey: this.rows.focusKey,
        skeletonHeight: this.skeletonHeight,
      },
      words,
    );
    // While a new query loads, the old page's numbers would mislead: show them once it is in.
    const known = pageKnown(shown, this.query, phase, this.quietRun);
    return html`
      ${renderFilters(
        filtersView(this.query, offered, this.announcement, words),
        this.tagField.render(),
        this.handlers,
      )}
      ${renderBody(body, this.handlers, this.list.error, this.i18n.shared())}
      ${renderPagination(paginationView(shown, this.query, known, words), this.handlers)}
    `;
  }

  /** Reloads the shown page now, quietly (keeps rows, scroll position, focus and open groups). */
  refresh(): void {
    if (this.list.status === TaskStatus.PENDING || !this.client) return;
    this.nextRunQuiet = true;
    void this.list.run();
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
    this.announcement = droppedAnnouncement(missing, this.words);
    this.announceQuery();
  }

  /** What the filters, the rows and the paging bar do. */
  private readonly handlers: FilterHandlers & BodyHandlers & PaginationHandlers = {
    state: state => this.changeFilter({state}),
    dateRange: dateRange => this.changeFilter({dateRange}),
    individualStreams: individualStreams => this.changeFilter({individualStreams}),
    removeTag: tag => this.removeTag(tag),
    page: (page, pageSize) => this.changePage(page, pageSize),
    rowClick: event => this.rows.click(event),
    rowKeydown: event => this.rows.keydown(event),
    rowFocus: event => this.rows.focusin(event),
    toggleGroup: id => this.rows.toggle(id),
    firstPage: () => this.changePage(1),
    clearFilters: () =>
      this.changeFilter({state: 'all', tags: [], dateRange: null, individualStreams: false}),
    refresh: () => this.refresh(),
    retry: () => void this.list.run(),
  };

  // ---- filters and paging ----

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
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? this.renderRoot.querySelector<HTMLElement>('#tag-input'))?.focus();
    });
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
    this.dispatchEvent(new NsQueryChangeEvent(queryDetail(normaliseQuery(this))));
  }

  private shownPage(): LoadedPage | undefined {
    return this.list.value ?? this.lastPage;
  }

  private get words(): Words {
    return {text: (key, vars) => this.i18n.text(key, vars), locale: this.i18n.locale};
  }
}

define('ns-stream-list', NsStreamList);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-list': NsStreamList;
  }
}
