/** `<ns-stream-search>`'s strings in every language, registered under its tag. */
import {defineCatalogues} from '../../i18n/catalogues.js';
import {streamSearchStrings} from './ns-stream-search.strings.js';
import {streamSearchStringsDe} from './ns-stream-search.strings.de.js';

export const streamSearchCatalogues = defineCatalogues('ns-stream-search', {
  en: streamSearchStrings,
  de: streamSearchStringsDe,
});
