/**
 * The mock organisation behind every story: one fresh, seeded `MockServer` per story render, set up
 * from the toolbar (scenario, role, packages) and the story's own `parameters.ns`.
 *
 * The provider talks to it through its real client (`.fetch` = the mock's fetch, `.getToken` = a
 * user token of the chosen role), so the mock enforces the role exactly as the API would.
 */
import {operations, type OperationId} from '../../src/api/operations.js';
import type {Role} from '../../src/api/types.js';
import {
  createMockServer,
  type Fault,
  type MockServer,
  type MockServerOptions,
  type StreamRecord,
} from '../../src/mock/index.js';

/** What the stories' toolbar offers for the mock API. */
export type Scenario = 'normal' | 'slow' | 'empty' | 'error';

/** Brand the stories are shown in: the two built-in themes and a partner's white label. */
export type ThemeChoice = 'light' | 'dark' | 'partner';

export type OnOff = 'on' | 'off';

/** Which API the mock plays: the full description, or only what the documentation states. */
export type ServerChoice = 'full' | 'documented';

/** The toolbar's values (`globals`). */
export interface NsGlobals {
  scenario: Scenario;
  server: ServerChoice;
  role: Role;
  /** The organisation's packages (toolbar values are strings). */
  secure: OnOff;
  vod: OnOff;
  liveProcessing: OnOff;
  theme: ThemeChoice;
  locale: string;
}

/** The toolbar's defaults. */
export const DEFAULT_GLOBALS: NsGlobals = {
  scenario: 'normal',
  server: 'full',
  role: 'nanoAdmin',
  secure: 'on',
  vod: 'on',
  liveProcessing: 'on',
  theme: 'light',
  locale: 'en',
};

/** A story's `parameters.ns`: which stream it shows and what it changes about the mock. */
export interface NsParameters {
  /** The stream the story shows; its id reaches the story as `loaded.streamId`. */
  stream?: (server: MockServer) => StreamRecord | undefined;
  /** Faults for this story only (e.g. an answer that never comes, for a loading state). */
  faults?: ReadonlyArray<{target: OperationId | '*'; fault: Fault; times?: number}>;
  /** Mock options for this story (they win over the toolbar's). */
  mock?: MockServerOptions;
  /** The role of this story, whatever the toolbar says (e.g. a read-only story). */
  role?: Role;
  /** Render the story without the global provider (for stories of the provider itself). */
  noProvider?: boolean;
}

/** What the loader hands to the decorator and the story (`context.loaded`). */
export interface NsLoaded {
  server: MockServer;
  role: Role;
  /** The id of `parameters.ns.stream`'s stream, or `''`. */
  streamId: string;
}

/** The seed of the stories' organisation: the same streams in every story and test run. */
export const STORY_SEED = 'storybook';

/** How long "slow" takes to answer, and how long a request that should stay pending waits. */
const SLOW_LATENCY: [number, number] = [1500, 3000];
const NORMAL_LATENCY: [number, number] = [60, 240];
export const FOREVER = {latencyMs: 10 * 60_000} as const satisfies Fault;

/** What "API error" answers for every request once the organisation has loaded. */
export const SCENARIO_ERROR = {
  status: 500,
  body: {error: {message: 'The nanoStream API is not available right now', code: 5000}},
} as const satisfies Fault;

/** The operations the provider needs to start; "API error" leaves them working. */
const SESSION_OPERATIONS: ReadonlySet<OperationId> = new Set(['getOrganisation', 'getUser']);

export function globalsOf(globals: Partial<NsGlobals> | undefined): NsGlobals {
  return {...DEFAULT_GLOBALS, ...globals};
}

/** Creates the mock organisation of one story render. */
export async function loadScenario(
  globalsIn: Partial<NsGlobals> | undefined,
  ns: NsParameters = {},
): Promise<NsLoaded> {
  const globals = globalsOf(globalsIn);
  const server = await createMockServer({
    seed: STORY_SEED,
    latencyMs: globals.scenario === 'slow' ? SLOW_LATENCY : NORMAL_LATENCY,
    ...(globals.scenario === 'empty' && {streams: 0}),
    documentedOnly: globals.server === 'documented',
    ...ns.mock,
    features: {
      secure: globals.secure === 'on',
      vod: globals.vod === 'on',
      opcodes: globals.liveProcessing === 'on',
      ...ns.mock?.features,
    },
  });
  if (globals.scenario === 'error') {
    for (const id of Object.keys(operations) as OperationId[]) {
      if (!SESSION_OPERATIONS.has(id)) server.inject(id, SCENARIO_ERROR);
    }
  }
  for (const {target, fault, times} of ns.faults ?? []) {
    server.inject(target, fault, times === undefined ? {} : {times});
  }
  return {server, role: ns.role ?? globals.role, streamId: ns.stream?.(server)?.id ?? ''};
}

