/**
 * Checking the token settings a person types before anything is sent to the token service. No DOM.
 *
 * The rules are the token service's (shared/spec/bintu-api.md, "Secure playback tokens"):
 * `exp` after `nbf` and in the future, at most 365 days ahead (24 h for revocable tokens); `ip` an
 * IPv4 address or CIDR range, or up to 10 of them; `domain` a host name. Times are typed in UTC.
 */
import type {SplayRequest} from '../api/types.js';

/** The documented longest lifetime of a token, in ms (365 days). */
export const MAX_TOKEN_LIFETIME_MS = 365 * 86_400_000;
/** The documented longest lifetime of a revocable token, in ms (24 h). */
export const MAX_REVOCABLE_LIFETIME_MS = 86_400_000;
/** The token service's default lifetime when no `exp` is sent, in ms (24 h). */
export const DEFAULT_TOKEN_LIFETIME_MS = 86_400_000;
/** How many IP addresses or ranges one token may name. */
export const MAX_TOKEN_IPS = 10;
/** The longest user ID or tag we send. */
export const MAX_TOKEN_TEXT_LENGTH = 256;

const IPV4_OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_OR_CIDR = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}(\\/(3[0-2]|[12]?\\d))?$`);
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const DATE_TIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What the person typed: strings as the form holds them. */
export interface TokenSettingsInput {
  /** Not before, as `YYYY-MM-DDTHH:mm` in UTC (a `datetime-local` value); empty = at once. */
  notBefore: string;
  /** Expiry, as `YYYY-MM-DDTHH:mm` in UTC; empty = the service's default (24 h). */
  expires: string;
  /** IPv4 addresses or CIDR ranges, separated by commas, spaces or new lines; empty = any. */
  ip: string;
  /** The domain the player page must be served from; empty = any. */
  domain: string;
  /** A user ID to bind the token to; empty = none. */
  user: string;
  /** A tag for the token; empty = none. */
  tag: string;
  /** Whether the token can be revoked (then it may live at most 24 h). */
  revocable?: boolean;
}

/** A field of the token settings form. */
export type TokenSettingsField = 'notBefore' | 'expires' | 'ip' | 'domain' | 'user' | 'tag';

/** Why a field is invalid; the element turns the code into words. */
export type TokenSettingsErrorCode =
  | 'dateInvalid'
  | 'expiresInPast'
  | 'expiresBeforeNotBefore'
  | 'expiresTooLate'
  | 'expiresTooLateRevocable'
  | 'ipInvalid'
  | 'ipTooMany'
  | 'domainInvalid'
  | 'textTooLong';

/** One invalid field: a code and the values its message needs (e.g. the bad IP). */
export interface TokenSettingsError {
  code: TokenSettingsErrorCode;
  vars?: Record<string, string | number>;
}

/** The restrictions and times of a `POST /splay` request, without its target. */
export type TokenSettingsRequest = Omit<SplayRequest, 'groupid' | 'streams' | 'orgawide'>;

/** The result of checking the form: the request to send, or why not. */
export type TokenSettingsResult =
  | {ok: true; request: TokenSettingsRequest; errors: Record<string, never>}
  | {ok: false; errors: Partial<Record<TokenSettingsField, TokenSettingsError>>};

/**
 * Reads `YYYY-MM-DDTHH:mm[:ss]` as a UTC instant (epoch ms). Undefined when it is not one, also for
 * impossible dates such as 2026-02-30.
 */
export function parseUtcDateTime(value: string): number | undefined {
  const m = DATE_TIME_LOCAL.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(v => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const d = new Date(ms);
  const exact =
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    d.getUTCHours() === hour &&
    d.getUTCMinutes() === minute;
  return exact ? ms : undefined;
}

/** An instant as a `datetime-local` value in UTC (`YYYY-MM-DDTHH:mm`). */
export function toUtcDateTimeInput(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** Whether `value` is an IPv4 address or an IPv4 CIDR range (`203.0.113.0/24`). */
export function isIpv4OrCidr(value: string): boolean {
  return IPV4_OR_CIDR.test(value);
}

/** Splits a typed list of IPs on commas, white space and new lines. */
export function splitIpList(value: string): string[] {
  return value.split(/[\s,;]+/).filter(Boolean);
}

/**
 * Whether `value` is a host name a token can be bound to: letters, digits and hyphens in dot-
 * separated labels of up to 63 characters, at least two labels, a top-level domain of letters,
 * at most 253 characters; no scheme, port or path.
 */
export function isDomain(value: string): boolean {
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (labels.length < 2) return false;
  if (!/^[a-z]{2,63}$/i.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every(label => HOST_LABEL.test(label));
}

/**
 * Checks the token settings at `now` (epoch ms) and builds the request: times in unix seconds,
 * `ip` as one string or a list, empty fields left out. Every invalid field is reported, so the
 * form can say everything at once.
 */
export function validateTokenSettings(input: TokenSettingsInput, now: number): TokenSettingsResult {
  const errors: Partial<Record<TokenSettingsField, TokenSettingsError>> = {};
  const request: TokenSettingsRequest = {};

  let nbf: number | undefined;
  if (input.notBefore.trim()) {
    nbf = parseUtcDateTime(input.notBefore);
    if (nbf === undefined) errors.notBefore = {code: 'dateInvalid'};
  }
  let exp: number | undefined;
  if (input.expires.trim()) {
    exp = parseUtcDateTime(input.expires);
    if (exp === undefined) errors.expires = {code: 'dateInvalid'};
  }
  if (!errors.expires) {
    const effectiveExp = exp ?? now + DEFAULT_TOKEN_LIFETIME_MS;
    const maxLifetime = input.revocable ? MAX_REVOCABLE_LIFETIME_MS : MAX_TOKEN_LIFETIME_MS;
    if (effectiveExp <= now) errors.expires = {code: 'expiresInPast'};
    else if (nbf !== undefined && effectiveExp <= nbf)
      errors.expires = {code: 'expiresBeforeNotBefore'};
    else if (effectiveExp - now > maxLifetime)
      errors.expires = {code: input.revocable ? 'expiresTooLateRevocable' : 'expiresTooLate'};
  }
  if (nbf !== undefined && !errors.notBefore) request.nbf = Math.floor(nbf / 1000);
  if (exp !== undefined && !errors.expires) request.exp = Math.floor(exp / 1000);

  const ips = splitIpList(input.ip);
  const badIp = ips.find(ip => !isIpv4OrCidr(ip));
  if (badIp !== undefined) errors.ip = {code: 'ipInvalid', vars: {value: badIp}};
  else if (ips.length > MAX_TOKEN_IPS)
    errors.ip = {code: 'ipTooMany', vars: {max: MAX_TOKEN_IPS, count: ips.length}};
  else if (ips.length === 1) request.ip = ips[0]!;
  else if (ips.length > 1) request.ip = ips;

  const domain = input.domain.trim().replace(/\.$/, '');
  if (domain) {
    if (isDomain(domain)) request.domain = domain.toLowerCase();
    else errors.domain = {code: 'domainInvalid'};
  }

  for (const key of ['user', 'tag'] as const) {
    const value = input[key].trim();
    if (!value) continue;
    if (value.length > MAX_TOKEN_TEXT_LENGTH)
      errors[key] = {code: 'textTooLong', vars: {max: MAX_TOKEN_TEXT_LENGTH}};
    else request[key] = value;
  }
  if (input.revocable) request.revocable = true;

  return Object.keys(errors).length ? {ok: false, errors} : {ok: true, request, errors: {}};
}
