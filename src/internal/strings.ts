/**
 * Every user-visible string of the shared internals, in one place.
 *
 * `strings` is the English catalogue and the source of truth for the keys. Another language is a
 * complete `Strings` object (the type makes a missing key a compile error); a host's overrides are a
 * `StringOverrides` map. `t()` looks a key up in the overrides first, then in the catalogue.
 *
 * Placeholders are `{name}` and are filled by `t(key, vars)`. The results are plain text: render
 * them as text, never as HTML.
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
} as const;

/** A key of the string catalogue. */
export type StringKey = keyof typeof strings;

/** A complete catalogue: one string per key (what a translation has to provide). */
export type Strings = Record<StringKey, string>;

/** Strings a host replaces; keys it leaves out fall back to the catalogue. */
export type StringOverrides = Partial<Strings>;

/** Values for a string's `{placeholders}`. */
export type StringVars = Record<string, string | number>;

/**
 * Looks up a string and fills its `{placeholders}`.
 *
 * @param key - The catalogue key.
 * @param vars - Values for the placeholders; a placeholder without a value is left as it is.
 * @param overrides - Replacement strings (a translation or a host's wording), checked first.
 * @param catalogue - The catalogue to fall back to; English by default.
 */
export function t(
  key: StringKey,
  vars?: StringVars,
  overrides?: StringOverrides,
  catalogue: Strings = strings,
): string {
  const template = overrides?.[key] ?? catalogue[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    return value === undefined ? placeholder : String(value);
  });
}
