/**
 * The mock transport: routes a `Request` to its operation, applies latency and injected faults,
 * authenticates, enforces the roles of `src/api/operations.ts`, and answers like the real hosts.
 */
import {operations, type OperationHost, type OperationId} from '../api/operations.js';
import type {Role} from '../api/types.js';
import {
  MockHttpError,
  accessDenied,
  bintuError,
  noSuchRoute,
  reasonPhrase,
  tokenError,
  tokenErrors,
  unauthorized,
  wrongDataType,
} from './errors.js';
import {createHandlers, type Caller, type HandlerContext, type Handlers} from './handlers.js';
import type {MockOrganisation} from './organisation.js';
import {Random} from './prng.js';
import {MockTokenService, type MockJwks, type SigningKeys} from './tokens.js';

/** What an injected fault does. */
export type Fault =
  | {status: number; body?: unknown; headers?: Record<string, string>}
  | {latencyMs: number}
  | {malformed: true}
  | {network: true};

export interface RequestLogEntry {
  method: string;
  url: string;
  operationId?: OperationId;
  /** 0 when no response was given (network fault, abort). */
  status: number;
}

interface ActiveFault {
  target: OperationId | '*';
  fault: Fault;
  remaining: number;
}

interface Route {
  id: OperationId;
  host: OperationHost;
  method: string;
  pattern: RegExp;
  names: string[];
}

interface UserToken {
  caller: Caller;
  expiresAt: number;
}

export interface MockServerConfig {
  org: MockOrganisation;
  keys: SigningKeys;
  apiKey: string;
  seed: string;
  /** Epoch ms the data was generated around; the mock's clock starts there. */
  now: number;
  latencyMs: number | readonly [number, number];
  baseUrl: string;
  tokenServiceUrl: string;
  /** Answer only what the API documentation states (see `MockServerOptions.documentedOnly`). */
  documentedOnly: boolean;
}

const JSON_HEADERS = {'Content-Type': 'application/json'};
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type, X-BINTU-APIKEY, X-BINTU-TOKEN',
  'Access-Control-Expose-Headers': 'X-Total-Count, Retry-After',
};
/** What a fault marked `malformed` answers: a 200 whose JSON is cut off. */
const GARBLED = '{"id":"5f86a12f-3801-415a-b450-6b6a46842349","state":"li\u0000ve","tags":[';

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('signal is aborted without reason', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, {once: true});
  });
}

function normaliseBase(url: string): URL {
  const parsed = new URL(url);
  parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  parsed.search = '';
  parsed.hash = '';
  return parsed;
}

export class MockServerImpl {
  readonly org: MockOrganisation;
  readonly apiKey: string;
  readonly publicKey: CryptoKey;
  readonly jwks: MockJwks;
  readonly kid: string;
  readonly baseUrl: string;
  readonly tokenServiceUrl: string;

  private readonly log: RequestLogEntry[] = [];
  private faults: ActiveFault[] = [];
  private readonly userTokens = new Map<string, UserToken>();
  private readonly routes: Route[];
  private readonly handlers: Handlers;
  private readonly latency: number | readonly [number, number];
  private readonly latencyRng: Random;
  private readonly tokenRng: Random;
  private readonly hosts: {host: OperationHost; base: URL}[];
  private readonly startedAt = Date.now();
  private readonly epoch: number;
  private readonly documentedOnly: boolean;

  constructor(config: MockServerConfig) {
    this.documentedOnly = config.documentedOnly;
    this.org = config.org;
    this.apiKey = config.apiKey;
    this.publicKey = config.keys.publicKey;
    this.jwks = config.keys.jwks;
    this.kid = config.keys.kid;
    this.latency = config.latencyMs;
    this.latencyRng = new Random(`${config.seed}:latency`);
    this.tokenRng = new Random(`${config.seed}:user-tokens`);
    this.epoch = config.now;
    const api = normaliseBase(config.baseUrl);
    const token = normaliseBase(config.tokenServiceUrl);
    this.baseUrl = api.href.replace(/\/$/, '');
    this.tokenServiceUrl = token.href.replace(/\/$/, '');
    // Longest prefix first, so that a token service below the API base still routes correctly.
    this.hosts = [
      {host: 'api' as const, base: api},
      {host: 'token' as const, base: token},
    ].sort((a, b) => b.base.pathname.length - a.base.pathname.length);
    this.routes = (Object.keys(operations) as OperationId[]).map(id => {
      const op = operations[id];
      const names: string[] = [];
      const source = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return {
        id,
        host: op.host,
        method: op.method.toUpperCase(),
        pattern: new RegExp(`^${source}$`),
        names,
      };
    });
    this.handlers = createHandlers({
      org: this.org,
      tokens: new MockTokenService(config.keys, this.org),
      clock: () => this.now(),
      rng: new Random(`${config.seed}:runtime`),
      documentedOnly: config.documentedOnly,
    });
    this.fetch = this.fetch.bind(this);
    this.handle = this.handle.bind(this);
  }