/** A story's parameters for the loading state: `operation` never answers (for `stream`). */
export function whileLoading(
  operation: OperationId,
  stream?: NsParameters['stream'],
): {ns: NsParameters} {
  return {ns: {stream, faults: [{target: operation, fault: FOREVER}]}};
}

/** A story's parameters for the error state: `operation` answers the scenario's API error. */
export function whenFailing(
  operation: OperationId,
  stream?: NsParameters['stream'],
): {ns: NsParameters} {
  return {ns: {stream, faults: [{target: operation, fault: SCENARIO_ERROR}]}};
}

// ---- streams a story can show ----

type Predicate = (stream: StreamRecord, server: MockServer) => boolean;

/** The newest stream of the organisation that matches (undefined in an empty organisation). */
export function first(predicate: Predicate): (server: MockServer) => StreamRecord | undefined {
  return server => server.org.streams.find(s => predicate(s, server));
}

const isGroup = (s: StreamRecord) => s.streamgroup === s.id;
const isSingle = (s: StreamRecord) => !s.streamgroup;

export const liveSingle = first(s => isSingle(s) && s.state === 'live' && !s.secure);
export const secureSingle = first(s => isSingle(s) && s.state === 'live' && s.secure);
export const lockedSingle = first(s => isSingle(s) && s.state === 'locked');
export const deletedStream = first(s => s.state === 'deleted');
export const liveGroup = first(
  (s, server) => isGroup(s) && s.state === 'live' && !s.secure && server.org.members(s).length >= 3,
);
export const secureGroup = first(
  (s, server) =>
    isGroup(s) && s.state !== 'deleted' && s.secure && server.org.members(s).length >= 3,
);
/** A group that can still take a transcode (so "Add Profile" shows). */
export const growableGroup = first(
  (s, server) => isGroup(s) && s.state !== 'deleted' && server.org.members(s).length === 2,
);

/**
 * A playback token as the token service issues it (EdDSA, claims as in the spec), for `streams`
 * streams of a small mock organisation, valid from `fromMs` to `untilMs` relative to now.
 * A token that is valid or not yet valid comes from the mock token service itself; one that has
 * expired already (which the service would refuse to issue) is signed the same way with jose.
 */
export async function signedToken(
  fromMs: number,
  untilMs: number,
  restrictions: {domain?: string; ip?: string | string[]; user?: string; tag?: string} = {},
): Promise<string> {
  const server = await createMockServer({seed: STORY_SEED, streams: 12});
  const names = server.org.streams
    .filter(s => s.state !== 'deleted')
    .slice(0, 2)
    .map(s => s.streamname);
  const now = Math.floor(Date.now() / 1000);
  const nbf = now + Math.round(fromMs / 1000);
  const exp = now + Math.round(untilMs / 1000);
  if (untilMs > 0) {
    const {BintuClient} = await import('../../src/api/client.js');
    const client = new BintuClient({
      fetch: server.fetch,
      apiKey: server.apiKey,
      baseUrl: server.baseUrl,
      tokenServiceUrl: server.tokenServiceUrl,
    });
    return client.createPlaybackToken({streams: names, nbf, exp, ...restrictions});
  }
  const [{SignJWT}, {createSigningKeys}, {TOKEN_ISSUER}] = await Promise.all([
    import('jose'),
    import('../../src/mock/tokens.js'),
    import('../../src/mock/constants.js'),
  ]);
  const keys = await createSigningKeys();
  const hash = server.org.organisation.hash;
  return new SignJWT({streams: names, ...restrictions})
    .setProtectedHeader({alg: 'EdDSA', kid: keys.kid, typ: 'JWT'})
    .setAudience('splay')
    .setIssuer(TOKEN_ISSUER)
    .setSubject(hash)
    .setIssuedAt(nbf)
    .setNotBefore(nbf)
    .setExpirationTime(exp)
    .sign(keys.privateKey);
}
