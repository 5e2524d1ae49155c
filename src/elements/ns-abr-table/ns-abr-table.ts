import {LitElement, html, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import type {Stream, TranscodeProfileId} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsStreamChangeEvent} from '../../events.js';
import {LoadController} from '../../internal/controllers/load.js';
import {define} from '../../internal/define.js';
import {Localizer} from '../../i18n/localizer.js';
import type {Strings} from '../../i18n/shared.strings.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, renderError, renderPending} from '../../internal/templates.js';
import type {FieldEditorStrings} from '../../internal/parts/ns-stream-field-editor/field-editor.strings.js';
import {addProfile, loadGroup} from './group.js';
import {type AbrTableStrings} from './ns-abr-table.strings.js';
import {abrTableCatalogues} from './ns-abr-table.catalogues.js';
import {styles} from './ns-abr-table.styles.js';
import {
  renderGroup,
  renderNotFound,
  renderUpgrade,
  type AbrTableContext,
  type AbrTableHandlers,
} from './ns-abr-table.templates.js';
import {
  addBlockedBy,
  addFailureReason,
  groupView,
  loadFailure,
  profileLabel,
  withStreams,
  type AbrTableText,
  type AddBlocked,
  type GroupData,
} from './ns-abr-table.view.js';

/**
 * @summary The playouts of an ABR stream group: the passthrough ("Original Stream") and each
 * transcode, with streamname, push URL, tags, resolution, bitrate and framerate; tags and push URL
 * editable where the role may, and "Add Profile" where the role and the organisation's limit allow.
 *
 * `stream-id` may be the group's id (its passthrough's) or any member's. A new transcode row appears
 * once the API has confirmed it.
 *
 * Against a server with only the documented API it degrades, never breaks. Adding a profile
 * (`POST /stream/{id}/transcode`) is assumed: when it answers 404 or 405 the form closes, a note says
 * this API does not offer adding profiles, Add Profile is not offered again, and the table keeps
 * working; a 403 "Organisation is not enabled" says "Upgrade needed". When the organisation's
 * transcode limit is unknown no limit is claimed: the server decides, and its 403 answer's message
 * is shown. Without a playout's `info`, Resolution, Bitrate and Framerate come from the transcode's
 * `vtrans2-WxHxKxF` profile id when its tags carry one, else they show the empty mark ("—"). A load
 * answered 403 "Organisation is not enabled" shows "Upgrade needed" instead of an error.
 *
 * @event ns-stream-change - Tags or a push URL were saved (`action: 'tags' | 'push-url'`), or a
 *   profile was added (`action: 'transcode'`, `stream` = the group's passthrough).
 *   `detail: {streamId, action, stream}`.
 * @event ns-load-error - The group could not be loaded. `detail: {status, code, message}`.
 *
 * @csspart header - The heading row with the streamgroup ID.
 * @csspart heading - The "Streamgroup (n Playouts)" heading.
 * @csspart group-id - The streamgroup ID.
 * @csspart table - The playouts table.
 * @csspart header-row - The table's column headers.
 * @csspart row - A playout's row.
 * @csspart cell - A cell of a playout's row.
 * @csspart add-profile-button - The "Add Profile" button.
 * @csspart add-form - The profile picker form.
 * @csspart profile-select - Its profile select.
 * @csspart add-button - Its Add button.
 * @csspart add-cancel-button - Its Cancel button.
 * @csspart message - A note or failure message about adding a profile.
 * @csspart upgrade - The "Upgrade needed" note (the organisation lacks transcoding).
 * @csspart not-found - The "Stream not found" state.
 * @csspart empty - The note shown when the stream is not a group.
 * @csspart pending - The loading state.
 * @csspart error - The error state (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 *
 * @cssproperty --ns-abr-table-header-background - Background of the table's header row and row
 *   headers; default `--ns-color-surface-raised`.
 *
 * Below a width of 44rem the table stacks each row's cells, labelled, so it fits a phone.
 */
