/**
 * What a client's server is known to offer of the stream list's and search's [assumed] request
 * parameters, learned from its answers (see the README, "Against the real API"). Pure: no DOM, no
 * Lit.
 *
 * The memory lives as long as the client (a `WeakMap` keyed by it): once a server has answered
 * 404/405 to, say, the date filter, no element that uses that client asks it again; a new client
 * (another base URL, another account) starts with nothing known.
 */

/**
 * An assumed part of `GET /stream` or `GET /tag`: `deleted` (`state=deleted`), `date`
 * (`updated_after` / `updated_before`), `individual` (`individual=true`), `streamname`
 * (`streamname=…`) and `tagSearch` (`GET /tag?search=…`).
 */
export type AssumedParameter = 'deleted' | 'date' | 'individual' | 'streamname' | 'tagSearch';

const memory = new WeakMap<object, Map<AssumedParameter, boolean>>();

/** Whether the client's server offers `parameter`: true or false once an answer said so, else undefined. */
export function isOffered(
  client: object | undefined,
  parameter: AssumedParameter,
): boolean | undefined {
  return client ? memory.get(client)?.get(parameter) : undefined;
}

/** Records what an answer said about `parameter`. A "not offered" is final for the client's lifetime. */
export function learn(client: object, parameter: AssumedParameter, offered: boolean): void {
  let known = memory.get(client);
  if (!known) memory.set(client, (known = new Map()));
  if (known.get(parameter) === false) return;
  known.set(parameter, offered);
}

/** The parameters the client's server is known not to offer. */
export function notOffered(client: object | undefined): ReadonlySet<AssumedParameter> {
  const out = new Set<AssumedParameter>();
  const known = client ? memory.get(client) : undefined;
  for (const [parameter, offered] of known ?? []) if (!offered) out.add(parameter);
  return out;
}
