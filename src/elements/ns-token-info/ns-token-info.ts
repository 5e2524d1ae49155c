import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {sessionContext, type NsSession} from '../../context.js';
import {define} from '../../internal/define.js';
import {formatRelative} from '../../internal/format.js';
import {Localizer} from '../../internal/localizer.js';
import type {StringOverrides} from '../../internal/strings.js';
import {sharedStyles} from '../../internal/styles.js';
import '../../internal/copy-button.js';
import {copyButtonExports} from '../../internal/parts.js';
import {decodeToken, nextRefreshDelay, tokenTiming, type DecodedToken} from '../../token/decode.js';
import {RefreshController} from './refresh-controller.js';
import {styles} from './ns-token-info.styles.js';
import {
  tokenInfoCatalogues,
  type TokenInfoStringKey,
  type TokenInfoStrings,
} from './ns-token-info.strings.js';

const BADGE_TONE = {valid: 'success', 'not-yet-valid': 'warning', expired: 'danger'} as const;

/**
 * @summary Shows a secure playback token (a JWT): the raw token with a copy button, and what it
 * says, decoded in the browser — algorithm and key id, valid from / until (UTC) with a badge that
 * keeps itself current ("Expires in 3 hours", "Expired", "Not yet valid"), the stream group or
 * streams it covers, its optional settings (domain, client IP, user ID, tag, and custom data when
 * the token carries `cust`) and its issuer.
 *
 * Current tokens (`EdDSA`, key id `nano_x25519`, issuer `nanocosmos`) and older ones (`RS256`, key
 * id `nanocosmos`) are shown alike; a claim the token lacks reads "Not set", never "undefined".
 *
 * Decoding does not verify the signature, and the element says so. A malformed token shows
 * "Invalid token"; nothing throws. Works inside `<ns-api-provider>` (its locale) or on its own
 * (the document's `lang`, else English).
 *
 * @csspart base - The whole panel.
 * @csspart empty - The note shown when there is no token.
 * @csspart invalid - The "Invalid token" message.
 * @csspart invalid-hint - The explanation below it.
 * @csspart token - The raw token.
 * @csspart copy-button - The token's copy button.
 * @csspart copy-feedback - The "Copied" message next to it.
 * @csspart badge - The validity badge.
 * @csspart details - The list of decoded values (status, validity, scope, algorithm, issuer).
 * @csspart settings - The list of optional settings (domain, client IP, user ID, tag, custom data).
 * @csspart streams - The list of streamnames the token covers.
 * @csspart note - The note that the signature is not verified.
 * @cssproperty --ns-token-info-background - Background of the panel.
 * @cssproperty --ns-token-info-token-max-height - How tall the raw token's text may grow before it scrolls; default `7.5em` (5 lines).
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
export class NsTokenInfo extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The token (a JWT in compact form) to show. */
  @property() token = '';

  /**
   * Replacement strings (a host's wording), including the shared ones (`copy`, `copied`); missing
   * keys come from the catalogue of the locale's language, then English.
   */
  @property({attribute: false}) strings?: Partial<TokenInfoStrings> & StringOverrides;

  /** Locale of the nearest `<ns-api-provider>`, when there is one. */
  @consume({context: sessionContext, subscribe: true})
  @state()
  private session?: NsSession;

  private decoded: DecodedToken | undefined;
  /** The instant this render describes, taken once per update so every part agrees. */
  private now = Date.now();

  private readonly i18n = new Localizer(this, {
    catalogues: tokenInfoCatalogues,
    locale: () => this.session?.locale,
    overrides: () => this.strings,
  });

  constructor() {
    super();
    new RefreshController(this, () =>
      this.decoded ? nextRefreshDelay(this.decoded, Date.now()) : undefined,
    );
  }

  /** The decoded token, or undefined when there is none or it is malformed. Not verified. */
  get decodedToken(): DecodedToken | undefined {
    return this.decoded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) this.decoded = decodeToken(this.token);
    this.now = Date.now();
  }

  override render() {
    // A host may set anything through the property; only a string can be a token.
    const raw = this.token == null ? '' : String(this.token).trim();
    if (!raw) {
      return html`<div part="base" role="group" aria-label=${this.text('region')}>
        <p part="empty" class="muted">${this.text('noToken')}</p>
      </div>`;
    }
    const decoded = this.decoded;
    return html`<div part="base" role="group" aria-label=${this.text('region')}>
      ${decoded ? nothing : this.renderInvalid()} ${this.renderToken(raw)}
      ${decoded ? this.renderDetails(decoded) : nothing}
    </div>`;
  }

  private renderInvalid(): TemplateResult {
    return html`<div role="alert">
      <p part="invalid">${this.text('invalid')}</p>
      <p part="invalid-hint" class="hint">${this.text('invalidHint')}</p>
    </div>`;
  }

  private renderToken(raw: string): TemplateResult {
    return html`<div class="token-field" role="group" aria-labelledby="token-label">
      <span id="token-label" class="label">${this.text('token')}</span>
      <div class="token-row">
        <code part="token" tabindex="0">${raw}</code>
        <ns-copy-button
          .value=${raw}
          label=${this.text('copyToken')}
          .strings=${this.strings}
          exportparts=${copyButtonExports}
        ></ns-copy-button>
      </div>
    </div>`;
  }

  private renderDetails(decoded: DecodedToken): TemplateResult {
    const locale = this.i18n.locale;
    const {validity, offsetMs} = tokenTiming(decoded, this.now);
    const badge =
      validity === 'expired'
        ? this.text('expired')
        : validity === 'not-yet-valid'
          ? this.text('notYetValid')
          : offsetMs === undefined
            ? this.text('valid')
            : this.text('expiresIn', {relative: formatRelative(offsetMs, locale)});
    const {restrictions} = decoded;
    const optional = (value: string | undefined) =>
      value ? html`<span class="mono">${value}</span>` : this.notSet();
    return html`
      <dl part="details">
        ${row(
          this.text('status'),
          html`<span part="badge" class="badge ${BADGE_TONE[validity]}" data-validity=${validity}
            >${badge}</span
          >`,
        )}
        ${row(this.text('validFrom'), this.date(decoded.validFrom))}
        ${row(this.text('validUntil'), this.date(decoded.validUntil))}
        ${row(this.text('covers'), this.renderScope(decoded))}
        ${row(this.text('algorithm'), optional(decoded.algorithm))}
        ${row(this.text('keyId'), optional(decoded.keyId))}
        ${row(this.text('issuer'), optional(decoded.issuer))}
      </dl>
      <p class="group-heading" id="settings-heading">${this.text('optionalSettings')}</p>
      <dl part="settings" aria-labelledby="settings-heading">
        ${row(this.text('domain'), optional(restrictions.domain))}
        ${row(
          this.text('ip'),
          restrictions.ip.length
            ? html`<ul>
                ${restrictions.ip.map(ip => html`<li class="mono">${ip}</li>`)}
              </ul>`
            : this.notSet(),
        )}
        ${row(this.text('user'), optional(restrictions.user))}
        ${row(this.text('tag'), optional(restrictions.tag))}
        ${restrictions.cust ? row(this.text('cust'), optional(restrictions.cust)) : nothing}
        ${decoded.revocable ? row(this.text('revocable'), this.text('yes')) : nothing}
      </dl>
      <p part="note">${this.text('unverified')}</p>
    `;
  }

  private renderScope(decoded: DecodedToken): TemplateResult {
    const {scope} = decoded;
    const names = (streams: string[]) =>
      streams.length
        ? html`<ul part="streams" aria-label=${this.text('streams')}>
            ${streams.map(name => html`<li class="mono">${name}</li>`)}
          </ul>`
        : nothing;
    switch (scope.kind) {
      case 'group':
        return html`<div>${this.text('group')} <span class="mono">${scope.groupId}</span></div>
          ${names(scope.streams)}`;
      case 'streams':
        return html`${names(scope.streams)}`;
      case 'organisation':
        return html`${this.text('organisation')}`;
      default:
        return this.notSet();
    }
  }

  private date(value: Date | undefined): TemplateResult {
    return value
      ? html`<time datetime=${value.toISOString()}>${this.i18n.dateTime(value)}</time>`
      : this.notSet();
  }

  private notSet(): TemplateResult {
    return html`<span class="muted">${this.text('notSet')}</span>`;
  }

  private text(key: TokenInfoStringKey, vars?: Record<string, string>): string {
    return this.i18n.text(key, vars);
  }
}

function row(label: string, value: unknown): TemplateResult {
  return html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

define('ns-token-info', NsTokenInfo);

declare global {
  interface HTMLElementTagNameMap {
    'ns-token-info': NsTokenInfo;
  }
}
