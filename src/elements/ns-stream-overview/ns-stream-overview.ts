import {LitElement, html, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {TaskStatus} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import type {Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsStreamActionEvent, NsStreamChangeEvent, type StreamChangeAction} from '../../events.js';
import {ConfirmedActionController} from '../../internal/controllers/confirmed-action.js';
import {streamResource} from '../../internal/controllers/load.js';
import {PlaybackTokenController} from '../../internal/controllers/playback-token.js';
import {RovingFocusController} from '../../internal/controllers/roving-focus.js';
import {define} from '../../internal/define.js';
import {Localizer} from '../../i18n/localizer.js';
import type {Strings} from '../../i18n/shared.strings.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, renderError, renderPending} from '../../internal/templates.js';
import type {FieldEditorStrings} from '../internal-editors/field-editor.strings.js';
import {changesOf, runStreamAction} from './ns-stream-overview.actions.js';
import type {
  ActionResult,
  AssumedStreamAction,
  ConfirmedAction,
} from './ns-stream-overview.actions.js';
import {renderPanel} from './ns-stream-overview.sections.js';
import {streamOverviewCatalogues} from './ns-stream-overview.catalogues.js';
import type {StreamOverviewStrings} from './ns-stream-overview.strings.js';
import {styles} from './ns-stream-overview.styles.js';
import * as pieces from './ns-stream-overview.templates.js';
import * as view from './ns-stream-overview.view.js';
import type {StreamOverviewTab} from './ns-stream-overview.view.js';

export {STREAM_OVERVIEW_TABS, type StreamOverviewTab} from './ns-stream-overview.view.js';
export type {AssumedStreamAction} from './ns-stream-overview.actions.js';

/**
 * @summary The single stream page: header, quick actions and the Overview, Live Processing and
 * Code Snippets tabs of one stream or stream group.
 *
 * The header shows state, creation date (UTC), "Streamgroup (n Playouts)" or "Single Stream", a
 * secure indicator and the stream ID. Quick actions link to the provider's `dashboard-url`; Stop &
 * Lock, Unlock and Delete ask for confirmation, show progress and on failure leave the stream as it
 * was. A deleted or unknown id shows "Stream not found".
 *
 * Against a server with only the documented API it degrades, never breaks. Stop & Lock is the
 * documented stop followed by the assumed lock; Unlock and Delete are assumed. When one of these
 * answers 404 or 405 the page stays as it is (the stream is still shown), the dialog says plainly
 * that this API does not offer it (when the stop went through but locking is not offered, the
 * stream is shown stopped and the dialog says locking is not offered), and from then on this
 * element does not offer that action again: the button gives way to a visible note, and Stop &
 * Lock becomes a plain Stop. Fields the server leaves out show the empty mark ("—"): Updated At
 * falls back to the creation date, Timecode and Timecode Interval show "—", and so does an absent
 * Push URL (a server may leave it out whether or not one is set, so "Not set" would claim more
 * than the answer says; it can still be set); recordings (`playout.web` entries of type `vod`)
 * without a date or size show "—" and are named by their URL's last segment. When a stream does
 * not say whether it is secure, the organisation's secure package decides (on when the
 * organisation's packages are unknown), so the token section and the tokens in the playout URLs
 * are there rather than missing; the header's badge then reads "With token" instead of claiming
 * "Secure". With the packages unknown, the VOD section is shown.
 *
 * The parts of the nested elements are forwarded: `copy-button`, `copy-feedback` and `field-*`
 * reach those parts wherever they are; every other part gets its element's prefix (`abr-`,
 * `token-`, `live-processing-`, `snippet-`), and those prefixes also pick out the copy buttons and
 * fields of one nested element (`abr-copy-button`).
 *
 * @event ns-stream-action - Cancelable, before a quick action opens the dashboard: `detail: {action, streamId}`;
 *   `preventDefault()` to route it yourself.
 * @event ns-stream-change - A change succeeded (stop, lock, unlock, delete, tags, push-url, transcode):
 *   `detail: {streamId, action, stream}`.
 * @event ns-load-error - The stream (or its playback token) could not be loaded: `detail: {status, code, message}`.
 *
 * @csspart header - The header region.
 * @csspart title - The stream's name in the header.
 * @csspart state - The state badge.
 * @csspart meta - The creation date, stream type and secure indicator.
 * @csspart secure-badge - The secure indicator ("With token" when the stream does not say).
 * @csspart stream-id - The stream ID.
 * @csspart actions - The quick actions.
 * @csspart action - Each quick action link.
 * @csspart stop-button - The Stop & Lock button.
 * @csspart unlock-button - The Unlock button.
 * @csspart delete-button - The Delete button.
 * @csspart not-offered - The note that this API does not offer an action (locking, unlocking, deleting).
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tab-panel - Each tab panel.
 * @csspart section - Each section of the overview tab.
 * @csspart section-heading - Each section's heading.
 * @csspart details - The stream details list.
 * @csspart ingest - The ingest information list.
 * @csspart token - The secure playback token section.
 * @csspart playout - The H5Live playout list.
 * @csspart vod-table - The VOD recordings table.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-message - The dialog's progress or failure message.
 * @csspart confirm-button - The dialog's confirm button.
 * @csspart cancel-button - The dialog's cancel button.
 * @csspart not-found - The "Stream not found" / "Stream deleted" state.
 * @csspart unavailable - The note of a tab whose element is not loaded.
 * @csspart pending - The loading state.
 * @csspart error - The error state (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 * @csspart copy-button - Every copy button, the nested elements' included.
 * @csspart copy-feedback - The "Copied" message next to every copy button.
 * @csspart field-value - The shown value of an editable field (tags, push URL), the ABR table's included.
 * @csspart field-tag - One tag of an editable tag list.
 * @csspart field-edit-button - An editable field's Edit button.
 * @csspart field-form - An editable field's edit form.
 * @csspart field-input - An editable field's text field.
 * @csspart field-save-button - An editable field's Save button.
 * @csspart field-cancel-button - An editable field's Cancel button.
 * @csspart field-message - An editable field's validation or save failure message.
 * @csspart abr-header - `<ns-abr-table>`'s `header`.
 * @csspart abr-heading - `<ns-abr-table>`'s `heading`.
 * @csspart abr-group-id - `<ns-abr-table>`'s `group-id`.
 * @csspart abr-table - `<ns-abr-table>`'s `table`.
 * @csspart abr-header-row - `<ns-abr-table>`'s `header-row`.
 * @csspart abr-row - `<ns-abr-table>`'s `row`.
 * @csspart abr-cell - `<ns-abr-table>`'s `cell`.
 * @csspart add-profile-button - `<ns-abr-table>`'s `add-profile-button` (also `abr-add-profile-button`).
 * @csspart abr-add-profile-button - `<ns-abr-table>`'s `add-profile-button`.
 * @csspart add-form - `<ns-abr-table>`'s `add-form` (also `abr-add-form`).
 * @csspart abr-add-form - `<ns-abr-table>`'s `add-form`.
 * @csspart abr-profile-select - `<ns-abr-table>`'s `profile-select`.
 * @csspart abr-add-button - `<ns-abr-table>`'s `add-button`.
 * @csspart abr-add-cancel-button - `<ns-abr-table>`'s `add-cancel-button`.
 * @csspart abr-message - `<ns-abr-table>`'s `message`.
 * @csspart abr-not-found - `<ns-abr-table>`'s `not-found`.
 * @csspart abr-upgrade - `<ns-abr-table>`'s `upgrade`.
 * @csspart abr-pending - `<ns-abr-table>`'s `pending`.
 * @csspart abr-empty - `<ns-abr-table>`'s `empty`.
 * @csspart abr-error - `<ns-abr-table>`'s `error`.
 * @csspart abr-error-message - `<ns-abr-table>`'s `error-message`.
 * @csspart abr-error-meta - `<ns-abr-table>`'s `error-meta`.
 * @csspart abr-retry-button - `<ns-abr-table>`'s `retry-button`.
 * @csspart abr-copy-button - `<ns-abr-table>`'s `copy-button`.
 * @csspart abr-copy-feedback - `<ns-abr-table>`'s `copy-feedback`.
 * @csspart abr-field-value - `<ns-abr-table>`'s `field-value`.
 * @csspart abr-field-tag - `<ns-abr-table>`'s `field-tag`.
 * @csspart abr-field-edit-button - `<ns-abr-table>`'s `field-edit-button`.
 * @csspart abr-field-form - `<ns-abr-table>`'s `field-form`.
 * @csspart abr-field-input - `<ns-abr-table>`'s `field-input`.
 * @csspart abr-field-save-button - `<ns-abr-table>`'s `field-save-button`.
 * @csspart abr-field-cancel-button - `<ns-abr-table>`'s `field-cancel-button`.
 * @csspart abr-field-message - `<ns-abr-table>`'s `field-message`.
 * @csspart token-info - `<ns-token-info>`'s `base`.
 * @csspart token-empty - `<ns-token-info>`'s `empty`.
 * @csspart token-invalid - `<ns-token-info>`'s `invalid`.
 * @csspart token-invalid-hint - `<ns-token-info>`'s `invalid-hint`.
 * @csspart token-raw - `<ns-token-info>`'s `token`.
 * @csspart token-badge - `<ns-token-info>`'s `badge`.
 * @csspart token-details - `<ns-token-info>`'s `details`.
 * @csspart token-settings - `<ns-token-info>`'s `settings`.
 * @csspart token-streams - `<ns-token-info>`'s `streams`.
 * @csspart token-note - `<ns-token-info>`'s `note`.
 * @csspart token-copy-button - `<ns-token-info>`'s `copy-button`.
 * @csspart token-copy-feedback - `<ns-token-info>`'s `copy-feedback`.
 * @csspart live-processing - `<ns-live-processing>`'s `base`.
 * @csspart live-processing-processes - `<ns-live-processing>`'s `processes`.
 * @csspart live-processing-process - `<ns-live-processing>`'s `process`.
 * @csspart live-processing-quality-tabs - `<ns-live-processing>`'s `quality-tabs`.
 * @csspart live-processing-quality-tab - `<ns-live-processing>`'s `quality-tab`.
 * @csspart live-processing-panel - `<ns-live-processing>`'s `panel`.
 * @csspart live-processing-process-header - `<ns-live-processing>`'s `process-header`.
 * @csspart live-processing-refresh-button - `<ns-live-processing>`'s `refresh-button`.
 * @csspart live-processing-details - `<ns-live-processing>`'s `details`.
 * @csspart live-processing-status - `<ns-live-processing>`'s `status`.
 * @csspart live-processing-link - `<ns-live-processing>`'s `link`.
 * @csspart live-processing-preview - `<ns-live-processing>`'s `preview`.
 * @csspart live-processing-image - `<ns-live-processing>`'s `image`.
 * @csspart live-processing-image-unavailable - `<ns-live-processing>`'s `image-unavailable`.
 * @csspart live-processing-sessions - `<ns-live-processing>`'s `sessions`.
 * @csspart live-processing-recordings - `<ns-live-processing>`'s `recordings`.
 * @csspart live-processing-settings - `<ns-live-processing>`'s `settings`.
 * @csspart live-processing-field - `<ns-live-processing>`'s `field`.
 * @csspart live-processing-input - `<ns-live-processing>`'s `input`.
 * @csspart live-processing-field-error - `<ns-live-processing>`'s `field-error`.
 * @csspart live-processing-save-button - `<ns-live-processing>`'s `save-button`.
 * @csspart live-processing-reset-button - `<ns-live-processing>`'s `reset-button`.
 * @csspart live-processing-save-error - `<ns-live-processing>`'s `save-error`.
 * @csspart live-processing-upgrade - `<ns-live-processing>`'s `upgrade`.
 * @csspart live-processing-pending - `<ns-live-processing>`'s `pending`.
 * @csspart live-processing-empty - `<ns-live-processing>`'s `empty`.
 * @csspart live-processing-error - `<ns-live-processing>`'s `error`.
 * @csspart live-processing-error-message - `<ns-live-processing>`'s `error-message`.
 * @csspart live-processing-error-meta - `<ns-live-processing>`'s `error-meta`.
 * @csspart live-processing-retry-button - `<ns-live-processing>`'s `retry-button`.
 * @csspart live-processing-copy-button - `<ns-live-processing>`'s `copy-button`.
 * @csspart live-processing-copy-feedback - `<ns-live-processing>`'s `copy-feedback`.
 * @csspart snippet-builder - `<ns-snippet-builder>`'s `base`.
 * @csspart snippet-settings - `<ns-snippet-builder>`'s `settings`.
 * @csspart snippet-start-quality - `<ns-snippet-builder>`'s `start-quality`.
 * @csspart snippet-latency-mode - `<ns-snippet-builder>`'s `latency-mode`.
 * @csspart snippet-token-settings - `<ns-snippet-builder>`'s `token-settings`.
 * @csspart snippet-token-form - `<ns-snippet-builder>`'s `token-form`.
 * @csspart snippet-field - `<ns-snippet-builder>`'s `field`.
 * @csspart snippet-input - `<ns-snippet-builder>`'s `input`.
 * @csspart snippet-field-error - `<ns-snippet-builder>`'s `field-error`.
 * @csspart snippet-form-error - `<ns-snippet-builder>`'s `form-error`.
 * @csspart snippet-generate-button - `<ns-snippet-builder>`'s `generate-button`.
 * @csspart snippet-default-token-button - `<ns-snippet-builder>`'s `default-token-button`.
 * @csspart snippet-token-note - `<ns-snippet-builder>`'s `token-note`.
 * @csspart snippet-token-info - `<ns-snippet-builder>`'s `token-info`.
 * @csspart snippet-token-info-base - `<ns-snippet-builder>`'s `token-info-base`.
 * @csspart snippet-token-info-empty - `<ns-snippet-builder>`'s `token-info-empty`.
 * @csspart snippet-token-info-invalid - `<ns-snippet-builder>`'s `token-info-invalid`.
 * @csspart snippet-token-info-invalid-hint - `<ns-snippet-builder>`'s `token-info-invalid-hint`.
 * @csspart snippet-token-info-token - `<ns-snippet-builder>`'s `token-info-token`.
 * @csspart snippet-token-info-badge - `<ns-snippet-builder>`'s `token-info-badge`.
 * @csspart snippet-token-info-details - `<ns-snippet-builder>`'s `token-info-details`.
 * @csspart snippet-token-info-settings - `<ns-snippet-builder>`'s `token-info-settings`.
 * @csspart snippet-token-info-streams - `<ns-snippet-builder>`'s `token-info-streams`.
 * @csspart snippet-token-info-note - `<ns-snippet-builder>`'s `token-info-note`.
 * @csspart snippet-token-info-copy-button - `<ns-snippet-builder>`'s `token-info-copy-button`.
 * @csspart snippet-token-info-copy-feedback - `<ns-snippet-builder>`'s `token-info-copy-feedback`.
 * @csspart snippet - `<ns-snippet-builder>`'s `snippet` (an output block).
 * @csspart snippet-code - `<ns-snippet-builder>`'s `code`.
 * @csspart snippet-pending - `<ns-snippet-builder>`'s `pending`.
 * @csspart snippet-empty - `<ns-snippet-builder>`'s `empty`.
 * @csspart snippet-error - `<ns-snippet-builder>`'s `error`.
 * @csspart snippet-error-message - `<ns-snippet-builder>`'s `error-message`.
 * @csspart snippet-error-meta - `<ns-snippet-builder>`'s `error-meta`.
 * @csspart snippet-retry-button - `<ns-snippet-builder>`'s `retry-button`.
 * @csspart snippet-copy-button - `<ns-snippet-builder>`'s `copy-button`.
 * @csspart snippet-copy-feedback - `<ns-snippet-builder>`'s `copy-feedback`.
 *
 * @cssproperty --ns-stream-overview-section-gap - Space between the overview's sections; default `calc(var(--ns-space) * 3)`.
 * @cssproperty --ns-stream-overview-url-lines - Lines a long URL or token shows before it is cut (the copy button copies it whole); default `3`.
 * @cssproperty --ns-stream-overview-backdrop - What covers the page behind the confirmation dialog; default `rgb(0 0 0 / 0.45)`.
 * @cssproperty --ns-stream-overview-label-width - Width of the label column of the detail lists; default `12rem`.
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
 * @cssproperty --ns-color-danger-contrast - Text on the danger colour.
 * @cssproperty --ns-color-success - Success feedback.
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
export class NsStreamOverview extends LitElement {
  static override styles = [...sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The stream (or stream group) to show. */
  @property({attribute: 'stream-id', reflect: true}) streamId = '';

  /** The current tab: `overview`, `live-processing` or `code-snippets`. */
  @property({reflect: true}) tab: StreamOverviewTab = 'overview';

  /** A secure playback token for the playout URLs; when absent, one is created for this stream. */
  @property({attribute: 'playback-token'}) playbackToken?: string;

  /**
   * Replacement strings (translations, a host's wording), keyed like `ns-stream-overview.strings.ts`;
   * also passed on to its editors, copy buttons and error state. The nested public elements (ABR
   * table, live processing, snippet builder, token view) take theirs from `<ns-api-provider>`'s
   * `strings`, under their own tags.
   */
  @property({attribute: false}) strings?: Partial<
    StreamOverviewStrings & FieldEditorStrings & Strings
  >;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: streamOverviewCatalogues,
    overrides: () => this.strings,
  });

  private readonly text: pieces.Text = key => this.i18n.text(key);

  /** The stream as changed by a confirmed edit or action, until the next load. */
  @state() private changed?: Stream;
  @state() private announcement = '';
  /** Actions this element learned the API does not offer; they are not offered again. */
  @state() private notOffered: ReadonlySet<AssumedStreamAction> = new Set();

  private readonly load = streamResource(this, {
    client: () => this.client,
    streamId: () => this.streamId,
    onComplete: () => (this.changed = undefined),
  });

  private readonly token = new PlaybackTokenController(this, {
    client: () => this.client,
    stream: () => this.stream,
    session: () => this.session,
    given: () => this.playbackToken,
    reportErrors: true,
  });

  private readonly actions = new ConfirmedActionController<ConfirmedAction, ActionResult>(this, {
    run: (action, signal) =>
      runStreamAction(this.client, action, this.stream?.id, this.stopLocks, signal),
    onSuccess: result => {
      for (const [action, stream] of changesOf(result)) this.fireChange(action, stream);
      // The host may have switched to another stream meanwhile: show this answer only on its own.
      if (result.stream.id !== this.stream?.id) return;
      this.changed = result.stream;
      this.announcement = view.successAnnouncement(result, this.i18n);
    },
    onFailure: (error, action) => {
      const failure = view.failureView(error, action, this.i18n, e => this.reasonOf(e));
      const {stopped, notOffered} = failure;
      if (stopped) this.fireChange('stop', stopped);
      if (stopped && stopped.id === this.stream?.id) this.changed = stopped;
      if (notOffered) this.notOffered = new Set([...this.notOffered, notOffered]);
      return failure;
    },
    dialog: () => this.renderRoot.querySelector('dialog'),
    initialFocus: () => this.renderRoot.querySelector<HTMLElement>('.dialog-cancel'),
    // The title of the stream, or of the "Stream deleted" state.
    fallbackFocus: () => this.renderRoot.querySelector<HTMLElement>('.title'),
  });

  private readonly tabs = new RovingFocusController(this, {
    orientation: 'horizontal',
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    current: () => view.STREAM_OVERVIEW_TABS.indexOf(this.tab),
    select: index => (this.tab = view.STREAM_OVERVIEW_TABS[index]!),
  });

  /** Whether Stop & Lock locks: not once the API turned out not to offer locking. */
  private get stopLocks(): boolean {
    return !this.notOffered.has('lock');
  }

  /** The stream shown: the loaded one, or what a confirmed change answered. */
  private get stream(): Stream | undefined {
    if (this.load.status !== TaskStatus.COMPLETE) return undefined;
    return this.changed ?? this.load.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab')) this.tab = view.tabOf(this.tab);
    if (changed.has('streamId') || changed.has('client')) {
      this.changed = undefined;
      this.announcement = '';
      if (this.actions.asking !== undefined) this.actions.close();
    }
  }

  override render() {
    if (!this.streamId) return html`<p class="note">${this.text('noStreamId')}</p>`;
    const pending = () => renderPending(this.text('loading'), {rows: 6});
    const {stream, i18n} = this;
    const asking = this.actions.asking;
    return html`${this.load.render({
        initial: pending,
        pending,
        complete: () => (stream ? this.renderStream(stream) : pending()),
        error: error =>
          isApiError(error) && error.status === 404
            ? pieces.renderNotFound(view.notFoundView(undefined, this.streamId, i18n))
            : renderError(error, () => void this.load.run(), i18n.shared()),
      })}
      <span class="sr-only" role="status" aria-live="polite">${this.announcement}</span>
      ${pieces.renderDialog(
        stream && asking ? view.dialogView(asking, stream, this.stopLocks, i18n) : undefined,
        this.actions,
        this.text,
      )}`;
  }

  private renderStream(stream: Stream) {
    const {session, i18n, text} = this;
    if (stream.state === 'deleted') {
      return pieces.renderNotFound(view.notFoundView(stream, this.streamId, i18n));
    }
    return html`${pieces.renderHeader(view.headerView(stream, session, i18n), text, this.strings)}
    ${pieces.renderActions(view.actionsView(stream, session, this.notOffered, i18n), text, {
      onQuickAction: (event, action) => {
        const announced = new NsStreamActionEvent({action, streamId: stream.id});
        this.dispatchEvent(announced);
        if (announced.defaultPrevented) event.preventDefault();
      },
      onAsk: (action, event) => {
        this.announcement = '';
        void this.actions.ask(action, event.currentTarget as HTMLElement);
      },
    })}
    ${pieces.renderTabs({
      current: this.tab,
      t: text,
      onKeydown: this.tabs.onKeydown,
      onSelect: tab => (this.tab = tab),
      onNestedChange: this.onNestedChange,
      panel: tab =>
        renderPanel(tab, {
          stream,
          session,
          client: this.client,
          strings: this.strings,
          i18n,
          token: this.token.value,
          retryToken: () => void this.token.run(),
        }),
    })}`;
  }

  /** Why an action failed, in one sentence with the API's error code. */
  private reasonOf(error: unknown): string {
    const {message, code} = describeError(error, this.i18n.shared());
    return [message.replace(/\.?$/, '.'), code].filter(Boolean).join(' ');
  }

  /** Keeps the page in step with what a nested editor or the ABR table saved. */
  private readonly onNestedChange = (event: Event): void => {
    const {stream} = (event as NsStreamChangeEvent).detail;
    if (stream && this.stream && stream.id === this.stream.id) this.changed = stream;
  };

  private fireChange(action: StreamChangeAction, stream: Stream): void {
    this.dispatchEvent(new NsStreamChangeEvent({streamId: stream.id, action, stream}));
  }
}

define('ns-stream-overview', NsStreamOverview);

declare global {
  interface HTMLElementTagNameMap {
    'ns-stream-overview': NsStreamOverview;
  }
}
