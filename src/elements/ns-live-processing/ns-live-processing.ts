import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {recordingsOf} from '../../api/recordings.js';
import {isNotEnabled} from '../../api/support.js';
import type {H5LivePlayout, ProcessingId, Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsLoadErrorEvent, NsStreamChangeEvent} from '../../events.js';
import '../../internal/copy-button.js';
import {copyButtonExports} from '../../internal/parts.js';
import {define} from '../../internal/define.js';
import {isLinkable} from '../../internal/url.js';
import {EMPTY_VALUE, formatBitrate, formatBytes, formatDuration} from '../../internal/format.js';
import {Localizer} from '../../internal/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {
  describeError,
  errorDetail,
  renderEmpty,
  renderError,
  renderPending,
} from '../../internal/templates.js';
import {
  liveProcessingCatalogues,
  type LiveProcessingStringKey,
  type LiveProcessingStringOverrides,
} from './ns-live-processing.strings.js';
import {
  PROCESSES,
  PROCESSING_LIMITS,
  allowsEntireStream,
  assetsOf,
  cacheBusted,
  configOf,
  draftFrom,
  hasDuration,
  hasInterval,
  isGroup,
  playoutOf,
  replaySessionsOf,
  sameAsStored,
  toProcessId,
  validateDraft,
  withProcess,
  type FieldError,
  type ProcessDraft,
} from './processing.js';
import {styles} from './ns-live-processing.styles.js';
import {qualityOf, resolutionOf} from '../ns-abr-table/transcode-profiles.js';

/** Where the "Upgrade needed" note sends people unless `contact-url` says otherwise. */
export const DEFAULT_CONTACT_URL = 'https://www.nanocosmos.de/contact';

const PROCESS_NAME: Record<ProcessingId, LiveProcessingStringKey> = {
  thumbs: 'processThumbs',
  motionclip: 'processMotionclip',
  replay: 'processReplay',
  rec: 'processRec',
};

type SaveState =
  {status: 'saving'} | {status: 'saved'} | {status: 'invalid'} | {status: 'failed'; reason: string};

const REFRESH_ICON =
  'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35Z';
