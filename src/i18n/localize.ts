/**
 * The lookups: which language a locale picks, which locale an element shows, and one string of a
 * catalogue with a host's overrides on top and its `{placeholders}` filled. The results are plain
 * text: render them as text, never as HTML.
 */
import type {Catalogues, Language, StringVars} from './catalogues.js';
import {LANGUAGES} from './catalogues.js';
import {documentLang} from './document-lang.js';
import {resolveLocale} from './format.js';
import {sharedCatalogues} from './shared.catalogues.js';
import {strings, type StringKey, type StringOverrides, type Strings} from './shared.strings.js';

/**
 * Looks up a shared string and fills its `{placeholders}`.
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
  return resolveLocale(providerLocale || documentLang(node) || 'en');
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

/**
 * Layers of overrides as one: for each key the first layer's string wins (a layer's `undefined`
 * or non-string value does not count). Undefined when no layer has any string.
 */
export function mergeOverrides(
  ...layers: (object | undefined)[]
): Record<string, string> | undefined {
  let merged: Record<string, string> | undefined;
  for (const layer of [...layers].reverse()) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (typeof value === 'string') (merged ??= {})[key] = value;
    }
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
