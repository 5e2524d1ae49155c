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
import {FEATURES, TRANSCODE_PROFILES, everyFeature} from './api/limits.js';
import type {Organisation, OrganisationFeatures, OrganisationLimits, Role} from './api/types.js';

/** The API client of the nearest `<ns-api-provider>`. */
export const apiContext = createContext<BintuClient | undefined>(Symbol('ns-api-client'));

/** The organisation, role, locale and links of the nearest `<ns-api-provider>`. */
export const sessionContext = createContext<NsSession>(Symbol('ns-session'));

export type SessionStatus = 'loading' | 'ready' | 'error';

/**
 * Where the session's role came from: the provider's `role` attribute, the server (`GET /user`,
 * or its 403 for a read-only caller), or nowhere — the server does not say, and the elements then
 * act read-only.
 */
export type RoleSource = 'attribute' | 'server' | 'unknown';

export interface NsSession {
  /**
   * `loading` until the organisation and the user's role have been asked for, then `ready` (also
   * when the server could not say: then `featuresKnown` or `roleSource` tell), or `error` when no
   * client could be set up at all.
   */
  readonly status: SessionStatus;
  /** Why the session could not be set up, when `status` is `error`. */
  readonly error: unknown;
  /** The organisation, once loaded. */
  readonly organisation: Organisation | undefined;
  /**
   * The organisation's packages, as the elements act on them: what the host stated (the provider's
   * `features`) over what `GET /organisation` said. Unknown packages count as on, so their
   * sections are shown (a section whose request answers "Organisation is not enabled" then says
   * "Upgrade needed"). All off while loading.
   */
  readonly features: OrganisationFeatures;
  /** Whether `features` come from the server or the host (false: guessed on). */
  readonly featuresKnown: boolean;
  /** The organisation's limits; zero while loading, the documented ladder's length when unknown. */
  readonly limits: OrganisationLimits;
  /** Whether `limits` come from the server (false: the server decides when asked). */
  readonly limitsKnown: boolean;
  /**
   * The role the elements act on: the provider's `role` attribute, else `GET /user`'s permission
   * (a 403 from it means `nanoReadOnly`), else `nanoReadOnly` with `roleSource` `unknown`.
   * `undefined` while loading.
   */
  readonly role: Role | undefined;
  /** Where `role` came from. */
  readonly roleSource: RoleSource;
  /** BCP 47 locale for texts, numbers and dates. */
  readonly locale: string;
  /** The host's replacement strings for every element inside, namespaced by tag (and `shared`). */
  readonly strings: HostStrings | undefined;
  /** Base of the dashboard pages that quick actions link to (no trailing slash). */
  readonly dashboardUrl: string;
  /** Whether the role may call an operation; the UI hides or disables what it may not (the server stays the authority). */
  can(operation: OperationId): boolean;
}

export const NO_FEATURES: OrganisationFeatures = Object.freeze(everyFeature(false));

/** What the elements assume of packages nobody told them about: on, so their sections show. */
export const UNKNOWN_FEATURES: OrganisationFeatures = Object.freeze(everyFeature(true));

export const NO_LIMITS: OrganisationLimits = Object.freeze({transcodes: 0});

/** Limits nobody told the elements about: as many transcodes as the documented ladder has. */
export const UNKNOWN_LIMITS: OrganisationLimits = Object.freeze({
  transcodes: TRANSCODE_PROFILES.length,
});

/** Whether `role` may call `operation`, read from the operation table generated from openapi.yaml. */
export function roleMay(role: Role | undefined, operation: OperationId): boolean {
  const {roles} = operations[operation];
  if (roles === 'public') return true;
  if (role === undefined) return false;
  if (roles === 'all') return true;
  return (roles as readonly Role[]).includes(role);
}

/**
 * A host's replacement strings by namespace, as the session carries them; `<ns-api-provider>`'s
 * `strings` property types them per element (`NsStrings`, `src/i18n/catalogues.ts`).
 */
export type HostStrings = Readonly<
  Record<string, Readonly<Record<string, string | undefined>> | undefined>
>;

/** Where the nanoStream Dashboard is, unless the host's `dashboard-url` says otherwise. */
export const DEFAULT_DASHBOARD_URL = 'https://dashboard.nanostream.cloud';

export interface SessionInit {
  status: SessionStatus;
  error?: unknown;
  organisation?: Organisation | undefined;
  /** Packages the host states itself; they win over the organisation's. */
  features?: Partial<OrganisationFeatures> | undefined;
  role?: Role | undefined;
  roleSource?: RoleSource;
  locale: string;
  strings?: HostStrings | undefined;
  dashboardUrl: string;
}

function isFeatures(value: unknown): value is Partial<OrganisationFeatures> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds an immutable session value (a new object per change, so context consumers update). */
export function createSession(init: SessionInit): NsSession {
  const loading = init.status === 'loading';
  const role = init.role;
  const fromServer: Partial<OrganisationFeatures> = isFeatures(init.organisation?.features)
    ? init.organisation.features
    : {};
  const stated: Partial<OrganisationFeatures> = init.features ?? {};
  const known = isFeatures(init.organisation?.features) || Object.keys(stated).length > 0;
  const features: OrganisationFeatures = loading
    ? NO_FEATURES
    : Object.freeze(
        Object.fromEntries(
          FEATURES.map(name => {
            const value = stated[name] ?? fromServer[name];
            return [name, typeof value === 'boolean' ? value : UNKNOWN_FEATURES[name]];
          }),
        ) as unknown as OrganisationFeatures,
      );
  const serverLimits = init.organisation?.limits;
  const limitsKnown =
    typeof serverLimits === 'object' &&
    serverLimits !== null &&
    typeof serverLimits.transcodes === 'number';
  return Object.freeze({
    status: init.status,
    error: init.error,
    organisation: init.organisation,
    features,
    featuresKnown: !loading && known,
    limits: loading ? NO_LIMITS : limitsKnown ? serverLimits : UNKNOWN_LIMITS,
    limitsKnown: !loading && limitsKnown,
    role,
    roleSource: init.roleSource ?? (role === undefined ? 'unknown' : 'attribute'),
    locale: init.locale,
    strings: init.strings,
    dashboardUrl: init.dashboardUrl.replace(/\/+$/, ''),
    can: (operation: OperationId) => roleMay(role, operation),
  });
}
