/**
 * The one error type every client call rejects with, whatever went wrong: an HTTP error in either
 * of the API's two error shapes, a body that is not JSON, a network failure, a timeout or an abort.
 */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'abort' | 'parse';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived (network, timeout, abort). */
  status: number;
  /** The API's numeric error code (bintu `error.code` or the token service's `errorCode`). */
  code?: number | undefined;
  userinfo?: Record<string, unknown> | undefined;
  /** Seconds the server asked us to wait (`Retry-After`), when it said so. */
  retryAfter?: number | undefined;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: number | undefined;
  readonly userinfo: Record<string, unknown> | undefined;
  readonly retryAfter: number | undefined;

  constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : {cause: init.cause});
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.userinfo = init.userinfo;
    this.retryAfter = init.retryAfter;
  }

  /** True for an error caused by the caller aborting the request. */
  get aborted(): boolean {
    return this.kind === 'abort';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
