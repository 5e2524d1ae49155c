// Shared helpers for the mock's tests: real Requests sent through `server.handle` / `server.fetch`.
import type {Role, Stream} from '../../src/api/types.js';
import {createMockServer, type MockServer, type MockServerOptions} from '../../src/mock/index.js';

/** Wednesday 25 November 2026, 10:30 UTC. */
export const NOW = Date.UTC(2026, 10, 25, 10, 30);

export function mockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return createMockServer({now: NOW, ...options});
}

export type As = Role | 'apikey' | 'anonymous';

export interface CallInit {
  method?: string;
  body?: unknown;
  /** Who calls: a role (a fresh user token), the org API key, or nobody. Default the API key. */
  as?: As;
  headers?: Record<string, string>;
  host?: 'api' | 'token';
  signal?: AbortSignal;
}

/** Sends one request through `server.fetch`. */
export function call(server: MockServer, path: string, init: CallInit = {}): Promise<Response> {
  const headers: Record<string, string> = {Accept: 'application/json', ...init.headers};
  const as = init.as ?? 'apikey';
  if (as === 'apikey') headers['X-BINTU-APIKEY'] = server.apiKey;
  else if (as !== 'anonymous') headers['X-BINTU-TOKEN'] = server.issueUserToken(as);
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['Content-Type'] = 'application/json';
  }
  const base = init.host === 'token' ? server.tokenServiceUrl : server.baseUrl;
  return server.fetch(`${base}${path}`, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    ...(body !== undefined ? {body} : {}),
    ...(init.signal ? {signal: init.signal} : {}),
  });
}

/** Sends a request and reads its JSON. */
export async function callJson<T = unknown>(
  server: MockServer,
  path: string,
  init: CallInit = {},
): Promise<{status: number; body: T; headers: Headers}> {
  const res = await call(server, path, init);
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: res.headers,
  };
}

/** One list page. */
export async function list(server: MockServer, query = '', as: As = 'apikey') {
  const res = await callJson<Stream[]>(server, `/stream${query ? `?${query}` : ''}`, {as});
  return {...res, total: Number(res.headers.get('X-Total-Count'))};
}

export async function getStream(server: MockServer, id: string) {
  return callJson<Stream>(server, `/stream/${id}`);
}

export const DAY = 86_400_000;
export const utcDay = (ms: number) => Math.floor(ms / DAY) * DAY;
export const utcWeek = (ms: number) => utcDay(ms) - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
export const utcMonth = (ms: number, offset = 0) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
};
export const iso = (ms: number) => new Date(ms).toISOString();

/** The dashboard's date filter ranges, in UTC calendar terms with a Monday week start. */
export function dateRanges(now: number): Record<string, [number, number]> {
  const today = utcDay(now);
  return {
    today: [today, today + DAY],
    yesterday: [today - DAY, today],
    'this-week': [utcWeek(now), today + DAY],
    'this-month': [utcMonth(now), today + DAY],
    'past-month': [utcMonth(now, -1), utcMonth(now)],
    'last-3-months': [utcMonth(now, -3), today + DAY],
  };
}
