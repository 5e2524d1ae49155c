/**
 * Every user-visible string of the shared internals, in one place, and the one lookup every
 * element uses for its own strings (`localize`).
 *
 * `strings` is the English catalogue and the source of truth for the keys. Another language is a
 * complete `Strings` object (the type makes a missing key a compile error; German is in
 * `strings.de.ts`); a host's overrides are a `StringOverrides` map. `t()` looks a key up in the
 * overrides first, then in the catalogue.
 *
 * Placeholders are `{name}` and are filled by `t(key, vars)`. The results are plain text: render
 * them as text, never as HTML.
 */
import {resolveLocale} from './format.js';
import {stringsDe} from './strings.de.js';

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
  return fill(pick(overrides, key) ?? catalogue[key], vars);
}

/** The languages that have a complete catalogue; English is the source of truth for the keys. */
export const LANGUAGES = ['en', 'de'] as const;

/** A language with a complete catalogue. */
export type Language = (typeof LANGUAGES)[number];

/** One complete catalogue per language, for the keys `K`. */
export type Catalogues<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** The shared strings (loading, retry, errors, copy) in every language. */
export const sharedCatalogues: Catalogues<StringKey> = {en: strings, de: stringsDe};

/**
 * The catalogue language of a BCP 47 locale: its primary language when there is a catalogue for
 * it (`de`, `de-DE`, `de-AT`, `de-CH` → `de`), else English (`fr`, `''`, undefined → `en`).
 */
export function languageOf(locale: string | undefined): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * The locale an element shows: the one its `<ns-api-provider>` shares, else the document's `lang`,
 * else `en`; canonicalised, and `en` for a tag that is not valid BCP 47.
 */
export function displayLocale(providerLocale: string | undefined, node?: Node): string {
  const documentLang = (node?.ownerDocument ?? globalThis.document)?.documentElement?.lang;
  return resolveLocale(providerLocale || documentLang || 'en');
}

/**
 * Looks up one string: the host's override when it has one, else the catalogue of the locale's
 * language, else English; then fills its `{placeholders}` (one without a value stays visible).
 *
 * @param catalogues - The element's complete catalogues, one per language.
 * @param locale - BCP 47 tag; its primary language picks the catalogue.
 * @param overrides - A host's replacements for some keys (the element's `strings` property).
 * @param key - The catalogue key.
 * @param vars - Values for the placeholders.
 */
export function localize<K extends string>(
  catalogues: Catalogues<K>,
  locale: string | undefined,
  overrides: Partial<Record<NoInfer<K>, string>> | undefined,
  key: NoInfer<K>,
  vars?: StringVars,
): string {
  const template =
    pick(overrides, key) ?? catalogues[languageOf(locale)][key] ?? catalogues.en[key];
  return fill(template, vars);
}

/**
 * The complete shared catalogue for a locale with a host's overrides on top: what the shared
 * states (`renderPending`, `renderError`, `describeError`) and copy buttons take as `strings`.
 */
export function sharedStrings(locale: string | undefined, overrides?: object): Strings {
  const base = sharedCatalogues[languageOf(locale)];
  if (!overrides) return base;
  const merged: Strings = {...base};
  for (const key of Object.keys(base) as StringKey[]) {
    const value = pick(overrides as StringOverrides, key);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Fills `{placeholders}` from `vars`; one without a value is left as it is. */
export function fill(template: string, vars?: StringVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = vars[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** A host's override for `key`, when it is a string (an `undefined` or junk value does not count). */
function pick<K extends string>(
  overrides: Partial<Record<K, string>> | undefined,
  key: K,
): string | undefined {
  const value = overrides?.[key];
  return typeof value === 'string' ? value : undefined;
}