  /** The mock's current time: the configured `now`, advancing with the wall clock. */
  now(): number {
    return this.epoch + (Date.now() - this.startedAt);
  }

  get requests(): ReadonlyArray<RequestLogEntry> {
    return this.log;
  }

  /** True when the URL belongs to one of the mock's two hosts. */
  serves(url: string | URL): boolean {
    return this.locate(new URL(url)) !== undefined;
  }

  issueUserToken(role: Role, opts: {expiresInMs?: number; email?: string} = {}): string {
    const user = this.org.users.find(u => u.permission === role);
    const email = opts.email ?? user?.email ?? `${role}@mock.example`;
    const token = `nsmock.${role}.${this.tokenRng.hex(32)}`;
    this.userTokens.set(token, {
      caller: {role, email, id: user?.id ?? 0},
      expiresAt: this.now() + (opts.expiresInMs ?? 24 * 3_600_000),
    });
    return token;
  }

  inject(target: OperationId | '*', fault: Fault, opts: {times?: number} = {}): () => void {
    const entry: ActiveFault = {target, fault, remaining: opts.times ?? Infinity};
    this.faults.push(entry);
    return () => {
      this.faults = this.faults.filter(f => f !== entry);
    };
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** A `fetch` that answers from the mock and never touches the network. */
  async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    if (!this.serves(request.url)) {
      throw new TypeError(
        `Failed to fetch: the nanoStream mock answers only ${this.baseUrl} and ${this.tokenServiceUrl}, ` +
          `not ${request.url} (no real network is used)`,
      );
    }
    const response = await this.handle(request);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  }

  /** Answers one request. Rejects only when the request's signal aborts; a network fault answers `Response.error()`. */
  async handle(request: Request): Promise<Response> {
    const entry: RequestLogEntry = {method: request.method, url: request.url, status: 0};
    this.log.push(entry);
    const response = await this.dispatch(request, entry);
    entry.status = response.status;
    if (response.type !== 'error') Object.defineProperty(response, 'url', {value: request.url});
    return response;
  }

  private locate(url: URL): {host: OperationHost; path: string} | undefined {
    for (const {host, base} of this.hosts) {
      if (url.origin !== base.origin) continue;
      const prefix = base.pathname === '/' ? '' : base.pathname;
      if (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) {
        const path = url.pathname.slice(prefix.length).replace(/(.)\/+$/, '$1') || '/';
        return {host, path};
      }
    }
    return undefined;
  }

  private takeFaults(id: OperationId | undefined): {latency: number; terminal?: Fault} {
    let latency = 0;
    let terminal: Fault | undefined;
    for (const f of this.faults) {
      if (f.remaining <= 0 || (f.target !== '*' && f.target !== id)) continue;
      if ('latencyMs' in f.fault) latency += f.fault.latencyMs;
      else if (terminal) continue;
      else terminal = f.fault;
      f.remaining--;
    }
    this.faults = this.faults.filter(f => f.remaining > 0);
    return terminal ? {latency, terminal} : {latency};
  }

  private baseLatency(): number {
    if (typeof this.latency === 'number') return this.latency;
    const [min, max] = this.latency;
    return min + this.latencyRng.next() * (max - min);
  }

  private respond(status: number, body: unknown, headers: Record<string, string> = {}): Response {
    if (status === 204 || body === undefined)
      return new Response(null, {status, headers: {...CORS_HEADERS, ...headers}});
    return new Response(JSON.stringify(body), {
      status,
      headers: {...CORS_HEADERS, ...JSON_HEADERS, ...headers},
    });
  }

