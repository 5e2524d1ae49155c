/** `<ns-stream-search>`'s strings in every language, registered under its tag. */
import {defineCatalogues, type StringKeyOf} from '../../i18n/catalogues.js';
import {streamSearchStrings} from './ns-stream-search.strings.js';
import {streamSearchStringsDe} from './ns-stream-search.strings.de.js';

export const streamSearchCatalogues = defineCatalogues('ns-stream-search', {
  en: streamSearchStrings,
  de: streamSearchStringsDe,
});

/** A key of `<ns-stream-search>`'s catalogue. */
export type StreamSearchStringKey = StringKeyOf<'ns-stream-search'>;
