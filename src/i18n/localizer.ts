import {ContextConsumer} from '@lit/context';
import type {ReactiveController, ReactiveElement} from 'lit';
import {sessionContext} from '../context.js';
import type {Language, NamespacedCatalogues, StringNamespace, StringVars} from './catalogues.js';
import {watchDocumentLang} from './document-lang.js';
import {formatDate, formatDateTime} from './format.js';
import {displayLocale, languageOf, localize, mergeOverrides, sharedStrings} from './localize.js';
import type {Strings} from './shared.strings.js';

/** What a `Localizer` reads from its element, each time it is asked. */
export interface LocalizerOptions<N extends StringNamespace> {
  /** The element's catalogues, registered under its namespace (its tag). */
  catalogues: NamespacedCatalogues<N>;
  /** The element's own replacement strings (its `strings` property); they win key by key. */
  overrides: () => object | undefined;
}

type Keys<N extends StringNamespace> = keyof NamespacedCatalogues<N>['en'] & string;

/**
 * An element's texts in its language. It consumes the session of the nearest `<ns-api-provider>`
 * itself: the provider's locale, else the document's `lang`, else English; and the provider's
 * `strings`, namespaced by tag (`shared` for the shared states and copy buttons).
 *
 * `text(key, vars)` takes the element's own override, then the provider's for its namespace, then
 * the language's catalogue, then English; `shared()` is the same for the shared strings, with the
 * provider's `shared` namespace below the element's. `dateTime()` / `date()` format in the locale
 * with the catalogue's UTC label.
 *
 * While its element is connected it redraws it when the document's `lang` changes (one watcher
 * per document, shared with every other element), so that an element without a provider follows
 * the page's language.
 */
export class Localizer<N extends StringNamespace> implements ReactiveController {
  private readonly session: ContextConsumer<typeof sessionContext, ReactiveElement>;
  private unwatch?: () => void;
  private merged?: {
    own: object | undefined;
    provider: object | undefined;
    result: object | undefined;
  };
  private sharedCache?: {language: Language; overrides: object | undefined; strings: Strings};

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: LocalizerOptions<N>,
  ) {
    this.session = new ContextConsumer(host, {context: sessionContext, subscribe: true});
    host.addController(this);
  }

  /** The BCP 47 locale for texts, numbers and dates. */
  get locale(): string {
    return displayLocale(this.session.value?.locale, this.host);
  }

  /** The catalogue language the locale picks (`de` for `de-AT`, `en` for `fr`). */
  get language(): Language {
    return languageOf(this.locale);
  }

  /**
   * The overrides in force: the element's own over the provider's for this namespace over the
   * provider's shared ones. The same object while none of them changes.
   */
  overrides(): object | undefined {
    const own = this.options.overrides();
    const provider = this.session.value?.strings;
    const cache = this.merged;
    if (cache && cache.own === own && cache.provider === provider) return cache.result;
    const result = provider
      ? mergeOverrides(own, provider[this.options.catalogues.namespace], provider.shared)
      : own;
    this.merged = {own, provider, result};
    return result;
  }

  /** One of the element's strings, with its `{placeholders}` filled. */
  text(key: Keys<N>, vars?: StringVars): string {
    return localize(
      this.options.catalogues as NamespacedCatalogues<N> &
        Record<Language, Record<Keys<N>, string>>,
      this.locale,
      this.overrides() as Partial<Record<Keys<N>, string>> | undefined,
      key,
      vars,
    );
  }

  /** The complete shared catalogue in this language with the overrides on top. */
  shared(): Strings {
    const language = this.language;
    const overrides = this.overrides();
    const cache = this.sharedCache;
    if (cache && cache.language === language && cache.overrides === overrides) return cache.strings;
    const strings = sharedStrings(language, overrides);
    this.sharedCache = {language, overrides, strings};
    return strings;
  }

  /** A date and time in UTC, in the locale, labelled (`label: false` where a header says UTC). */
  dateTime(value: string | number | Date, {label = true}: {label?: boolean} = {}): string {
    return formatDateTime(value, this.locale, {label: label && this.shared().utcDate});
  }

  /** A date in UTC, in the locale, labelled (`label: false` where a header says UTC). */
  date(value: string | number | Date, {label = true}: {label?: boolean} = {}): string {
    return formatDate(value, this.locale, {label: label && this.shared().utcDate});
  }

  hostConnected(): void {
    this.unwatch = watchDocumentLang(this.host.ownerDocument, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}
