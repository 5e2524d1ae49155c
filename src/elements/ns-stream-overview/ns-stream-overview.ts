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
import type {FieldEditorStrings} from '../../internal/parts/ns-stream-field-editor/field-editor.strings.js';
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
 * @csspart pending - The loading state.
 * @csspart error - The error state (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 *
 * @cssproperty --ns-stream-overview-section-gap - Space between the overview's sections; default `calc(var(--ns-space) * 3)`.
 * @cssproperty --ns-stream-overview-url-lines - Lines a long URL or token shows before it is cut (the copy button copies it whole); default `3`.
 * @cssproperty --ns-stream-overview-backdrop - What covers the page behind the confirmation dialog; default `rgb(0 0 0 / 0.45)`.
 * @cssproperty --ns-stream-overview-label-width - Width of the label column of the detail lists; default `12rem`.
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
