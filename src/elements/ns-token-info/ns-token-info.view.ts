/**
 * What `<ns-token-info>` shows, decided without a DOM: whether there is a token, whether it
 * decodes, and the validity badge at an instant. Pure: no Lit, no DOM.
 */
import {
  nextRefreshDelay,
  tokenTiming,
  type DecodedToken,
  type TokenValidity,
} from '../../token/decode.js';
import type {TokenInfoStringKey} from './ns-token-info.catalogues.js';

/** The badge's colour per validity (a class of the shared styles). */
export const BADGE_TONE = {
  valid: 'success',
  'not-yet-valid': 'warning',
  expired: 'danger',
} as const;

/** The validity badge: its tone, its text (a catalogue key) and, for "Expires in …", how far off. */
export interface TokenBadge {
  validity: TokenValidity;
  tone: (typeof BADGE_TONE)[TokenValidity];
  key: Extract<TokenInfoStringKey, 'valid' | 'expiresIn' | 'expired' | 'notYetValid'>;
  /** Milliseconds until `exp`, with `key` `expiresIn`. */
  expiresInMs?: number;
}

/** The badge of `decoded` at `now` (epoch ms). */
export function tokenBadge(decoded: DecodedToken, now: number): TokenBadge {
  const {validity, offsetMs} = tokenTiming(decoded, now);
  const tone = BADGE_TONE[validity];
  if (validity === 'expired') return {validity, tone, key: 'expired'};
  if (validity === 'not-yet-valid') return {validity, tone, key: 'notYetValid'};
  if (offsetMs === undefined) return {validity, tone, key: 'valid'};
  return {validity, tone, key: 'expiresIn', expiresInMs: offsetMs};
}

/** What the panel shows. */
export type TokenInfoView =
  | {kind: 'empty'}
  | {kind: 'invalid'; raw: string}
  | {kind: 'decoded'; raw: string; decoded: DecodedToken; badge: TokenBadge};

/**
 * The panel for what a host set as `token` (only a string can be a token; anything else is shown
 * as text and does not decode), its decoding, at `now`.
 */
export function tokenInfoView(
  token: unknown,
  decoded: DecodedToken | undefined,
  now: number,
): TokenInfoView {
  const raw = token == null ? '' : String(token).trim();
  if (!raw) return {kind: 'empty'};
  if (!decoded) return {kind: 'invalid', raw};
  return {kind: 'decoded', raw, decoded, badge: tokenBadge(decoded, now)};
}

/** How long the badge drawn at `now` stays right; undefined when it never goes stale. */
export function badgeStaleIn(decoded: DecodedToken | undefined, now: number): number | undefined {
  return decoded ? nextRefreshDelay(decoded, now) : undefined;
}
