/**
 * The built-in mock of the nanoStream Cloud API (bintu) and its token service: a seeded demo
 * organisation behind a `fetch` that answers exactly the surface of `src/api/openapi.yaml`.
 *
 * Importing this module has no side effects: nothing is created until `createMockServer()` is called.
 *
 * @example
 * const server = await createMockServer({latencyMs: [120, 400]});
 * const client = new BintuClient({fetch: server.fetch, getToken: () => server.issueUserToken('nanoUser')});
 */
import {everyFeature} from '../api/limits.js';
import type {OperationId} from '../api/operations.js';
import type {OrganisationFeatures, OrganisationLimits, Role} from '../api/types.js';
import {DEFAULT_BASE_URL, DEFAULT_TOKEN_SERVICE_URL} from './constants.js';
import {generateOrganisation, makeApiKey} from './generate.js';
import type {MockOrganisation} from './organisation.js';
import {MockServerImpl, type Fault, type RequestLogEntry} from './server.js';
import {createSigningKeys, type MockJwks} from './tokens.js';

export type {Fault, RequestLogEntry} from './server.js';
export type {
  MockOrganisation,
  MockOrganisationInfo,
  MockStream,
  MockUser,
  StreamRecord,
  StreamFilter,
} from './organisation.js';
export type {MockJwks} from './tokens.js';
export {TAG_VOCABULARY} from './generate.js';
export {
  TRANSCODE_PROFILES,
  DEFAULT_BASE_URL,
  DEFAULT_TOKEN_SERVICE_URL,
  TOKEN_ISSUER,
  TOKEN_KEY_ID,
} from './constants.js';

export interface MockServerOptions {
  /** Seeds all generated data. Default `'nanostream-demo'`. */
  seed?: string | number;
  /** How many streams (group members included) to generate. Default 300; 0 = an empty organisation. */
  streams?: number;
  /** The instant all generated dates are relative to. Default now. */
  now?: number | Date;
  /** The organisation's name. Default: a fictitious one picked by the seed. */
  name?: string;
  /** The organisation's 5-character hash (letters and digits). Default: derived from the seed. */
  hash?: string;
  /** Enabled packages. Default: all on. */
  features?: Partial<OrganisationFeatures>;
  /** Limits. Default `{transcodes: 4}`. */
  limits?: Partial<OrganisationLimits>;
  /** Latency of every answer in ms, fixed or a `[min, max]` range. Default 0. */
  latencyMs?: number | [number, number];
  /** The API base the mock answers. Default `https://bintu.nanocosmos.de`. */
  baseUrl?: string;
  /** The token service base the mock answers. Default `https://token.nanostream.cloud/api/v1`. */
  tokenServiceUrl?: string;
  /**
   * Play a server with only what the API documentation states (what `openapi.yaml` does not mark
   * `x-assumed`): every assumed operation (lock, unlock, delete, add transcode, tag search) and the
   * list's assumed filters (`state=deleted`, `updated_after`, `updated_before`, `streamname`,
   * `individual`) answer a 404 page that is not JSON, as any unknown route does; the list has no
   * `X-Total-Count`; `GET /organisation` answers only `name` and `hash`; streams leave out
   * `push_url`, `timecode*`, `secure`, the playouts' `info`, `replay_sessions` and the recordings'
   * `session_date`, `name` and `size`, and a third of them `updated_at`; a package the organisation
   * lacks answers 403 "Organisation is not enabled". Default `false`: the full organisation.
   */
  documentedOnly?: boolean;
}

export interface MockServer {
  /** The data: streams, tags, organisation, users. */
  readonly org: MockOrganisation;
  /** A `fetch` for the client: answers the two hosts from the mock, rejects everything else. */
  fetch: typeof fetch;
  /** The one dispatcher `fetch` and the msw handlers use. */
  handle(request: Request): Promise<Response>;
  /** A bintu user token (`X-BINTU-TOKEN`) the mock accepts, for `role`. Default lifetime 24 h. */
  issueUserToken(role: Role, opts?: {expiresInMs?: number; email?: string}): string;
  /** The organisation API key the mock accepts (`X-BINTU-APIKEY`, role nanoAdmin). */
  readonly apiKey: string;
  /** Injects a fault into one operation (or every request, `'*'`); returns its remover. */
  inject(target: OperationId | '*', fault: Fault, opts?: {times?: number}): () => void;
  clearFaults(): void;
  /** Every request the mock saw, oldest first. */
  readonly requests: ReadonlyArray<RequestLogEntry>;
  /** Verifies the playback tokens the mock signs. */
  readonly publicKey: CryptoKey;
  /** The public key as a JWKS (with its `kid`). */
  readonly jwks: MockJwks;
  /** The key id in the tokens' header. */
  readonly kid: string;
  /** The API base and token service base the mock answers (no trailing slash). */
  readonly baseUrl: string;
  readonly tokenServiceUrl: string;
  /** The mock's current time (epoch ms): `now` advancing with the wall clock. Mutations stamp it. */
  now(): number;
}

const HASH = /^[A-Za-z0-9]{5}$/;

/** Creates a mock organisation and its transport. Async because it creates the Ed25519 signing key. */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const seed = String(options.seed ?? 'nanostream-demo');
  const now = options.now === undefined ? Date.now() : +options.now;
  if (!Number.isFinite(now)) throw new RangeError('createMockServer: `now` is not a valid date');
  if (options.hash !== undefined && !HASH.test(options.hash)) {
    throw new RangeError('createMockServer: `hash` must be 5 letters or digits');
  }
  const features: OrganisationFeatures = {
    ...everyFeature(true),
    ...options.features,
  };
  const limits: OrganisationLimits = {transcodes: 4, ...options.limits};
  const org = generateOrganisation({
    seed,
    streams: options.streams ?? 300,
    now,
    name: options.name,
    hash: options.hash,
    features,
    limits,
    documentedOnly: options.documentedOnly ?? false,
  });
  const keys = await createSigningKeys();
  return new MockServerImpl({
    org,
    keys,
    apiKey: makeApiKey(seed),
    seed,
    now,
    latencyMs: options.latencyMs ?? 0,
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    tokenServiceUrl: options.tokenServiceUrl ?? DEFAULT_TOKEN_SERVICE_URL,
    documentedOnly: options.documentedOnly ?? false,
  });
}
