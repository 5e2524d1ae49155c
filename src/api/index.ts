/**
 * The API layer of nanostream-elements: the typed client of the nanoStream Cloud API and its token
 * service, the one error type, the types read from `openapi.yaml`, and the operations table.
 */
export {
  BintuClient,
  DEFAULT_BASE_URL,
  DEFAULT_TOKEN_SERVICE_URL,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_MAX_TRIES,
  DEFAULT_CACHE_TTL_MS,
  DEFAULT_RETRY_DELAY_MS,
} from './client.js';
export type {
  Answer,
  BintuClientOptions,
  GetStreamOptions,
  RequestOptions,
  RequestParts,
  StreamPage,
  StreamQuery,
  VerifyResult,
} from './client.js';
export {ApiError, isApiError} from './errors.js';
export {isNotEnabled, isNotOffered, STREAM_NOT_FOUND_CODE} from './support.js';
export {lastPathSegment, recordingsOf} from './recordings.js';
export type {Recording} from './recordings.js';
export type {ApiErrorInit, ApiErrorKind} from './errors.js';
export {operations} from './operations.js';
export type {OperationHost, OperationId, OperationInfo, OperationRoles} from './operations.js';
export {ROLES, STREAM_STATES, VISIBLE_STATES} from './types.js';
export type * from './types.js';
export {PROCESSING_LIMITS, TIMECODE_INTERVAL, TRANSCODE_PROFILES, profileInfo} from './limits.js';
