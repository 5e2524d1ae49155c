/**
 * What the stream search accepts, checked before any request. Pure: no DOM, no Lit.
 *
 * - A stream ID: a UUID, `8-4-4-4-12` hexadecimal digits (e.g. `5f86a12f-3801-415a-b450-6b6a46842349`).
 * - A streamname: `XXXXX-YYYYY`, 5 letters or digits, a hyphen, 5 letters or digits (e.g. `HX26g-NRbx9`).
 *
 * Both are looked up exactly as typed (case-sensitive); only surrounding white space is removed.
 */

/** A stream ID. */
export const STREAM_ID_PATTERN =
  /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** A streamname. */
export const STREAMNAME_PATTERN = /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/;

/** What a search text is. */
export type SearchTerm =
  | {kind: 'id'; value: string}
  | {kind: 'streamname'; value: string}
  | {kind: 'empty'}
  | {kind: 'invalid'; value: string};

/** Classifies a search text (trimmed): a stream ID, a streamname, empty, or invalid. */
export function parseSearch(text: string): SearchTerm {
  const value = text.trim();
  if (!value) return {kind: 'empty'};
  if (STREAM_ID_PATTERN.test(value)) return {kind: 'id', value};
  if (STREAMNAME_PATTERN.test(value)) return {kind: 'streamname', value};
  return {kind: 'invalid', value};
}
