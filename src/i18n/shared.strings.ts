/**
 * The English strings of the shared internals (loading, retry, errors, copy buttons, notes), the
 * source of truth for their keys: namespace `shared`. A translation is a complete `Strings` object
 * in `shared.strings.<language>.ts` that imports only the type from here; `shared.catalogues.ts`
 * registers every language, so neither file imports the other.
 *
 * Placeholders are `{name}`; the results are plain text: render them as text, never as HTML.
 */
export const strings = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Something went wrong',
  errorUnknown: 'An unexpected error occurred.',
  errorNetwork: 'Could not reach the nanoStream API. Check your connection.',
  errorTimeout: 'The nanoStream API did not answer in time.',
  errorForbidden: 'Access denied',
  errorNotFound: 'Not found',
  errorCode: '(code {code})',
  errorStatus: 'HTTP status {status}',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed — select and copy manually',
  utcDate: '{date} UTC',
  roleUnknown:
    'This nanoStream API did not say which role you have, so changes are turned off. The portal can set the role on <ns-api-provider>.',
  notOffered: 'This nanoStream API does not offer this.',
} as const;

/** A key of the shared catalogue. */
export type StringKey = keyof typeof strings;

/** A complete shared catalogue: one string per key (what a translation has to provide). */
export type Strings = Record<StringKey, string>;

/** Shared strings a host replaces; keys it leaves out fall back to the catalogue. */
export type StringOverrides = Partial<Strings>;
