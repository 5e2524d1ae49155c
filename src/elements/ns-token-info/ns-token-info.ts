import {LitElement, type PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import {PollingController} from '../../internal/controllers/polling.js';
import {define} from '../../internal/define.js';
import {formatRelative} from '../../i18n/format.js';
import type {OverridesOf} from '../../i18n/catalogues.js';
import {Localizer} from '../../i18n/localizer.js';
import {sharedStyles} from '../../internal/styles.js';
import {decodeToken, type DecodedToken} from '../../token/decode.js';
import {styles} from './ns-token-info.styles.js';
import {tokenInfoCatalogues} from './ns-token-info.catalogues.js';
import {renderTokenInfo, type TokenInfoText} from './ns-token-info.templates.js';
import {badgeStaleIn, tokenInfoView} from './ns-token-info.view.js';

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
 * @csspart badge - The validity badge.
 * @csspart details - The list of decoded values (status, validity, scope, algorithm, issuer).
 * @csspart settings - The list of optional settings (domain, client IP, user ID, tag, custom data).
 * @csspart streams - The list of streamnames the token covers.
 * @csspart note - The note that the signature is not verified.
 * @cssproperty --ns-token-info-background - Background of the panel.
 * @cssproperty --ns-token-info-token-max-height - How tall the raw token's text may grow before it scrolls; default `7.5em` (5 lines).
 */
export class NsTokenInfo extends LitElement {
  static override styles = [sharedStyles, styles];

  /** The token (a JWT in compact form) to show. */
  @property() token = '';

  /**
   * Replacement strings (a host's wording), including the shared ones (`copy`, `copied`); missing
   * keys come from the catalogue of the locale's language, then English.
   */
  @property({attribute: false}) strings?: OverridesOf<'ns-token-info'>;

  private decoded: DecodedToken | undefined;

  private readonly i18n = new Localizer(this, {
    catalogues: tokenInfoCatalogues,
    overrides: () => this.strings,
  });

  /** Redraws when time alone changes the badge; its `now` is the instant a render describes. */
  private readonly clock: PollingController = new PollingController(this, {
    mode: 'stale',
    delay: () => badgeStaleIn(this.decoded, this.clock.now),
  });

  /** The decoded token, or undefined when there is none or it is malformed. Not verified. */
  get decodedToken(): DecodedToken | undefined {
    return this.decoded;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) this.decoded = decodeToken(this.token);
  }

  override render() {
    const t: TokenInfoText = {
      text: (key, vars) => this.i18n.text(key, vars),
      dateTime: value => this.i18n.dateTime(value),
      relative: ms => formatRelative(ms, this.i18n.locale),
      strings: this.strings,
    };
    return renderTokenInfo(tokenInfoView(this.token, this.decoded, this.clock.now), t);
  }
}

define('ns-token-info', NsTokenInfo);

declare global {
  interface HTMLElementTagNameMap {
    'ns-token-info': NsTokenInfo;
  }
}