  private faultResponse(fault: Fault, host: OperationHost): Response {
    if ('network' in fault) return Response.error();
    if ('malformed' in fault)
      return new Response(GARBLED, {status: 200, headers: {...CORS_HEADERS, ...JSON_HEADERS}});
    if (!('status' in fault)) return this.respond(500, undefined);
    const message = reasonPhrase(fault.status);
    const body =
      fault.body !== undefined
        ? fault.body
        : host === 'token'
          ? tokenError(fault.status, fault.status, message).body
          : bintuError(fault.status, message, fault.status * 10).body;
    return this.respond(fault.status, body, fault.headers);
  }

  private authenticate(request: Request): Caller | undefined {
    const key = request.headers.get('X-BINTU-APIKEY');
    if (key !== null) {
      if (key !== this.apiKey) return undefined;
      const owner = this.org.users.find(u => u.permission === 'nanoAdmin');
      return {role: 'nanoAdmin', email: owner?.email ?? 'admin@mock.example', id: owner?.id ?? 0};
    }
    const token = request.headers.get('X-BINTU-TOKEN');
    if (token === null) return undefined;
    const user = this.userTokens.get(token);
    if (!user || user.expiresAt <= this.now()) return undefined;
    return {...user.caller};
  }

  private async dispatch(request: Request, entry: RequestLogEntry): Promise<Response> {
    const url = new URL(request.url);
    const located = this.locate(url);
    if (!located) return Response.error();
    const {host, path} = located;
    const method = request.method.toUpperCase();

    let route: Route | undefined;
    let match: RegExpExecArray | null = null;
    for (const r of this.routes) {
      if (r.host !== host || r.method !== method) continue;
      match = r.pattern.exec(path);
      if (match) {
        route = r;
        break;
      }
    }
    if (route) entry.operationId = route.id;

    const {latency, terminal} = this.takeFaults(route?.id);
    await sleep(this.baseLatency() + latency, request.signal);
    if (terminal) return this.faultResponse(terminal, host);

    if (method === 'OPTIONS') return this.respond(204, undefined);

    const error = (e: MockHttpError) =>
      typeof e.body === 'string'
        ? new Response(e.body, {status: e.status, headers: {...CORS_HEADERS, ...e.headers}})
        : this.respond(e.status, e.body, e.headers);
    // A server with only the documented API has no route for what the description assumes.
    if (this.documentedOnly && (!route || !match || operations[route.id].assumed)) {
      return error(noSuchRoute(method, path));
    }
    if (!route || !match) {
      return host === 'token'
        ? error(tokenError(404, 404, `Not found: ${method} ${path}`))
        : error(bintuError(404, `Not found: ${method} ${path}`, 4040));
    }

    const roles = operations[route.id].roles;
    let caller: Caller | undefined;
    if (roles !== 'public') {
      caller = this.authenticate(request);
      if (!caller) return error(host === 'token' ? tokenErrors.credentials() : unauthorized());
      if (roles !== 'all' && !(roles as readonly Role[]).includes(caller.role)) {
        return error(host === 'token' ? tokenErrors.denied() : accessDenied());
      }
    }

    let body: unknown;
    if (method !== 'GET' && method !== 'HEAD') {
      const text = await request.clone().text();
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          return error(
            host === 'token'
              ? tokenErrors.parameter('body is not valid JSON')
              : wrongDataType('body', 'JSON'),
          );
        }
      }
    }

    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match![i + 1] ?? '');
    });
    const ctx = {params, query: url.searchParams, body, caller} as HandlerContext<typeof route.id>;
    try {
      const handler = this.handlers[route.id] as (
        ctx: HandlerContext<OperationId>,
      ) => ReturnType<Handlers[OperationId]>;
      const reply = await handler(ctx);
      return this.respond(reply.status ?? 200, reply.body, reply.headers);
    } catch (e) {
      if (e instanceof MockHttpError) return error(e);
      // A bug in the mock answers like a failing server, and says so in the console.
      console.error('nanoStream mock: unexpected error in', route.id, e);
      return error(
        host === 'token'
          ? tokenError(500, 500, 'Internal Server Error')
          : bintuError(500, 'Internal Server Error', 5000),
      );
    }
  }
}
