/**
 * Friendly names for the shapes in the generated `schema.d.ts`, and helper types that read an
 * operation's parameters, body and answer out of the OpenAPI description. Both the client and the
 * mock organisation are typed through these, so neither can drift from `openapi.yaml`.
 */
import type {components, operations as Operations} from './schema.js';
import type {OperationId} from './operations.js';

type Schemas = components['schemas'];

export type Stream = Schemas['Stream'];
export type StreamState = Schemas['StreamState'];
export type StreamGroup = Schemas['StreamGroup'];
export type StreamPlayout = Schemas['StreamPlayout'];
export type H5LivePlayout = Schemas['H5LivePlayout'];
export type PlayoutInfo = Schemas['PlayoutInfo'];
export type PlayoutServer = Schemas['PlayoutServer'];
export type RtmpEndpoint = Schemas['RtmpEndpoint'];
export type ProcessingId = Schemas['ProcessingId'];
export type ProcessingConfig = Schemas['ProcessingConfig'];
export type Asset = Schemas['Asset'];
export type WebPlayout = Schemas['WebPlayout'];
export type ReplaySession = Schemas['ReplaySession'];
export type Organisation = Schemas['Organisation'];
export type OrganisationFeatures = NonNullable<Organisation['features']>;
export type OrganisationLimits = NonNullable<Organisation['limits']>;
/** The organisation's packages by name. */
export type Feature = keyof OrganisationFeatures;
export type User = Schemas['User'];
export type Role = Schemas['Role'];
export type TranscodeProfileId = Schemas['TranscodeProfileId'];
export type CreateStreamRequest = Schemas['CreateStreamRequest'];
export type SplayRequest = Schemas['SplayRequest'];
export type PlaybackTokenClaims = Schemas['PlaybackTokenClaims'];
export type VerifyResponse = Schemas['VerifyResponse'];
export type FlatErrorBody = Schemas['FlatError'];
export type BintuErrorBody = Schemas['BintuError'];
export type TokenServiceErrorBody = Schemas['TokenServiceError'];

/** Every role, most powerful first. */
export const ROLES = ['nanoAdmin', 'nanoUser', 'nanoReadOnly'] as const satisfies readonly Role[];

/** Every stream state. */
export const STREAM_STATES = [
  'created',
  'live',
  'ended',
  'locked',
  'deleted',
] as const satisfies readonly StreamState[];

/** The states the dashboard means by "all": every state but `deleted`. */
export const VISIBLE_STATES = [
  'live',
  'created',
  'ended',
  'locked',
] as const satisfies readonly StreamState[];

type Op<Id extends OperationId> = Operations[Id];

/** The query parameters of an operation (an empty object type when it has none). */
export type QueryOf<Id extends OperationId> = Op<Id>['parameters'] extends {query?: infer Q}
  ? [Q] extends [never | undefined]
    ? Record<string, never>
    : NonNullable<Q>
  : Record<string, never>;

/** The path parameters of an operation. */
export type PathParamsOf<Id extends OperationId> = Op<Id>['parameters'] extends {path: infer P}
  ? NonNullable<P>
  : Record<string, never>;

/** The JSON body an operation takes (`never` when it takes none). */
export type BodyOf<Id extends OperationId> =
  NonNullable<Op<Id>['requestBody']> extends {content: {'application/json': infer B}} ? B : never;

type SuccessResponse<R> = R extends {200: infer S} ? S : R extends {204: infer S} ? S : never;

/** The JSON an operation answers with on success (`undefined` for 204 No Content). */
export type ResultOf<Id extends OperationId> =
  SuccessResponse<Op<Id>['responses']> extends {content: {'application/json': infer J}}
    ? J
    : undefined;
