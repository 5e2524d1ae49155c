import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {Task, TaskStatus} from '@lit/task';
import type {BintuClient} from '../../api/client.js';
import type {SplayRequest, Stream} from '../../api/types.js';
import {apiContext, sessionContext, type NsSession} from '../../context.js';
import {NsSnippetCopyEvent, NsTokenCreateEvent, type SnippetKind} from '../../events.js';
import {streamResource} from '../../internal/controllers/load.js';
import {PlaybackTokenController} from '../../internal/controllers/playback-token.js';
import type {CopyDoneDetail} from '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {define} from '../../internal/define.js';
import type {OverridesOf} from '../../i18n/catalogues.js';
import {Localizer} from '../../i18n/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {describeError, renderEmpty, renderError, renderPending} from '../../internal/templates.js';
import {DEFAULT_EMBED_VERSION, isEmbedVersion, type EmbedVersion} from '../../snippets/embed.js';
import {
  DEFAULT_LATENCY_MODE,
  isLatencyMode,
  isStartQuality,
  type LatencyMode,
  type StartQuality,
} from '../../snippets/player.js';
import {decodeToken} from '../../token/decode.js';
import {playbackTokenTarget} from '../../token/target.js';
import {
  validateTokenSettings,
  type TokenSettingsField,
  type TokenSettingsInput,
} from '../../token/settings.js';
import {styles} from './ns-snippet-builder.styles.js';
import {snippetBuilderCatalogues} from './ns-snippet-builder.catalogues.js';
import {
  onSelect,
  renderOutput,
  renderSettings,
  renderTokenSection,
  type SettingsHandlers,
  type TokenHandlers,
} from './ns-snippet-builder.templates.js';
import {
  EMPTY_FORM,
  firstInvalidField,
  snippetBuilderView,
  type FieldErrors,
  type SnippetBuilderView,
  type ViewText,
} from './ns-snippet-builder.view.js';

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
 * @csspart snippet - One output block (playout URL, iFrame snippet, HTML snippet).
 * @csspart code - A read-only code field of an output block.
 * @csspart pending - The loading state.
 * @csspart error - The error state.
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The error state's Retry button.
 * @csspart empty - The "no stream" state.
 * @cssproperty --ns-snippet-builder-code-max-height - How tall a snippet field may grow before it scrolls.
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
  @property({attribute: false}) strings?: OverridesOf<'ns-snippet-builder'>;

  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private readonly i18n = new Localizer(this, {
    catalogues: snippetBuilderCatalogues,
    overrides: () => this.strings,
  });

  /** The custom token applied to the snippets; undefined = the default (none). */
  @state() private customToken?: string;
  @state() private form: TokenSettingsInput = EMPTY_FORM;
  @state() private errors: FieldErrors = {};
  /** Set once "Generate token" was pressed with invalid fields: errors then update as one types. */
  @state() private checked = false;

  /** What is shown, derived on each update. */
  private view!: SnippetBuilderView;

  private readonly stream = streamResource(this, {
    client: () => this.api(),
    streamId: () => this.streamId,
  });

  /**
   * The default token when the host gave none, shared page-wide per client and stream (so a page
   * with `<ns-stream-overview>` asks the token service once).
   */
  private readonly playback = new PlaybackTokenController(this, {
    client: () => this.api(),
    stream: () => this.loadedStream(),
    session: () => this.session,
    given: () => this.playbackToken,
  });

  /** Issues the custom token the form asks for. */
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
   * The Live Playout URL as shown (with the custom token when one is applied); empty until the
   * stream has loaded and, for a secure stream, its default token is there.
   */
  get playoutUrl(): string {
    return this.view?.outputs.playoutUrl ?? '';
  }

  /** The iFrame snippet as shown; empty until the stream (and its default token) is there. */
  get iframeSnippet(): string {
    return this.view?.outputs.iframeSnippet ?? '';
  }

  /** The HTML snippet as shown; empty until the stream (and its default token) is there. */
  get htmlSnippet(): string {
    return this.view?.outputs.htmlSnippet ?? '';
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
    this.view = snippetBuilderView(
      {
        stream: this.loadedStream(),
        session: this.session,
        settings: this,
        playback: this.playback.value,
        customToken: this.customToken,
        form: this.form,
        errors: this.errors,
        checked: this.checked,
        busy: this.tokenTask.status === TaskStatus.PENDING,
        customFailure:
          this.tokenTask.status === TaskStatus.ERROR ? {error: this.tokenTask.error} : undefined,
        apiUrl: this.api()?.baseUrl,
        now: Date.now(),
      },
      this.viewText(),
    );
  }

  override render() {
    if (!this.streamId) return renderEmpty(this.i18n.text('noStream'));
    return html`<div part="base" role="region" aria-label=${this.i18n.text('region')}>
      ${this.stream.render({
        initial: () => renderPending(this.i18n.text('loading')),
        pending: () => renderPending(this.i18n.text('loading')),
        error: error => renderError(error, () => void this.stream.run(), this.i18n.shared()),
        complete: () => (this.view.source ? this.renderBuilder(this.view) : nothing),
      })}
    </div>`;
  }

  private renderBuilder({settings, token, blocks}: SnippetBuilderView) {
    const text = this.viewText().text;
    const options = {strings: this.strings, onCopied: this.onCopied};
    return html`
      ${settings ? renderSettings(settings, text, this.settingsOn) : nothing}
      ${renderTokenSection(token, text, this.tokenOn)}
      ${
        blocks.length
          ? blocks.map(block => renderOutput(block, options))
          : renderPending(text('defaultTokenPending'), {rows: 6})
      }
    `;
  }

  private readonly settingsOn: SettingsHandlers = {
    onQualityChange: onSelect(isStartQuality, value => (this.startQuality = value)),
    onLatencyChange: onSelect(isLatencyMode, value => (this.latencyMode = value)),
    onEmbedVersionChange: onSelect(isEmbedVersion, value => (this.embedVersion = value)),
  };

  private readonly tokenOn: TokenHandlers = {
    onFormInput: event => {
      const input = event.target as HTMLInputElement;
      const name = input.name as TokenSettingsField;
      if (!(name in this.form)) return;
      this.form = {...this.form, [name]: input.value};
      if (this.checked) this.errors = this.validate().errors;
    },
    onGenerate: event => {
      event.preventDefault();
      const source = this.view.source;
      const client = this.api();
      if (!source || !client) return;
      const result = this.validate();
      this.checked = true;
      this.errors = result.errors;
      if (!result.ok) {
        const first = firstInvalidField(result.errors);
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLInputElement>(`#token-${first}`)?.focus(),
        );
        return;
      }
      const request: SplayRequest = {...playbackTokenTarget(source.stream), ...result.request};
      void this.tokenTask.run([client, request, this.streamId]);
    },
    onUseDefault: () => {
      this.customToken = undefined;
      // The pressed button is gone: keep the focus in the form rather than losing it to the page.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>('[part="generate-button"]')?.focus(),
      );
    },
  };

  private readonly onCopied = (kind: SnippetKind, event: CustomEvent<CopyDoneDetail>): void => {
    if (event.detail.ok) this.dispatchEvent(new NsSnippetCopyEvent({kind}));
  };

  private validate() {
    return validateTokenSettings(this.form, Date.now());
  }

  /** The stream of `stream-id`, once loaded. */
  private loadedStream(): Stream | undefined {
    const stream = this.stream.status === TaskStatus.COMPLETE ? this.stream.value : undefined;
    return stream && stream.id === this.streamId ? stream : undefined;
  }

  /** The client in use: the one set directly, else the provider's. */
  private api(): BintuClient | undefined {
    return this.client ?? this.contextClient;
  }

  /** The localizer as the view reads it. */
  private viewText(): ViewText {
    const i18n = this.i18n;
    return {
      text: (key, vars) => i18n.text(key, vars),
      dateTime: date => i18n.dateTime(date),
      locale: i18n.locale,
      describe: error => describeError(error, i18n.shared()),
    };
  }
}

define('ns-snippet-builder', NsSnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'ns-snippet-builder': NsSnippetBuilder;
  }
}
