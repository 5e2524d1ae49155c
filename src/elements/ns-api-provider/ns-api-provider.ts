import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {provide} from '@lit/context';
import {Task, TaskStatus, initialState} from '@lit/task';
import {
  BintuClient,
  DEFAULT_BASE_URL,
  DEFAULT_TOKEN_SERVICE_URL,
  type BintuClientOptions,
} from '../../api/client.js';
import type {OrganisationFeatures, Role} from '../../api/types.js';
import {ROLES} from '../../api/types.js';
import {
  DEFAULT_DASHBOARD_URL,
  apiContext,
  createSession,
  sessionContext,
  type NsSession,
} from '../../context.js';
import {NsLoadErrorEvent} from '../../events.js';
import {define} from '../../internal/define.js';
import type {NsStrings} from '../../i18n/catalogues.js';
import {documentLang, watchDocumentLang} from '../../i18n/document-lang.js';
import {sharedStrings} from '../../i18n/localize.js';
import {hostStyles, themeStyles} from '../../internal/styles.js';
import {errorDetail, renderError} from '../../internal/templates.js';
import type {MockServer, MockServerOptions} from '../../mock/index.js';
import {loadAccount, type Account} from './account.js';
import {styles} from './ns-api-provider.styles.js';

export {DEFAULT_DASHBOARD_URL};

export type Theme = 'light' | 'dark' | 'auto';

/** The latency the built-in mock answers with, so that loading states are seen as they would be. */
const MOCK_LATENCY: [number, number] = [60, 240];

let apiKeyWarned = false;

