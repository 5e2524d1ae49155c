/** What `<ns-api-provider>` asks the server about the account, and how it reads the answers. */
import type {BintuClient} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import {isNotOffered} from '../../api/support.js';
import {ROLES, type Organisation, type Role} from '../../api/types.js';

/** What the provider learns of the account: the organisation and the role, when the server says. */
export interface Account {
  organisation?: Organisation | undefined;
  role?: Role | undefined;
  /** The failures to report (not those that only say the server lacks the operation). */
  failures: unknown[];
}

/** Asks for the organisation and (unless the host stated it) the user's role, side by side. */
export async function loadAccount(
  client: BintuClient,
  stated: Role | null,
  signal: AbortSignal,
): Promise<Account> {
  const [organisation, user] = await Promise.allSettled([
    client.getOrganisation({signal}),
    stated ? Promise.resolve(undefined) : client.getUser({signal}),
  ]);
  const account: Account = {failures: []};
  const report = (error: unknown) => {
    if (!isNotOffered(error)) account.failures.push(error);
  };
  if (organisation.status === 'fulfilled') account.organisation = organisation.value;
  else report(organisation.reason);
  if (user.status === 'fulfilled') {
    const permission = user.value?.permission;
    if (permission && (ROLES as readonly string[]).includes(permission)) account.role = permission;
  } else if (isForbidden(user.reason)) {
    // The documented answer of `GET /user` to a read-only caller.
    account.role = 'nanoReadOnly';
  } else {
    report(user.reason);
  }
  return account;
}

function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'http' && error.status === 403;
}
