import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {consume} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import {isNotEnabled} from '../../api/support.js';
import type {SplayRequest, Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {
  NsLoadErrorEvent,
  NsSnippetCopyEvent,
  NsTokenCreateEvent,
  type SnippetKind,
} from '../../events.js';
import type {CopyDoneDetail} from '../../internal/copy-button.js';
import '../../internal/copy-button.js';
import {copyButtonExports, forwardParts, tokenInfoParts} from '../../internal/parts.js';
import {define} from '../../internal/define.js';
import {formatBitrate} from '../../internal/format.js';
import {Localizer} from '../../internal/localizer.js';
import type {StringOverrides} from '../../internal/strings.js';
import {sharedStyles} from '../../internal/styles.js';
import {
  describeError,
  errorDetail,
  renderEmpty,
  renderError,
  renderPending,
} from '../../internal/templates.js';
import {
  DEFAULT_LATENCY_MODE,
  LATENCY_MODES,
  START_QUALITIES,
  htmlSnippet,
  iframeSnippet,
  isLatencyMode,
  isStartQuality,
  playoutUrl,
  startPlayout,
  type LatencyMode,
  type SnippetInput,
  type StartQuality,
} from '../../snippets/player.js';
import {
  DEFAULT_EMBED_VERSION,
  EMBED_VERSIONS,
  isEmbedVersion,
  type EmbedVersion,
} from '../../snippets/embed.js';
import {decodeToken} from '../../token/decode.js';
import {needsPlaybackToken, playbackTokenTarget} from '../../token/target.js';
import {
  toUtcDateTimeInput,
  validateTokenSettings,
  MAX_TOKEN_LIFETIME_MS,
  type TokenSettingsError,
  type TokenSettingsField,
  type TokenSettingsInput,
} from '../../token/settings.js';
import '../ns-token-info/ns-token-info.js';
import {styles} from './ns-snippet-builder.styles.js';
import {
  snippetBuilderCatalogues,
  type SnippetBuilderStringKey,
  type SnippetBuilderStrings,
} from './ns-snippet-builder.strings.js';

/** `<ns-token-info>`'s parts, as `token-info-<part>` (and `copy-button`, `copy-feedback`). */
const TOKEN_INFO_EXPORTS = forwardParts(tokenInfoParts, 'token-info-');

const QUALITY_LABELS: Record<StartQuality, SnippetBuilderStringKey> = {
  auto: 'qualityAuto',
  original: 'qualityOriginal',
  high: 'qualityHigh',
  'medium-high': 'qualityMediumHigh',
  medium: 'qualityMedium',
  'medium-low': 'qualityMediumLow',
  low: 'qualityLow',
};

const LATENCY_LABELS: Record<LatencyMode, SnippetBuilderStringKey> = {
  classic: 'latencyClassic',
  balancedadaptive: 'latencyBalancedAdaptive',
  fastadaptive: 'latencyFastAdaptive',
};

const EMBED_VERSION_LABELS: Record<EmbedVersion, SnippetBuilderStringKey> = {
  '1.3.3': 'embedVersion133',
  '2.0.0': 'embedVersion200',
};

const EMPTY_FORM: TokenSettingsInput = {
  notBefore: '',
  expires: '',
  ip: '',
  domain: '',
  user: '',
  tag: '',
};

/** The token form's fields in the order they are shown (and focused when invalid). */
const FIELDS: {
  name: TokenSettingsField;
  label: SnippetBuilderStringKey;
  hint: SnippetBuilderStringKey;
  type: 'datetime-local' | 'text';
}[] = [
  {name: 'notBefore', label: 'notBefore', hint: 'notBeforeHint', type: 'datetime-local'},
  {name: 'expires', label: 'expires', hint: 'expiresHint', type: 'datetime-local'},
  {name: 'ip', label: 'ip', hint: 'ipHint', type: 'text'},
  {name: 'domain', label: 'domain', hint: 'domainHint', type: 'text'},
  {name: 'user', label: 'user', hint: 'optionalHint', type: 'text'},
  {name: 'tag', label: 'tag', hint: 'optionalHint', type: 'text'},
];

/** The stream facts the snippets need. */
interface SnippetSource {
  stream: Stream;
  /** The group's qualities, highest first (one entry for a single stream). */
  qualities: string[];
  isGroup: boolean;
}

/**
 * @summary The "Code Snippets" tab of a stream: the Live Playout URL, the iFrame snippet and the
 * HTML snippet for nanoPlayer, each copyable and always in sync with the settings — start quality
 * (groups only, listing the group's actual qualities), latency control mode and iFrame embed
 * version (1.3.3 with nanoPlayer 4, the dashboard's, by default; 2.0.0 with nanoPlayer 5, for the
 * iFrame snippet only) — and, when the organisation has secure playback, a custom playback token
 * generated from token settings and applied to all three.
 *
 * Every value written into a snippet is escaped for where it lands (URL query, HTML attribute,
 * JSON inside `<script>`), so no stream id or token can break out of it.
 *
 * @event ns-snippet-copy - A snippet or the playout URL was copied. `detail: {kind: 'iframe' | 'html' | 'url'}`.
 * @event ns-token-create - The token service issued a custom token. `detail: {token, claims}`.
 * @event ns-load-error - The stream could not be loaded. `detail: {status, code, message}`.
 *
 * @csspart base - The whole element.
 * @csspart settings - The snippet settings (start quality, latency mode, embed version).
 * @csspart start-quality - The start quality select.
 * @csspart latency-mode - The latency control mode select.
 * @csspart embed-version - The iFrame embed version select.
 * @csspart token-settings - The collapsible token settings section.
 * @csspart token-form - The token settings form.
 * @csspart field - One labelled field of a form.
 * @csspart input - An input of the token form.
 * @csspart field-error - A field's validation message.
 * @csspart form-error - The message about the whole form (invalid fields, a failed request).
 * @csspart generate-button - The "Generate token" button.
 * @csspart default-token-button - The "Back to default token" button.
 * @csspart token-note - Which token the snippets carry (default, custom, being issued, failed).
 * @csspart token-info - The `<ns-token-info>` showing the custom token (its parts are forwarded as `token-info-<part>`).
 * @csspart token-info-base - `<ns-token-info>`'s `base`.
 * @csspart token-info-empty - `<ns-token-info>`'s `empty`.
 * @csspart token-info-invalid - `<ns-token-info>`'s `invalid`.
 * @csspart token-info-invalid-hint - `<ns-token-info>`'s `invalid-hint`.
 * @csspart token-info-token - `<ns-token-info>`'s `token`.
 * @csspart token-info-badge - `<ns-token-info>`'s `badge`.
 * @csspart token-info-details - `<ns-token-info>`'s `details`.
 * @csspart token-info-settings - `<ns-token-info>`'s `settings`.
 * @csspart token-info-streams - `<ns-token-info>`'s `streams`.
 * @csspart token-info-note - `<ns-token-info>`'s `note`.
 * @csspart token-info-copy-button - `<ns-token-info>`'s `copy-button`.
 * @csspart token-info-copy-feedback - `<ns-token-info>`'s `copy-feedback`.
 * @csspart snippet - One output block (playout URL, iFrame snippet, HTML snippet).
 * @csspart code - A read-only code field of an output block.
 * @csspart copy-button - A copy button.
 * @csspart copy-feedback - The "Copied" message next to a copy button.
 * @csspart pending - The loading state.
 * @csspart error - The error state.
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error state's Retry button.
 * @csspart empty - The "no stream" state.
 * @cssproperty --ns-snippet-builder-code-max-height - How tall a snippet field may grow before it scrolls.
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
export class NsSnippetBuilder extends LitElement {
  static override styles = [sharedStyles, styles];

  /**
   * The API client; set it to bypass the context (it then wins over `<ns-api-provider>`'s, also when
   * set before the element is connected).
   */
  @property({attribute: false}) client?: BintuClient;

  /** The client of the nearest `<ns-api-provider>`. */
  @consume({context: apiContext, subscribe: true})
  @state()
  private contextClient?: BintuClient;

  /** The stream (or ABR group passthrough) to build snippets for. */
  @property({attribute: 'stream-id', reflect: true}) streamId = '';

  /**
   * Where playback starts in an ABR group: `auto`, `original`, `high`, `medium-high`, `medium`,
   * `medium-low` or `low`. Ignored for a single stream.
   */
  @property({attribute: 'start-quality', reflect: true}) startQuality: StartQuality = 'auto';

  /** nanoPlayer's latency control mode: `classic`, `balancedadaptive` (default) or `fastadaptive`. */
  @property({attribute: 'latency-mode', reflect: true})
  latencyMode: LatencyMode = DEFAULT_LATENCY_MODE;

  /**
   * The iFrame embed page the iFrame snippet loads: `1.3.3` (default, nanoPlayer 4, the
   * dashboard's) or `2.0.0` (nanoPlayer 5, the current one). The HTML snippet does not change.
   */
  @property({attribute: 'embed-version', reflect: true})
  embedVersion: EmbedVersion = DEFAULT_EMBED_VERSION;

  /**
   * The token the snippets carry by default when the stream needs one (secure playback);
   * `<ns-stream-overview>` hands over the token its playout URLs use. Without it the builder asks
   * the token service for a token for this stream, where the role may.
   */
  @property({attribute: 'playback-token'}) playbackToken?: string;

  /**
   * Replacement strings (a host's wording), including the shared ones (`copy`, `retry`, …); missing
   * keys come from the catalogue of the locale's language, then English.
   */
  @property({attribute: false}) strings?: Partial<SnippetBuilderStrings> & StringOverrides;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: snippetBuilderCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  /** The custom token applied to the snippets; undefined = the default (none). */
  @state() private customToken?: string;
  @state() private form: TokenSettingsInput = EMPTY_FORM;
  @state() private errors: Partial<Record<TokenSettingsField, TokenSettingsError>> = {};
  /** Set once "Generate token" was pressed with invalid fields: errors then update as one types. */
  @state() private checked = false;

  private source: SnippetSource | undefined;
  private outputs = {playoutUrl: '', iframeSnippet: '', htmlSnippet: ''};

  private readonly streamTask = new Task(this, {
    task: async ([client, id], {signal}) => {
      if (!client || !id) return initialState;
      try {
        return await client.getStream(id, {}, {signal});
      } catch (error) {
        if (!signal.aborted) this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error)));
        throw error;
      }
    },
    args: () => [this.api(), this.streamId] as const,
  });

  private readonly tokenTask = new Task(this, {
    autoRun: false,
    task: async (
      [client, request, streamId]: readonly [BintuClient, SplayRequest, string],
      {signal},
    ) => {
      const token = await client.createPlaybackToken(request, {signal});
      // A token for a stream the element no longer shows must not land in its snippets.
      if (streamId !== this.streamId) return token;
      this.customToken = token;
      const claims = decodeToken(token)?.claims ?? {};
      this.dispatchEvent(new NsTokenCreateEvent({token, claims}));
      return token;
    },
  });

  /**
   * The default token issued for a stream that needs one when the host gave none. Its value names
   * the request it answers, so a token for another stream is never taken for this one's.
   */
  private readonly defaultTokenTask = new Task(this, {
    task: async ([client, request], {signal}) => {
      if (!client || !request) return {request, token: undefined};
      const token = await client.createPlaybackToken(JSON.parse(request) as SplayRequest, {
        signal,
      });
      return {request, token};
    },
    args: () => [this.api(), this.defaultTokenNeed().request] as const,
  });

  /**
   * The Live Playout URL as shown (with the custom token when one is applied); empty until the
   * stream has loaded and, for a secure stream, its default token is there.
   */
  get playoutUrl(): string {
    return this.outputs.playoutUrl;
  }

  /** The iFrame snippet as shown; empty until the stream (and its default token) is there. */
  get iframeSnippet(): string {
    return this.outputs.iframeSnippet;
  }

  /** The HTML snippet as shown; empty until the stream (and its default token) is there. */
  get htmlSnippet(): string {
    return this.outputs.htmlSnippet;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') && changed.get('streamId') !== undefined) {
      // Another stream: the custom token and its settings belonged to the old one.
      this.customToken = undefined;
      this.form = EMPTY_FORM;
      this.errors = {};
      this.checked = false;
      this.tokenTask.abort();
    }
    const stream = this.loadedStream();
    if (stream) {
      const locale = this.locale();
      const entries = [...(stream.playout?.h5live ?? [])].sort((a, b) => a.index - b.index);
      const qualities = entries.map((entry, i) =>
        entry.info
          ? `${entry.info.width}x${entry.info.height} · ${formatBitrate(entry.info.bitrate, locale)}`
          : this.text('qualityFallback', {number: i + 1}),
      );
      this.source = {stream, qualities, isGroup: entries.length > 1};
      // No snippet without the token a secure stream needs: it could be copied and would not play.
      const waiting = !this.customToken && this.defaultTokenState().state === 'pending';
      const input = this.snippetInput(this.source);
      this.outputs = waiting
        ? {playoutUrl: '', iframeSnippet: '', htmlSnippet: ''}
        : {
            playoutUrl: playoutUrl(input),
            iframeSnippet: iframeSnippet(input),
            htmlSnippet: htmlSnippet(input),
          };
    } else {
      this.source = undefined;
      this.outputs = {playoutUrl: '', iframeSnippet: '', htmlSnippet: ''};
    }
  }

  override render() {
    if (!this.streamId) return renderEmpty(this.text('noStream'));
    return html`<div part="base" role="region" aria-label=${this.text('region')}>
      ${this.streamTask.render({
        initial: () => renderPending(this.text('loading')),
        pending: () => renderPending(this.text('loading')),
        error: error => renderError(error, () => void this.streamTask.run(), this.i18n.shared()),
        complete: () => (this.source ? this.renderBuilder(this.source) : nothing),
      })}
    </div>`;
  }

  private renderBuilder(source: SnippetSource): TemplateResult {
    return html`
      ${this.renderSettings(source)} ${this.renderTokenSection()}
      ${
        this.outputs.htmlSnippet
          ? html`${this.renderOutput('url', 'playoutUrl', 'copyPlayoutUrl', this.outputs.playoutUrl)}
            ${this.renderOutput(
              'iframe',
              'iframeSnippet',
              'copyIframeSnippet',
              this.outputs.iframeSnippet,
            )}
            ${this.renderOutput('html', 'htmlSnippet', 'copyHtmlSnippet', this.outputs.htmlSnippet)}`
          : renderPending(this.text('defaultTokenPending'), {rows: 6})
      }
    `;
  }

  private renderSettings(source: SnippetSource): TemplateResult {
    const quality = this.effectiveQuality();
    const latency = isLatencyMode(this.latencyMode) ? this.latencyMode : DEFAULT_LATENCY_MODE;
    const embed = this.effectiveEmbedVersion();
    const count = source.qualities.length;
    const qualityOption = (q: StartQuality) => {
      const index = startPlayout(q, count).startIndex;
      return html`<option value=${q} ?selected=${q === quality}>
        ${this.text(QUALITY_LABELS[q], {quality: source.qualities[index] ?? ''})}
      </option>`;
    };
    return html`<fieldset part="settings" class="settings">
      <legend>${this.text('settings')}</legend>
      ${
        source.isGroup
          ? html`<div part="field" class="field">
              <label class="label" for="start-quality">${this.text('startQuality')}</label>
              <select
                id="start-quality"
                part="start-quality"
                class="select"
                aria-describedby="start-quality-hint"
                @change=${this.onQualityChange}
              >
                ${START_QUALITIES.map(qualityOption)}
              </select>
              <span id="start-quality-hint" class="hint">${this.text('startQualityHint')}</span>
            </div>`
          : nothing
      }
      <div part="field" class="field">
        <label class="label" for="latency-mode">${this.text('latencyMode')}</label>
        <select
          id="latency-mode"
          part="latency-mode"
          class="select"
          @change=${this.onLatencyChange}
        >
          ${LATENCY_MODES.map(
            mode =>
              html`<option value=${mode} ?selected=${mode === latency}>
                ${this.text(LATENCY_LABELS[mode])}
              </option>`,
          )}
        </select>
      </div>
      <div part="field" class="field">
        <label class="label" for="embed-version">${this.text('embedVersion')}</label>
        <select
          id="embed-version"
          part="embed-version"
          class="select"
          aria-describedby="embed-version-hint"
          @change=${this.onEmbedVersionChange}
        >
          ${EMBED_VERSIONS.map(
            version =>
              html`<option value=${version} ?selected=${version === embed}>
                ${this.text(EMBED_VERSION_LABELS[version])}
              </option>`,
          )}
        </select>
        <span id="embed-version-hint" class="hint">${this.text('embedVersionHint')}</span>
      </div>
    </fieldset>`;
  }

  private renderTokenSection(): TemplateResult | typeof nothing {
    if (!this.session?.features.secure) return nothing;
    if (this.secureNotEnabled()) {
      return html`<p class="hint" part="token-settings" role="status">
        ${this.text('secureNotEnabled')}
      </p>`;
    }
    if (!this.session.can('createPlaybackToken')) {
      return html`<p class="hint" part="token-settings">${this.text('tokenReadOnly')}</p>
        ${this.defaultTokenState().state === 'ready' ? this.renderTokenNote() : nothing}`;
    }
    const busy = this.tokenTask.status === TaskStatus.PENDING;
    const failed = this.tokenTask.status === TaskStatus.ERROR;
    const invalid = this.checked && Object.keys(this.errors).length > 0;
    const failure = failed ? describeError(this.tokenTask.error, this.i18n.shared()) : undefined;
    return html`<details part="token-settings" class="token-settings">
        <summary>${this.text('tokenSettings')}</summary>
        <div class="token-body">
          <p class="hint">${this.text('tokenIntro')}</p>
          <form
            part="token-form"
            class="token-form"
            novalidate
            aria-busy=${busy ? 'true' : 'false'}
            @submit=${this.onGenerate}
            @input=${this.onFormInput}
          >
            <div class="fields">${FIELDS.map(field => this.renderField(field))}</div>
            <div class="actions">
              <button type="submit" part="generate-button" class="button primary" ?disabled=${busy}>
                ${busy ? this.text('generating') : this.text('generate')}
              </button>
              ${
                this.customToken
                  ? html`<button
                      type="button"
                      part="default-token-button"
                      class="button secondary"
                      @click=${this.onUseDefault}
                    >
                      ${this.text('useDefault')}
                    </button>`
                  : nothing
              }
            </div>
            <div class="form-status" role="status" aria-live="polite">
              ${
                invalid
                  ? html`<p part="form-error" class="field-error">${this.text('formInvalid')}</p>`
                  : nothing
              }
              ${
                failure
                  ? html`<p part="form-error" class="field-error">
                      ${this.text('tokenFailed', {message: failure.message})} ${failure.code}
                    </p>`
                  : nothing
              }
            </div>
          </form>
        </div>
      </details>
      <div class="token-state">
        ${this.renderTokenNote()}
        ${
          this.customToken
            ? html`<ns-token-info
                part="token-info"
                .token=${this.customToken}
                exportparts=${TOKEN_INFO_EXPORTS}
              ></ns-token-info>`
            : nothing
        }
      </div>`;
  }

  private renderField(field: (typeof FIELDS)[number]): TemplateResult {
    const error = this.checked ? this.errors[field.name] : undefined;
    const id = `token-${field.name}`;
    const describedBy = error ? `${id}-error ${id}-hint` : `${id}-hint`;
    const now = Date.now();
    return html`<div part="field" class="field">
      <label class="label" for=${id}>${this.text(field.label)}</label>
      <input
        id=${id}
        name=${field.name}
        part="input"
        class="input"
        type=${field.type}
        .value=${this.form[field.name]}
        min=${ifDefined(field.type === 'datetime-local' ? toUtcDateTimeInput(now) : undefined)}
        max=${ifDefined(
          field.name === 'expires' ? toUtcDateTimeInput(now + MAX_TOKEN_LIFETIME_MS) : undefined,
        )}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
      />
      <span id="${id}-hint" class="hint">${this.text(field.hint)}</span>
      ${
        error
          ? html`<span id="${id}-error" part="field-error" class="field-error"
              >${this.text(error.code, error.vars)}</span
            >`
          : nothing
      }
    </div>`;
  }

  private renderOutput(
    kind: SnippetKind,
    label: SnippetBuilderStringKey,
    copyLabel: SnippetBuilderStringKey,
    value: string,
  ): TemplateResult {
    const id = `output-${kind}`;
    const rows = kind === 'url' ? 2 : Math.min(24, value.split('\n').length + 1);
    return html`<div part="snippet" class="snippet" data-kind=${kind}>
      <div class="snippet-head">
        <label class="label" for=${id}>${this.text(label)}</label>
        <ns-copy-button
          .value=${value}
          label=${this.text(copyLabel)}
          .strings=${this.strings}
          exportparts=${copyButtonExports}
          @copy-done=${(e: CustomEvent<CopyDoneDetail>) => this.onCopied(kind, e)}
        ></ns-copy-button>
      </div>
      <textarea
        id=${id}
        part="code"
        class="input code"
        readonly
        rows=${rows}
        spellcheck="false"
        .value=${value}
      ></textarea>
    </div>`;
  }

  private onQualityChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isStartQuality(value)) this.startQuality = value;
  }

  private onLatencyChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLatencyMode(value)) this.latencyMode = value;
  }

  private onEmbedVersionChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isEmbedVersion(value)) this.embedVersion = value;
  }

  private onFormInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const name = input.name as TokenSettingsField;
    if (!(name in this.form)) return;
    this.form = {...this.form, [name]: input.value};
    if (this.checked) this.errors = this.validate().errors;
  }

  private onGenerate(event: SubmitEvent): void {
    event.preventDefault();
    const source = this.source;
    const client = this.api();
    if (!source || !client) return;
    const result = this.validate();
    this.checked = true;
    this.errors = result.errors;
    if (!result.ok) {
      void this.updateComplete.then(() => {
        const first = FIELDS.find(f => result.errors[f.name]);
        this.renderRoot.querySelector<HTMLInputElement>(`#token-${first?.name}`)?.focus();
      });
      return;
    }
    const request: SplayRequest = {...playbackTokenTarget(source.stream), ...result.request};
    void this.tokenTask.run([client, request, this.streamId]);
  }

  /**
   * Which token the snippets carry, in one live region that stays in place, so that a change
   * (custom token applied, back to the default, issuing failed) is announced.
   */
  private renderTokenNote(): TemplateResult {
    const state = this.defaultTokenState();
    let note: string;
    if (this.customToken) note = this.text('customTokenApplied');
    else if (state.state === 'error')
      note = this.text('defaultTokenFailed', {reason: state.reason});
    else if (state.state === 'pending') note = this.text('defaultTokenPending');
    else if (state.state === 'ready') {
      const until = decodeToken(state.token)?.validUntil;
      note = until
        ? this.text('defaultTokenApplied', {until: this.i18n.dateTime(until)})
        : this.text('defaultTokenAppliedOpen');
    } else note = this.text('noTokenNeeded');
    const failed = !this.customToken && state.state === 'error';
    const classes = failed ? 'hint field-error' : 'hint';
    return html`<p part="token-note" class=${classes} role="status">${note}</p>`;
  }

  private onUseDefault(): void {
    this.customToken = undefined;
    // The pressed button is gone: keep the focus in the form rather than losing it to the page.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('[part="generate-button"]')?.focus(),
    );
  }

  private onCopied(kind: SnippetKind, event: CustomEvent<CopyDoneDetail>): void {
    if (event.detail.ok) this.dispatchEvent(new NsSnippetCopyEvent({kind}));
  }

  private validate() {
    return validateTokenSettings(this.form, Date.now());
  }

  private effectiveQuality(): StartQuality {
    return isStartQuality(this.startQuality) ? this.startQuality : 'auto';
  }

  private effectiveEmbedVersion(): EmbedVersion {
    return isEmbedVersion(this.embedVersion) ? this.embedVersion : DEFAULT_EMBED_VERSION;
  }

  private snippetInput(source: SnippetSource): SnippetInput {
    return {
      groupId: source.stream.id,
      qualityCount: source.isGroup ? source.qualities.length : 1,
      startQuality: this.effectiveQuality(),
      latencyMode: isLatencyMode(this.latencyMode) ? this.latencyMode : DEFAULT_LATENCY_MODE,
      token: this.customToken ?? this.defaultTokenState().token,
      apiUrl: this.api()?.baseUrl,
      embedVersion: this.effectiveEmbedVersion(),
    };
  }

  /** The stream of `stream-id`, once loaded. */
  private loadedStream(): Stream | undefined {
    const stream =
      this.streamTask.status === TaskStatus.COMPLETE ? this.streamTask.value : undefined;
    return stream && stream.id === this.streamId ? stream : undefined;
  }

  /** The client in use: the one set directly, else the provider's. */
  private api(): BintuClient | undefined {
    return this.client ?? this.contextClient;
  }

  /** Whether the stream needs a default token, and the token-service request to issue it. */
  private defaultTokenNeed(): {needed: boolean; given: string; request: string} {
    const stream = this.loadedStream();
    const session = this.session;
    const needed = !!stream && !!session && needsPlaybackToken(stream, session.features);
    const given = needed ? (this.playbackToken ?? '').trim() : '';
    const may = !!session?.can('createPlaybackToken');
    const request = needed && !given && may ? JSON.stringify(playbackTokenTarget(stream)) : '';
    return {needed, given, request};
  }

  /**
   * The default token: `none` when the stream needs none (or the role may not have one issued),
   * the host's `playback-token`, else the one issued for this stream — `pending` until it is
   * there, `error` when the token service refused.
   */
  private defaultTokenState():
    | {state: 'none' | 'pending'; token?: undefined}
    | {state: 'ready'; token: string}
    | {state: 'error'; reason: string; token?: undefined} {
    const {given, request} = this.defaultTokenNeed();
    if (given) return {state: 'ready', token: given};
    if (!request) return {state: 'none'};
    const task = this.defaultTokenTask;
    // The organisation has no secure playback after all (its packages were unknown): its streams
    // play without a token.
    if (task.status === TaskStatus.ERROR && isNotEnabled(task.error)) return {state: 'none'};
    if (task.status === TaskStatus.ERROR) {
      return {state: 'error', reason: describeError(task.error, this.i18n.shared()).message};
    }
    if (
      task.status === TaskStatus.COMPLETE &&
      task.value?.request === request &&
      task.value.token
    ) {
      return {state: 'ready', token: task.value.token};
    }
    return {state: 'pending'};
  }

  /** Whether the token service said the organisation has no secure playback. */
  private secureNotEnabled(): boolean {
    const tasks = [this.defaultTokenTask.status, this.tokenTask.status];
    const errors = [this.defaultTokenTask.error, this.tokenTask.error];
    return tasks.some((status, i) => status === TaskStatus.ERROR && isNotEnabled(errors[i]));
  }

  private locale(): string {
    return this.i18n.locale;
  }

  private text(key: SnippetBuilderStringKey, vars?: Record<string, string | number>): string {
    return this.i18n.text(key, vars);
  }
}

define('ns-snippet-builder', NsSnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ns-snippet-builder': NsSnippetBuilder;
  }
}