/** Whether a page served from `hostname` is only reachable from this machine. */
export function isLocalHostname(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * @summary Owns the nanoStream API client and shares it, the organisation's features and the user's
 * role with every ns element inside it.
 *
 * The provider never holds its elements back: when `GET /organisation` fails or names no
 * packages, they count as unknown and every section is shown; when `GET /user` cannot say the
 * role (404, 405, a network failure), the elements act read-only and the provider shows a short
 * note (part `note`). A 403 from `GET /user` is the documented answer for `nanoReadOnly`.
 *
 * @slot - The ns elements (and any other content) that use this provider.
 * @event ns-load-error - The organisation or the user's role could not be loaded (not for the 403, 404 or 405 that a server without them answers), or the mock failed to start. `detail: {status, code, message}`.
 * The design tokens below inherit into every ns element inside (through their shadow roots), so
 * one rule on the provider re-brands them all; `theme` sets the colour tokens on the provider, and
 * tokens the page sets on the provider itself win over the theme.
 *
 * @csspart note - The note shown when the server did not say the user's role.
 * @csspart error - The message shown when the client could not be set up (with
 *   `error-message`, `error-meta`, `retry-button`).
 * @csspart error-message - The error's human message.
 * @csspart error-meta - The error code and HTTP status.
 * @csspart retry-button - The Retry button.
 */
export class NsApiProvider extends LitElement {
  static override styles = [hostStyles, themeStyles, styles];

  /** API base URL. */
  @property({attribute: 'base-url'}) baseUrl = DEFAULT_BASE_URL;

  /** Token service base URL. */
  @property({attribute: 'token-service-url'}) tokenServiceUrl = DEFAULT_TOKEN_SERVICE_URL;

  /** Where quick actions (watch, webcaster, instructions) link to. */
  @property({attribute: 'dashboard-url'}) dashboardUrl = DEFAULT_DASHBOARD_URL;

  /** Organisation API key, sent as `X-BINTU-APIKEY`. Development only: never put it into a public page. */
  @property({attribute: 'api-key'}) apiKey?: string;

  /** A user token, sent as `X-BINTU-TOKEN`. */
  @property({attribute: 'bintu-token'}) bintuToken?: string;

  /** Async source of the user token; called again once when a request answers 401. */
  @property({attribute: false}) getToken?: () => string | Promise<string>;

  /** Use the built-in mock organisation instead of the network (loaded only when set). */
  @property({type: Boolean, reflect: true}) mock = false;

  /** Options for the built-in mock organisation (seed, size, features, latency). */
  @property({attribute: false}) mockOptions?: MockServerOptions;

  /**
   * Packages the host states itself (e.g. `{secure: true, vod: false}`), for a server whose
   * `GET /organisation` does not name them; they win over what it says.
   */
  @property({attribute: false}) features?: Partial<OrganisationFeatures>;

  /**
   * The user's role (`nanoAdmin`, `nanoUser` or `nanoReadOnly`); overrides what `GET /user` says.
   * (It shadows the ARIA `role` of the element, which a provider never needs.) The `role` attribute
   * is read into this property and then taken off the element, because on an element `role` is
   * ARIA's and `nanoReadOnly` would be an invalid ARIA role in the page.
   */
  @property() override role: Role | null = null;

  private takingRoleOff = false;

  /**
   * BCP 47 locale for texts, numbers and dates; default the document's `lang`, then `en`. Texts
   * are German for `de` and its regions (`de-AT`, `de-CH`, …) and English for every other language;
   * numbers and dates are formatted in the locale itself.
   */
  @property() locale?: string;

  /**
   * Replacement strings for every ns element inside, set once here: per element tag that
   * element's keys (and the shared ones as it shows them), and under `shared` the loading, error
   * and copy strings of every element. An element's own `strings` property wins, key by key.
   * Nested elements are reached too (the overview's ABR table, live processing, snippet builder and
   * token view, each by its own tag).
   *
   * ```js
   * provider.strings = {
   *   shared: {retry: 'Nochmal laden'},
   *   'ns-snippet-builder': {iframeSnippet: 'Einbettungscode'},
   * };
   * ```
   */
  @property({attribute: false}) strings?: NsStrings;

  /**
   * Colour theme of every ns element inside: `light`, `dark`, or `auto` (follows the system).
   * Unset, the elements inherit the colours from above: the page's `--ns-color-*` tokens, an outer
   * provider's theme, else the light fallbacks.
   */
  @property({reflect: true}) theme?: Theme;

  /** A ready client; wins over every other setting. */
  @property({attribute: false}) client?: BintuClient;

  /** A custom `fetch` for the built-in client. */
  @property({attribute: false}) fetch?: typeof fetch;

  @provide({context: apiContext})
  @state()
  private providedClient?: BintuClient;

  @provide({context: sessionContext})
  @state()
  protected session: NsSession = createSession({
    status: 'loading',
    locale: 'en',
    dashboardUrl: DEFAULT_DASHBOARD_URL,
  });

  @state() private documentLang = '';

  private server?: MockServer;
  private serverInputs?: readonly unknown[];
  private unwatchLang?: () => void;

  /** Sets the client up, then asks for the organisation and the user's role. */
  private readonly setup = new Task(this, {
    autoRun: false,
    task: async (_: readonly [], {signal}): Promise<Account | typeof initialState> => {
      const client = await this.createClient();
      if (signal.aborted) return initialState;
      this.providedClient = client;
      const account = await loadAccount(client, this.role, signal);
      return signal.aborted ? initialState : account;
    },
    args: () => [] as const,
    // Neither answer holds the elements back: each failure only leaves its part unknown.
    onComplete: ({failures}) => {
      for (const error of failures) this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error)));
    },
    onError: error => this.dispatchEvent(new NsLoadErrorEvent(errorDetail(error))),
  });

  /** What the last complete set-up learnt; nothing while one runs. */
  private get account(): Account | undefined {
    return this.setup.status === TaskStatus.COMPLETE ? this.setup.value : undefined;
  }

  /**
   * `loading` until the organisation and the user's role have been asked for, then `ready` (also
   * when the server could not say them), or `error` when no client could be set up.
   */
  get status(): NsSession['status'] {
    const {status} = this.setup;
    return status === TaskStatus.COMPLETE
      ? 'ready'
      : status === TaskStatus.ERROR
        ? 'error'
        : 'loading';
  }

  /** The built-in mock organisation, when `mock` is set and it has loaded (for tests and stories). */
  get mockServer(): MockServer | undefined {
    return this.server;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.documentLang = documentLang(this);
    this.unwatchLang = watchDocumentLang(this.ownerDocument, () => {
      this.documentLang = documentLang(this);
    });
    // Reconnecting after a disconnect starts the set-up again.
    if (this.hasUpdated) void this.setup.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLang?.();
    this.unwatchLang = undefined;
    this.setup.abort();
  }

  /** Loads the organisation and the user's role again, dropping every kept answer. */
  reload(): Promise<void> {
    this.providedClient?.clearCache();
    return this.setup.run();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // Taking the attribute off (below) calls back with null: the role stays as it was read.
    if (name === 'role' && this.takingRoleOff) return;
    super.attributeChangedCallback(name, old, value);
    // On an element, `role` is ARIA's: "nanoReadOnly" there is an invalid ARIA role, which
    // accessibility checkers report against the host page. Once read, the attribute goes.
    if (name === 'role' && value !== null && (ROLES as readonly string[]).includes(value)) {
      this.takingRoleOff = true;
      try {
        this.removeAttribute('role');
      } finally {
        this.takingRoleOff = false;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('role') && this.role !== null && !ROLES.includes(this.role)) {
      console.warn(
        `<ns-api-provider>: role "${String(this.role)}" is not one of ${ROLES.join(', ')}; it is ignored.`,
      );
      this.role = (changed.get('role') as Role | null | undefined) ?? null;
    }
    if (changed.has('apiKey') && this.apiKey) this.warnAboutApiKey();

    const clientInputs: (keyof NsApiProvider)[] = [
      'client',
      'mock',
      'mockOptions',
      'baseUrl',
      'tokenServiceUrl',
      'apiKey',
      'bintuToken',
      'getToken',
      'fetch',
    ];
    // The mock issues its user token for the role, so that the mock server agrees with the UI.
    const mockRoleChanged = this.mock && !this.client && changed.has('role') && this.hasUpdated;
    // The role attribute taken away: the role has to be asked for after all.
    const roleToAsk =
      changed.has('role') && this.role === null && !this.account?.role && this.hasUpdated;
    if (clientInputs.some(key => changed.has(key)) || mockRoleChanged || roleToAsk) {
      void this.setup.run();
    }

    const {status, account} = this;
    this.session = createSession({
      status,
      error: this.setup.status === TaskStatus.ERROR ? this.setup.error : undefined,
      organisation: account?.organisation,
      features: this.features,
      role: this.role ?? (account ? (account.role ?? 'nanoReadOnly') : undefined),
      roleSource: this.role ? 'attribute' : account?.role ? 'server' : 'unknown',
      locale: this.resolvedLocale(),
      strings: this.strings,
      dashboardUrl: this.dashboardUrl || DEFAULT_DASHBOARD_URL,
    });
  }

  override render() {
    const strings = sharedStrings(this.session.locale, this.strings?.shared);
    const {status, roleSource} = this.session;
    const roleUnknown = status === 'ready' && roleSource === 'unknown';
    return html`${
        status === 'error'
          ? html`<div part="error">
              ${renderError(this.setup.error, () => void this.reload(), strings)}
            </div>`
          : nothing
      }${roleUnknown ? html`<p part="note" role="note">${strings.roleUnknown}</p>` : nothing}<slot
      ></slot>`;
  }

  private resolvedLocale(): string {
    const candidates = [this.locale, this.documentLang, 'en'];
    for (const candidate of candidates) {
      if (!candidate) continue;
      try {
        return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
      } catch {
        // Not a valid BCP 47 tag: try the next one.
      }
    }
    return 'en';
  }

  private warnAboutApiKey(): void {
    if (apiKeyWarned || isLocalHostname(this.ownerDocument.location?.hostname ?? '')) return;
    apiKeyWarned = true;
    console.warn(
      '<ns-api-provider>: an organisation API key (api-key) is used on a public page. Anyone who opens ' +
        'this page can read it and control every stream. Use it for local development only; in ' +
        'production hand the page a short-lived user token through getToken.',
    );
  }

  private async createClient(): Promise<BintuClient> {
    if (this.client) return this.client;
    const urls = {baseUrl: this.baseUrl, tokenServiceUrl: this.tokenServiceUrl};
    if (this.mock) {
      // The same organisation survives a role change, so what the user changed stays changed.
      const inputs = [this.mockOptions, this.baseUrl, this.tokenServiceUrl];
      let server = this.server;
      if (!server || !this.serverInputs?.every((value, i) => value === inputs[i])) {
        const {createMockServer} = await import('../../mock/index.js');
        server = await createMockServer({latencyMs: MOCK_LATENCY, ...this.mockOptions, ...urls});
        this.server = server;
        this.serverInputs = inputs;
      }
      const role = this.role ?? 'nanoAdmin';
      const mockServer = server;
      return new BintuClient({
        ...urls,
        fetch: mockServer.fetch,
        getToken: () => mockServer.issueUserToken(role),
      });
    }
    this.server = undefined;
    this.serverInputs = undefined;
    const options: BintuClientOptions = {...urls};
    if (this.apiKey) options.apiKey = this.apiKey;
    if (this.bintuToken) options.bintuToken = this.bintuToken;
    if (this.getToken) options.getToken = this.getToken;
    if (this.fetch) options.fetch = this.fetch;
    return new BintuClient(options);
  }
}

define('ns-api-provider', NsApiProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ns-api-provider': NsApiProvider;
  }
}
