import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {formatDate, formatDateTime} from './format.js';
import {
  displayLocale,
  languageOf,
  localize,
  sharedStrings,
  type Catalogues,
  type Language,
  type StringVars,
  type Strings,
} from './strings.js';

/** What a `Localizer` reads from its element, each time it is asked. */
export interface LocalizerOptions<K extends string> {
  /** The element's complete catalogues, one per language. */
  catalogues: Catalogues<K>;
  /** The locale of the nearest `<ns-api-provider>`, when there is one. */
  locale: () => string | undefined;
  /** The host's replacement strings (the element's `strings` property). */
  overrides: () => object | undefined;
}

/**
 * An element's texts in its language: the provider's locale, else the document's `lang`, else
 * English. `text(key, vars)` prefers the host's override, then the language's catalogue, then
 * English; `shared()` is the same for the shared states and copy buttons; `dateTime()` / `date()`
 * format in the locale with the catalogue's UTC label.
 *
 * While its element is connected it also redraws it when the document's `lang` changes, so that an
 * element without a provider follows the page's language.
 */
export class Localizer<K extends string> implements ReactiveController {
  private unwatch?: () => void;
  private sharedCache?: {language: Language; overrides: object | undefined; strings: Strings};

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LocalizerOptions<K>,
  ) {
    host.addController(this);
  }

  /** The BCP 47 locale for texts, numbers and dates. */
  get locale(): string {
    return displayLocale(this.options.locale(), this.host);
  }

  /** The catalogue language the locale picks (`de` for `de-AT`, `en` for `fr`). */
  get language(): Language {
    return languageOf(this.locale);
  }

  /** One of the element's strings, with its `{placeholders}` filled. */
  text(key: K, vars?: StringVars): string {
    return localize(
      this.options.catalogues,
      this.locale,
      this.options.overrides() as Partial<Record<K, string>> | undefined,
      key,
      vars,
    );
  }

  /** The complete shared catalogue in this language with the host's overrides on top. */
  shared(): Strings {
    const language = this.language;
    const overrides = this.options.overrides();
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
    const document = this.host.ownerDocument;
    this.unwatch = watchDocumentLang(document, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}

/** One observer of `<html lang>` per document, shared by every connected element. */
const langWatchers = new WeakMap<
  Document,
  {observer: MutationObserver; callbacks: Set<() => void>}
>();

function watchDocumentLang(document: Document, callback: () => void): () => void {
  let watcher = langWatchers.get(document);
  if (!watcher) {
    const callbacks = new Set<() => void>();
    const observer = new MutationObserver(() => callbacks.forEach(cb => cb()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
    watcher = {observer, callbacks};
    langWatchers.set(document, watcher);
  }
  const entry = watcher;
  entry.callbacks.add(callback);
  return () => {
    entry.callbacks.delete(callback);
    if (entry.callbacks.size === 0) {
      entry.observer.disconnect();
      langWatchers.delete(document);
    }
  };
}
