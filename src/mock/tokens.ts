/**
 * The mock token service: signs real EdDSA (Ed25519) playback JWTs with `jose`, verifies and
 * revokes them. JWT times use the wall clock (`Date.now()`), as every JWT consumer does.
 */
import {SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload} from 'jose';
import type {BodyOf, PlaybackTokenClaims, ResultOf, SplayRequest} from '../api/types.js';
import {TOKEN_ISSUER, TOKEN_KEY_ID} from './constants.js';
import {INVALID_TOKEN_CODE, MockHttpError, tokenError, tokenErrors} from './errors.js';
import type {MockOrganisation} from './organisation.js';
import {isObject} from './validate.js';

const HOUR = 3600;
const MAX_LIFETIME = 365 * 24 * HOUR;
const MAX_REVOCABLE_LIFETIME = 24 * HOUR;
const IPV4 =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(\/(3[0-2]|[12]?\d))?$/;

/** A JSON Web Key Set holding the mock's one public key. */
export interface MockJwks {
  keys: (JWK & {kid: string; alg: 'EdDSA'; use: 'sig'})[];
}

export interface SigningKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  kid: string;
  jwks: MockJwks;
}

/** Creates the mock's Ed25519 key pair and its JWKS, under the key id current tokens carry. */
export async function createSigningKeys(): Promise<SigningKeys> {
  const {privateKey, publicKey} = await generateKeyPair('EdDSA', {crv: 'Ed25519'});
  const jwk = await exportJWK(publicKey);
  const kid = TOKEN_KEY_ID;
  return {privateKey, publicKey, kid, jwks: {keys: [{...jwk, kid, alg: 'EdDSA', use: 'sig'}]}};
}

const seconds = () => Math.floor(Date.now() / 1000);

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw tokenErrors.parameter(`${key} must be a non-empty string`);
  return value;
}

function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw tokenErrors.parameter(`${key} must be a boolean`);
  return value;
}

function optionalTime(body: Record<string, unknown>, key: string): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw tokenErrors.parameter(`${key} must be a unix time in seconds`);
  }
  return value;
}

/** Validates a `POST /splay` body into the request type. */
export function parseSplayRequest(value: unknown): BodyOf<'createPlaybackToken'> {
  if (!isObject(value)) throw tokenErrors.parameter('body must be a JSON object');
  const request: SplayRequest = {};
  const groupid = optionalString(value, 'groupid');
  const orgawide = optionalBoolean(value, 'orgawide');
  const streams = value['streams'];
  const targets = [groupid !== undefined, streams !== undefined, orgawide === true].filter(
    Boolean,
  ).length;
  if (targets !== 1)
    throw tokenErrors.parameter('exactly one of groupid, streams or orgawide is required');
  if (groupid !== undefined) request.groupid = groupid;
  if (orgawide !== undefined) request.orgawide = orgawide;
  if (streams !== undefined) {
    if (!Array.isArray(streams) || !streams.length || !streams.every(s => typeof s === 'string')) {
      throw tokenErrors.parameter('streams must be a non-empty array of streamnames');
    }
    request.streams = streams as string[];
  }
  const nbf = optionalTime(value, 'nbf');
  const exp = optionalTime(value, 'exp');
  if (nbf !== undefined) request.nbf = nbf;
  if (exp !== undefined) request.exp = exp;
  for (const key of ['domain', 'tag', 'user', 'cust'] as const) {
    const v = optionalString(value, key);
    if (v !== undefined) request[key] = v;
  }
  for (const key of ['revocable', 'forceDisconnect'] as const) {
    const v = optionalBoolean(value, key);
    if (v !== undefined) request[key] = v;
  }
  const ip = value['ip'];
  if (ip !== undefined) {
    const list = Array.isArray(ip) ? ip : [ip];
    if (
      !list.length ||
      list.length > 10 ||
      !list.every(a => typeof a === 'string' && IPV4.test(a))
    ) {
      throw tokenErrors.parameter('ip must be an IPv4 address or CIDR range, or up to 10 of them');
    }
    request.ip = ip as string | string[];
  }
  return request;
}

export class MockTokenService {
  private readonly revoked = new Set<string>();
  private counter = 0;

  constructor(
    private readonly keys: SigningKeys,
    private readonly org: MockOrganisation,
  ) {}