export class NsAbrTable extends LitElement {
  static override styles = [...sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The stream group's id, or the id of any of its member streams. */
  @property({attribute: 'stream-id', reflect: true}) streamId = '';

  /**
   * Replacement strings (a host's wording); also passed to the editors. The rest come in the
   * provider's language.
   */
  @property({attribute: false}) strings?: Partial<AbrTableStrings & FieldEditorStrings & Strings>;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: abrTableCatalogues,
    overrides: () => this.strings,
  });

  /** The loaded group, then changed by confirmed edits and additions. */
  @state() private data?: GroupData;
  @state() private adding = false;
  @state() private profile: TranscodeProfileId | '' = '';
  @state() private addFailure = '';
  @state() private announcement = '';
  /** Set once adding a profile turned out impossible here; then Add Profile is not offered again. */
  @state() private addBlocked?: AddBlocked;

  @query('.add-button') private addButton?: HTMLButtonElement;
  @query('select') private profileSelect?: HTMLSelectElement;

  private readonly load = new LoadController(this, {
    args: () => [this.client, this.streamId] as const,
    load: async ([client, id], signal) =>
      client && id ? loadGroup(client, id, signal) : initialState,
    onComplete: data => (this.data = data),
  });

  private readonly addTask = new Task(this, {
    autoRun: false,
    task: (
      [client, group, profile]: readonly [BintuClient | undefined, Stream, TranscodeProfileId],
      {signal},
    ) => addProfile(client, group, profile, signal),
    onComplete: ({group, added, profile}) => {
      this.data = withStreams(this.data ?? {group, members: new Map()}, [group, ...added]);
      this.adding = false;
      this.addFailure = '';
      this.announcement = this.text('added', {profile: profileLabel(profile, this.words)});
      this.dispatchEvent(
        new NsStreamChangeEvent({streamId: group.id, action: 'transcode', stream: group}),
      );
      void this.updateComplete.then(() => this.addButton?.focus());
    },
    onError: error => {
      const blocked = addBlockedBy(error);
      if (blocked) {
        this.addBlocked = blocked;
        this.adding = false;
        this.addFailure = '';
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('.add-blocked')?.focus(),
        );
        return;
      }
      const reason = addFailureReason(error, describeError(error, this.i18n.shared()));
      this.addFailure = this.text('addFailed', {reason});
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') || changed.has('client')) {
      this.data = undefined;
      this.adding = false;
      this.addFailure = '';
      this.announcement = '';
    }
  }

  override render() {
    if (!this.streamId) return html`<p class="note">${this.text('noStreamId')}</p>`;
    const c: AbrTableContext = {...this.words, client: this.client, strings: this.strings};
    const pending = () => renderPending(this.text('loading'), {rows: 4});
    const busy = this.addTask.status === TaskStatus.PENDING;
    const add = {
      adding: this.adding,
      profile: this.profile,
      busy,
      failure: this.addFailure,
      blocked: this.addBlocked,
    };
    return html`${this.load.render({
        initial: pending,
        pending,
        complete: () =>
          this.data
            ? renderGroup(groupView(this.data, this.session, add, c), this.streamId, c, this.on)
            : pending(),
        error: error => {
          const failure = loadFailure(error);
          if (failure === 'not-found') return renderNotFound(this.streamId, c);
          if (failure === 'upgrade') return renderUpgrade(c);
          return renderError(error, () => void this.load.run(), this.i18n.shared());
        },
      })}<span class="sr-only" role="status" aria-live="polite">${this.announcement}</span>`;
  }

  /** The element's words, for the view. */
  private get words(): AbrTableText {
    return {text: this.text.bind(this), locale: this.i18n.locale};
  }

  private text(key: keyof AbrTableStrings, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  private readonly on: AbrTableHandlers = {
    // Keeps the table in step with what an editor saved (the event goes on to the host).
    onMemberChange: event => {
      const {stream} = event.detail;
      if (stream && this.data) this.data = withStreams(this.data, [stream]);
    },
    openAdd: async profiles => {
      this.adding = true;
      this.addFailure = '';
      this.announcement = '';
      this.profile = profiles[0] ?? '';
      await this.updateComplete;
      this.profileSelect?.focus();
    },
    closeAdd: () => void this.closeAdd(),
    submitAdd: (event, profile) => {
      event.preventDefault();
      if (this.addTask.status === TaskStatus.PENDING || !this.data) return;
      this.addFailure = '';
      void this.addTask.run([this.client, this.data.group, profile]);
    },
    onAddKeydown: event => {
      if (event.key === 'Escape' && this.addTask.status !== TaskStatus.PENDING) {
        event.preventDefault();
        void this.closeAdd();
      }
    },
    pickProfile: profile => (this.profile = profile),
  };

  private async closeAdd(): Promise<void> {
    this.adding = false;
    this.addFailure = '';
    await this.updateComplete;
    this.addButton?.focus();
  }
}

define('ns-abr-table', NsAbrTable);

declare global {
  interface HTMLElementTagNameMap {
    'ns-abr-table': NsAbrTable;
  }
}
