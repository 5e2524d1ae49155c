/**
 * What `<ns-api-provider>` shares with every ns element inside it, through `@lit/context`.
 *
 * Two keys, so that an element can take the client from the provider but still be handed one
 * directly (`el.client = …` wins), and so that re-rendering on a role or locale change does not
 * mean re-fetching: `apiContext` carries the client alone, `sessionContext` everything else.
 */
import {createContext} from '@lit/context';
import type {BintuClient} from './api/client.js';
import {operations, type OperationId} from './api/operations.js';
import type {Organisation, OrganisationFeatures, OrganisationLimits, Role} from './api/types.js';

/** The API client of the nearest `<ns-api-provider>`. */
export const apiContext = createContext<BintuClient | undefined>(Symbol('ns-api-client'));

/** The organisation, role, locale and links of the nearest `<ns-api-provider>`. */
export const sessionContext = createContext<NsSession>(Symbol('ns-session'));

export type SessionStatus = 'loading' | 'ready' | 'error';

export interface NsSession {
  /** `loading` until the organisation and the user's role are known. */
  readonly status: SessionStatus;
  /** Why the session could not be set up, when `status` is `error`. */
  readonly error: unknown;
  /** The organisation, once loaded. */
  readonly organisation: Organisation | undefined;
  /** The organisation's packages; all off until loaded. */
  readonly features: OrganisationFeatures;
  /** The organisation's limits; zero until loaded. */
  readonly limits: OrganisationLimits;
  /** The user's role (the provider's `role` attribute wins over `GET /user/me`); unknown while loading. */
  readonly role: Role | undefined;
  /** BCP 47 locale for texts, numbers and dates. */
  readonly locale: string;
  /** Base of the dashboard pages that quick actions link to (no trailing slash). */
  readonly dashboardUrl: string;
  /** Whether the role may call an operation; the UI hides or disables what it may not (the server stays the authority). */
  can(operation: OperationId): boolean;
}

export const NO_FEATURES: OrganisationFeatures = Object.freeze({
  secure: false,
  vod: false,
  transcoding: false,
  opcodes: false,
  webcaster: false,
  h5live: false,
});

export const NO_LIMITS: OrganisationLimits = Object.freeze({transcodes: 0});

/** Whether `role` may call `operation`, read from the operation table generated from openapi.yaml. */
export function roleMay(role: Role | undefined, operation: OperationId): boolean {
  const {roles} = operations[operation];
  if (roles === 'public') return true;
  if (role === undefined) return false;
  if (roles === 'all') return true;
  return (roles as readonly Role[]).includes(role);
}

export interface SessionInit {
  status: SessionStatus;
  error?: unknown;
  organisation?: Organisation | undefined;
  role?: Role | undefined;
  locale: string;
  dashboardUrl: string;
}

/** Builds an immutable session value (a new object per change, so context consumers update). */
export function createSession(init: SessionInit): NsSession {
  const role = init.role;
  return Object.freeze({
    status: init.status,
    error: init.error,
    organisation: init.organisation,
    features: init.organisation?.features ?? NO_FEATURES,
    limits: init.organisation?.limits ?? NO_LIMITS,
    role,
    locale: init.locale,
    dashboardUrl: init.dashboardUrl.replace(/\/+$/, ''),
    can: (operation: OperationId) => roleMay(role, operation),
  });
}