  /** `POST /splay`. */
  async create(request: SplayRequest): Promise<ResultOf<'createPlaybackToken'>> {
    const now = seconds();
    const exp = request.exp ?? now + 24 * HOUR;
    const nbf = request.nbf ?? now;
    if (exp <= now) throw tokenErrors.parameter('exp must be in the future');
    if (exp - now > MAX_LIFETIME) throw tokenErrors.parameter('exp must be at most 365 days ahead');
    if (request.revocable && exp - now > MAX_REVOCABLE_LIFETIME) {
      throw tokenErrors.parameter('revocable tokens may live at most 24 hours');
    }
    if (nbf >= exp) throw tokenErrors.parameter('nbf must be before exp');

    const claims: JWTPayload & Partial<PlaybackTokenClaims> = {};
    if (request.groupid !== undefined) {
      const stream = this.org.find(request.groupid);
      // A group id is a passthrough's id; a single stream counts as a group of one.
      if (
        !stream ||
        stream.state === 'deleted' ||
        (stream.streamgroup && stream.streamgroup !== stream.id)
      ) {
        throw tokenErrors.parameter(
          `groupid ${request.groupid} is not a stream group of this organisation`,
        );
      }
      claims.streams = this.org.members(stream).map(s => s.streamname);
      claims.groupid = request.groupid;
    } else if (request.streams) {
      for (const name of request.streams) {
        const stream = this.org.findByName(name);
        if (!stream || stream.state === 'deleted') {
          throw tokenErrors.parameter(`${name} is not a streamname of this organisation`);
        }
      }
      claims.streams = [...request.streams];
    } else {
      claims.orgawide = true;
    }
    for (const key of [
      'domain',
      'ip',
      'tag',
      'user',
      'cust',
      'revocable',
      'forceDisconnect',
    ] as const) {
      if (request[key] !== undefined) claims[key] = request[key] as never;
    }
    const token = await new SignJWT(claims)
      .setProtectedHeader({alg: 'EdDSA', kid: this.keys.kid, typ: 'JWT'})
      .setAudience('splay')
      .setIssuer(TOKEN_ISSUER)
      .setSubject(this.org.organisation.id)
      .setIssuedAt(now)
      .setNotBefore(nbf)
      .setExpirationTime(exp)
      .setJti(`${this.org.organisation.hash}-${now}-${++this.counter}`)
      .sign(this.keys.privateKey);
    return {success: true, data: {token}};
  }

  /**
   * `POST /splay/verify`: the token back when it is valid; an invalid or expired one answers
   * 403 with `errorCode` 1002, as documented, and the reason as its message.
   */
  async verify(token: string): Promise<ResultOf<'verifyPlaybackToken'>> {
    try {
      await this.check(token);
    } catch (error) {
      if (
        error instanceof MockHttpError &&
        typeof error.body === 'object' &&
        'errorCode' in error.body
      ) {
        throw tokenError(403, INVALID_TOKEN_CODE, error.body.message);
      }
      throw error;
    }
    return {success: true, data: {token}};
  }

  /** `POST /splay/revoke`. */
  async revoke(token: string): Promise<void> {
    const claims = await this.check(token);
    if (claims.revocable !== true) throw tokenErrors.notRevocable();
    this.revoked.add(String((claims as JWTPayload).jti));
  }

  private async check(token: string): Promise<PlaybackTokenClaims> {
    let payload: JWTPayload;
    try {
      ({payload} = await jwtVerify(token, this.keys.publicKey, {
        algorithms: ['EdDSA'],
        audience: 'splay',
        issuer: TOKEN_ISSUER,
      }));
    } catch (error) {
      const code = (error as {code?: string}).code;
      const claim = (error as {claim?: string}).claim;
      if (code === 'ERR_JWT_EXPIRED') throw tokenErrors.expired();
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && claim === 'nbf')
        throw tokenErrors.notActive();
      if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED')
        throw tokenErrors.malformed('invalid signature');
      throw tokenErrors.malformed();
    }
    if (payload.sub !== this.org.organisation.id) throw tokenErrors.otherOrganisation();
    if (payload.jti !== undefined && this.revoked.has(payload.jti)) throw tokenErrors.revoked();
    return payload as PlaybackTokenClaims;
  }
}

export function parseTokenBody(value: unknown): BodyOf<'verifyPlaybackToken'> {
  if (!isObject(value) || value['token'] === undefined)
    throw tokenErrors.parameter('token is required');
  if (typeof value['token'] !== 'string') throw tokenErrors.parameter('token must be a string');
  return {token: value['token']};
}
