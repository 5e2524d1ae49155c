import {LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import type {H5LivePlayout, ProcessingId, Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {LoadController} from '../../internal/controllers/load.js';
import {RovingFocusController} from '../../internal/controllers/roving-focus.js';
import {define} from '../../internal/define.js';
import {Localizer} from '../../i18n/localizer.js';
import type {OverridesOf, StringVars} from '../../i18n/catalogues.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, renderEmpty, renderPending} from '../../internal/templates.js';
import {
  liveProcessingCatalogues,
  type LiveProcessingStringKey,
} from './ns-live-processing.catalogues.js';
import {styles} from './ns-live-processing.styles.js';
import {
  contentTemplate,
  loadTemplate,
  processTemplate,
  upgradeTemplate,
  type ContentHandlers,
  type LoadTemplateOptions,
} from './ns-live-processing.templates.js';
import {
  contentView,
  gateOf,
  mayEdit,
  mayLoad,
  processView,
  upgradeView,
  type ViewText,
} from './ns-live-processing.view.js';
import {isGroup, nextBust, toProcessId, withEntry} from './processing.js';
import {ProcessingSettingsController, type SettingsTarget} from './settings-controller.js';
import {settingsTemplate} from './settings.templates.js';
import {settingsView} from './settings.view.js';

/** Where the "Upgrade needed" note sends people unless `contact-url` says otherwise. */
export const DEFAULT_CONTACT_URL = 'https://www.nanocosmos.de/contact';

/** Loads a stream, past the client's cache once it was refreshed. */
function fetchStream(
  client: BintuClient | undefined,
  id: string,
  bust: number | undefined,
  signal: AbortSignal,
): Promise<Stream | typeof initialState> {
  if (!client || !id) return Promise.resolve(initialState);
  return client.getStream(id, {}, {signal, fresh: bust !== undefined});
}

/**
 * @summary The live processing of a stream: thumbnails, motion clips, live replay and recording,
 * with their assets and settings — the "Live Processing" tab of the stream page.
 *
 * A submenu selects the process; for an ABR group (the passthrough, `streamgroup === id`, with
 * several playouts) one ARIA tab per quality selects the member stream (arrow keys, Home, End).
 * For each process it shows the status — **active** exactly when the process's configuration is in
 * that playout's `processing` list, else inactive —, the streamname, the quality (resolution and
 * bitrate), the asset URL (copyable), the interval and duration; the thumbnail or motion clip
 * itself (an "Image unavailable" placeholder of the same size when it cannot be loaded); the replay
 * sessions (session date UTC, HLS file, replay access, Clip & Share access); the recordings
 * (session date UTC, file). Refresh loads the stream again past the client's cache and the image
 * past the browser's cache (a new `_ns` query parameter).
 *
 * Where the role may (`setStreamProcessing`), a form edits the process: on/off, interval (10–3600 s),
 * duration (motion clips 1–60 s; replay and recording ≥ 1 s or the entire stream). Invalid values
 * get inline messages and nothing is sent; saving replaces the stream's processing list through
 * `POST /stream/{id}/processing`. If saving fails, the stored settings stay on show with the reason,
 * and what the user typed stays in the form to retry.
 *
 * Without the organisation's live processing package it shows an "Upgrade needed" note and sends
 * no request.
 *
 * Against a server with only the documented API it degrades, never breaks. When the organisation's
 * packages are unknown the element is shown, and a load answered 403 "Organisation is not enabled"
 * shows "Upgrade needed" instead of an error; so does a save of the settings answered that way (the
 * form gives way to the note). Recordings are the stream's `playout.web` entries of type `vod`: one
 * without a name is named by its URL's last segment, a missing date or size shows the empty mark
 * ("—"). The live replay's URL is its replay page, shown and linked as such. Replay sessions are
 * assumed: when the stream does not list them the element says so instead of claiming there are
 * none, and a session's missing parts show "—". Without a playout's `info` the quality comes from a
 * transcode's profile id when its tags carry one, else it shows "—".
 *
 * @event ns-stream-change - Settings were saved. `detail: {streamId, action: 'processing', stream}` (`streamId` is the quality's stream).
 * @event ns-load-error - The stream could not be loaded. `detail: {status, code, message}`.
 *
 * @csspart base - The layout around submenu and content.
 * @csspart processes - The process submenu (`<nav>`).
 * @csspart process - A process in the submenu; the selected one has `aria-current="true"`.
 * @csspart quality-tabs - The tab list of a group's qualities.
 * @csspart quality-tab - One quality tab.
 * @csspart panel - The selected process of the selected quality.
 * @csspart process-header - Title row with the Refresh button.
 * @csspart refresh-button - The Refresh button.
 * @csspart details - The list of status, streamname, quality, asset URL, interval and duration.
 * @csspart status - The active / inactive badge.
 * @csspart link - A link to an asset (HLS file, replay, clip, recording).
 * @csspart preview - The fixed-size box of the thumbnail or motion clip.
 * @csspart image - The thumbnail or motion clip image.
 * @csspart image-unavailable - The placeholder shown when the image cannot be loaded.
 * @csspart sessions - The replay sessions table.
 * @csspart recordings - The recordings table.
 * @csspart settings - The settings form.
 * @csspart field - One labelled field of the form.
 * @csspart input - A text field of the form.
 * @csspart field-error - A field's validation message.
 * @csspart save-button - The form's Save button.
 * @csspart reset-button - The form's Reset button.
 * @csspart save-error - The message shown when saving failed or the form is invalid.
 * @csspart upgrade - The "Upgrade needed" note.
 * @csspart pending - The loading state.
 * @csspart empty - The "no stream" state.
 * @csspart error - The error state (with `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error's Retry button.
 *
 * @cssproperty --ns-live-processing-selected-background - Background of the selected process.
 * @cssproperty --ns-live-processing-preview-width - Width of the image box (16:9); default 22rem.
 * @cssproperty --ns-live-processing-nav-width - Width of the process submenu on wide layouts; default 12rem.
 */
export class NsLiveProcessing extends LitElement {
  static override styles = [sharedStyles, styles];

  /** Provided by `<ns-api-provider>`; set directly to bypass the context. */
  @consume({context: apiContext, subscribe: true})
  @property({attribute: false})
  client?: BintuClient;

  /** The stream (or ABR group) whose live processing is shown. */
  @property({attribute: 'stream-id', reflect: true}) streamId = '';

  /** The selected process: `thumbs`, `motionclip`, `replay` or `rec`. */
  @property({reflect: true}) process: ProcessingId = 'thumbs';

  /** Where the "Upgrade needed" note links to. */
  @property({attribute: 'contact-url'}) contactUrl = DEFAULT_CONTACT_URL;

  /** Replacement strings (a host's wording), including the shared ones; the rest come in the provider's language. */
  @property({attribute: false}) strings?: OverridesOf<'ns-live-processing'>;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: liveProcessingCatalogues,
    overrides: () => this.strings,
  });

  /** Index of the selected quality tab of a group. */
  @state() private qualityIndex = 0;
  /** Per stream: the token of its last Refresh (busts the client's and the browser's cache). */
  @state() private busts: ReadonlyMap<string, number> = new Map();
  /** Image URLs that failed to load. */
  @state() private brokenImages: ReadonlySet<string> = new Set();

  /** The stream of the selected quality (the stream itself when it is single). */
  private memberId = '';

  private readonly group = new LoadController(this, {
    args: () =>
      [this.client, this.streamId, mayLoad(this.session), this.busts.get(this.streamId)] as const,
    load: ([client, id, enabled, bust], signal) =>
      fetchStream(enabled ? client : undefined, id, bust, signal),
  });

  // Only for a transcode of a group: the passthrough's data comes with the group.
  private readonly member = new LoadController(this, {
    args: () =>
      [this.client, this.memberId, mayLoad(this.session), this.busts.get(this.memberId)] as const,
    load: ([client, id, enabled, bust], signal) =>
      fetchStream(enabled && id !== this.streamId ? client : undefined, id, bust, signal),
  });

  private readonly settings = new ProcessingSettingsController(this, {
    client: () => this.client,
    busy: () =>
      (this.memberId !== this.streamId ? this.member : this.group).status === TaskStatus.PENDING,
    reason: error => {
      const {message, code} = describeError(error, this.i18n.shared());
      return [message, code].filter(Boolean).join(' ');
    },
  });

  private readonly tabs = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    current: () => this.qualityIndex,
    select: index => {
      this.qualityIndex = index;
    },
  });

  private readonly text = (key: LiveProcessingStringKey, vars?: StringVars): string =>
    this.i18n.text(key, vars);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') && changed.get('streamId') !== undefined) {
      this.settings.clear();
      this.qualityIndex = 0;
    }
    if (changed.has('process') && !toProcessId(this.process)) this.process = 'thumbs';
    const members = this.members();
    if (this.qualityIndex >= members.length) this.qualityIndex = 0;
    this.memberId = members[this.qualityIndex]?.id ?? this.streamId;
  }

  /** The group (or single stream) as last loaded or saved, when it is the current one. */
  private get stream(): Stream | undefined {
    const value = this.settings.saved.get(this.streamId) ?? this.group.value;
    return value?.id === this.streamId ? value : undefined;
  }

  /** The playouts to choose from: every member of a group, else none (no tabs). */
  private members(): H5LivePlayout[] {
    const stream = this.stream;
    return stream && isGroup(stream) ? stream.playout.h5live : [];
  }

  private get viewText(): ViewText {
    return {
      text: this.text,
      locale: this.i18n.locale,
      dateTime: value => this.i18n.dateTime(value, {label: false}),
    };
  }

  private get loadOptions(): LoadTemplateOptions {
    return {
      label: this.text('loadingStream'),
      strings: this.i18n.shared(),
      upgrade: () => this.renderUpgrade(),
    };
  }

  override render() {
    switch (gateOf(this.streamId, this.session)) {
      case 'no-stream':
        return renderEmpty(this.text('noStream'));
      case 'session-pending':
        return renderPending(this.text('loadingStream'), {strings: this.i18n.shared()});
      case 'session-error':
        // The provider shows the error and its Retry; this only says why nothing is here.
        return renderEmpty(describeError(this.session?.error, this.i18n.shared()).message);
      case 'upgrade':
        return this.renderUpgrade();
      case 'load':
        return loadTemplate(this.group, this.stream, this.renderContent, this.loadOptions);
    }
  }

  private renderUpgrade(afterSave = false): TemplateResult {
    return upgradeTemplate(upgradeView(afterSave, this.text), this.contactUrl);
  }

  private readonly renderContent = (group: Stream, busy: boolean): TemplateResult => {
    const view = contentView(this.process, this.members(), this.qualityIndex, busy, this.text);
    return contentTemplate(view, this.renderMember(group), this.contentHandlers);
  };

  /** The selected quality: from the group's data for the passthrough, else its own request. */
  private renderMember(group: Stream): TemplateResult {
    const id = this.memberId;
    if (id === this.streamId) return this.renderProcess(group, false);
    const saved = this.settings.saved.get(id);
    if (saved) return this.renderProcess(saved, false);
    const value = this.member.value?.id === id ? this.member.value : undefined;
    return loadTemplate(this.member, value, this.renderProcess, this.loadOptions);
  }

  private readonly renderProcess = (stream: Stream, busy: boolean): TemplateResult => {
    const {memberId, process: id} = this;
    const view = processView(stream, memberId, id, this.viewText, this.busts.get(memberId));
    const target: SettingsTarget = {memberId, id, playout: view.playout};
    return processTemplate(
      view,
      {
        busy,
        broken: view.preview !== undefined && this.brokenImages.has(view.preview.src),
        strings: this.strings,
        settings: !mayEdit(this.session)
          ? nothing
          : this.settings.notEnabled
            ? this.renderUpgrade(true)
            : settingsTemplate(settingsView(id, this.settings.state(target, busy), this.text), {
                edit: change => this.settings.edit(target, change),
                reset: () => this.settings.reset(target),
                submit: event => {
                  event.preventDefault();
                  void this.settings.submit(target);
                },
              }),
      },
      {refresh: () => this.refresh(memberId), imageError: this.markBroken},
    );
  };

  private readonly contentHandlers: ContentHandlers = {
    selectProcess: id => {
      this.process = id;
    },
    selectQuality: index => {
      this.qualityIndex = index;
    },
    tabKeydown: event => void this.tabs.onKeydown(event),
  };

  private refresh(memberId: string): void {
    this.busts = withEntry(this.busts, memberId, nextBust(this.busts.get(memberId)));
    this.settings.forget(memberId);
  }

  private readonly markBroken = (src: string): void => {
    if (this.brokenImages.has(src)) return;
    this.brokenImages = new Set([...this.brokenImages, src]);
  };
}

define('ns-live-processing', NsLiveProcessing);

declare global {
  interface HTMLElementTagNameMap {
    'ns-live-processing': NsLiveProcessing;
  }
}
