/**
 * The languages, the shape of a catalogue, and the string namespaces a host can override.
 *
 * Each namespace (`shared`, and one per element, named by its tag) has one complete catalogue per
 * language. Its English `<name>.strings.ts` is the source of truth for the keys and adds the
 * namespace to `NsStringNamespaces`; a translation `<name>.strings.<language>.ts` imports only
 * the English type; `<name>.catalogues.ts` registers every language with `defineCatalogues`, so
 * the two strings files never import each other.
 */
import type {Strings} from './shared.strings.js';

/** The languages that have a complete catalogue; English is the source of truth for the keys. */
export const LANGUAGES = ['en', 'de'] as const;

/** A language with a complete catalogue. */
export type Language = (typeof LANGUAGES)[number];

/** One complete catalogue per language, for the keys `K`. */
export type Catalogues<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** Values for a string's `{placeholders}`. */
export type StringVars = Record<string, string | number>;

/**
 * Every string namespace with its complete catalogue type. `shared` is the states and copy
 * buttons every element shows; each element's `<name>.strings.ts` adds its own, named by its tag:
 *
 * ```ts
 * declare module '../../i18n/catalogues.js' {
 *   interface NsStringNamespaces {
 *     'ns-token-info': TokenInfoStrings;
 *   }
 * }
 * ```
 */
export interface NsStringNamespaces {
  shared: Strings;
}

/** A string namespace: `shared` or an element's tag. */
export type StringNamespace = keyof NsStringNamespaces;

/** The keys of a namespace's catalogue. */
export type StringKeyOf<N extends StringNamespace> = keyof NsStringNamespaces[N] & string;

/** What a host may replace on an element (its `strings`): some of its own and of the shared strings. */
export type OverridesOf<N extends StringNamespace> = Partial<NsStringNamespaces[N]> &
  Partial<Strings>;

/**
 * A host's replacements for some strings of every ns element inside `<ns-api-provider>`, set
 * once as its `strings` property: per element tag the element's own keys (and the shared ones as
 * that element shows them), and under `shared` the shared strings of every element. An element's
 * own `strings` property wins over these, key by key.
 *
 * ```js
 * provider.strings = {
 *   shared: {retry: 'Nochmal laden'},
 *   'ns-snippet-builder': {iframeSnippet: 'Einbettungscode'},
 *   'ns-stream-field-editor': {edit: 'Ändern'},
 * };
 * ```
 */
export type NsStrings = {
  readonly [N in StringNamespace]?: OverridesOf<N>;
};

/** A namespace's catalogues per language, registered by `defineCatalogues`. */
export type NamespacedCatalogues<N extends StringNamespace = StringNamespace> = Catalogues<
  keyof NsStringNamespaces[N] & string
> & {
  /** The namespace a host's `<ns-api-provider>` strings are looked up in. */
  readonly namespace: N;
};

/**
 * Registers a namespace's catalogues, one complete catalogue per language (a missing language or
 * key is a compile error).
 *
 * @param namespace - `shared` or the element's tag, as declared in `NsStringNamespaces`.
 * @param byLanguage - The catalogue of each language in `LANGUAGES`.
 */
export function defineCatalogues<N extends StringNamespace>(
  namespace: N,
  byLanguage: Catalogues<keyof NsStringNamespaces[N] & string>,
): NamespacedCatalogues<N> {
  return Object.freeze({...byLanguage, namespace});
}
