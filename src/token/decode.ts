/**
 * Reading a secure playback token (a JWT) for display. No DOM, no Lit.
 *
 * Both kinds of token the service has issued decode the same way: current ones (`alg: EdDSA`,
 * `kid: nano_x25519`, `iss: nanocosmos`, `sub` a UUID, maybe `cust`) and older ones (`alg: RS256`,
 * `kid: nanocosmos`).
 *
 * Decoding uses `jose`'s `decodeJwt` and `decodeProtectedHeader`: it does NOT verify the signature
 * (the browser holds no key of the token service), so everything here describes what the token
 * claims, not what the token service would accept. Every function is total: a malformed token
 * gives `undefined`, nothing throws.
 */
import {decodeJwt, decodeProtectedHeader, type JWTPayload} from 'jose';

/** What a token grants playback of. */
export type TokenScope =
  | {kind: 'group'; groupId: string; streams: string[]}
  | {kind: 'streams'; streams: string[]}
  | {kind: 'organisation'}
  | {kind: 'unknown'};

/** The optional restrictions of a token. Absent ones are undefined (or an empty IP list). */
export interface TokenRestrictions {
  domain?: string | undefined;
  /** IPv4 addresses or CIDR ranges. */
  ip: string[];
  user?: string | undefined;
  tag?: string | undefined;
  /** The token's `cust` value (rev 2 request key, custom data of the customer), when it has one. */
  cust?: string | undefined;
}

/** A decoded (unverified) playback token. */
export interface DecodedToken {
  /** The raw token, trimmed. */
  token: string;
  /** Signing algorithm from the protected header, e.g. `EdDSA`. */
  algorithm?: string | undefined;
  /** Key id from the protected header. */
  keyId?: string | undefined;
  /** Every claim, as decoded. */
  claims: JWTPayload;
  issuer?: string | undefined;
  subject?: string | undefined;
  issuedAt?: Date | undefined;
  /** `nbf`, or `iat` when the token has no `nbf`. */
  validFrom?: Date | undefined;
  /** `exp`. */
  validUntil?: Date | undefined;
  scope: TokenScope;
  restrictions: TokenRestrictions;
  revocable: boolean;
  forceDisconnect: boolean;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && !!v);
  return [];
};

/** `cust` as text: a string as it is, a number or boolean written out, anything else left out. */
const custom = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'boolean'
      ? String(value)
      : text(value);

/** A NumericDate claim (seconds) as a `Date`, or undefined when it is not a usable number. */
const numericDate = (value: unknown): Date | undefined => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * Decodes a playback token's header and claims, without verifying its signature.
 *
 * @returns The description, or undefined when `token` is not a well-formed JWS-compact JWT with
 *   a JSON object header and payload.
 */
export function decodeToken(token: string | null | undefined): DecodedToken | undefined {
  if (typeof token !== 'string') return undefined;
  const raw = token.trim();
  // Only the compact JWS form (three parts) is a playback token.
  if (!raw || raw.split('.').length !== 3) return undefined;
  let claims: JWTPayload;
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(raw) as Record<string, unknown>;
    claims = decodeJwt(raw);
  } catch {
    return undefined;
  }
  const streams = strings(claims['streams']);
  const groupId = text(claims['groupid']);
  const scope: TokenScope = groupId
    ? {kind: 'group', groupId, streams}
    : streams.length
      ? {kind: 'streams', streams}
      : claims['orgawide'] === true
        ? {kind: 'organisation'}
        : {kind: 'unknown'};
  const issuedAt = numericDate(claims.iat);

  return {
    token: raw,
    algorithm: text(header['alg']),
    keyId: text(header['kid']),
    claims,
    issuer: text(claims.iss),
    subject: text(claims.sub),
    issuedAt,
    validFrom: numericDate(claims.nbf) ?? issuedAt,
    validUntil: numericDate(claims.exp),
    scope,
    restrictions: {
      domain: text(claims['domain']),
      ip: strings(claims['ip']),
      user: text(claims['user']),
      tag: text(claims['tag']),
      cust: custom(claims['cust']),
    },
    revocable: claims['revocable'] === true,
    forceDisconnect: claims['forceDisconnect'] === true,
  };
}

/** Whether a token is within its validity window at a given instant. */
export type TokenValidity = 'valid' | 'not-yet-valid' | 'expired';

/** A token's validity at an instant, and how far the relevant boundary is. */
export interface TokenTiming {
  validity: TokenValidity;
  /**
   * Milliseconds from `now` to the boundary the badge talks about: to `nbf` when not yet valid,
   * to `exp` otherwise (negative once expired). Undefined for a valid token without `exp`.
   */
  offsetMs?: number | undefined;
}

/**
 * The token's validity at `now` (epoch ms). `nbf` and `exp` are inclusive/exclusive as JWT
 * consumers read them: valid from `nbf` on, expired from `exp` on.
 */
export function tokenTiming(decoded: DecodedToken, now: number): TokenTiming {
  const from = decoded.validFrom?.getTime();
  const until = decoded.validUntil?.getTime();
  if (until !== undefined && now >= until) return {validity: 'expired', offsetMs: until - now};
  if (from !== undefined && now < from) return {validity: 'not-yet-valid', offsetMs: from - now};
  return {validity: 'valid', offsetMs: until === undefined ? undefined : until - now};
}

/** The largest delay `setTimeout` takes without overflowing (about 24.8 days). */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * How long a live "expires in …" display may wait before it must be drawn again: until the next
 * validity change, and often enough that a relative time ("in 3 minutes") stays right — every
 * second in the last two minutes, every 15 s within the hour, every minute beyond. Undefined when
 * nothing will change (expired, or valid without `exp`, only "ago" texts move).
 */
export function nextRefreshDelay(decoded: DecodedToken, now: number): number | undefined {
  const {validity, offsetMs} = tokenTiming(decoded, now);
  if (validity === 'expired' || offsetMs === undefined) return undefined;
  const step = offsetMs <= 120_000 ? 1000 : offsetMs <= 3_600_000 ? 15_000 : 60_000;
  // +1 ms so that the redraw lands at or after the boundary, not just before it.
  return Math.max(1, Math.min(step, offsetMs + 1, MAX_TIMER_DELAY));
}
