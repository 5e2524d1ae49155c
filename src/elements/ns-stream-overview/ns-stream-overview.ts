import {LitElement, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {recordingsOf, type Recording} from '../../api/recordings.js';
import {isNotOffered} from '../../api/support.js';
import type {SplayRequest, Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {
  NsLoadErrorEvent,
  NsStreamActionEvent,
  NsStreamChangeEvent,
  type StreamChangeAction,
  type StreamQuickAction,
} from '../../events.js';
import '../../internal/copy-button.js';
import {
  abrTableParts,
  copyButtonExports,
  fieldEditorExports,
  forwardParts,
  liveProcessingParts,
  snippetBuilderParts,
  tokenInfoParts,
} from '../../internal/parts.js';
import {define} from '../../internal/define.js';
import {isLinkable} from '../../internal/url.js';
import {Localizer} from '../../internal/localizer.js';
import type {Strings} from '../../internal/strings.js';
import {EMPTY_VALUE, formatBytes, toDate} from '../../internal/format.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, errorDetail, renderError, renderPending} from '../../internal/templates.js';
import '../ns-abr-table/ns-abr-table.js';
import '../ns-live-processing/ns-live-processing.js';
import '../ns-snippet-builder/ns-snippet-builder.js';
import {needsPlaybackToken, playbackTokenTarget, saysSecure} from '../../token/target.js';
import '../ns-token-info/ns-token-info.js';
import type {AbrTableStrings} from '../ns-abr-table/ns-abr-table.strings.js';
import type {FieldEditorStrings} from '../internal-editors/field-editor.strings.js';
import '../internal-editors/ns-stream-field-editor.js';
import {
  streamOverviewCatalogues,
  type StreamOverviewStrings,
} from './ns-stream-overview.strings.js';
import {styles} from './ns-stream-overview.styles.js';
import {embedUrl, playoutUrl} from '../../snippets/player.js';

/** The tabs of the stream page, in order. */
export const STREAM_OVERVIEW_TABS = ['overview', 'live-processing', 'code-snippets'] as const;

/** A tab of `<ns-stream-overview>`. */
export type StreamOverviewTab = (typeof STREAM_OVERVIEW_TABS)[number];

// The nested elements' parts, forwarded with a prefix (names: src/internal/parts.ts).
const ABR_TABLE_EXPORTS = forwardParts(abrTableParts, 'abr-', {
  'add-profile-button': ['add-profile-button', 'abr-add-profile-button'],
  'add-form': ['add-form', 'abr-add-form'],
});
const LIVE_PROCESSING_EXPORTS = forwardParts(liveProcessingParts, 'live-processing-', {
  base: 'live-processing',
});
const SNIPPET_BUILDER_EXPORTS = forwardParts(snippetBuilderParts, 'snippet-', {
  base: 'snippet-builder',
  snippet: 'snippet',
});
const TOKEN_INFO_EXPORTS = forwardParts(tokenInfoParts, 'token-', {
  base: 'token-info',
  token: 'token-raw',
});

/** A destructive (or undoing) action that asks for confirmation first. */
type ConfirmedAction = 'stop' | 'delete' | 'unlock';

/**
 * The quick actions that rely on an assumed endpoint (`PUT …/lock`, `PUT …/unlock`,
 * `DELETE /stream/{id}`); a server may not offer them.
 */
export type AssumedStreamAction = 'lock' | 'unlock' | 'delete';

type Vars = Record<string, string | number>;

/** Stop succeeded, lock did not: the stream is no longer as it was. */
class LockAfterStopError extends Error {
  constructor(
    readonly stopped: Stream,
    override readonly cause: unknown,
  ) {
    super('lock failed after stop');
  }
}

interface ActionResult {
  action: ConfirmedAction;
  stream: Stream;
  /** The stream after the stop of a stop (& lock). */
  stopped?: Stream;
  /** Whether a stop was followed by a lock (not when the API does not offer locking). */
  locked?: boolean;
}

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
   * also passed on to the ABR table, the editors, the copy buttons and the error state.
   */
  @property({attribute: false}) strings?: Partial<
    StreamOverviewStrings & FieldEditorStrings & AbrTableStrings & Strings
  >;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: streamOverviewCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** The stream as changed by a confirmed edit or action, until the next load. */
  @state() private changed?: Stream;
  @state() private confirming?: ConfirmedAction;
  @state() private actionFailure = '';
  @state() private announcement = '';
  /** The dialog's action is settled (not offered, or stopped without a lock): only Close is left. */
  @state() private dialogDone = false;
  /** Actions this element learned the API does not offer; they are not offered again. */
  @state() private notOffered: ReadonlySet<AssumedStreamAction> = new Set();

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.dialog-cancel') private dialogCancel?: HTMLButtonElement;
  @query('.title') private titleElement?: HTMLElement;

  private trigger?: HTMLElement;

  private readonly load = new Task(this, {
    task: async ([client, id], {signal}): Promise<Stream | typeof initialState> => {
      if (!client || !id) return initialState;
      return client.getStream(id, {}, {signal});
    },
    args: () => [this.client, this.streamId] as const,
    onComplete: () => {
      this.changed = undefined;
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  private readonly token = new Task(this, {
    task: async ([client, request, given, may], {signal}) => {
      if (given) return given;
      if (!client || !request || !may) return initialState;
      return client.createPlaybackToken(JSON.parse(request) as SplayRequest, {signal});
    },
    args: () => {
      const stream = this.stream;
      const request =
        stream && this.needsToken(stream) ? JSON.stringify(playbackTokenTarget(stream)) : '';
      return [
        this.client,
        request,
        request ? this.playbackToken || '' : '',
        !!this.session?.can('createPlaybackToken'),
      ] as const;
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  private readonly action = new Task(this, {
    autoRun: false,
    task: async (
      [client, action, id, lock]: readonly [
        BintuClient | undefined,
        ConfirmedAction,
        string,
        boolean,
      ],
      {signal},
    ): Promise<ActionResult> => {
      if (!client) throw new Error('No nanoStream API client.');
      if (action === 'delete') return {action, stream: await client.deleteStream(id, {signal})};
      if (action === 'unlock') return {action, stream: await client.unlockStream(id, {signal})};
      const stopped = await client.stopStream(id, {signal});
      if (!lock) return {action, stopped, stream: stopped, locked: false};
      try {
        return {action, stopped, locked: true, stream: await client.lockStream(id, {signal})};
      } catch (error) {
        throw new LockAfterStopError(stopped, error);
      }
    },
    onComplete: ({action, stream, stopped, locked}) => {
      if (stopped) this.fireChange('stop', stopped);
      if (action !== 'stop' || locked) this.fireChange(action === 'stop' ? 'lock' : action, stream);
      // The host may have switched to another stream meanwhile: show this answer only on its own.
      if (stream.id !== this.stream?.id) return;
      this.changed = stream;
      this.actionFailure = '';
      this.announcement =
        action === 'stop'
          ? this.text(locked ? 'stopped' : 'stoppedOnly')
          : action === 'unlock'
            ? this.text('unlocked')
            : '';
      this.closeDialog();
    },
    onError: error => {
      const action = this.confirming;
      if (error instanceof LockAfterStopError) {
        this.fireChange('stop', error.stopped);
        if (error.stopped.id === this.stream?.id) this.changed = error.stopped;
        this.dialogDone = true;
        if (isNotOffered(error.cause)) {
          this.remember('lock');
          this.actionFailure = this.text('lockNotOffered');
        } else {
          this.actionFailure = this.text('lockFailed', {reason: this.reasonOf(error.cause)});
        }
        return;
      }
      // Delete and Unlock rely on assumed endpoints: a 404/405 says the API has no such thing.
      if ((action === 'delete' || action === 'unlock') && isNotOffered(error)) {
        this.remember(action);
        this.dialogDone = true;
        this.actionFailure = this.text(
          action === 'delete' ? 'deleteNotOffered' : 'unlockNotOffered',
        );
        return;
      }
      const key =
        action === 'delete' ? 'deleteFailed' : action === 'unlock' ? 'unlockFailed' : 'stopFailed';
      this.actionFailure = this.text(key, {reason: this.reasonOf(error)});
    },
  });

  /** Notes that the API does not offer `action`, so that this element stops offering it. */
  private remember(action: AssumedStreamAction): void {
    if (this.notOffered.has(action)) return;
    this.notOffered = new Set([...this.notOffered, action]);
  }

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
    if (changed.has('tab') && !STREAM_OVERVIEW_TABS.includes(this.tab)) this.tab = 'overview';
    if (changed.has('streamId') || changed.has('client')) {
      this.changed = undefined;
      this.actionFailure = '';
      this.announcement = '';
      if (this.confirming) this.closeDialog();
    }
  }

  override render() {
    if (!this.streamId) return html`<p class="note">${this.text('noStreamId')}</p>`;
    const pending = () => renderPending(this.text('loading'), {rows: 6});
    return html`${this.load.render({
        initial: pending,
        pending,
        complete: () => {
          const stream = this.stream;
          return stream ? this.renderStream(stream) : pending();
        },
        error: error =>
          isApiError(error) && error.status === 404
            ? this.renderNotFound()
            : renderError(error, () => void this.load.run(), this.i18n.shared()),
      })}
      <span class="sr-only" role="status" aria-live="polite">${this.announcement}</span>
      ${this.renderDialog()}`;
  }

  private text(key: keyof StreamOverviewStrings, vars?: Vars): string {
    return this.i18n.text(key, vars);
  }

  private get locale(): string {
    return this.i18n.locale;
  }

  /** Why an action failed, in one sentence with the API's error code. */
  private reasonOf(error: unknown): string {
    const {message, code} = describeError(error, this.i18n.shared());
    return [message.replace(/\.?$/, '.'), code].filter(Boolean).join(' ');
  }

  private needsToken(stream: Stream): boolean {
    return !!this.session && needsPlaybackToken(stream, this.session.features);
  }

  private renderNotFound(stream?: Stream) {
    return html`<div part="not-found" class="ns-state ns-empty not-found" role="status">
      <p class="title" tabindex="-1">
        <strong>${stream ? this.text('deleted') : this.text('notFound')}</strong>
      </p>
      <p>
        ${
          stream
            ? this.text('deletedDetail', {name: stream.ingest.rtmp.streamname, id: stream.id})
            : this.text('notFoundDetail', {id: this.streamId})
        }
      </p>
    </div>`;
  }

  private renderStream(stream: Stream) {
    if (stream.state === 'deleted') return this.renderNotFound(stream);
    return html`${this.renderHeader(stream)} ${this.renderActions(stream)}
    ${this.renderTabs(stream)}`;
  }

  private renderHeader(stream: Stream) {
    const isGroup = stream.streamgroup === stream.id;
    const playouts = stream.playout.h5live.length;
    const kind = isGroup
      ? playouts === 1
        ? this.text('streamgroupOne')
        : this.text('streamgroup', {count: playouts})
      : stream.streamgroup
        ? this.text('groupMember')
        : this.text('singleStream');
    const stateKey = `states_${stream.state}` as keyof StreamOverviewStrings;
    return html`<header part="header" class="header">
      <h2 class="title" part="title" tabindex="-1">${stream.ingest.rtmp.streamname}</h2>
      <div class="meta" part="meta">
        <span class="badge" part="state" data-state=${stream.state}>
          <span class="sr-only">${this.text('state')}:</span> ${this.text(stateKey)}
        </span>
        <span>${this.text('created', {date: this.i18n.dateTime(stream.created_at)})}</span>
        <span class="kind">${kind}</span>
        ${
          this.needsToken(stream)
            ? html`<span
                class="badge accent"
                part="secure-badge"
                title=${this.text(saysSecure(stream) ? 'secureTitle' : 'secureAssumedTitle')}
              >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path
                    fill="currentColor"
                    d="M12 1a5 5 0 0 0-5 5v4H5v13h14V10h-2V6a5 5 0 0 0-5-5Zm-3 9V6a3 3 0 1 1 6 0v4H9Z"
                  />
                </svg>
                ${this.text(saysSecure(stream) ? 'secure' : 'secureAssumed')}
              </span>`
            : nothing
        }
      </div>
      <div class="id-row">
        <span class="label-inline">${this.text('streamId')}</span>
        <code part="stream-id">${stream.id}</code>
        <ns-copy-button
          .value=${stream.id}
          label=${this.text('copyStreamId')}
          .strings=${this.strings}
          exportparts=${copyButtonExports}
        ></ns-copy-button>
      </div>
    </header>`;
  }

  private renderActions(stream: Stream) {
    const session = this.session;
    const links: [StreamQuickAction, string, keyof StreamOverviewStrings][] = [
      ['webcaster', 'webcaster', 'webcaster'],
      ['watch', 'playout', 'watch'],
      ['instructions', 'stream/new', 'instructions'],
    ];
    const base = session?.dashboardUrl ?? 'https://dashboard.nanostream.cloud';
    const id = encodeURIComponent(stream.id);
    const locks = this.stopLocks;
    const mayStop = !!session?.can('stopStream') && (!locks || !!session.can('lockStream'));
    const canStop = stream.state === 'live' && mayStop;
    const mayUnlock = stream.state === 'locked' && !!session?.can('unlockStream');
    const canUnlock = mayUnlock && !this.notOffered.has('unlock');
    const mayDelete = !!session?.can('deleteStream');
    const canDelete = mayDelete && !this.notOffered.has('delete');
    const notes: string[] = [];
    if (stream.state === 'live' && mayStop && !locks) notes.push(this.text('noteLockNotOffered'));
    if (mayUnlock && !canUnlock) notes.push(this.text('noteUnlockNotOffered'));
    if (mayDelete && !canDelete) notes.push(this.text('noteDeleteNotOffered'));
    return html`<div
        class="actions"
        part="actions"
        role="group"
        aria-label=${this.text('quickActions')}
      >
        ${links.map(
          ([action, path, key]) =>
            html`<a
              class="button secondary"
              part="action"
              data-action=${action}
              href="${base}/${path}/${id}"
              target="_blank"
              rel="noopener"
              @click=${(event: MouseEvent) => this.onQuickAction(event, action, stream.id)}
              >${this.text(key)}<span class="sr-only"> ${this.text('newTab')}</span></a
            >`,
        )}
        ${
          canStop
            ? html`<button
                type="button"
                class="button danger"
                part="stop-button"
                @click=${(e: Event) => this.openDialog('stop', e)}
              >
                ${this.text(locks ? 'stopLock' : 'stopOnly')}
              </button>`
            : nothing
        }
        ${
          canUnlock
            ? html`<button
                type="button"
                class="button secondary"
                part="unlock-button"
                @click=${(e: Event) => this.openDialog('unlock', e)}
              >
                ${this.text('unlock')}
              </button>`
            : nothing
        }
        ${
          canDelete
            ? html`<button
                type="button"
                class="button danger"
                part="delete-button"
                @click=${(e: Event) => this.openDialog('delete', e)}
              >
                ${this.text('delete')}
              </button>`
            : nothing
        }
      </div>
      ${notes.map(note => html`<p class="note not-offered" part="not-offered">${note}</p>`)}`;
  }

  private renderTabs(stream: Stream) {
    const current = this.tab;
    return html`<div
        class="tablist"
        role="tablist"
        part="tabs"
        aria-label=${this.text('tabsLabel')}
        @keydown=${this.onTabKeydown}
      >
        ${STREAM_OVERVIEW_TABS.map(
          tab =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              class="tab"
              id="tab-${tab}"
              data-tab=${tab}
              aria-selected=${tab === current ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${tab === current ? 0 : -1}
              @click=${() => this.selectTab(tab)}
            >
              ${this.text(`tab_${tab}`)}
            </button>`,
        )}
      </div>
      ${STREAM_OVERVIEW_TABS.map(
        tab =>
          html`<div
            role="tabpanel"
            part="tab-panel"
            class="panel"
            id="panel-${tab}"
            aria-labelledby="tab-${tab}"
            tabindex="0"
            ?hidden=${tab !== current}
            @ns-stream-change=${this.onNestedChange}
          >
            ${tab === current ? this.renderPanel(tab, stream) : nothing}
          </div>`,
      )}`;
  }

  private renderPanel(tab: StreamOverviewTab, stream: Stream): TemplateResult {
    if (tab === 'overview') return this.renderOverview(stream);
    if (tab === 'live-processing') {
      return customElements.get('ns-live-processing')
        ? html`<ns-live-processing
            stream-id=${stream.id}
            .client=${this.client}
            exportparts=${LIVE_PROCESSING_EXPORTS}
          ></ns-live-processing>`
        : html`<p class="note" part="unavailable">${this.text('liveProcessingMissing')}</p>`;
    }
    return customElements.get('ns-snippet-builder')
      ? html`<ns-snippet-builder
          stream-id=${stream.id}
          .client=${this.client}
          .playbackToken=${typeof this.token.value === 'string' ? this.token.value : undefined}
          exportparts=${SNIPPET_BUILDER_EXPORTS}
        ></ns-snippet-builder>`
      : html`<p class="note" part="unavailable">${this.text('snippetsMissing')}</p>`;
  }

  private renderOverview(stream: Stream) {
    const isGroup = stream.streamgroup === stream.id;
    return html`<div class="sections">
      ${this.renderDetails(stream, isGroup)} ${this.renderIngest(stream)}
      ${
        isGroup
          ? html`<section class="section" part="section" aria-label=${this.text('abr')}>
              <ns-abr-table
                stream-id=${stream.id}
                .client=${this.client}
                .strings=${this.strings}
                exportparts=${ABR_TABLE_EXPORTS}
              ></ns-abr-table>
            </section>`
          : nothing
      }
      ${this.needsToken(stream) ? this.renderToken() : nothing} ${this.renderPlayout(stream)}
      ${this.session?.features.vod ? this.renderVod(recordingsOf(stream.playout)) : nothing}
    </div>`;
  }

  private section(id: string, heading: string, body: unknown, part = 'section') {
    return html`<section class="section" part=${part} aria-labelledby="h-${id}">
      <h3 class="section-heading" part="section-heading" id="h-${id}">${heading}</h3>
      ${body}
    </section>`;
  }

  private renderDetails(stream: Stream, isGroup: boolean) {
    const session = this.session;
    const target = stream.ingest.rtmp.streamname;
    const editable = stream.state !== 'deleted';
    const interval = stream.timecode_interval;
    // "Last Updated" is assumed; without it the spec falls back to the creation date.
    const updated = [stream.updated_at, stream.created_at].find(d => toDate(d) !== undefined);
    const rows: [string, unknown][] = [
      [
        this.text('streamgroupId'),
        stream.streamgroup ? html`<code>${stream.streamgroup}</code>` : EMPTY_VALUE,
      ],
      [this.text('updatedAt'), updated ? this.i18n.dateTime(updated) : EMPTY_VALUE],
      [
        this.text('timecode'),
        typeof stream.timecode === 'boolean'
          ? this.text(stream.timecode ? 'timecodeOn' : 'timecodeOff')
          : EMPTY_VALUE,
      ],
      [
        this.text('timecodeInterval'),
        typeof interval === 'number' && Number.isFinite(interval)
          ? this.text('milliseconds', {ms: new Intl.NumberFormat(this.locale).format(interval)})
          : EMPTY_VALUE,
      ],
    ];
    if (!isGroup) {
      rows.push(
        [
          this.text('tags'),
          html`<ns-stream-field-editor
            field="tags"
            stream-id=${stream.id}
            .client=${this.client}
            .value=${stream.tags}
            target=${target}
            ?editable=${editable && !!session?.can('setStreamTags')}
            .strings=${this.strings}
            exportparts=${fieldEditorExports}
          ></ns-stream-field-editor>`,
        ],
        [
          this.text('pushUrl'),
          html`<ns-stream-field-editor
            field="push-url"
            stream-id=${stream.id}
            .client=${this.client}
            .value=${typeof stream.push_url === 'string' ? stream.push_url : undefined}
            target=${target}
            ?editable=${editable && !!session?.can('setStreamPushUrl')}
            .strings=${this.strings}
            exportparts=${fieldEditorExports}
          ></ns-stream-field-editor>`,
        ],
      );
    }
    return this.section(
      'details',
      isGroup ? this.text('groupDetails') : this.text('details'),
      html`<dl class="pairs" part="details">
        ${rows.map(
          ([label, value]) =>
            html`<div class="pair">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>`,
    );
  }

  private copyPair(label: string, value: string, copyLabel: string, long = false) {
    return html`<div class="pair">
      <dt>${label}</dt>
      <dd class="copyable">
        <code class=${long ? 'long' : ''}>${value}</code>
        <ns-copy-button
          .value=${value}
          label=${copyLabel}
          .strings=${this.strings}
          exportparts=${copyButtonExports}
        ></ns-copy-button>
      </dd>
    </div>`;
  }

  private renderIngest(stream: Stream) {
    const {url, streamname} = stream.ingest.rtmp;
    return this.section(
      'ingest',
      this.text('ingest'),
      html`<dl class="pairs" part="ingest">
        ${this.copyPair(this.text('ingestUrl'), url, this.text('copyIngestUrl'))}
        ${this.copyPair(this.text('ingestStreamname'), streamname, this.text('copyIngestStreamname'))}
      </dl>`,
    );
  }

  /** The token the playout URLs carry, once known. */
  private get playoutToken(): string | undefined {
    const stream = this.stream;
    if (!stream || !this.needsToken(stream)) return undefined;
    return this.token.status === TaskStatus.COMPLETE ? this.token.value : undefined;
  }

  private renderToken() {
    const given = !!this.playbackToken;
    let body: unknown;
    if (!given && !this.session?.can('createPlaybackToken')) {
      body = html`<p class="note">${this.text('tokenNotAllowed')}</p>`;
    } else {
      body = this.token.render({
        initial: () => renderPending(this.text('tokenLoading'), {rows: 2}),
        pending: () => renderPending(this.text('tokenLoading'), {rows: 2}),
        error: error => renderError(error, () => void this.token.run(), this.i18n.shared()),
        complete: token =>
          html`<p class="note">${this.text('tokenIntro')}</p>
            ${
              customElements.get('ns-token-info')
                ? html`<ns-token-info
                    .token=${token}
                    exportparts=${TOKEN_INFO_EXPORTS}
                  ></ns-token-info>`
                : html`<dl class="pairs">
                      ${this.copyPair(this.text('tokenRaw'), token, this.text('copyToken'), true)}
                    </dl>
                    <p class="note">${this.text('tokenInfoMissing')}</p>`
            }`,
      });
    }
    return this.section('token', this.text('token'), body, 'token');
  }

  private renderPlayout(stream: Stream) {
    const groupId = stream.streamgroup ?? stream.id;
    const token = this.playoutToken;
    const waiting =
      this.needsToken(stream) && token === undefined && this.token.status === TaskStatus.PENDING;
    const qualityCount = stream.streamgroup === stream.id ? stream.playout.h5live.length : 1;
    const playout = playoutUrl({groupId, token});
    const iframe = embedUrl({groupId, qualityCount, token});
    return this.section(
      'playout',
      this.text('h5live'),
      html`<dl class="pairs" part="playout" aria-busy=${waiting ? 'true' : 'false'}>
        ${this.copyPair(this.text('playoutUrl'), playout, this.text('copyPlayoutUrl'), true)}
        ${this.copyPair(this.text('iframeUrl'), iframe, this.text('copyIframeUrl'), true)}
      </dl>`,
    );
  }

  /* eslint-disable lit-a11y/no-redundant-role -- In a narrow container the VOD table's parts get
     `display: block` (stacked cards), and some browsers then drop their implicit table roles; the
     explicit roles keep the table a table for screen readers at every width. */
  private renderVod(sorted: Recording[]) {
    return this.section(
      'vod',
      this.text('vod'),
      sorted.length
        ? html`<div class="table-wrap">
            <table part="vod-table" role="table">
              <caption class="sr-only">
                ${this.text('vodCaption')}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">${this.text('sessionDate')}</th>
                  <th scope="col" role="columnheader">${this.text('recordingName')}</th>
                  <th scope="col" role="columnheader" class="num">${this.text('fileSize')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${sorted.map(
                  vod =>
                    html`<tr role="row">
                      <td role="cell" data-label=${this.text('sessionDate')}>
                        ${
                          vod.sessionDate
                            ? this.i18n.dateTime(vod.sessionDate, {label: false})
                            : EMPTY_VALUE
                        }
                      </td>
                      <td role="cell" data-label=${this.text('recordingName')}>
                        ${
                          isLinkable(vod.url)
                            ? html`<a href=${vod.url} target="_blank" rel="noopener noreferrer"
                                >${vod.name}</a
                              >`
                            : vod.name
                        }
                      </td>
                      <td role="cell" class="num" data-label=${this.text('fileSize')}>
                        ${vod.size === undefined ? EMPTY_VALUE : formatBytes(vod.size, this.locale)}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="note">${this.text('noRecordings')}</p>`,
    );
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  private renderDialog() {
    const stream = this.stream;
    const action = this.confirming;
    const busy = this.action.status === TaskStatus.PENDING;
    let title = '';
    let body = '';
    let confirm = '';
    let progress = '';
    if (stream && action) {
      const vars = {
        name: stream.ingest.rtmp.streamname,
        id: stream.id,
        count: stream.playout.h5live.length,
      };
      const isGroup = stream.streamgroup === stream.id;
      if (action === 'stop' && this.stopLocks) {
        title = this.text('dialogStopTitle');
        body = this.text(isGroup ? 'dialogStopGroupBody' : 'dialogStopBody', vars);
        confirm = this.text('confirmStop');
        progress = this.text('stopping');
      } else if (action === 'stop') {
        title = this.text('dialogStopOnlyTitle');
        body = this.text(isGroup ? 'dialogStopOnlyGroupBody' : 'dialogStopOnlyBody', vars);
        confirm = this.text('confirmStopOnly');
        progress = this.text('stoppingOnly');
      } else if (action === 'delete') {
        title = this.text('dialogDeleteTitle');
        body = this.text(isGroup ? 'dialogDeleteGroupBody' : 'dialogDeleteBody', vars);
        confirm = this.text('confirmDelete');
        progress = this.text('deleting');
      } else {
        title = this.text('dialogUnlockTitle');
        body = this.text('dialogUnlockBody', vars);
        confirm = this.text('confirmUnlock');
        progress = this.text('unlocking');
      }
    }
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby="dialog-body"
      @cancel=${this.onDialogCancel}
      @close=${this.onDialogClose}
    >
      <h2 id="dialog-title" class="dialog-title">${title}</h2>
      <p id="dialog-body">${body}</p>
      <p class="dialog-progress" part="dialog-message" role="status" aria-live="polite">
        ${busy ? progress : ''}
      </p>
      <p class="field-error dialog-failure" part="dialog-message" role="alert">
        ${this.actionFailure}
      </p>
      <div class="dialog-actions">
        <button
          type="button"
          class="button secondary dialog-cancel"
          part="cancel-button"
          ?disabled=${busy}
          @click=${this.cancelDialog}
        >
          ${this.text(this.dialogDone ? 'close' : 'cancel')}
        </button>
        ${
          this.dialogDone
            ? nothing
            : html`<button
                type="button"
                class="button ${action === 'unlock' ? 'primary' : 'danger'} dialog-confirm"
                part="confirm-button"
                aria-busy=${busy ? 'true' : 'false'}
                ?disabled=${busy}
                @click=${this.confirm}
              >
                ${confirm}
              </button>`
        }
      </div>
    </dialog>`;
  }

  private onQuickAction(event: MouseEvent, action: StreamQuickAction, streamId: string): void {
    const announced = new NsStreamActionEvent({action, streamId});
    this.dispatchEvent(announced);
    if (announced.defaultPrevented) event.preventDefault();
  }

  private async openDialog(action: ConfirmedAction, event: Event): Promise<void> {
    this.trigger = event.currentTarget as HTMLElement;
    this.confirming = action;
    this.dialogDone = false;
    this.actionFailure = '';
    this.announcement = '';
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.dialogCancel?.focus();
  }

  private confirm(): void {
    const stream = this.stream;
    if (!stream || !this.confirming || this.dialogDone) return;
    if (this.action.status === TaskStatus.PENDING) return;
    this.actionFailure = '';
    void this.action.run([this.client, this.confirming, stream.id, this.stopLocks]);
  }

  private cancelDialog(): void {
    if (this.action.status === TaskStatus.PENDING) return;
    this.closeDialog();
  }

  private onDialogCancel(event: Event): void {
    // Escape: the request already sent cannot be taken back, so wait for its answer.
    if (this.action.status === TaskStatus.PENDING) event.preventDefault();
  }

  private closeDialog(): void {
    if (this.dialog?.open) this.dialog.close();
    else this.onDialogClose();
  }

  private async onDialogClose(): Promise<void> {
    if (!this.confirming) return;
    this.confirming = undefined;
    this.dialogDone = false;
    this.actionFailure = '';
    await this.updateComplete;
    const trigger = this.trigger;
    this.trigger = undefined;
    // The trigger may be gone (Stop & Lock on a locked stream, anything on a deleted one).
    if (trigger?.isConnected && !trigger.closest('[hidden]')) trigger.focus();
    else this.titleElement?.focus();
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const index = STREAM_OVERVIEW_TABS.indexOf(this.tab);
    const last = STREAM_OVERVIEW_TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    void this.selectTab(STREAM_OVERVIEW_TABS[next]!, true);
  }

  private async selectTab(tab: StreamOverviewTab, focus = false): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** Keeps the page in step with what a nested editor or the ABR table saved. */
  private onNestedChange(event: NsStreamChangeEvent): void {
    const {stream} = event.detail;
    const current = this.stream;
    if (stream && current && stream.id === current.id) this.changed = stream;
  }

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
