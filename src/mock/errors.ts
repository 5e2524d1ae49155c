/**
 * The errors the mock answers with, in the two documented shapes: bintu's
 * `{"error": {message, code, userinfo?}}` and the token service's `{success: false, errorCode, message}`.
 * Codes and messages follow `src/api/openapi.yaml`.
 */
import type {BintuErrorBody, TokenServiceErrorBody} from '../api/types.js';

/** Thrown by a handler; the dispatcher turns it into the response (a string body is sent as text). */
export class MockHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: BintuErrorBody | TokenServiceErrorBody | string,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status}`);
  }
}

/**
 * What a web server answers for a route or parameter it does not have: a 404 page, not JSON. The
 * documented-only mock answers every `x-assumed` operation and query parameter with it.
 */
export const noSuchRoute = (method: string, path: string) =>
  new MockHttpError(
    404,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Error</title></head>` +
      `<body><pre>Cannot ${method} ${path.replace(/[<>&"]/g, '')}</pre></body></html>\n`,
    {'Content-Type': 'text/html; charset=utf-8'},
  );

export function bintuError(
  status: number,
  message: string,
  code: number,
  userinfo?: Record<string, unknown>,
): MockHttpError {
  return new MockHttpError(status, {error: {message, code, ...(userinfo ? {userinfo} : {})}});
}

export function tokenError(status: number, errorCode: number, message: string): MockHttpError {
  return new MockHttpError(status, {success: false, errorCode, message});
}

export const unauthorized = () => bintuError(401, 'User Credentials are not valid', 4002);
export const accessDenied = (userinfo?: Record<string, unknown>) =>
  bintuError(403, 'Access denied', 2001, userinfo);
/** The documented 403 for a package the organisation lacks (its code is not documented). */
export const notEnabled = () => bintuError(403, 'Organisation is not enabled', 2001);
export const streamNotFound = () => bintuError(404, 'Stream not found', 4040);
export const parameterRequired = (parameter: string) =>
  bintuError(400, 'Parameter required', 1002, {required_parameter: parameter});
export const parameterNotUnique = (parameter: string) =>
  bintuError(400, 'Parameter not unique', 1003, {duplicated_parameter: parameter});
export const wrongDataType = (parameter: string, type: string) =>
  bintuError(400, 'Wrong Data Type', 1004, {parameter, type});
export const streamTypeNotAvailable = () => bintuError(400, 'Stream Type is not available', 3002);
export const conflict = (message: string) => bintuError(409, message, 4090);

/** The token service's errors. */
/** The token service's documented code for a token that is invalid or expired. */
export const INVALID_TOKEN_CODE = 1002;

export const tokenErrors = {
  /** 400/1000: a parameter is missing or invalid. */
  parameter: (message: string) => tokenError(400, 1000, message),
  /** 403/1001: no, wrong or expired credentials (the token service answers them 403, not 401). */
  credentials: () => tokenError(403, 1001, 'Provided APIKey is not valid'),
  /** 403/1001: the role may not do this. */
  denied: () => tokenError(403, 1001, 'Access denied'),
  expired: () => tokenError(403, INVALID_TOKEN_CODE, 'jwt expired'),
  notActive: () => tokenError(403, INVALID_TOKEN_CODE, 'jwt not active'),
  malformed: (message = 'jwt malformed') => tokenError(400, 2004, message),
  notRevocable: () => tokenError(400, 2011, 'token is not revocable'),
  otherOrganisation: () => tokenError(403, 2012, 'token belongs to another organisation'),
  revoked: () => tokenError(403, 2013, 'jwt revoked'),
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}
