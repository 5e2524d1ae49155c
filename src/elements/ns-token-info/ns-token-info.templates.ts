/** The template pieces of `<ns-token-info>`: a view (`ns-token-info.view.ts`) in, markup out. */
import {html, nothing, type TemplateResult} from 'lit';
import '../../internal/parts/ns-copy-button/ns-copy-button.js';
import {copyButtonExports} from '../../internal/exportparts.js';
import type {StringOverrides} from '../../i18n/shared.strings.js';
import type {StringVars} from '../../i18n/catalogues.js';
import type {DecodedToken} from '../../token/decode.js';
import type {TokenInfoStringKey} from './ns-token-info.catalogues.js';
import type {TokenBadge, TokenInfoView} from './ns-token-info.view.js';

/** What the pieces need of the element's localizer. */
export interface TokenInfoText {
  text(key: TokenInfoStringKey, vars?: StringVars): string;
  /** A date and time in UTC, in the locale. */
  dateTime(value: Date): string;
  /** "in 3 hours", in the locale. */
  relative(ms: number): string;
  /** The host's replacement strings, for the copy button. */
  strings: StringOverrides | undefined;
}

/** The whole panel. */
export function renderTokenInfo(view: TokenInfoView, t: TokenInfoText): TemplateResult {
  if (view.kind === 'empty') {
    return html`<div part="base" role="group" aria-label=${t.text('region')}>
      <p part="empty" class="muted">${t.text('noToken')}</p>
    </div>`;
  }
  return html`<div part="base" role="group" aria-label=${t.text('region')}>
    ${view.kind === 'invalid' ? renderInvalid(t) : nothing} ${renderToken(view.raw, t)}
    ${view.kind === 'decoded' ? renderDetails(view.decoded, view.badge, t) : nothing}
  </div>`;
}

function renderInvalid(t: TokenInfoText): TemplateResult {
  return html`<div role="alert">
    <p part="invalid">${t.text('invalid')}</p>
    <p part="invalid-hint" class="hint">${t.text('invalidHint')}</p>
  </div>`;
}

function renderToken(raw: string, t: TokenInfoText): TemplateResult {
  return html`<div class="token-field" role="group" aria-labelledby="token-label">
    <span id="token-label" class="label">${t.text('token')}</span>
    <div class="token-row">
      <code part="token" tabindex="0">${raw}</code>
      <ns-copy-button
        .value=${raw}
        label=${t.text('copyToken')}
        .strings=${t.strings}
        exportparts=${copyButtonExports}
      ></ns-copy-button>
    </div>
  </div>`;
}

function renderBadge(badge: TokenBadge, t: TokenInfoText): TemplateResult {
  const label =
    badge.expiresInMs === undefined
      ? t.text(badge.key)
      : t.text(badge.key, {relative: t.relative(badge.expiresInMs)});
  return html`<span part="badge" class="badge ${badge.tone}" data-validity=${badge.validity}
    >${label}</span
  >`;
}

function renderDetails(decoded: DecodedToken, badge: TokenBadge, t: TokenInfoText): TemplateResult {
  const {restrictions} = decoded;
  const optional = (value: string | undefined) =>
    value ? html`<span class="mono">${value}</span>` : notSet(t);
  return html`
    <dl part="details">
      ${row(t.text('status'), renderBadge(badge, t))}
      ${row(t.text('validFrom'), date(decoded.validFrom, t))}
      ${row(t.text('validUntil'), date(decoded.validUntil, t))}
      ${row(t.text('covers'), renderScope(decoded, t))}
      ${row(t.text('algorithm'), optional(decoded.algorithm))}
      ${row(t.text('keyId'), optional(decoded.keyId))}
      ${row(t.text('issuer'), optional(decoded.issuer))}
    </dl>
    <p class="group-heading" id="settings-heading">${t.text('optionalSettings')}</p>
    <dl part="settings" aria-labelledby="settings-heading">
      ${row(t.text('domain'), optional(restrictions.domain))}
      ${row(
        t.text('ip'),
        restrictions.ip.length
          ? html`<ul>
              ${restrictions.ip.map(ip => html`<li class="mono">${ip}</li>`)}
            </ul>`
          : notSet(t),
      )}
      ${row(t.text('user'), optional(restrictions.user))}
      ${row(t.text('tag'), optional(restrictions.tag))}
      ${restrictions.cust ? row(t.text('cust'), optional(restrictions.cust)) : nothing}
      ${decoded.revocable ? row(t.text('revocable'), t.text('yes')) : nothing}
    </dl>
    <p part="note">${t.text('unverified')}</p>
  `;
}

function renderScope({scope}: DecodedToken, t: TokenInfoText): TemplateResult {
  const names = (streams: string[]) =>
    streams.length
      ? html`<ul part="streams" aria-label=${t.text('streams')}>
          ${streams.map(name => html`<li class="mono">${name}</li>`)}
        </ul>`
      : nothing;
  switch (scope.kind) {
    case 'group':
      return html`<div>${t.text('group')} <span class="mono">${scope.groupId}</span></div>
        ${names(scope.streams)}`;
    case 'streams':
      return html`${names(scope.streams)}`;
    case 'organisation':
      return html`${t.text('organisation')}`;
    default:
      return notSet(t);
  }
}

function date(value: Date | undefined, t: TokenInfoText): TemplateResult {
  return value
    ? html`<time datetime=${value.toISOString()}>${t.dateTime(value)}</time>`
    : notSet(t);
}

function notSet(t: TokenInfoText): TemplateResult {
  return html`<span class="muted">${t.text('notSet')}</span>`;
}

function row(label: string, value: unknown): TemplateResult {
  return html`<div>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}