const IMAGE_ICON =
  'M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2ZM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5Z';

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
 * @csspart copy-button - Every copy button.
 * @csspart copy-feedback - The "Copied" message next to a copy button.
 *
 * @cssproperty --ns-live-processing-selected-background - Background of the selected process.
 * @cssproperty --ns-live-processing-preview-width - Width of the image box (16:9); default 22rem.
 * @cssproperty --ns-live-processing-nav-width - Width of the process submenu on wide layouts; default 12rem.
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
 * @cssproperty --ns-color-success - Success feedback.
 * @cssproperty --ns-color-warning - Warnings.
 * @cssproperty --ns-font-family - Text font.
 * @cssproperty --ns-font-family-mono - IDs, URLs and code.
 * @cssproperty --ns-font-size - Base font size.
 * @cssproperty --ns-radius - Corner radius.
 * @cssproperty --ns-space - Base spacing unit.
 * @cssproperty --ns-density - Multiplier on spacing and control height.
 * @cssproperty --ns-control-height - Height of buttons, inputs and selects.
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
  @property({attribute: false}) strings?: LiveProcessingStringOverrides;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: liveProcessingCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** Index of the selected quality tab of a group. */
  @state() private qualityIndex = 0;
  /** Per stream: the token of its last Refresh (busts the client's and the browser's cache). */
  @state() private busts: ReadonlyMap<string, number> = new Map();
  /** Per stream: what the API answered to the last successful save. */
  @state() private saved: ReadonlyMap<string, Stream> = new Map();
  /** Per stream and process: what the user typed. */
  @state() private drafts: ReadonlyMap<string, ProcessDraft> = new Map();
  /** Per stream and process: the state of the last save. */
  @state() private saves: ReadonlyMap<string, SaveState> = new Map();
  /** Image URLs that failed to load. */
  @state() private brokenImages: ReadonlySet<string> = new Set();
  /** A save answered "Organisation is not enabled": the settings cannot be changed here. */
  @state() private saveNotEnabled = false;

  /** The stream of the selected quality (the stream itself when it is single). */
  private memberId = '';
  private saveController?: AbortController;

  private readonly streamTask = new Task(this, {
    task: async ([client, id, enabled, bust], {signal}) => {
      if (!client || !id || !enabled) return initialState;
      return this.load(client, id, bust, signal);
    },
    args: () => [this.client, this.streamId, this.enabled, this.busts.get(this.streamId)] as const,
  });

  // Only for a transcode of a group: the passthrough's data comes with the group.
  private readonly memberTask = new Task(this, {
    task: async ([client, id, enabled, bust], {signal}) => {
      if (!client || !id || !enabled || id === this.streamId) return initialState;
      return this.load(client, id, bust, signal);
    },
    args: () => [this.client, this.memberId, this.enabled, this.busts.get(this.memberId)] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.saveController?.abort();
  }

  /** Whether the stream may be loaded: the organisation has the package (or no provider says). */
  private get enabled(): boolean {
    const session = this.session;
    if (!session) return true;
    return session.status === 'ready' && session.features.opcodes;
  }

  private async load(
    client: BintuClient,
    id: string,
    bust: number | undefined,
    signal: AbortSignal,
  ): Promise<Stream> {
    try {
      return await client.getStream(id, {}, {signal, fresh: bust !== undefined});
    } catch (error) {
      if (!signal.aborted) this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error)));
      throw error;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') && changed.get('streamId') !== undefined) {
      this.saveController?.abort();
      this.qualityIndex = 0;
      this.saved = new Map();
      this.drafts = new Map();
      this.saves = new Map();
    }
    if (changed.has('process') && !toProcessId(this.process)) this.process = 'thumbs';
    const members = this.members();
    if (this.qualityIndex >= members.length) this.qualityIndex = 0;
    this.memberId = members[this.qualityIndex]?.id ?? this.streamId;
  }

  /** The group (or single stream) as last loaded or saved, when it is the current one. */
  private get stream(): Stream | undefined {
    const saved = this.saved.get(this.streamId);
    if (saved) return saved;
    const value = this.streamTask.value;
    return value?.id === this.streamId ? value : undefined;
  }

  /** The playouts to choose from: every member of a group, else none (no tabs). */
  private members(): H5LivePlayout[] {
    const stream = this.stream;
    return stream && isGroup(stream) ? stream.playout.h5live : [];
  }

  private text(key: LiveProcessingStringKey, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }

  private get locale(): string {
    return this.i18n.locale;
  }

  private get canEdit(): boolean {
    return this.session?.can('setStreamProcessing') ?? false;
  }

  override render() {
    if (!this.streamId) return renderEmpty(this.text('noStream'));
    const session = this.session;
    if (session?.status === 'loading') {
      return renderPending(this.text('loadingStream'), {strings: this.i18n.shared()});
    }
    if (session?.status === 'error') {
      // The provider shows the error and its Retry; this only says why nothing is here.
      return renderEmpty(describeError(session.error, this.i18n.shared()).message);
    }
    if (session && !session.features.opcodes) return this.renderUpgrade();
    return this.streamTask.render({
      initial: () => renderPending(this.text('loadingStream'), {strings: this.i18n.shared()}),
      pending: () =>
        this.stream
          ? this.renderContent(this.stream, true)
          : renderPending(this.text('loadingStream'), {rows: 6, strings: this.i18n.shared()}),
      complete: () =>
        this.stream
          ? this.renderContent(this.stream, false)
          : renderPending(this.text('loadingStream'), {strings: this.i18n.shared()}),
      error: error =>
        isNotEnabled(error)
          ? this.renderUpgrade()
          : renderError(error, () => void this.streamTask.run(), this.i18n.shared()),
    });
  }

  private renderUpgrade(after?: 'save'): TemplateResult {
    return html`
      <div
        part="upgrade"
        class="upgrade"
        role=${after ? 'alert' : 'note'}
        tabindex="-1"
        aria-labelledby="upgrade-title"
      >
        <h3 id="upgrade-title">${this.text('upgradeTitle')}</h3>
        <p>${this.text(after ? 'saveNotEnabled' : 'upgradeText')}</p>
        <p>
          <a href=${this.contactUrl} target="_blank" rel="noopener noreferrer"
            >${this.text('upgradeContact')}</a
          >
        </p>
      </div>
    `;
  }

  private renderContent(stream: Stream, busy: boolean): TemplateResult {
    const members = this.members();
    const grouped = members.length > 0;
    return html`
      <div part="base" class="base">
        <nav part="processes" class="processes" aria-label=${this.text('processesLabel')}>
          <ul>
            ${PROCESSES.map(
              id => html`
                <li>
                  <button
                    type="button"
                    part="process"
                    class="process"
                    data-process=${id}
                    aria-current=${id === this.process ? 'true' : 'false'}
                    @click=${() => this.selectProcess(id)}
                  >
                    ${this.text(PROCESS_NAME[id])}
                  </button>
                </li>
              `,
            )}
          </ul>
        </nav>
        <div class="content">
          ${grouped ? this.renderTabs(members) : nothing}
          <div
            part="panel"
            class="panel"
            id="panel"
            role=${grouped ? 'tabpanel' : 'group'}
            aria-labelledby=${grouped ? `tab-${this.qualityIndex}` : nothing}
            aria-busy=${busy ? 'true' : 'false'}
          >
            ${this.renderMember(stream)}
          </div>
        </div>
      </div>
    `;
  }

  private qualityLabel(playout: H5LivePlayout, index: number): string {
    const {height} = qualityOf(playout);
    if (height === undefined) {
      // Without `info` or a profile id the passthrough is still known to be the original.
      return playout.index === 0
        ? this.text('qualityUnknownOriginal')
        : this.text('qualityUnknown', {index: index + 1});
    }
    const resolution = `${height}p`;
    return this.text(playout.index === 0 ? 'qualityTabOriginal' : 'qualityTab', {resolution});
  }

  private renderTabs(members: H5LivePlayout[]): TemplateResult {
    return html`
      <div
        part="quality-tabs"
        class="tabs"
        role="tablist"
        aria-label=${this.text('qualitiesLabel')}
        @keydown=${this.onTabKeydown}
      >
        ${members.map((playout, i) => {
          const selected = i === this.qualityIndex;
          return html`
            <button
              type="button"
              part="quality-tab"
              class="tab"
              role="tab"
              id="tab-${i}"
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${selected ? 0 : -1}
              @click=${() => this.selectQuality(i)}
            >
              ${this.qualityLabel(playout, i)}
            </button>
          `;
        })}
      </div>
    `;
  }

  /** The selected quality: from the group's data for the passthrough, else its own request. */
  private renderMember(group: Stream): TemplateResult {
    const id = this.memberId;
    if (id === this.streamId) return this.renderProcess(group, false);
    const saved = this.saved.get(id);
    if (saved) return this.renderProcess(saved, false);
    const value = this.memberTask.value?.id === id ? this.memberTask.value : undefined;
    return this.memberTask.render({
      initial: () => renderPending(this.text('loadingStream'), {strings: this.i18n.shared()}),
      pending: () =>
        value
          ? this.renderProcess(value, true)
          : renderPending(this.text('loadingStream'), {rows: 6, strings: this.i18n.shared()}),
      complete: () =>
        value
          ? this.renderProcess(value, false)
          : renderPending(this.text('loadingStream'), {strings: this.i18n.shared()}),
      error: error =>
        isNotEnabled(error)
          ? this.renderUpgrade()
          : renderError(error, () => void this.memberTask.run(), this.i18n.shared()),
    });
  }

  private renderProcess(stream: Stream, busy: boolean): TemplateResult {
    const id = this.process;
    const memberId = this.memberId;
    const playout = playoutOf(stream, memberId) ?? stream.playout.h5live[0];
    const config = configOf(playout, id);
    const name = this.text(PROCESS_NAME[id]);
    const streamname = playout?.rtmp.streamname ?? stream.ingest.rtmp.streamname;
    const known = qualityOf(playout);
    const resolution = resolutionOf(known);
    const bitrate =
      known.bitrate === undefined ? undefined : formatBitrate(known.bitrate, this.locale);
    const quality =
      resolution && bitrate
        ? this.text('qualityValue', {resolution, bitrate})
        : (resolution ?? bitrate ?? EMPTY_VALUE);
    const asset =
      id === 'thumbs'
        ? assetsOf(stream, 'thumbnails', memberId)[0]
        : id === 'motionclip'
          ? assetsOf(stream, 'motionclip', memberId)[0]
          : id === 'replay'
            ? assetsOf(stream, 'replay', memberId)[0]
            : undefined;
    const withPreview = id === 'thumbs' || id === 'motionclip';
    return html`
      <section aria-labelledby="process-heading" aria-busy=${busy ? 'true' : 'false'}>
        <div part="process-header" class="process-header">
          <h3 id="process-heading">${name}</h3>
          <button
            type="button"
            part="refresh-button"
            class="button secondary"
            aria-label=${this.text('refreshLabel', {process: name})}
            @click=${() => this.refresh(memberId)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path fill="currentColor" d=${REFRESH_ICON}></path>
            </svg>
            <span>${this.text('refresh')}</span>
          </button>
        </div>
        <div class="summary ${withPreview ? 'with-preview' : ''}">
          <dl part="details">
            <dt>${this.text('status')}</dt>
            <dd>
              <span
                part="status"
                class="badge ${config ? 'success' : ''}"
                data-status=${config ? 'active' : 'inactive'}
                >${this.text(config ? 'active' : 'inactive')}</span
              >
            </dd>
            <dt>${this.text('streamname')}</dt>
            <dd class="mono">${streamname}</dd>
            <dt>${this.text('quality')}</dt>
            <dd>${quality}</dd>
            ${id === 'rec' ? nothing : this.renderAssetUrl(asset?.url, name, id === 'replay')}
            ${
              hasInterval(id)
                ? html`<dt>${this.text('interval')}</dt>
                    <dd>
                      ${typeof config?.interval === 'number' ? this.seconds(config.interval) : EMPTY_VALUE}
                    </dd>`
                : nothing
            }
            ${
              hasDuration(id)
                ? html`<dt>${this.text('duration')}</dt>
                    <dd>
                      ${
                        !config
                          ? EMPTY_VALUE
                          : config.duration == null
                            ? this.text('entireStream')
                            : typeof config.duration === 'number'
                              ? this.seconds(config.duration)
                              : EMPTY_VALUE
                      }
                    </dd>`
                : nothing
            }
          </dl>
          ${withPreview && asset ? this.renderPreview(asset.url, memberId, streamname) : nothing}
        </div>
        ${id === 'replay' ? this.renderSessions(stream, memberId, !!asset) : nothing}
        ${id === 'rec' ? this.renderRecordings(stream, memberId) : nothing}
        ${
          !this.canEdit
            ? nothing
            : this.saveNotEnabled
              ? this.renderUpgrade('save')
              : this.renderSettings(playout, busy)
        }
      </section>
    `;
  }

  /** "45 s", or "300 s (5 min)" when a larger unit reads better. */
  private seconds(value: number): string {
    const exact = this.text('secondsValue', {
      value: new Intl.NumberFormat(this.locale).format(value),
    });
    if (value < 60) return exact;
    return this.text('secondsHuman', {exact, human: formatDuration(value, this.locale)});
  }

  /**
   * A link to a URL from the API, opening in a new tab; a URL that is not http(s) (`javascript:`,
   * `data:`, …) is never a link: the URL is shown as plain text instead.
   */
  private link(
    url: string,
    text: string,
    {mono = false, label}: {mono?: boolean; label?: string | undefined} = {},
  ): TemplateResult {
    if (!isLinkable(url)) {
      return html`<span class="mono unlinked">${url}</span>`;
    }
    return html`<a
      part="link"
      class=${mono ? 'mono' : ''}
      href=${url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label=${label ?? nothing}
      >${text}</a
    >`;
  }

  /** The asset's URL; for the live replay that is its replay page (rev 2), labelled so. */
  private renderAssetUrl(
    url: string | undefined,
    processName: string,
    replayPage = false,
  ): TemplateResult {
    return html`
      <dt>${this.text(replayPage ? 'replayPage' : 'assetUrl')}</dt>
      <dd>
        ${
          url
            ? html`<span class="url">
                ${this.link(url, url, {
                  mono: true,
                  label: replayPage ? this.text('openReplayPageLabel', {url}) : undefined,
                })}
                <ns-copy-button
                  .value=${url}
                  .label=${
                    replayPage
                      ? this.text('copyReplayPage')
                      : this.text('copyAssetUrl', {process: processName})
                  }
                  .strings=${this.strings}
                  exportparts=${copyButtonExports}
                ></ns-copy-button>
              </span>`
            : html`<span class="muted">${this.text('noAsset')}</span>`
        }
      </dd>
    `;
  }

  private renderPreview(url: string, memberId: string, streamname: string): TemplateResult {
    const src = cacheBusted(url, this.busts.get(memberId));
    const alt = this.text(this.process === 'thumbs' ? 'thumbnailAlt' : 'motionclipAlt', {
      streamname,
    });
    const broken = this.brokenImages.has(src);
    return html`
      <figure part="preview" class="preview">
        <img
          part="image"
          src=${src}
          alt=${alt}
          width="320"
          height="180"
          decoding="async"
          ?hidden=${broken}
          @error=${() => this.markBroken(src)}
        />
        ${
          broken
            ? html`<div part="image-unavailable" class="placeholder" role="img" aria-label=${alt}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                  <path fill="currentColor" d=${IMAGE_ICON}></path>
                </svg>
                <span aria-hidden="true">${this.text('imageUnavailable')}</span>
              </div>`
            : nothing
        }
      </figure>
    `;
  }

  private renderSessions(stream: Stream, memberId: string, hasPage: boolean): TemplateResult {
    const sessions = replaySessionsOf(stream, memberId);
    if (!sessions) {
      return html`
        <div class="block">
          <h4 id="sessions-heading">${this.text('sessionsHeading')}</h4>
          <p class="muted">${this.text(hasPage ? 'sessionsNotListedPage' : 'sessionsNotListed')}</p>
        </div>
      `;
    }
    return html`
      <div class="block">
        <h4 id="sessions-heading">${this.text('sessionsHeading')}</h4>
        ${
          sessions.length
            ? html`<div
                class="table-wrap"
                tabindex="0"
                role="region"
                aria-labelledby="sessions-heading"
              >
                <table part="sessions">
                  <thead>
                    <tr>
                      <th scope="col">${this.text('sessionDate')}</th>
                      <th scope="col">${this.text('hlsFile')}</th>
                      <th scope="col">${this.text('replayAccess')}</th>
                      <th scope="col">${this.text('clipAccess')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${sessions.map((s, i) => {
                      const date = s.sessionDate
                        ? this.i18n.dateTime(s.sessionDate, {label: false})
                        : EMPTY_VALUE;
                      // Without a date, a session is named by its place in the list.
                      const label = (
                        dated: LiveProcessingStringKey,
                        undated: LiveProcessingStringKey,
                      ) =>
                        s.sessionDate ? this.text(dated, {date}) : this.text(undated, {n: i + 1});
                      return html`<tr>
                        <td>${date}</td>
                        <td>
                          ${
                            s.hlsUrl
                              ? html`<span class="url">
                                  ${this.link(s.hlsUrl, fileName(s.hlsUrl), {mono: true})}
                                  <ns-copy-button
                                    .value=${s.hlsUrl}
                                    .label=${label('copyHlsLabel', 'copyHlsLabelUndated')}
                                    .strings=${this.strings}
                                    exportparts=${copyButtonExports}
                                  ></ns-copy-button>
                                </span>`
                              : EMPTY_VALUE
                          }
                        </td>
                        <td>
                          ${
                            s.replayUrl
                              ? this.link(s.replayUrl, this.text('openReplay'), {
                                  label: label('openReplayLabel', 'openReplayLabelUndated'),
                                })
                              : EMPTY_VALUE
                          }
                        </td>
                        <td>
                          ${
                            s.clipUrl
                              ? this.link(s.clipUrl, this.text('openClip'), {
                                  label: label('openClipLabel', 'openClipLabelUndated'),
                                })
                              : EMPTY_VALUE
                          }
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`
            : html`<p class="muted">${this.text('noSessions')}</p>`
        }
      </div>
    `;
  }

  private renderRecordings(stream: Stream, memberId: string): TemplateResult {
    const recordings = recordingsOf(stream.playout, memberId);
    return html`
      <div class="block">
        <h4 id="recordings-heading">${this.text('recordingsHeading')}</h4>
        ${
          recordings.length
            ? html`<div
                class="table-wrap"
                tabindex="0"
                role="region"
                aria-labelledby="recordings-heading"
              >
                <table part="recordings">
                  <thead>
                    <tr>
                      <th scope="col">${this.text('sessionDate')}</th>
                      <th scope="col">${this.text('fileAccess')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${recordings.map(r => {
                      const size =
                        r.size === undefined ? undefined : formatBytes(r.size, this.locale);
                      return html`<tr>
                        <td>
                          ${r.sessionDate ? this.i18n.dateTime(r.sessionDate, {label: false}) : EMPTY_VALUE}
                        </td>
                        <td>
                          <span class="url">
                            ${this.link(r.url, r.name, {
                              mono: true,
                              label: size
                                ? this.text('downloadLabel', {name: r.name, size})
                                : this.text('downloadLabelNoSize', {name: r.name}),
                            })}
                            ${size ? html`<span class="muted">${size}</span>` : nothing}
                          </span>
                        </td>
                      </tr>`;
                    })}
                  </tbody>
                </table>
              </div>`
            : html`<p class="muted">${this.text('noRecordings')}</p>`
        }
      </div>
    `;
  }

  private draftKey(memberId = this.memberId, id = this.process): string {
    return `${memberId}:${id}`;
  }

  private renderSettings(playout: H5LivePlayout | undefined, busy: boolean): TemplateResult {
    const id = this.process;
    const key = this.draftKey();
    const config = configOf(playout, id);
    const draft = this.drafts.get(key) ?? draftFrom(id, config);
    const validation = validateDraft(id, draft);
    const save = this.saves.get(key);
    const saving = save?.status === 'saving';
    const unchanged = sameAsStored(id, draft, config);
    const name = this.text(PROCESS_NAME[id]);
    const limits = PROCESSING_LIMITS;
    const fieldsOff = !draft.active;
    const message =
      save?.status === 'failed'
        ? this.text('saveFailed', {reason: save.reason})
        : save?.status === 'invalid' && validation.config === undefined
          ? this.text('invalidForm')
          : '';
    return html`
      <form part="settings" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e, playout)}>
        <fieldset>
          <legend>${this.text('settingsHeading')}</legend>
          <label class="check">
            <input
              type="checkbox"
              name="active"
              .checked=${draft.active}
              @change=${(e: Event) =>
                this.editDraft({active: (e.target as HTMLInputElement).checked})}
            />
            <span>${this.text('enableProcess', {process: name})}</span>
          </label>
          <div class="fields">
            ${
              hasInterval(id)
                ? this.renderField(
                    'interval',
                    this.text('intervalLabel'),
                    draft.interval,
                    this.text('intervalHint', limits.interval),
                    validation.interval,
                    fieldsOff,
                  )
                : nothing
            }
            ${
              hasDuration(id)
                ? this.renderField(
                    'duration',
                    this.text('durationLabel'),
                    draft.duration,
                    id === 'motionclip'
                      ? this.text('clipDurationHint', limits.clipDuration)
                      : this.text('durationHint', {min: limits.minDuration}),
                    validation.duration,
                    fieldsOff || (allowsEntireStream(id) && draft.entireStream),
                  )
                : nothing
            }
            ${
              allowsEntireStream(id)
                ? html`<label class="check">
                    <input
                      type="checkbox"
                      name="entire-stream"
                      .checked=${draft.entireStream}
                      ?disabled=${fieldsOff}
                      @change=${(e: Event) =>
                        this.editDraft({entireStream: (e.target as HTMLInputElement).checked})}
                    />
                    <span>${this.text('entireStream')}</span>
                  </label>`
                : nothing
            }
          </div>
          <div class="actions">
            <button
              type="submit"
              part="save-button"
              class="button primary"
              aria-disabled=${saving || busy || unchanged ? 'true' : 'false'}
            >
              ${this.text(saving ? 'saving' : 'save')}
            </button>
            <button
              type="button"
              part="reset-button"
              class="button secondary"
              aria-disabled=${saving || !this.drafts.has(key) ? 'true' : 'false'}
              @click=${() => this.resetDraft()}
            >
              ${this.text('reset')}
            </button>
            <span class="save-status" role="status" aria-live="polite"
              >${save?.status === 'saved' ? this.text('saved') : ''}</span
            >
          </div>
          <p part="save-error" class="save-error" role="alert">${message}</p>
        </fieldset>
      </form>
    `;
  }

  private renderField(
    field: 'interval' | 'duration',
    label: string,
    value: string,
    hint: string,
    error: FieldError | undefined,
    disabled: boolean,
  ): TemplateResult {
    const showError = !disabled && error !== undefined;
    return html`
      <div part="field" class="field">
        <label class="label" for=${field}>${label}</label>
        <input
          part="input"
          class="input"
          id=${field}
          name=${field}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${value}
          ?disabled=${disabled}
          aria-invalid=${showError ? 'true' : 'false'}
          aria-describedby="${field}-hint ${field}-error"
          @input=${(e: Event) => this.editDraft({[field]: (e.target as HTMLInputElement).value})}
        />
        <span class="hint" id="${field}-hint">${hint}</span>
        <span part="field-error" class="field-error" id="${field}-error"
          >${showError ? this.fieldError(error) : ''}</span
        >
      </div>
    `;
  }

  private fieldError(error: FieldError): string {
    switch (error.kind) {
      case 'required':
        return this.text('errorRequired');
      case 'integer':
        return this.text('errorInteger');
      case 'range':
        return this.text('errorRange', {min: error.min, max: error.max});
      case 'min':
        return this.text('errorMin', {min: error.min});
    }
  }

  private selectProcess(id: ProcessingId): void {
    this.process = id;
  }

  private selectQuality(index: number): void {
    this.qualityIndex = index;
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const count = this.members().length;
    if (!count) return;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (this.qualityIndex + 1) % count;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (this.qualityIndex - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.selectQuality(next);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus(),
    );
  }

  private refresh(memberId: string): void {
    const busts = new Map(this.busts);
    // Strictly increasing, so two clicks in the same millisecond still differ.
    busts.set(memberId, Math.max(Date.now(), (this.busts.get(memberId) ?? 0) + 1));
    this.busts = busts;
    if (this.saved.has(memberId)) {
      const saved = new Map(this.saved);
      saved.delete(memberId);
      this.saved = saved;
    }
  }

  private markBroken(src: string): void {
    if (this.brokenImages.has(src)) return;
    this.brokenImages = new Set([...this.brokenImages, src]);
  }

  private editDraft(change: Partial<ProcessDraft>): void {
    const key = this.draftKey();
    const stream = this.currentMemberStream();
    const config = configOf(stream && playoutOf(stream, this.memberId), this.process);
    const current = this.drafts.get(key) ?? draftFrom(this.process, config);
    const drafts = new Map(this.drafts);
    drafts.set(key, {...current, ...change});
    this.drafts = drafts;
    const save = this.saves.get(key);
    if (save && save.status !== 'saving' && save.status !== 'failed') this.setSave(key, undefined);
  }

  private resetDraft(): void {
    const key = this.draftKey();
    if (!this.drafts.has(key) || this.saves.get(key)?.status === 'saving') return;
    const drafts = new Map(this.drafts);
    drafts.delete(key);
    this.drafts = drafts;
    this.setSave(key, undefined);
  }

  private setSave(key: string, save: SaveState | undefined): void {
    const saves = new Map(this.saves);
    if (save) saves.set(key, save);
    else saves.delete(key);
    this.saves = saves;
  }

  /** Whether the selected quality's stream is being loaded again. */
  private isBusy(): boolean {
    if (this.memberId !== this.streamId) return this.memberTask.status === TaskStatus.PENDING;
    return this.streamTask.status === TaskStatus.PENDING;
  }

  private currentMemberStream(): Stream | undefined {
    const id = this.memberId;
    if (this.saved.has(id)) return this.saved.get(id);
    if (id === this.streamId) return this.stream;
    return this.memberTask.value?.id === id ? this.memberTask.value : undefined;
  }

  private async onSubmit(event: SubmitEvent, playout: H5LivePlayout | undefined): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const id = this.process;
    const memberId = this.memberId;
    const key = this.draftKey(memberId, id);
    const config = configOf(playout, id);
    const draft = this.drafts.get(key) ?? draftFrom(id, config);
    // Save is aria-disabled (it stays focusable) while saving, loading or unchanged.
    if (
      this.saves.get(key)?.status === 'saving' ||
      this.isBusy() ||
      sameAsStored(id, draft, config)
    ) {
      return;
    }
    const validation = validateDraft(id, draft);
    if (validation.config === undefined) {
      this.setSave(key, {status: 'invalid'});
      await this.updateComplete;
      const field = validation.interval ? 'interval' : 'duration';
      this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
      return;
    }
    if (!client) return;
    const processing = withProcess(playout?.processing, id, validation.config);
    this.saveController?.abort();
    const controller = new AbortController();
    this.saveController = controller;
    this.setSave(key, {status: 'saving'});
    try {
      const updated = await client.setStreamProcessing(memberId, processing, {
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      const saved = new Map(this.saved);
      saved.set(memberId, updated);
      this.saved = saved;
      // What the user typed while the request was on its way is theirs to keep.
      if (this.drafts.get(key) === draft) {
        const drafts = new Map(this.drafts);
        drafts.delete(key);
        this.drafts = drafts;
      }
      this.setSave(key, {status: 'saved'});
      this.dispatchEvent(
        new NsStreamChangeEvent({streamId: memberId, action: 'processing', stream: updated}),
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      if (isNotEnabled(error)) {
        // The organisation lacks the package after all: say "Upgrade needed", keep what was typed.
        this.setSave(key, undefined);
        this.saveNotEnabled = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[part="upgrade"]')?.focus();
        return;
      }
      const {message, code} = describeError(error, this.i18n.shared());
      this.setSave(key, {status: 'failed', reason: [message, code].filter(Boolean).join(' ')});
    }
  }
}

/** The last path segment of a URL, for link text. */
function fileName(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? url;
  return path.slice(path.lastIndexOf('/') + 1) || url;
}

define('ns-live-processing', NsLiveProcessing);

declare global {
  interface HTMLElementTagNameMap {
    'ns-live-processing': NsLiveProcessing;
  }
}
