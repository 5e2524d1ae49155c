/**
 * How an answer tells that the server lacks something the library assumed (see the README, "Against
 * the real API"). No DOM: elements and the provider ask these, and degrade instead of breaking.
 */
import {ApiError} from './errors.js';

/** The code the API is assumed to answer a missing stream with (`404 {"error": {"code": 4040}}`). */
export const STREAM_NOT_FOUND_CODE = 4040;

/**
 * Whether a failed request means "this API does not offer it": a 405, or a 404 that is not the
 * stream-not-found answer (a route or a parameter the server does not know). Ask it only of
 * requests that use something assumed; a documented request's 404 is a real "not found".
 */
export function isNotOffered(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.kind !== 'http') return false;
  if (error.status === 405 || error.status === 501) return true;
  return error.status === 404 && error.code !== STREAM_NOT_FOUND_CODE;
}

/**
 * Whether a failed request means the organisation lacks the package it needs: the documented 403
 * "Organisation is not enabled", or (assumed) 403/2001 with `userinfo.feature`.
 */
export function isNotEnabled(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.kind !== 'http' || error.status !== 403) return false;
  if (/not enabled/i.test(error.message)) return true;
  return typeof error.userinfo?.['feature'] === 'string';
}
